ALTER TABLE "chat"."sessions" ADD COLUMN "deleted_by_owner_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "chat"."sessions" ADD COLUMN "hold_check_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "sessions_held_idx" ON "chat"."sessions" USING btree ("hold_check_at") WHERE deleted_by_owner_at is not null;