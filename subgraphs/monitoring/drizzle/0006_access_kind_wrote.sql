ALTER TYPE "monitoring"."access_kind" ADD VALUE 'WROTE';--> statement-breakpoint
DROP INDEX "monitoring"."conversation_access_minute_key";--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_access_minute_key" ON "monitoring"."conversation_access" USING btree ("viewer_id","session_id","kind","minute");