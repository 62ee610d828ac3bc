CREATE SCHEMA "content";
--> statement-breakpoint
CREATE TYPE "content"."chatbot_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED');--> statement-breakpoint
CREATE TYPE "content"."material_format" AS ENUM('TEXT', 'MARKDOWN', 'HTML');--> statement-breakpoint
CREATE TABLE "content"."chatbot_classes" (
	"chatbot_id" uuid NOT NULL,
	"class_id" text NOT NULL,
	CONSTRAINT "chatbot_classes_chatbot_id_class_id_pk" PRIMARY KEY("chatbot_id","class_id")
);
--> statement-breakpoint
CREATE TABLE "content"."chatbot_materials" (
	"chatbot_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"attached_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chatbot_materials_chatbot_id_material_id_pk" PRIMARY KEY("chatbot_id","material_id")
);
--> statement-breakpoint
CREATE TABLE "content"."chatbot_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"avatar_emoji" text,
	"persona" text DEFAULT '' NOT NULL,
	"system_prompt" text NOT NULL,
	"temperature" double precision NOT NULL,
	"max_output_tokens" integer NOT NULL,
	"enabled_tools" text[] DEFAULT '{}'::text[] NOT NULL,
	"starter_prompts" text[] DEFAULT '{}'::text[] NOT NULL,
	"blocked_topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"blocked_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."chatbot_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"chatbot_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"avatar_emoji" text,
	"persona" text DEFAULT '' NOT NULL,
	"system_prompt" text NOT NULL,
	"temperature" double precision NOT NULL,
	"max_output_tokens" integer NOT NULL,
	"enabled_tools" text[] DEFAULT '{}'::text[] NOT NULL,
	"starter_prompts" text[] DEFAULT '{}'::text[] NOT NULL,
	"blocked_topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"blocked_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"model_id" text NOT NULL,
	"material_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."chatbots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"avatar_emoji" text,
	"persona" text DEFAULT '' NOT NULL,
	"system_prompt" text NOT NULL,
	"temperature" double precision NOT NULL,
	"max_output_tokens" integer NOT NULL,
	"enabled_tools" text[] DEFAULT '{}'::text[] NOT NULL,
	"starter_prompts" text[] DEFAULT '{}'::text[] NOT NULL,
	"blocked_topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"blocked_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"model_id" text NOT NULL,
	"status" "content"."chatbot_status" DEFAULT 'DRAFT' NOT NULL,
	"visible_to_everyone" boolean DEFAULT false NOT NULL,
	"current_version_id" uuid,
	"has_unpublished_changes" boolean DEFAULT true NOT NULL,
	"template_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "content"."material_chunks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"content" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "content")) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content"."materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"format" "content"."material_format" NOT NULL,
	"body" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content"."chatbot_classes" ADD CONSTRAINT "chatbot_classes_chatbot_id_chatbots_id_fk" FOREIGN KEY ("chatbot_id") REFERENCES "content"."chatbots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."chatbot_materials" ADD CONSTRAINT "chatbot_materials_chatbot_id_chatbots_id_fk" FOREIGN KEY ("chatbot_id") REFERENCES "content"."chatbots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."chatbot_materials" ADD CONSTRAINT "chatbot_materials_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "content"."materials"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."chatbot_versions" ADD CONSTRAINT "chatbot_versions_chatbot_id_chatbots_id_fk" FOREIGN KEY ("chatbot_id") REFERENCES "content"."chatbots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content"."material_chunks" ADD CONSTRAINT "material_chunks_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "content"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chatbot_classes_class_idx" ON "content"."chatbot_classes" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "chatbot_materials_material_idx" ON "content"."chatbot_materials" USING btree ("material_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chatbot_versions_number_key" ON "content"."chatbot_versions" USING btree ("chatbot_id","number");--> statement-breakpoint
CREATE INDEX "chatbots_owner_idx" ON "content"."chatbots" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "chatbots_status_idx" ON "content"."chatbots" USING btree ("status");--> statement-breakpoint
CREATE INDEX "material_chunks_material_idx" ON "content"."material_chunks" USING btree ("material_id","ordinal");--> statement-breakpoint
CREATE INDEX "material_chunks_search_idx" ON "content"."material_chunks" USING gin ("search");--> statement-breakpoint
CREATE INDEX "materials_owner_idx" ON "content"."materials" USING btree ("owner_id");