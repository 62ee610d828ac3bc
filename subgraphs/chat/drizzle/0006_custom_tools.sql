CREATE TYPE "chat"."custom_tool_kind" AS ENUM('MCP', 'LAMBDA');--> statement-breakpoint
CREATE TYPE "chat"."custom_tool_outcome" AS ENUM('OK', 'TOOL_ERROR', 'TIMEOUT', 'UNREACHABLE', 'INVALID_ARGUMENTS', 'RESPONSE_TOO_LARGE', 'NOT_AFFORDABLE');--> statement-breakpoint
CREATE TABLE "chat"."custom_tool_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tool_id" uuid NOT NULL,
	"tool_name" text NOT NULL,
	"user_id" uuid NOT NULL,
	"chatbot_id" text,
	"session_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"tool_use_id" text NOT NULL,
	"outcome" "chat"."custom_tool_outcome" NOT NULL,
	"error" text,
	"duration_ms" integer NOT NULL,
	"cost_micro" bigint NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat"."custom_tools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"kind" "chat"."custom_tool_kind" NOT NULL,
	"mcp_url" text,
	"mcp_tool_name" text,
	"mcp_auth_header" text,
	"lambda_function" text,
	"lambda_region" text,
	"lambda_endpoint" text,
	"input_schema" jsonb NOT NULL,
	"timeout_ms" integer NOT NULL,
	"cost_micro" bigint NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "chat"."messages" ADD COLUMN "tool_cost_micro" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "chat"."settlement_outbox" ADD COLUMN "tool_cost_micro" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "custom_tool_calls_started_idx" ON "chat"."custom_tool_calls" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "custom_tool_calls_tool_started_idx" ON "chat"."custom_tool_calls" USING btree ("tool_id","started_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "custom_tools_active_name_key" ON "chat"."custom_tools" USING btree ("name") WHERE disabled_at is null;--> statement-breakpoint
CREATE INDEX "custom_tools_created_idx" ON "chat"."custom_tools" USING btree ("created_at","id");