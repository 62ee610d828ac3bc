import { CREDITS_LOW, type Db, type EventBus, type Logger } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { rowsOf } from './db/query';
import { creditsToMicro } from './money';

/** Announces, after a charge, that a person's available credits fell below the threshold. */
export interface CreditsLowWatch {
  /** The threshold in micro-credits (`ACCOUNTING_CREDITS_LOW_THRESHOLD`). */
  readonly threshold: bigint;
  /** Checks `userId` after a charge; publishes `accounting.credits-low` on a fall. Never throws. */
  afterCharge(userId: string): Promise<void>;
  /**
   * Publishes a fall that a ledger write already marked (a settlement marks it in its own write
   * to the account row, see `settleReservation`). Never throws.
   */
  announce(fall: { userId: string; available: bigint; at: Date }): Promise<void>;
}

/**
 * A watch over `accounting.accounts.credits_low_since`: one conditional write per check marks
 * the account low (when available < threshold) or not low, and reports whether this write is
 * the one that marked it, so each fall is announced once however many replicas charge, and
 * again only after a top-up lifted the person back over the threshold (seen at a later charge).
 */
export function createCreditsLowWatch(options: {
  db: Db;
  bus: EventBus;
  logger: Logger;
  /** Credits, as configured (`ACCOUNTING_CREDITS_LOW_THRESHOLD`). */
  thresholdCredits: number;
}): CreditsLowWatch {
  const threshold =
    options.thresholdCredits === 0
      ? 0n
      : creditsToMicro(options.thresholdCredits, 'ACCOUNTING_CREDITS_LOW_THRESHOLD');
  const announce: CreditsLowWatch['announce'] = async ({ userId, available, at }) => {
    try {
      await options.bus.publish(CREDITS_LOW, {
        userId,
        availableMicroCredits: available.toString(),
        thresholdMicroCredits: threshold.toString(),
        at: at.toISOString(),
      });
    } catch (error) {
      options.logger.warn({ err: error, userId }, 'could not announce low credits');
    }
  };
  return {
    threshold,
    announce,
    async afterCharge(userId) {
      try {
        const [row] = await rowsOf<{ fell: boolean; available: string; since: Date | string }>(
          options.db,
          sql`with checked as (select accounting.available(${userId}::uuid) as available)
              update accounting.accounts a
              set credits_low_since = case when checked.available < ${threshold.toString()}::bigint
                then coalesce(a.credits_low_since, now()) else null end
              from checked where a.user_id = ${userId}::uuid
              returning a.credits_low_since = now() as fell, checked.available::text as available,
                a.credits_low_since as since`,
        );
        if (!row?.fell) return;
        await announce({ userId, available: BigInt(row.available), at: new Date(row.since) });
      } catch (error) {
        options.logger.warn({ err: error, userId }, 'could not check for low credits');
      }
    },
  };
}
