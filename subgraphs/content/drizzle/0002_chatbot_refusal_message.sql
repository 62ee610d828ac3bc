ALTER TABLE "content"."chatbot_templates" ADD COLUMN "refusal_message" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "content"."chatbot_versions" ADD COLUMN "refusal_message" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "content"."chatbots" ADD COLUMN "refusal_message" text DEFAULT '' NOT NULL;