import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';

/** Phase of a draw: the reservation itself, or a charge beyond it taken at settlement. */
export const DrawPhase = { RESERVED: 0, EXTRA: 1 } as const;

/**
 * Takes `amount` micro-credits from a user's spendable grants, the ones that expire first
 * first, in one statement: it locks the grants, decreases each by its share, records each
 * share as a draw of `reservationId` and writes the ledger entries. With `allOrNothing`
 * nothing is taken unless the whole amount is available (a reservation); without it as much
 * as is available up to `amount` is taken and charged at once (an overrun or late charge).
 * Drawing again for the same reservation (an extension) adds to its draws.
 * Returns the micro-credits taken. Callers hold the user's account lock, so no other
 * statement changes these grants meanwhile.
 */
export async function drawFromGrants(
  tx: Executor,
  options: {
    userId: string;
    reservationId: string;
    amount: bigint;
    allOrNothing: boolean;
    note: string;
  },
): Promise<bigint> {
  const { userId, reservationId, allOrNothing, note } = options;
  const amount = sql`${options.amount.toString()}::bigint`;
  const phase = allOrNothing ? DrawPhase.RESERVED : DrawPhase.EXTRA;
  // An extra draw is charged the moment it is taken; a reserved one is settled later.
  const settledAtOnce = allOrNothing ? sql`null::bigint, null::bigint` : sql`draw, 0::bigint`;
  const sufficient = allOrNothing
    ? sql`and (select coalesce(sum(remaining), 0) from candidates) >= ${amount}`
    : sql``;
  const [row] = await rowsOf<{ taken: string }>(
    tx,
    sql`
    with candidates as (
      select id, remaining, expires_at, created_at from accounting.grants
      where user_id = ${userId} and remaining > 0 and (expires_at is null or expires_at > now())
      for update
    ), ordered as (
      select id, remaining, row_number() over w as seq, sum(remaining) over w - remaining as before
      from candidates
      window w as (order by expires_at asc nulls last, created_at, id rows unbounded preceding)
    ), take as (
      select id, seq, least(remaining, ${amount} - before) as draw
      from ordered where before < ${amount} ${sufficient}
    ), drawn as (
      update accounting.grants g set remaining = g.remaining - take.draw
      from take where g.id = take.id and g.remaining >= take.draw
      returning g.id as grant_id, take.seq, take.draw
    ), recorded as (
      -- An extension may draw again from a grant this reservation already holds: the draw
      -- grows and keeps its place; a new grant comes after everything drawn before.
      insert into accounting.reservation_draws (reservation_id, grant_id, phase, seq, amount, charged, released)
      select ${reservationId}::uuid, grant_id, ${phase}::int,
        seq + (select coalesce(max(seq), 0) from accounting.reservation_draws
               where reservation_id = ${reservationId}::uuid and phase = ${phase}::int),
        draw, ${settledAtOnce}
      from drawn
      on conflict (reservation_id, phase, grant_id)
        do update set amount = accounting.reservation_draws.amount + excluded.amount,
          charged = accounting.reservation_draws.charged + excluded.charged,
          released = accounting.reservation_draws.released + excluded.released
    ), logged as (
      insert into accounting.ledger_entries (user_id, kind, amount, grant_id, reservation_id, note)
      select ${userId}::uuid, ${allOrNothing ? 'RESERVE' : 'CHARGE'}::accounting.ledger_kind, draw, grant_id,
        ${reservationId}::uuid, ${note}::text
      from drawn
    )
    select coalesce(sum(draw), 0)::text as taken from drawn`,
  );
  return BigInt(row?.taken ?? '0');
}

/**
 * Settles the reserved draws of a reservation in one statement: the first `charge`
 * micro-credits (in drawing order) are charged, the rest of each draw goes back to the
 * grant it came from, and both are written to the ledger. Only draws not yet settled
 * are touched, so running it twice never releases twice. Returns what was charged.
 */
export async function settleReservedDraws(
  tx: Executor,
  options: { userId: string; reservationId: string; charge: bigint; note: string },
): Promise<{ charged: bigint; released: bigint }> {
  const { userId, reservationId, note } = options;
  const charge = sql`${options.charge.toString()}::bigint`;
  const [row] = await rowsOf<{ charged: string; released: string }>(
    tx,
    sql`
    with d as (
      select grant_id, amount, sum(amount) over (order by seq rows unbounded preceding) - amount as before
      from accounting.reservation_draws
      where reservation_id = ${reservationId} and phase = 0 and released is null
    ), split as (
      select grant_id, amount, greatest(0::bigint, least(amount, ${charge} - before)) as charged from d
    ), updated as (
      update accounting.reservation_draws rd
      set charged = split.charged, released = split.amount - split.charged
      from split
      where rd.reservation_id = ${reservationId} and rd.phase = 0 and rd.grant_id = split.grant_id
        and rd.released is null
      returning rd.grant_id, rd.charged, rd.released
    ), returned as (
      update accounting.grants g set remaining = g.remaining + u.released
      from updated u where g.id = u.grant_id and u.released > 0
    ), logged as (
      insert into accounting.ledger_entries (user_id, kind, amount, grant_id, reservation_id, note)
      select ${userId}::uuid, 'CHARGE'::accounting.ledger_kind, charged, grant_id, ${reservationId}::uuid, ${note}::text
      from updated where charged > 0
      union all
      select ${userId}::uuid, 'RELEASE'::accounting.ledger_kind, released, grant_id, ${reservationId}::uuid, ${note}::text
      from updated where released > 0
    )
    select coalesce(sum(charged), 0)::text as charged, coalesce(sum(released), 0)::text as released
    from updated`,
  );
  return { charged: BigInt(row?.charged ?? '0'), released: BigInt(row?.released ?? '0') };
}

/** The user's spendable credits right now (unexpired, unreserved, unspent), as SQL. */
export const availableSql = (userId: string) => sql`(
  select coalesce(sum(remaining), 0) from accounting.grants
  where user_id = ${userId} and (expires_at is null or expires_at > now())
)`;
