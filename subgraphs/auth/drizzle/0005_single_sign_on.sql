CREATE TABLE "auth"."identity_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "auth"."identity_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_sealed" text,
	"extra_scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"allowed_domains" text[] NOT NULL,
	"role_claim" text,
	"role_mappings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"default_role" "auth"."role" DEFAULT 'STUDENT' NOT NULL,
	"create_accounts" boolean DEFAULT false NOT NULL,
	"password_sign_in_disabled" boolean DEFAULT false NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth"."oidc_sign_in_attempts" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"provider_id" uuid NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"browser_key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auth"."sso_handoffs" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"browser_key_hash" text,
	"user_id" uuid,
	"error_code" text,
	"error_message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auth"."identity_links" ADD CONSTRAINT "identity_links_provider_id_identity_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "auth"."identity_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth"."identity_links" ADD CONSTRAINT "identity_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "auth"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth"."oidc_sign_in_attempts" ADD CONSTRAINT "oidc_sign_in_attempts_provider_id_identity_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "auth"."identity_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "auth"."sso_handoffs" ADD CONSTRAINT "sso_handoffs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "auth"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "identity_links_provider_subject_key" ON "auth"."identity_links" USING btree ("provider_id","subject");--> statement-breakpoint
CREATE INDEX "identity_links_user_idx" ON "auth"."identity_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "oidc_sign_in_attempts_expires_idx" ON "auth"."oidc_sign_in_attempts" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sso_handoffs_expires_idx" ON "auth"."sso_handoffs" USING btree ("expires_at");