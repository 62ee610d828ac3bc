-- Reservations carry their frozen price, the caller's idempotency key and their own deadline.
-- Existing rows take the price they point at and the old fixed 300 s stream limit.
ALTER TABLE "accounting"."reservations" ADD COLUMN "input_per_1k" bigint;--> statement-breakpoint
ALTER TABLE "accounting"."reservations" ADD COLUMN "output_per_1k" bigint;--> statement-breakpoint
ALTER TABLE "accounting"."reservations" ADD COLUMN "client_key" text;--> statement-breakpoint
ALTER TABLE "accounting"."reservations" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
UPDATE "accounting"."reservations" r SET "input_per_1k" = p."input_per_1k", "output_per_1k" = p."output_per_1k",
  "expires_at" = r."created_at" + interval '300 seconds'
  FROM "accounting"."model_prices" p WHERE p."id" = r."price_id";--> statement-breakpoint
ALTER TABLE "accounting"."reservations" ALTER COLUMN "input_per_1k" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "accounting"."reservations" ALTER COLUMN "output_per_1k" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "accounting"."reservations" ALTER COLUMN "expires_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "reservations_status_expires_idx" ON "accounting"."reservations" USING btree ("status","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reservations_client_key_key" ON "accounting"."reservations" USING btree ("client_key");
