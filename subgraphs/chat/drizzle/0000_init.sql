CREATE SCHEMA "chat";
--> statement-breakpoint
CREATE TYPE "chat"."message_role" AS ENUM('USER', 'ASSISTANT', 'SUPERVISOR');--> statement-breakpoint
CREATE TYPE "chat"."message_status" AS ENUM('STREAMING', 'COMPLETE', 'STOPPED', 'FAILED');--> statement-breakpoint
CREATE TABLE "chat"."messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"role" "chat"."message_role" NOT NULL,
	"author_id" uuid,
	"content" text DEFAULT '' NOT NULL,
	"status" "chat"."message_status" NOT NULL,
	"status_reason" text,
	"model" text,
	"input_tokens" integer,
	"output_tokens" integer,
	"usage_estimated" boolean DEFAULT false NOT NULL,
	"credits_charged_micro" bigint,
	"reservation_id" text,
	"tool_calls" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "chat"."sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"chatbot_id" text,
	"chatbot_version_id" text,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chat"."messages" ADD CONSTRAINT "messages_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "chat"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_session_created_idx" ON "chat"."messages" USING btree ("session_id","created_at","id");--> statement-breakpoint
CREATE INDEX "messages_owner_role_created_idx" ON "chat"."messages" USING btree ("owner_id","role","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_one_streaming_per_session" ON "chat"."messages" USING btree ("session_id") WHERE status = 'STREAMING';--> statement-breakpoint
CREATE INDEX "sessions_owner_updated_idx" ON "chat"."sessions" USING btree ("owner_id","updated_at","id");