-- Model calls a service makes for the school itself (monitoring's safety judge), charged to the
-- school rather than to a student's credits: one row per call, priced at the model's price in
-- force when it is recorded, idempotent on the caller's key.
CREATE TABLE "accounting"."service_usage" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "client_key" text NOT NULL,
  "service" text NOT NULL,
  "purpose" text NOT NULL,
  "model_id" text NOT NULL,
  "price_id" uuid NOT NULL REFERENCES "accounting"."model_prices"("id"),
  "input_tokens" integer NOT NULL CHECK ("input_tokens" >= 0),
  "output_tokens" integer NOT NULL CHECK ("output_tokens" >= 0),
  "cost" bigint NOT NULL CHECK ("cost" >= 0),
  "on_behalf_of" uuid,
  "at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "service_usage_client_key_unique" UNIQUE ("client_key")
);
--> statement-breakpoint
CREATE INDEX "service_usage_at_idx" ON "accounting"."service_usage" ("at");
