-- The ledger's SQL-language helpers become PL/pgSQL, with the very same statements, locks and
-- results. PostgreSQL (before 18) parses and plans the body of a SQL function that it cannot
-- inline on every call, while PL/pgSQL keeps each statement's plan for the session's life: under
-- `bench:accounting` the re-planning was half of the database's CPU per reserve+finalize
-- (3.6 ms of backend CPU per pair before, 1.7 ms after, measured on one connection).

CREATE OR REPLACE FUNCTION "accounting"."available"(p_user uuid) RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (select coalesce(sum(remaining), 0)::bigint from accounting.grants
    where user_id = p_user and (expires_at is null or expires_at > now()));
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "accounting"."draw_from_grants"(p_user uuid, p_reservation uuid, p_amount bigint, p_all_or_nothing boolean, p_note text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  v_taken bigint;
BEGIN
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
  select coalesce(sum(draw), 0)::bigint into v_taken from drawn;
  RETURN v_taken;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "accounting"."settle_reserved_draws"(p_user uuid, p_reservation uuid, p_charge bigint, p_note text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  v_charged bigint;
BEGIN
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
  select coalesce(sum(charged), 0)::bigint into v_charged from updated;
  RETURN v_charged;
END $$;
