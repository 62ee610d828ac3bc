CREATE SCHEMA "accounting";
--> statement-breakpoint
CREATE TYPE "accounting"."allowance_period" AS ENUM('DAILY', 'WEEKLY', 'MONTHLY');--> statement-breakpoint
CREATE TYPE "accounting"."grant_source" AS ENUM('ALLOCATION', 'ALLOWANCE', 'REFUND');--> statement-breakpoint
CREATE TYPE "accounting"."ledger_kind" AS ENUM('GRANT', 'RESERVE', 'RELEASE', 'CHARGE');--> statement-breakpoint
CREATE TYPE "accounting"."reservation_status" AS ENUM('ACTIVE', 'FINALIZED', 'ABORTED', 'EXPIRED');--> statement-breakpoint
CREATE TABLE "accounting"."accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"active_streams" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "accounts_active_streams_nonnegative" CHECK ("accounting"."accounts"."active_streams" >= 0)
);
--> statement-breakpoint
CREATE TABLE "accounting"."allowances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"period" "accounting"."allowance_period" NOT NULL,
	"rollover" boolean NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_run_at" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allowances_amount_positive" CHECK ("accounting"."allowances"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "accounting"."grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"remaining" bigint NOT NULL,
	"expires_at" timestamp with time zone,
	"source" "accounting"."grant_source" NOT NULL,
	"granted_by" uuid,
	"note" text,
	"allowance_id" uuid,
	"allowance_period_start" timestamp with time zone,
	"refund_of" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_amount_positive" CHECK ("accounting"."grants"."amount" > 0),
	CONSTRAINT "grants_remaining_in_range" CHECK ("accounting"."grants"."remaining" >= 0 and "accounting"."grants"."remaining" <= "accounting"."grants"."amount")
);
--> statement-breakpoint
CREATE TABLE "accounting"."ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "accounting"."ledger_kind" NOT NULL,
	"amount" bigint NOT NULL,
	"grant_id" uuid,
	"reservation_id" uuid,
	"actor_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_amount_positive" CHECK ("accounting"."ledger_entries"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "accounting"."model_prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" text NOT NULL,
	"input_per_1k" bigint NOT NULL,
	"output_per_1k" bigint NOT NULL,
	"effective_from" timestamp with time zone DEFAULT now() NOT NULL,
	"set_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_prices_nonnegative" CHECK ("accounting"."model_prices"."input_per_1k" >= 0 and "accounting"."model_prices"."output_per_1k" >= 0)
);
--> statement-breakpoint
CREATE TABLE "accounting"."reservation_draws" (
	"reservation_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"phase" integer NOT NULL,
	"seq" integer NOT NULL,
	"amount" bigint NOT NULL,
	"charged" bigint,
	"released" bigint,
	CONSTRAINT "reservation_draws_reservation_id_phase_grant_id_pk" PRIMARY KEY("reservation_id","phase","grant_id"),
	CONSTRAINT "reservation_draws_amounts" CHECK ("accounting"."reservation_draws"."amount" > 0 and coalesce("accounting"."reservation_draws"."charged", 0) + coalesce("accounting"."reservation_draws"."released", 0) <= "accounting"."reservation_draws"."amount")
);
--> statement-breakpoint
CREATE TABLE "accounting"."reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"model_id" text NOT NULL,
	"price_id" uuid NOT NULL,
	"estimated_input_tokens" integer NOT NULL,
	"max_output_tokens" integer NOT NULL,
	"reserved" bigint NOT NULL,
	"status" "accounting"."reservation_status" DEFAULT 'ACTIVE' NOT NULL,
	"input_tokens" integer,
	"output_tokens" integer,
	"charged" bigint DEFAULT 0 NOT NULL,
	"shortfall" bigint DEFAULT 0 NOT NULL,
	"available_after" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"expired_reason" text,
	CONSTRAINT "reservations_amounts_nonnegative" CHECK ("accounting"."reservations"."reserved" > 0 and "accounting"."reservations"."charged" >= 0 and "accounting"."reservations"."shortfall" >= 0)
);
--> statement-breakpoint
CREATE TABLE "accounting"."supervisor_budgets" (
	"supervisor_id" uuid PRIMARY KEY NOT NULL,
	"granted" bigint NOT NULL,
	"remaining" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervisor_budgets_in_range" CHECK ("accounting"."supervisor_budgets"."remaining" >= 0 and "accounting"."supervisor_budgets"."granted" >= 0)
);
--> statement-breakpoint
CREATE TABLE "accounting"."usage_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reservation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"model_id" text NOT NULL,
	"price_id" uuid NOT NULL,
	"input_tokens" integer NOT NULL,
	"output_tokens" integer NOT NULL,
	"cost" bigint NOT NULL,
	"charged" bigint NOT NULL,
	"shortfall" bigint NOT NULL,
	"outcome" "accounting"."reservation_status" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounting"."reservation_draws" ADD CONSTRAINT "reservation_draws_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "accounting"."reservations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounting"."reservation_draws" ADD CONSTRAINT "reservation_draws_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "accounting"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounting"."reservations" ADD CONSTRAINT "reservations_price_id_model_prices_id_fk" FOREIGN KEY ("price_id") REFERENCES "accounting"."model_prices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounting"."usage_records" ADD CONSTRAINT "usage_records_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "accounting"."reservations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounting"."usage_records" ADD CONSTRAINT "usage_records_price_id_model_prices_id_fk" FOREIGN KEY ("price_id") REFERENCES "accounting"."model_prices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allowances_due_idx" ON "accounting"."allowances" USING btree ("active","next_run_at");--> statement-breakpoint
CREATE INDEX "grants_user_spendable_idx" ON "accounting"."grants" USING btree ("user_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_allowance_period_key" ON "accounting"."grants" USING btree ("allowance_id","allowance_period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "grants_refund_of_key" ON "accounting"."grants" USING btree ("refund_of");--> statement-breakpoint
CREATE INDEX "ledger_entries_user_idx" ON "accounting"."ledger_entries" USING btree ("user_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "model_prices_model_from_key" ON "accounting"."model_prices" USING btree ("model_id","effective_from");--> statement-breakpoint
CREATE INDEX "reservations_status_created_idx" ON "accounting"."reservations" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "reservations_user_idx" ON "accounting"."reservations" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_records_reservation_key" ON "accounting"."usage_records" USING btree ("reservation_id");--> statement-breakpoint
CREATE INDEX "usage_records_user_created_idx" ON "accounting"."usage_records" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "usage_records_created_idx" ON "accounting"."usage_records" USING btree ("created_at");