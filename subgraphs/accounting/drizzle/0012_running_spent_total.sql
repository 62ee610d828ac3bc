-- A person's balance was read by adding up every draw of every reservation they had ever made
-- (twice: for what is reserved and for what was spent), so each read cost more with every answer:
-- about 1.4 ms of the database's CPU at a few hundred answers under `bench:accounting`, and a
-- student with a year of answers would pay far more on every read. Now the account row keeps
-- what was spent as a running total, added in the write settlement already makes to that row
-- (and by record_external_usage), and what is reserved is read from the active reservations
-- alone (a partial index). `findLedgerViolations` checks the total against the draws.
--
-- The table lock waits for ledger transactions in flight and holds new ones back until this
-- commits, so no charge is counted both in the total below and by the new settle_reservation,
-- or by neither.
LOCK TABLE "accounting"."accounts" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
ALTER TABLE "accounting"."accounts" ADD COLUMN "spent" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
INSERT INTO "accounting"."accounts" (user_id, active_streams)
  SELECT DISTINCT user_id, 0 FROM "accounting"."external_usages"
  ON CONFLICT (user_id) DO NOTHING;--> statement-breakpoint
UPDATE "accounting"."accounts" a SET spent =
  (SELECT coalesce(sum(d.charged), 0) FROM accounting.reservation_draws d
     JOIN accounting.reservations r ON r.id = d.reservation_id WHERE r.user_id = a.user_id)
  + (SELECT coalesce(sum(x.amount), 0) FROM accounting.external_usage_draws x
     JOIN accounting.external_usages u ON u.id = x.usage_id WHERE u.user_id = a.user_id);--> statement-breakpoint
CREATE INDEX "reservations_active_user_idx" ON "accounting"."reservations" USING btree ("user_id") WHERE status = 'ACTIVE';--> statement-breakpoint
-- As in 0011, and what the settlement charged is added to the account's spent.
CREATE OR REPLACE FUNCTION "accounting"."settle_reservation"(p_id uuid, p_input integer, p_output integer,
  p_outcome accounting.reservation_status, p_low_threshold bigint, p_tool_cost bigint DEFAULT 0)
RETURNS TABLE (settled accounting.reservations, credits_fell_low boolean) LANGUAGE plpgsql AS $$
DECLARE
  v_row accounting.reservations;
  v_cost bigint;
  v_late boolean;
  v_charged bigint := 0;
  v_available bigint;
  v_note text;
BEGIN
  v_row := accounting.lock_reservation(p_id, false);
  IF v_row.id IS NULL THEN RAISE EXCEPTION 'no such reservation' USING ERRCODE = 'AC005'; END IF;
  IF v_row.settled_at IS NOT NULL THEN
    settled := v_row;
    credits_fell_low := false;
    RETURN NEXT;
    RETURN;
  END IF;
  v_cost := accounting.usage_cost(p_input, p_output, v_row.input_per_1k, v_row.output_per_1k) + p_tool_cost;
  v_late := v_row.status = 'EXPIRED';
  v_note := CASE WHEN v_late THEN 'Late ' ELSE '' END
    || CASE WHEN p_outcome = 'FINALIZED' THEN 'finalize' ELSE 'abort' END
    || ': ' || p_input || ' input + ' || p_output || ' output tokens on ' || v_row.model_id
    || CASE WHEN p_tool_cost > 0 THEN ' + tool calls (' || p_tool_cost || ' micro-credits)' ELSE '' END;
  IF NOT v_late THEN
    v_charged := accounting.settle_reserved_draws(v_row.user_id, p_id, least(v_cost, v_row.reserved), v_note);
  END IF;
  IF v_cost > v_charged THEN
    PERFORM accounting.draw_from_grants(v_row.user_id, p_id, v_cost - v_charged, false,
      v_note || ' (beyond the reservation)');
  END IF;
  v_available := accounting.available(v_row.user_id);
  UPDATE accounting.reservations r
  SET status = CASE WHEN v_late THEN r.status ELSE p_outcome END,
      input_tokens = p_input, output_tokens = p_output, tool_cost = p_tool_cost, settled_at = now(),
      charged = d.charged, shortfall = greatest(v_cost - d.charged, 0), available_after = v_available
  FROM (SELECT coalesce(sum(charged), 0) AS charged FROM accounting.reservation_draws
        WHERE reservation_id = p_id) d
  WHERE r.id = p_id
  RETURNING r.* INTO v_row;
  -- The account row's one write: the stream slot back (the reaper already gave an expired
  -- reservation's back), what was charged added to what the person has spent and, after a
  -- charge, the credits-low mark.
  UPDATE accounting.accounts a
  SET active_streams = CASE WHEN v_late OR a.active_streams = 0 THEN a.active_streams ELSE a.active_streams - 1 END,
      spent = a.spent + v_row.charged,
      credits_low_since = CASE
        WHEN p_low_threshold IS NULL OR v_row.charged = 0 THEN a.credits_low_since
        WHEN v_available < p_low_threshold THEN coalesce(a.credits_low_since, now())
        ELSE NULL END
  FROM (SELECT credits_low_since AS low_before FROM accounting.accounts WHERE user_id = v_row.user_id) b
  WHERE a.user_id = v_row.user_id
  RETURNING p_low_threshold IS NOT NULL AND v_row.charged > 0 AND b.low_before IS NULL
    AND a.credits_low_since IS NOT NULL
  INTO credits_fell_low;
  INSERT INTO accounting.usage_records
    (reservation_id, user_id, session_id, model_id, price_id, input_tokens, output_tokens, tool_cost, cost, charged, shortfall, outcome)
  VALUES (v_row.id, v_row.user_id, v_row.session_id, v_row.model_id, v_row.price_id, p_input, p_output, p_tool_cost, v_cost,
    v_row.charged, v_row.shortfall, p_outcome)
  ON CONFLICT (reservation_id) DO NOTHING;
  settled := v_row;
  credits_fell_low := coalesce(credits_fell_low, false);
  RETURN NEXT;
END $$;
--> statement-breakpoint
-- As in 0005, and the amount is added to the account's spent.
CREATE OR REPLACE FUNCTION "accounting"."record_external_usage"(p_user uuid, p_amount bigint, p_description text,
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
  UPDATE accounting.accounts SET spent = spent + p_amount WHERE user_id = p_user;
  RETURN QUERY UPDATE accounting.external_usages SET available_after = accounting.available(p_user)
    WHERE id = v_id RETURNING *;
END $$;
