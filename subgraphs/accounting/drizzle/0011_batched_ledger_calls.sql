-- Reserve and settle for several answers in one statement: one round trip and one commit for
-- a batch instead of one per answer (accounting gathers the calls that arrive in the same
-- turn of its event loop, see src/ledger-batch.ts). Each item runs the same function as a lone
-- call, in a subtransaction of its own, so a refused item (insufficient credits, too many
-- streams, ...) changes nothing and does not affect the others; its SQLSTATE and DETAIL come
-- back on its row instead of being raised. Items run in the order of their person's id, the
-- order every batch takes account locks in, so two batches never wait for each other in a
-- cycle. A batch holds at most 32 items (a transaction's subtransactions stay within what
-- PostgreSQL keeps in shared memory without overflowing to disk).

CREATE FUNCTION "accounting"."reserve_credits_batch"(p_items jsonb, p_max_streams integer)
RETURNS TABLE (ordinal integer, made accounting.reservations, error_state text, error_detail text)
LANGUAGE plpgsql AS $$
DECLARE
  v_item record;
BEGIN
  IF jsonb_array_length(p_items) > 32 THEN RAISE EXCEPTION 'at most 32 items per batch'; END IF;
  FOR v_item IN
    SELECT i.ordinality::int AS n, i.value AS v
    FROM jsonb_array_elements(p_items) WITH ORDINALITY i
    ORDER BY (i.value->>'userId')::uuid, i.ordinality
  LOOP
    ordinal := v_item.n;
    made := NULL;
    error_state := NULL;
    error_detail := NULL;
    BEGIN
      SELECT * INTO made FROM accounting.reserve_credits(
        (v_item.v->>'userId')::uuid, v_item.v->>'sessionId', v_item.v->>'modelId', v_item.v->>'clientKey',
        (v_item.v->>'estimatedInputTokens')::int, (v_item.v->>'maxOutputTokens')::int,
        (v_item.v->>'expiresInSeconds')::int, p_max_streams);
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS error_state = RETURNED_SQLSTATE, error_detail = PG_EXCEPTION_DETAIL;
      made := NULL;
    END;
    RETURN NEXT;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE FUNCTION "accounting"."settle_reservation_batch"(p_items jsonb, p_low_threshold bigint)
RETURNS TABLE (ordinal integer, settled accounting.reservations, credits_fell_low boolean,
  error_state text, error_detail text)
LANGUAGE plpgsql AS $$
DECLARE
  v_item record;
  v_done record;
BEGIN
  IF jsonb_array_length(p_items) > 32 THEN RAISE EXCEPTION 'at most 32 items per batch'; END IF;
  FOR v_item IN
    SELECT i.ordinality::int AS n, i.value AS v, r.user_id
    FROM jsonb_array_elements(p_items) WITH ORDINALITY i
    LEFT JOIN accounting.reservations r ON r.id = (i.value->>'id')::uuid
    ORDER BY r.user_id, i.ordinality
  LOOP
    ordinal := v_item.n;
    settled := NULL;
    credits_fell_low := false;
    error_state := NULL;
    error_detail := NULL;
    BEGIN
      SELECT s.settled AS row, s.credits_fell_low AS fell_low INTO v_done
      FROM accounting.settle_reservation((v_item.v->>'id')::uuid, (v_item.v->>'inputTokens')::int,
        (v_item.v->>'outputTokens')::int, (v_item.v->>'outcome')::accounting.reservation_status,
        p_low_threshold, (v_item.v->>'toolCost')::bigint) s;
      settled := v_done.row;
      credits_fell_low := v_done.fell_low;
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS error_state = RETURNED_SQLSTATE, error_detail = PG_EXCEPTION_DETAIL;
      settled := NULL;
      credits_fell_low := false;
    END;
    RETURN NEXT;
  END LOOP;
END $$;
--> statement-breakpoint
-- As in 0010, except for how a settlement knows it marked the fall below the credits-low
-- threshold: the mark was unset before its write and is set after it. Comparing the mark with
-- now() (the transaction's start) named every settlement of one batch as the one that marked it.
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
  -- reservation's back) and, after a charge, the credits-low mark.
  UPDATE accounting.accounts a
  SET active_streams = CASE WHEN v_late OR a.active_streams = 0 THEN a.active_streams ELSE a.active_streams - 1 END,
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
