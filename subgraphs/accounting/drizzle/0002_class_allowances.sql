DROP INDEX "accounting"."grants_allowance_period_key";--> statement-breakpoint
ALTER TABLE "accounting"."allowances" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "accounting"."allowances" ADD COLUMN "class_id" uuid;--> statement-breakpoint
ALTER TABLE "accounting"."allowances" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "grants_allowance_period_user_key" ON "accounting"."grants" USING btree ("allowance_id","allowance_period_start","user_id");--> statement-breakpoint
ALTER TABLE "accounting"."allowances" ADD CONSTRAINT "allowances_one_recipient" CHECK (("accounting"."allowances"."user_id" is null) <> ("accounting"."allowances"."class_id" is null));