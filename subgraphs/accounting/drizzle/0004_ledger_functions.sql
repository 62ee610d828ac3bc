-- The ledger's money moves as functions, so each operation is one round trip: the per-user
-- account lock is held only while PostgreSQL runs the steps, never across network waits.
-- Each statement inside a (volatile) function sees the rows committed before it ran, so the
-- steps after the account lock read the balance as it is then, exactly as separate statements
-- in one transaction did. Refusals are raised with ledger SQLSTATEs the service maps to codes:
--   AC001 too many streams, AC002 insufficient credits (DETAIL 'required:available'),
--   AC003 unknown model, AC004 client key of another person, AC005 no such reservation,
--   AC006 reservation not active (DETAIL its status).

-- Spendable credits of a user right now (unexpired, unreserved, unspent).
CREATE FUNCTION "accounting"."available"(p_user uuid) RETURNS bigint LANGUAGE sql STABLE AS $$
  select coalesce(sum(remaining), 0)::bigint from accounting.grants
  where user_id = p_user and (expires_at is null or expires_at > now())
$$;
--> statement-breakpoint
-- The price x tokens sums of the ledger, rounded up once: usage cost and reservation (x 1.2).
CREATE FUNCTION "accounting"."usage_cost"(p_input integer, p_output integer, p_in_per_1k bigint, p_out_per_1k bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  select ceil((p_input::numeric * p_in_per_1k + p_output::numeric * p_out_per_1k) / 1000)::bigint
$$;
--> statement-breakpoint
CREATE FUNCTION "accounting"."reservation_amount"(p_input integer, p_output integer, p_in_per_1k bigint, p_out_per_1k bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  select greatest(1, ceil((p_input::numeric * p_in_per_1k + p_output::numeric * p_out_per_1k) * 12 / 10000))::bigint
$$;
--> statement-breakpoint
-- Takes p_amount from the user's spendable grants, those expiring first first, recording each
-- share as a draw of the reservation and in the ledger. All or nothing for a reservation or
-- extension (phase 0, settled later); as much as there is for a charge beyond the reservation
-- (phase 1, charged at once). Returns what was taken. The caller holds the account lock.
CREATE FUNCTION "accounting"."draw_from_grants"(p_user uuid, p_reservation uuid, p_amount bigint, p_all_or_nothing boolean, p_note text)
RETURNS bigint LANGUAGE sql AS $$
  with candidates as (
    select id, remaining, expires_at, created_at from accounting.grants
    where user_id = p_user and remaining > 0 and (expires_at is null or expires_at > now())
    for update
  ), ordered as (
    select id, remaining, row_number() over w as seq, sum(remaining) over w - remaining as before
    from candidates
    window w as (order by expires_at asc nulls last, created_at, id rows unbounded preceding)
  ), take as (
    select id, seq, least(remaining, p_amount - before) as draw
    from ordered where before < p_amount
      and (not p_all_or_nothing or (select coalesce(sum(remaining), 0) from candidates) >= p_amount)
  ), drawn as (
    update accounting.grants g set remaining = g.remaining - take.draw
    from take where g.id = take.id and g.remaining >= take.draw
    returning g.id as grant_id, take.seq, take.draw
  ), recorded as (
    -- An extension may draw again from a grant the reservation already holds: the draw grows
    -- and keeps its place; a new grant comes after everything drawn before.
    insert into accounting.reservation_draws (reservation_id, grant_id, phase, seq, amount, charged, released)
    select p_reservation, grant_id, case when p_all_or_nothing then 0 else 1 end,
      seq + (select coalesce(max(d.seq), 0) from accounting.reservation_draws d
             where d.reservation_id = p_reservation and d.phase = case when p_all_or_nothing then 0 else 1 end),
      draw,
      case when p_all_or_nothing then null else draw end,
      case when p_all_or_nothing then null else 0 end
    from drawn
    on conflict (reservation_id, phase, grant_id)
      do update set amount = accounting.reservation_draws.amount + excluded.amount,
        charged = accounting.reservation_draws.charged + excluded.charged,
        released = accounting.reservation_draws.released + excluded.released
  ), logged as (
    insert into accounting.ledger_entries (user_id, kind, amount, grant_id, reservation_id, note)
    select p_user, case when p_all_or_nothing then 'RESERVE' else 'CHARGE' end::accounting.ledger_kind,
      draw, grant_id, p_reservation, p_note
    from drawn
  )
  select coalesce(sum(draw), 0)::bigint from drawn
$$;
--> statement-breakpoint
-- Settles the reserved draws of a reservation: the first p_charge (in drawing order) is charged,
-- the rest of each draw returns to its grant; both go to the ledger. Only unsettled draws are
-- touched, so it never releases twice. Returns what was charged.
CREATE FUNCTION "accounting"."settle_reserved_draws"(p_user uuid, p_reservation uuid, p_charge bigint, p_note text)
RETURNS bigint LANGUAGE sql AS $$
  with d as (
    select grant_id, amount, sum(amount) over (order by seq rows unbounded preceding) - amount as before
    from accounting.reservation_draws
    where reservation_id = p_reservation and phase = 0 and released is null
  ), split as (
    select grant_id, amount, greatest(0::bigint, least(amount, p_charge - before)) as charged from d
  ), updated as (
    update accounting.reservation_draws rd
    set charged = split.charged, released = split.amount - split.charged
    from split
    where rd.reservation_id = p_reservation and rd.phase = 0 and rd.grant_id = split.grant_id
      and rd.released is null
    returning rd.grant_id, rd.charged, rd.released
  ), returned as (
    update accounting.grants g set remaining = g.remaining + u.released
    from updated u where g.id = u.grant_id and u.released > 0
  ), logged as (
    insert into accounting.ledger_entries (user_id, kind, amount, grant_id, reservation_id, note)
    select p_user, 'CHARGE'::accounting.ledger_kind, charged, grant_id, p_reservation, p_note
    from updated where charged > 0
    union all
    select p_user, 'RELEASE'::accounting.ledger_kind, released, grant_id, p_reservation, p_note
    from updated where released > 0
  )
  select coalesce(sum(charged), 0)::bigint from updated
$$;
--> statement-breakpoint
-- Locks the owner's account, then the reservation (the order every balance change uses).
-- Returns null when there is no such reservation, or (with p_skip_locked) when another
-- transaction holds either lock.
CREATE FUNCTION "accounting"."lock_reservation"(p_id uuid, p_skip_locked boolean)
RETURNS accounting.reservations LANGUAGE plpgsql AS $$
DECLARE
  v_user uuid;
  v_row accounting.reservations;
BEGIN
  SELECT user_id INTO v_user FROM accounting.reservations WHERE id = p_id;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF p_skip_locked THEN
    PERFORM 1 FROM accounting.accounts WHERE user_id = v_user FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN RETURN NULL; END IF;
    SELECT * INTO v_row FROM accounting.reservations WHERE id = p_id FOR UPDATE SKIP LOCKED;
  ELSE
    PERFORM 1 FROM accounting.accounts WHERE user_id = v_user FOR UPDATE;
    SELECT * INTO v_row FROM accounting.reservations WHERE id = p_id FOR UPDATE;
  END IF;
  IF NOT FOUND THEN RETURN NULL; END IF;
  RETURN v_row;
END $$;
--> statement-breakpoint
CREATE FUNCTION "accounting"."reserve_credits"(p_user uuid, p_session text, p_model text, p_client_key text,
  p_estimated_input integer, p_max_output integer, p_expires_in_seconds integer, p_max_streams integer)
RETURNS SETOF accounting.reservations LANGUAGE plpgsql AS $$
DECLARE
  v_row accounting.reservations;
  v_price accounting.model_prices;
  v_amount bigint;
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
  v_id := NULL;
  INSERT INTO accounting.reservations
    (user_id, session_id, model_id, price_id, input_per_1k, output_per_1k, client_key,
     estimated_input_tokens, max_output_tokens, reserved, expires_at, available_after)
  VALUES (p_user, p_session, p_model, v_price.id, v_price.input_per_1k, v_price.output_per_1k, p_client_key,
     p_estimated_input, p_max_output, v_amount, now() + make_interval(secs => p_expires_in_seconds), 0)
  ON CONFLICT (client_key) DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    -- A concurrent reserve with this key committed first: give the slot back, return its row.
    UPDATE accounting.accounts SET active_streams = active_streams - 1 WHERE user_id = p_user;
    RETURN QUERY SELECT * FROM accounting.reservations WHERE client_key = p_client_key;
    RETURN;
  END IF;
  v_taken := accounting.draw_from_grants(p_user, v_id, v_amount, true, 'Reserved for a stream on ' || p_model);
  IF v_taken <> v_amount THEN
    RAISE EXCEPTION 'insufficient credits' USING ERRCODE = 'AC002',
      DETAIL = v_amount::text || ':' || accounting.available(p_user)::text;
  END IF;
  RETURN QUERY UPDATE accounting.reservations SET available_after = accounting.available(p_user)
    WHERE id = v_id RETURNING *;
END $$;
--> statement-breakpoint
CREATE FUNCTION "accounting"."extend_reservation"(p_id uuid, p_additional_input integer, p_additional_output integer,
  p_expires_in_seconds integer)
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
-- Settles exactly once at the frozen price: charges the cost from the reserved draws in drawing
-- order, releases the rest, takes any excess from what is available (recorded as shortfall when
-- even that is short) and writes the usage record. A settled reservation comes back unchanged;
-- an expired one is charged from what is available now (its reserve was already released).
CREATE FUNCTION "accounting"."settle_reservation"(p_id uuid, p_input integer, p_output integer,
  p_outcome accounting.reservation_status)
RETURNS SETOF accounting.reservations LANGUAGE plpgsql AS $$
DECLARE
  v_row accounting.reservations;
  v_cost bigint;
  v_late boolean;
  v_charged bigint := 0;
  v_note text;
BEGIN
  v_row := accounting.lock_reservation(p_id, false);
  IF v_row.id IS NULL THEN RAISE EXCEPTION 'no such reservation' USING ERRCODE = 'AC005'; END IF;
  IF v_row.settled_at IS NOT NULL THEN
    RETURN NEXT v_row;
    RETURN;
  END IF;
  v_cost := accounting.usage_cost(p_input, p_output, v_row.input_per_1k, v_row.output_per_1k);
  v_late := v_row.status = 'EXPIRED';
  v_note := CASE WHEN v_late THEN 'Late ' ELSE '' END
    || CASE WHEN p_outcome = 'FINALIZED' THEN 'finalize' ELSE 'abort' END
    || ': ' || p_input || ' input + ' || p_output || ' output tokens on ' || v_row.model_id;
  UPDATE accounting.reservations
  SET status = CASE WHEN v_late THEN status ELSE p_outcome END,
      input_tokens = p_input, output_tokens = p_output, settled_at = now()
  WHERE id = p_id;
  IF NOT v_late THEN
    v_charged := accounting.settle_reserved_draws(v_row.user_id, p_id, least(v_cost, v_row.reserved), v_note);
    UPDATE accounting.accounts SET active_streams = active_streams - 1
    WHERE user_id = v_row.user_id AND active_streams > 0;
  END IF;
  IF v_cost > v_charged THEN
    PERFORM accounting.draw_from_grants(v_row.user_id, p_id, v_cost - v_charged, false,
      v_note || ' (beyond the reservation)');
  END IF;
  UPDATE accounting.reservations r
  SET charged = d.charged, shortfall = greatest(v_cost - d.charged, 0),
      available_after = accounting.available(v_row.user_id)
  FROM (SELECT coalesce(sum(charged), 0) AS charged FROM accounting.reservation_draws
        WHERE reservation_id = p_id) d
  WHERE r.id = p_id
  RETURNING r.* INTO v_row;
  INSERT INTO accounting.usage_records
    (reservation_id, user_id, session_id, model_id, price_id, input_tokens, output_tokens, cost, charged, shortfall, outcome)
  VALUES (v_row.id, v_row.user_id, v_row.session_id, v_row.model_id, v_row.price_id, p_input, p_output, v_cost,
    v_row.charged, v_row.shortfall, p_outcome)
  ON CONFLICT (reservation_id) DO NOTHING;
  RETURN NEXT v_row;
END $$;
--> statement-breakpoint
-- Expires one abandoned reservation (the reaper): releases everything it holds and records why.
-- Skips one another transaction is handling, one settled meanwhile, and one whose deadline was
-- moved past now - p_grace_seconds. Returns whether it expired it.
CREATE FUNCTION "accounting"."expire_reservation"(p_id uuid, p_grace_seconds integer, p_reason text)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  v_row accounting.reservations;
BEGIN
  v_row := accounting.lock_reservation(p_id, true);
  IF v_row.id IS NULL OR v_row.status <> 'ACTIVE'
     OR v_row.expires_at >= now() - make_interval(secs => p_grace_seconds) THEN
    RETURN false;
  END IF;
  UPDATE accounting.reservations SET status = 'EXPIRED', expired_at = now(), expired_reason = p_reason
  WHERE id = p_id;
  PERFORM accounting.settle_reserved_draws(v_row.user_id, p_id, 0, 'Expired: ' || p_reason);
  UPDATE accounting.accounts SET active_streams = active_streams - 1
  WHERE user_id = v_row.user_id AND active_streams > 0;
  UPDATE accounting.reservations SET available_after = accounting.available(v_row.user_id) WHERE id = p_id;
  RETURN true;
END $$;
