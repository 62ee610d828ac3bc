import { notFound, type Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';
import { drawFromGrants, settleReservedDraws } from './draws';
import { checkTokens, usageCost } from './money';
import { lockReservation, recordAvailableAfter, type ReservationRow } from './reservation-rows';
import type { TokenUsage } from './reservations';

/**
 * Settles a reservation with the stream's usage at the price in force when it was reserved:
 * charges the exact cost (rounded up once), releases the rest to the grants it came from and
 * writes a usage record. Exactly one settlement happens: a retry, or the loser of a
 * finalize/abort race, gets the settled reservation back unchanged. A reservation the reaper
 * already expired is charged from what is available now (its reserve was already released).
 * Cost beyond what can be charged is recorded as shortfall; no balance goes negative.
 */
export async function settleReservation(
  db: Db,
  id: string,
  usage: TokenUsage,
  outcome: 'FINALIZED' | 'ABORTED',
): Promise<ReservationRow> {
  checkTokens(usage.inputTokens, 'inputTokens');
  checkTokens(usage.outputTokens, 'outputTokens');
  if (!isUuid(id)) throw notFound('The reservation');
  return db.transaction(async (tx) => {
    const current = await lockReservation(tx, id);
    if (!current) throw notFound('The reservation');
    if (current.settledAt) return current;
    const cost = usageCost(current, usage.inputTokens, usage.outputTokens);
    const late = current.status === 'EXPIRED';
    const moved = await rowsOf<{ id: string }>(
      tx,
      sql`update accounting.reservations
          set status = ${late ? sql`status` : sql`${outcome}::accounting.reservation_status`},
              input_tokens = ${usage.inputTokens}, output_tokens = ${usage.outputTokens}, settled_at = now()
          where id = ${id} and settled_at is null and status in ('ACTIVE', 'EXPIRED')
          returning id`,
    );
    if (moved.length === 0) throw new Error(`reservation ${id} changed while locked`);
    const note = `${late ? 'Late ' : ''}${outcome === 'FINALIZED' ? 'finalize' : 'abort'}: ${usage.inputTokens} input + ${usage.outputTokens} output tokens on ${current.modelId}`;
    const fromReserve = cost < current.reserved ? cost : current.reserved;
    const settled = late
      ? { charged: 0n }
      : await settleReservedDraws(tx, {
          userId: current.userId,
          reservationId: id,
          charge: fromReserve,
          note,
        });
    const extra = cost - settled.charged;
    if (extra > 0n) {
      await drawFromGrants(tx, {
        userId: current.userId,
        reservationId: id,
        amount: extra,
        allOrNothing: false,
        note: `${note} (beyond the reservation)`,
      });
    }
    if (!late) await releaseStreamSlot(tx, current.userId);
    await tx.execute(
      sql`update accounting.reservations r
          set charged = d.charged, shortfall = greatest(${cost.toString()}::bigint - d.charged, 0)
          from (select coalesce(sum(charged), 0) as charged from accounting.reservation_draws
                where reservation_id = ${id}) d
          where r.id = ${id}`,
    );
    await tx.execute(
      sql`insert into accounting.usage_records
            (reservation_id, user_id, session_id, model_id, price_id, input_tokens, output_tokens, cost, charged, shortfall, outcome)
          select id, user_id, session_id, model_id, price_id, input_tokens, output_tokens, ${cost.toString()}::bigint,
                 charged, shortfall, ${outcome}::accounting.reservation_status
          from accounting.reservations where id = ${id}
          on conflict (reservation_id) do nothing`,
    );
    return recordAvailableAfter(tx, id, current.userId);
  });
}

/**
 * Expires one abandoned reservation: releases everything it holds to its grants and records
 * why. Skips a reservation another replica is handling, that was settled meanwhile, or whose
 * deadline was moved past `now - graceSeconds`. Returns whether this call expired it.
 */
export async function expireReservation(
  db: Db,
  id: string,
  graceSeconds: number,
  reason: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await lockReservation(tx, id, { skipLocked: true });
    if (!current || current.status !== 'ACTIVE') return false;
    const moved = await rowsOf<{ id: string }>(
      tx,
      sql`update accounting.reservations set status = 'EXPIRED', expired_at = now(), expired_reason = ${reason}
          where id = ${id} and status = 'ACTIVE' and expires_at < now() - make_interval(secs => ${graceSeconds})
          returning id`,
    );
    if (moved.length === 0) return false;
    await settleReservedDraws(tx, {
      userId: current.userId,
      reservationId: id,
      charge: 0n,
      note: `Expired: ${reason}`,
    });
    await releaseStreamSlot(tx, current.userId);
    await recordAvailableAfter(tx, id, current.userId);
    return true;
  });
}

/** Ids of active reservations past their deadline by more than `graceSeconds`, oldest deadline first. */
export async function abandonedReservationIds(
  db: Executor,
  graceSeconds: number,
  limit = 100,
): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select id from accounting.reservations
        where status = 'ACTIVE' and expires_at < now() - make_interval(secs => ${graceSeconds})
        order by expires_at limit ${limit}`,
  );
  return rows.map((row) => row.id);
}

async function releaseStreamSlot(tx: Executor, userId: string): Promise<void> {
  await tx.execute(
    sql`update accounting.accounts set active_streams = active_streams - 1
        where user_id = ${userId} and active_streams > 0`,
  );
}
