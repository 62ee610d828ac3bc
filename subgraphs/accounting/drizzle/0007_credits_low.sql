-- When a person's available credits last fell below the credits-low threshold (null while they
-- are at or above it): a fall is announced once, and again only after they were topped up.
ALTER TABLE "accounting"."accounts" ADD COLUMN "credits_low_since" timestamp with time zone;
