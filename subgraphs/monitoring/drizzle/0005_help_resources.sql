CREATE TABLE "monitoring"."help_resources" (
	"locale" text PRIMARY KEY NOT NULL,
	"message" text NOT NULL,
	"resources" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
