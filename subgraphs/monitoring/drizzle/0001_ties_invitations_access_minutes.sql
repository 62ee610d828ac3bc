CREATE TYPE "monitoring"."invitation_role" AS ENUM('STUDENT', 'SUPERVISOR');--> statement-breakpoint
CREATE TYPE "monitoring"."invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED');--> statement-breakpoint
CREATE TABLE "monitoring"."class_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"class_id" uuid NOT NULL,
	"invitee_id" uuid NOT NULL,
	"role" "monitoring"."invitation_role" NOT NULL,
	"invited_by" uuid NOT NULL,
	"status" "monitoring"."invitation_status" DEFAULT 'PENDING' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "monitoring"."classes" ADD COLUMN "join_code" text;--> statement-breakpoint
ALTER TABLE "monitoring"."conversation_access" ADD COLUMN "operation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring"."conversation_access" ADD COLUMN "minute" bigint;--> statement-breakpoint
ALTER TABLE "monitoring"."class_invitations" ADD CONSTRAINT "class_invitations_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "monitoring"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "class_invitations_pending_key" ON "monitoring"."class_invitations" USING btree ("class_id","invitee_id") WHERE status = 'PENDING';--> statement-breakpoint
CREATE INDEX "class_invitations_invitee_idx" ON "monitoring"."class_invitations" USING btree ("invitee_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "classes_join_code_key" ON "monitoring"."classes" USING btree ("join_code");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_access_minute_key" ON "monitoring"."conversation_access" USING btree ("viewer_id","session_id","minute");