-- Reserve and settle write each row once, and settle marks a fall below the credits-low
-- threshold in its own write to the account row. Same statements otherwise, same locks, same
-- refusals in the same order, same exactly-once settlement.
--
-- Reserve reads what is available under the account lock and stores what will remain on the
-- reservation as it inserts it, instead of updating the new row after drawing (the draw takes
-- exactly the amount or the call fails); it checks the balance again after the draw and
-- rewrites the row only when a grant arrived meanwhile.
--
-- Settle updated the reservation twice (status, then amounts) and left the credits-low mark to
-- a separate transaction after it, which took the same account lock again and waited for a
-- second durable commit: every settlement held each person's lock for two commits. The mark is
-- now set in the account row's one write (with the stream slot), and the function says whether
-- this settlement is the one that marked the fall, so it is announced once.

CREATE OR REPLACE FUNCTION "accounting"."reserve_credits"(p_user uuid, p_session text, p_model text, p_client_key text,
  p_estimated_input integer, p_max_output integer, p_expires_in_seconds integer, p_max_streams integer)
RETURNS SETOF accounting.reservations LANGUAGE plpgsql AS $$
DECLARE
  v_row accounting.reservations;
  v_price accounting.model_prices;
  v_amount bigint;
  v_available bigint;
  v_id uuid;
  v_taken bigint;
BEGIN
  -- A retry with the same key gets the first call's reservation, whatever became of it.
  SELECT * INTO v_row FROM accounting.reservations WHERE client_key = p_client_key;
  IF FOUND THEN
    IF v_row.user_id <> p_user THEN RAISE EXCEPTION 'client key of another person' USING ERRCODE = 'AC004'; END IF;
    RETURN NEXT v_row;
    RETURN;
  END IF;
  SELECT * INTO v_price FROM accounting.model_prices
  WHERE model_id = p_model AND effective_from <= now() ORDER BY effective_from DESC LIMIT 1;
  IF NOT FOUND THEN RAISE EXCEPTION 'unknown model' USING ERRCODE = 'AC003'; END IF;
  v_amount := accounting.reservation_amount(p_estimated_input, p_max_output, v_price.input_per_1k, v_price.output_per_1k);
  -- Taking a stream slot locks the account row: every later balance change of this user waits.
  INSERT INTO accounting.accounts (user_id, active_streams) VALUES (p_user, 1)
  ON CONFLICT (user_id) DO UPDATE SET active_streams = accounting.accounts.active_streams + 1
    WHERE accounting.accounts.active_streams < p_max_streams
  RETURNING user_id INTO v_id;
  IF v_id IS NULL THEN RAISE EXCEPTION 'too many streams' USING ERRCODE = 'AC001'; END IF;
  v_available := accounting.available(p_user);
  INSERT INTO accounting.reservations
    (user_id, session_id, model_id, price_id, input_per_1k, output_per_1k, client_key,
     estimated_input_tokens, max_output_tokens, reserved, expires_at, available_after)
  VALUES (p_user, p_session, p_model, v_price.id, v_price.input_per_1k, v_price.output_per_1k, p_client_key,
     p_estimated_input, p_max_output, v_amount, now() + make_interval(secs => p_expires_in_seconds),
     greatest(v_available - v_amount, 0))
  ON CONFLICT (client_key) DO NOTHING
  RETURNING * INTO v_row;
  IF NOT FOUND THEN
    -- A concurrent reserve with this key committed first: give the slot back, return its row.
    UPDATE accounting.accounts SET active_streams = active_streams - 1 WHERE user_id = p_user;
    RETURN QUERY SELECT * FROM accounting.reservations WHERE client_key = p_client_key;
    RETURN;
  END IF;
  -- Refused after the key check, as before: a retry whose first call won still gets its row.
  IF v_available >= v_amount THEN
    v_taken := accounting.draw_from_grants(p_user, v_row.id, v_amount, true, 'Reserved for a stream on ' || p_model);
  END IF;
  IF v_taken IS DISTINCT FROM v_amount THEN
    RAISE EXCEPTION 'insufficient credits' USING ERRCODE = 'AC002',
      DETAIL = v_amount::text || ':' || accounting.available(p_user)::text;
  END IF;
  -- A grant made meanwhile (grants do not take the account lock) changes what remains: only
  -- then is the new row written again.
  v_available := accounting.available(p_user);
  IF v_available <> v_row.available_after THEN
    UPDATE accounting.reservations SET available_after = v_available WHERE id = v_row.id
    RETURNING * INTO v_row;
  END IF;
  RETURN NEXT v_row;
END $$;
--> statement-breakpoint
DROP FUNCTION "accounting"."settle_reservation"(uuid, integer, integer, accounting.reservation_status);
--> statement-breakpoint
-- Settles exactly once at the frozen price: charges the cost from the reserved draws in drawing
-- order, releases the rest, takes any excess from what is available (recorded as shortfall when
-- even that is short) and writes the usage record. A settled reservation comes back unchanged;
-- an expired one is charged from what is available now (its reserve was already released).
-- When a charge leaves the person below p_low_threshold (null: no watch) the account is marked
-- low; credits_fell_low is true only for the settlement that set the mark.
CREATE FUNCTION "accounting"."settle_reservation"(p_id uuid, p_input integer, p_output integer,
  p_outcome accounting.reservation_status, p_low_threshold bigint)
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
  v_cost := accounting.usage_cost(p_input, p_output, v_row.input_per_1k, v_row.output_per_1k);
  v_late := v_row.status = 'EXPIRED';
  v_note := CASE WHEN v_late THEN 'Late ' ELSE '' END
    || CASE WHEN p_outcome = 'FINALIZED' THEN 'finalize' ELSE 'abort' END
    || ': ' || p_input || ' input + ' || p_output || ' output tokens on ' || v_row.model_id;
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
      input_tokens = p_input, output_tokens = p_output, settled_at = now(),
      charged = d.charged, shortfall = greatest(v_cost - d.charged, 0), available_after = v_available
  FROM (SELECT coalesce(sum(charged), 0) AS charged FROM accounting.reservation_draws
        WHERE reservation_id = p_id) d
  WHERE r.id = p_id
  RETURNING r.* INTO v_row;
  -- The account row's one write: the stream slot back (the reaper already gave an expired
  -- reservation's back) and, after a charge, the credits-low mark.
  UPDATE accounting.accounts a
  SET active_streams = CASE WHEN v_late OR a.active_streams = 0 THEN a.active_streams ELSE a.active_streams - 1 END,
      credits_low_since = CASE
        WHEN p_low_threshold IS NULL OR v_row.charged = 0 THEN a.credits_low_since
        WHEN v_available < p_low_threshold THEN coalesce(a.credits_low_since, now())
        ELSE NULL END
  WHERE a.user_id = v_row.user_id
  RETURNING p_low_threshold IS NOT NULL AND v_row.charged > 0 AND a.credits_low_since = now()
  INTO credits_fell_low;
  INSERT INTO accounting.usage_records
    (reservation_id, user_id, session_id, model_id, price_id, input_tokens, output_tokens, cost, charged, shortfall, outcome)
  VALUES (v_row.id, v_row.user_id, v_row.session_id, v_row.model_id, v_row.price_id, p_input, p_output, v_cost,
    v_row.charged, v_row.shortfall, p_outcome)
  ON CONFLICT (reservation_id) DO NOTHING;
  settled := v_row;
  credits_fell_low := coalesce(credits_fell_low, false);
  RETURN NEXT;
END $$;
