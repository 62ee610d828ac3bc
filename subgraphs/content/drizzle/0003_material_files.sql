CREATE TYPE "content"."file_storage" AS ENUM('DATABASE', 'S3');--> statement-breakpoint
ALTER TYPE "content"."material_format" ADD VALUE 'PDF';--> statement-breakpoint
ALTER TYPE "content"."material_format" ADD VALUE 'DOCX';--> statement-breakpoint
CREATE TABLE "content"."material_files" (
	"material_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"storage" "content"."file_storage" NOT NULL,
	"bytes" "bytea",
	"object_key" text,
	CONSTRAINT "material_files_storage_check" CHECK (("content"."material_files"."storage" = 'DATABASE') = ("content"."material_files"."bytes" IS NOT NULL) AND ("content"."material_files"."storage" = 'S3') = ("content"."material_files"."object_key" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "content"."materials" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "content"."material_files" ADD CONSTRAINT "material_files_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "content"."materials"("id") ON DELETE cascade ON UPDATE no action;