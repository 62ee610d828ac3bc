-- Usage an integration records against a person's credits for something outside Aula (an API
-- key with usage:write). Each is charged at once from the grants that expire first; its draws
-- say which grants paid, so the books cross-check as for reservations. A reversal is a REFUND
-- grant whose refund_of is the usage's id (grants_refund_of_key keeps it to one).
CREATE TABLE "accounting"."external_usages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"client_key" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"api_key_id" text,
	"available_after" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_usages_amount_positive" CHECK ("accounting"."external_usages"."amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "external_usages_recorder_key" ON "accounting"."external_usages" USING btree ("recorded_by","client_key");--> statement-breakpoint
CREATE INDEX "external_usages_user_idx" ON "accounting"."external_usages" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE TABLE "accounting"."external_usage_draws" (
	"usage_id" uuid NOT NULL REFERENCES "accounting"."external_usages"("id"),
	"grant_id" uuid NOT NULL REFERENCES "accounting"."grants"("id"),
	"amount" bigint NOT NULL,
	PRIMARY KEY ("usage_id", "grant_id"),
	CONSTRAINT "external_usage_draws_amount_positive" CHECK ("accounting"."external_usage_draws"."amount" > 0)
);
--> statement-breakpoint
-- Records one external usage: a retry with the recorder's key returns the first row (AC007 when
-- it named another person or amount); otherwise, under the account lock every balance change
-- takes, charges p_amount from the spendable grants that expire first, all or nothing
-- (AC002 'required:available' when they cannot cover it, and nothing changes).
CREATE FUNCTION "accounting"."record_external_usage"(p_user uuid, p_amount bigint, p_description text,
  p_client_key text, p_recorded_by uuid, p_api_key_id text)
RETURNS SETOF accounting.external_usages LANGUAGE plpgsql AS $$
DECLARE
  v_row accounting.external_usages;
  v_id uuid;
  v_taken bigint;
BEGIN
  INSERT INTO accounting.accounts (user_id, active_streams) VALUES (p_user, 0)
  ON CONFLICT (user_id) DO UPDATE SET active_streams = accounting.accounts.active_streams;
  SELECT * INTO v_row FROM accounting.external_usages
  WHERE recorded_by = p_recorded_by AND client_key = p_client_key;
  IF FOUND THEN
    IF v_row.user_id <> p_user OR v_row.amount <> p_amount THEN
      RAISE EXCEPTION 'client key reused' USING ERRCODE = 'AC007';
    END IF;
    RETURN NEXT v_row;
    RETURN;
  END IF;
  IF accounting.available(p_user) < p_amount THEN
    RAISE EXCEPTION 'insufficient credits' USING ERRCODE = 'AC002',
      DETAIL = p_amount::text || ':' || accounting.available(p_user)::text;
  END IF;
  INSERT INTO accounting.external_usages (user_id, amount, description, client_key, recorded_by, api_key_id, available_after)
  VALUES (p_user, p_amount, p_description, p_client_key, p_recorded_by, p_api_key_id, 0)
  RETURNING id INTO v_id;
  WITH candidates AS (
    SELECT id, remaining, expires_at, created_at FROM accounting.grants
    WHERE user_id = p_user AND remaining > 0 AND (expires_at IS NULL OR expires_at > now())
    FOR UPDATE
  ), ordered AS (
    SELECT id, remaining, sum(remaining) OVER w - remaining AS before FROM candidates
    WINDOW w AS (ORDER BY expires_at ASC NULLS LAST, created_at, id ROWS UNBOUNDED PRECEDING)
  ), take AS (
    SELECT id, least(remaining, p_amount - before) AS draw FROM ordered WHERE before < p_amount
  ), drawn AS (
    UPDATE accounting.grants g SET remaining = g.remaining - take.draw
    FROM take WHERE g.id = take.id AND g.remaining >= take.draw
    RETURNING g.id AS grant_id, take.draw
  ), recorded AS (
    INSERT INTO accounting.external_usage_draws (usage_id, grant_id, amount)
    SELECT v_id, grant_id, draw FROM drawn
  ), logged AS (
    INSERT INTO accounting.ledger_entries (user_id, kind, amount, grant_id, actor_id, note)
    SELECT p_user, 'CHARGE'::accounting.ledger_kind, draw, grant_id, p_recorded_by,
      'External usage: ' || p_description
    FROM drawn
  )
  SELECT coalesce(sum(draw), 0)::bigint INTO v_taken FROM drawn;
  IF v_taken <> p_amount THEN
    RAISE EXCEPTION 'insufficient credits' USING ERRCODE = 'AC002',
      DETAIL = p_amount::text || ':' || accounting.available(p_user)::text;
  END IF;
  RETURN QUERY UPDATE accounting.external_usages SET available_after = accounting.available(p_user)
    WHERE id = v_id RETURNING *;
END $$;
