-- settle_reservation_batch found each item's person with a join whose plan depends on the
-- table statistics (it cannot size the set-returning function, so it guesses 100 rows): while
-- the reservations table looks small to the planner (a new school, statistics not refreshed
-- yet) it hashes the whole table for every batch. Under `bench:accounting` that read 3,200 rows
-- per batch, about 7% of PostgreSQL's CPU; with a large, analysed table the planner does pick
-- the primary key. Each item's person is now looked up by its id whatever the statistics say.
-- The rest is as in 0011.
CREATE OR REPLACE FUNCTION "accounting"."settle_reservation_batch"(p_items jsonb, p_low_threshold bigint)
RETURNS TABLE (ordinal integer, settled accounting.reservations, credits_fell_low boolean,
  error_state text, error_detail text)
LANGUAGE plpgsql AS $$
DECLARE
  v_item record;
  v_done record;
BEGIN
  IF jsonb_array_length(p_items) > 32 THEN RAISE EXCEPTION 'at most 32 items per batch'; END IF;
  FOR v_item IN
    SELECT o.n, o.v, o.user_id FROM (
      SELECT i.ordinality::int AS n, i.value AS v,
        (SELECT r.user_id FROM accounting.reservations r WHERE r.id = (i.value->>'id')::uuid) AS user_id
      FROM jsonb_array_elements(p_items) WITH ORDINALITY i
    ) o
    ORDER BY o.user_id, o.n
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
