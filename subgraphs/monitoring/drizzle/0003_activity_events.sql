CREATE TYPE "monitoring"."activity_kind" AS ENUM('STUDENT_MESSAGE', 'ANSWER_STARTED', 'ANSWER_FINISHED', 'ANSWER_STOPPED', 'ANSWER_FAILED', 'FLAG_RAISED', 'FLAG_RESOLVED');--> statement-breakpoint
CREATE TABLE "monitoring"."activity_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_key" text NOT NULL,
	"kind" "monitoring"."activity_kind" NOT NULL,
	"student_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"message_id" text NOT NULL,
	"chatbot_id" text,
	"flag_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "activity_events_key" ON "monitoring"."activity_events" USING btree ("event_key");--> statement-breakpoint
CREATE INDEX "activity_events_student_idx" ON "monitoring"."activity_events" USING btree ("student_id","at","id");--> statement-breakpoint
CREATE INDEX "activity_events_at_idx" ON "monitoring"."activity_events" USING btree ("at");