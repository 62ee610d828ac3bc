import { executePrepared, notFound, type Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';
import { ledgerError } from './ledger-errors';
import { checkTokens } from './money';
import {
  reservationColumns,
  toReservation,
  type RawReservation,
  type ReservationRow,
} from './reservation-rows';
import { fixedMicro, type TokenUsage } from './reservations';

/** A settled reservation, and whether this settlement marked its owner's credits as low. */
export interface Settlement {
  readonly reservation: ReservationRow;
  /**
   * This settlement charged the person below the credits-low threshold and is the one that
   * marked the fall (a retry, or a later charge while still low, is not).
   */
  readonly creditsFellLow: boolean;
}

/**
 * Settles a reservation with the stream's usage at the price frozen when it was reserved (plus
 * the exact price of its custom tool calls), in
 * one call of `accounting.settle_reservation`: charges the exact cost (rounded up once),
 * releases the rest to the grants it came from and writes a usage record. Exactly one
 * settlement happens: a retry, or the loser of a finalize/abort race, gets the settled
 * reservation back unchanged. A reservation the reaper already expired is charged from what is
 * available now. Cost beyond what can be charged is recorded as shortfall (never negative
 * balances); chat keeping answers within their reservation keeps it zero. With
 * `creditsLowThreshold` (micro-credits) the same write marks the account low when a charge
 * leaves less than that available (see credits-low.ts).
 */
export async function settleReservation(
  db: Db,
  id: string,
  usage: TokenUsage,
  outcome: 'FINALIZED' | 'ABORTED',
  creditsLowThreshold: bigint | null = null,
): Promise<Settlement> {
  const toolCost = checkSettlement(id, usage);
  const threshold = creditsLowThreshold === null ? null : creditsLowThreshold.toString();
  try {
    const [row] = await executePrepared<RawReservation & { credits_fell_low: boolean }>(
      db,
      'accounting.settle_reservation',
      sql`select ${reservationColumns}, s.credits_fell_low
          from accounting.settle_reservation(${id}::uuid, ${usage.inputTokens}::int, ${usage.outputTokens}::int,
            ${outcome}::accounting.reservation_status, ${threshold}::bigint,
            ${toolCost.toString()}::bigint) s
          cross join lateral (select (s.settled).*) r`,
    );
    return { reservation: toReservation(row!), creditsFellLow: row!.credits_fell_low };
  } catch (error) {
    throw ledgerError(error, {});
  }
}

/**
 * Refuses what {@link settleReservation} refuses before it reaches the ledger; returns the tool
 * calls' cost in micro-credits.
 */
export function checkSettlement(id: string, usage: TokenUsage): bigint {
  checkTokens(usage.inputTokens, 'inputTokens');
  checkTokens(usage.outputTokens, 'outputTokens');
  const toolCost = fixedMicro(usage.toolMicroCredits, 'toolMicroCredits');
  if (!isUuid(id)) throw notFound('The reservation');
  return toolCost;
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
