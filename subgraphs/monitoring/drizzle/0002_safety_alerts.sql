CREATE TABLE "monitoring"."caught_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipients" text[] NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."notification_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"email_alerts" boolean DEFAULT true NOT NULL,
	"min_severity" "monitoring"."flag_severity" DEFAULT 'MEDIUM' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring"."flags" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "caught_emails_received_idx" ON "monitoring"."caught_emails" USING btree ("received_at","id");--> statement-breakpoint
CREATE INDEX "flags_escalation_idx" ON "monitoring"."flags" USING btree ("created_at") WHERE "monitoring"."flags"."status" = 'OPEN' and "monitoring"."flags"."severity" = 'HIGH' and "monitoring"."flags"."escalated_at" is null;