-- Custom agent tools charge a fixed price per call through the answer's reservation: extend can
-- add an exact amount (no x 1.2: the price is known), and settlement charges the tokens' cost
-- plus the tools' cost, recorded apart on the reservation and its usage record.
ALTER TABLE "accounting"."reservations" ADD COLUMN "tool_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounting"."usage_records" ADD COLUMN "tool_cost" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
DROP FUNCTION "accounting"."extend_reservation"(uuid, integer, integer, integer);--> statement-breakpoint
CREATE FUNCTION "accounting"."extend_reservation"(p_id uuid, p_additional_input integer, p_additional_output integer,
  p_expires_in_seconds integer, p_additional_micro bigint DEFAULT 0)
RETURNS SETOF accounting.reservations LANGUAGE plpgsql AS $$
DECLARE
  v_row accounting.reservations;
  v_amount bigint := 0;
  v_taken bigint;
BEGIN
  v_row := accounting.lock_reservation(p_id, false);
  IF v_row.id IS NULL THEN RAISE EXCEPTION 'no such reservation' USING ERRCODE = 'AC005'; END IF;
  IF v_row.status <> 'ACTIVE' OR v_row.settled_at IS NOT NULL THEN
    RAISE EXCEPTION 'reservation not active' USING ERRCODE = 'AC006', DETAIL = v_row.status::text;
  END IF;
  IF p_additional_input > 0 OR p_additional_output > 0 THEN
    v_amount := accounting.reservation_amount(p_additional_input, p_additional_output, v_row.input_per_1k, v_row.output_per_1k);
  END IF;
  v_amount := v_amount + greatest(p_additional_micro, 0);
  IF v_amount > 0 THEN
    v_taken := accounting.draw_from_grants(v_row.user_id, p_id, v_amount, true, 'Extended a stream on ' || v_row.model_id);
    IF v_taken <> v_amount THEN
      RAISE EXCEPTION 'insufficient credits' USING ERRCODE = 'AC002',
        DETAIL = v_amount::text || ':' || accounting.available(v_row.user_id)::text;
    END IF;
  END IF;
  RETURN QUERY UPDATE accounting.reservations
    SET reserved = reserved + v_amount,
        expires_at = coalesce(now() + make_interval(secs => p_expires_in_seconds), expires_at),
        available_after = accounting.available(v_row.user_id)
    WHERE id = p_id RETURNING *;
END $$;
--> statement-breakpoint
DROP FUNCTION "accounting"."settle_reservation"(uuid, integer, integer, accounting.reservation_status, bigint);--> statement-breakpoint
-- As in 0009, plus p_tool_cost: the exact micro-credits of the tool calls the answer made,
-- charged with the tokens' cost from the same reservation and recorded apart (tool_cost).
CREATE FUNCTION "accounting"."settle_reservation"(p_id uuid, p_input integer, p_output integer,
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
  WHERE a.user_id = v_row.user_id
  RETURNING p_low_threshold IS NOT NULL AND v_row.charged > 0 AND a.credits_low_since = now()
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
