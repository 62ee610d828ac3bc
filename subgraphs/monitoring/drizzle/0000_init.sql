CREATE SCHEMA "monitoring";
--> statement-breakpoint
CREATE TYPE "monitoring"."access_kind" AS ENUM('OPENED', 'WATCHED');--> statement-breakpoint
CREATE TYPE "monitoring"."flag_category" AS ENUM('SELF_HARM', 'VIOLENCE', 'SEXUAL', 'BULLYING', 'PERSONAL_DATA', 'KEYWORD');--> statement-breakpoint
CREATE TYPE "monitoring"."flag_severity" AS ENUM('LOW', 'MEDIUM', 'HIGH');--> statement-breakpoint
CREATE TYPE "monitoring"."flag_source" AS ENUM('STUDENT_MESSAGE', 'ANSWER');--> statement-breakpoint
CREATE TYPE "monitoring"."flag_status" AS ENUM('OPEN', 'ACKNOWLEDGED', 'DISMISSED');--> statement-breakpoint
CREATE TABLE "monitoring"."class_students" (
	"class_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "class_students_class_id_student_id_pk" PRIMARY KEY("class_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring"."class_supervisors" (
	"class_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "class_supervisors_class_id_supervisor_id_pk" PRIMARY KEY("class_id","supervisor_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring"."classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"term" text,
	"flag_keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "monitoring"."conversation_access" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"viewer_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"kind" "monitoring"."access_kind" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" "monitoring"."flag_category" NOT NULL,
	"severity" "monitoring"."flag_severity" NOT NULL,
	"source" "monitoring"."flag_source" NOT NULL,
	"rule" text NOT NULL,
	"excerpt" text NOT NULL,
	"student_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"message_id" text NOT NULL,
	"chatbot_id" text,
	"stopped_answer" boolean DEFAULT false NOT NULL,
	"status" "monitoring"."flag_status" DEFAULT 'OPEN' NOT NULL,
	"note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."message_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" text NOT NULL,
	"session_id" text NOT NULL,
	"student_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring"."supervisor_notes" (
	"message_id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"student_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring"."class_students" ADD CONSTRAINT "class_students_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "monitoring"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring"."class_supervisors" ADD CONSTRAINT "class_supervisors_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "monitoring"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "class_students_student_idx" ON "monitoring"."class_students" USING btree ("student_id","class_id") WHERE "monitoring"."class_students"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "class_supervisors_supervisor_idx" ON "monitoring"."class_supervisors" USING btree ("supervisor_id","class_id") WHERE "monitoring"."class_supervisors"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "conversation_access_at_idx" ON "monitoring"."conversation_access" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "conversation_access_student_idx" ON "monitoring"."conversation_access" USING btree ("student_id","at");--> statement-breakpoint
CREATE INDEX "conversation_access_viewer_idx" ON "monitoring"."conversation_access" USING btree ("viewer_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "flags_message_category_key" ON "monitoring"."flags" USING btree ("message_id","category");--> statement-breakpoint
CREATE INDEX "flags_student_status_idx" ON "monitoring"."flags" USING btree ("student_id","status","created_at");--> statement-breakpoint
CREATE INDEX "flags_created_idx" ON "monitoring"."flags" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "message_comments_message_idx" ON "monitoring"."message_comments" USING btree ("message_id","created_at");--> statement-breakpoint
CREATE INDEX "supervisor_notes_session_idx" ON "monitoring"."supervisor_notes" USING btree ("session_id");