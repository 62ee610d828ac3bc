import { notFound, type Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';
import { ledgerError } from './ledger-errors';
import { checkTokens } from './money';
import { reservationColumns, selectReservations, type ReservationRow } from './reservation-rows';
import type { TokenUsage } from './reservations';

/**
 * Settles a reservation with the stream's usage at the price frozen when it was reserved, in
 * one call of `accounting.settle_reservation`: charges the exact cost (rounded up once),
 * releases the rest to the grants it came from and writes a usage record. Exactly one
 * settlement happens: a retry, or the loser of a finalize/abort race, gets the settled
 * reservation back unchanged. A reservation the reaper already expired is charged from what is
 * available now. Cost beyond what can be charged is recorded as shortfall (never negative
 * balances); chat keeping answers within their reservation keeps it zero.
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
  try {
    const [row] = await selectReservations(
      db,
      sql`select ${reservationColumns} from accounting.settle_reservation(
            ${id}::uuid, ${usage.inputTokens}::int, ${usage.outputTokens}::int,
            ${outcome}::accounting.reservation_status)`,
    );
    return row!;
  } catch (error) {
    throw ledgerError(error, {});
  }
}

/**
 * Expires one abandoned reservation: releases everything it holds to its grants and records
 * why. Skips a reservation another replica is handling, that was settled meanwhile, or whose
 * deadline was moved past `now - graceSeconds`. Returns whether this call expired it.
 */
export async function expireReservation(
  db: Executor,
  id: string,
  graceSeconds: number,
  reason: string,
): Promise<boolean> {
  const [row] = await rowsOf<{ expired: boolean }>(
    db,
    sql`select accounting.expire_reservation(${id}::uuid, ${graceSeconds}::int, ${reason}::text) as expired`,
  );
  return row?.expired === true;
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
