CREATE TYPE "chat"."settlement_kind" AS ENUM('FINALIZE', 'ABORT');--> statement-breakpoint
CREATE TABLE "chat"."settlement_outbox" (
	"message_id" uuid PRIMARY KEY NOT NULL,
	"reservation_id" text NOT NULL,
	"kind" "chat"."settlement_kind" NOT NULL,
	"input_tokens" integer NOT NULL,
	"output_tokens" integer NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "settlement_outbox_due_idx" ON "chat"."settlement_outbox" USING btree ("next_attempt_at");--> statement-breakpoint
CREATE INDEX "settlement_outbox_reservation_idx" ON "chat"."settlement_outbox" USING btree ("reservation_id");--> statement-breakpoint
CREATE INDEX "messages_streaming_reservation_idx" ON "chat"."messages" USING btree ("reservation_id") WHERE status = 'STREAMING';