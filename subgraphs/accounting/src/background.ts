import { operations, type Db, type Logger, type ServiceClient } from '@aula/runtime';
import { applyDueAllowances } from './allowances';
import { applyDueClassAllowances } from './class-allowances';
import type { AccountingConfig } from './config';
import type { AccountingMetrics } from './metrics';
import { abandonedReservationIds, expireReservation } from './settlement';

/** Background work of one accounting replica; every replica may run it at once. */
export interface AccountingBackground {
  /**
   * Expires every active reservation past its deadline + grace whose settlement chat does not
   * hold pending; defers the whole pass when chat cannot answer. Returns how many it expired.
   */
  reap(): Promise<number>;
  /** Grants every due personal and class allowance; returns how many grants were made. */
  applyAllowances(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Creates the reaper and the allowance scheduler of one replica. */
export function createBackground(
  db: Db,
  config: AccountingConfig,
  logger: Logger,
  client: ServiceClient,
  /** Asks chat's `settlementPending`; its own short timeout so a hung chat only defers a pass. */
  chat: ServiceClient = client,
  metrics?: AccountingMetrics,
): AccountingBackground {
  const grace = config.ACCOUNTING_REAPER_GRACE_SECONDS;
  const reason = `Neither finalized nor aborted by its deadline plus ${grace}s grace, and chat holds no settlement for it; the streaming process stopped without settling.`;
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();

  async function reap(): Promise<number> {
    const due = await abandonedReservationIds(db, grace);
    if (due.length === 0) return 0;
    // Expiring releases the money with charge 0, so only when chat confirms it holds no
    // settlement for it: a settlement chat still retries will arrive and charge exactly.
    let pending: Set<string>;
    try {
      const data = await chat.request(operations.chat.SettlementPending, {
        reservationIds: due,
      });
      pending = new Set(data.settlementPending);
    } catch (err) {
      logger.warn(
        { err, due: due.length },
        'reaper deferred: chat could not say which settlements are pending',
      );
      return 0;
    }
    let expired = 0;
    for (const id of due) {
      if (pending.has(id)) continue;
      const expire = () => expireReservation(db, id, grace, reason);
      if (await (metrics ? metrics.ledger('expire', expire) : expire())) expired += 1;
    }
    if (pending.size > 0)
      logger.info({ pending: pending.size }, 'reaper left reservations chat will still settle');
    if (expired > 0) logger.warn({ expired }, 'reaper released abandoned reservations');
    return expired;
  }

  async function applyAllowances(): Promise<number> {
    const granted =
      (await applyDueAllowances(db)) + (await applyDueClassAllowances(db, client, logger));
    if (granted > 0) logger.info({ granted }, 'applied recurring allowances');
    return granted;
  }

  // One pass at a time per job: a slow pass is never overlapped by the next tick.
  const every = (ms: number, name: string, job: () => Promise<number>) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      const pass = job()
        .catch((err: unknown) =>
          logger.error({ err }, `${name} pass failed; retrying on the next tick`),
        )
        .finally(() => {
          busy = false;
          running.delete(pass);
        });
      running.add(pass);
    }, ms);
    timer.unref();
    timers.push(timer);
  };

  return {
    reap,
    applyAllowances,
    start() {
      every(config.ACCOUNTING_REAPER_INTERVAL_MS, 'reaper', reap);
      every(config.ACCOUNTING_ALLOWANCE_INTERVAL_MS, 'allowance scheduler', applyAllowances);
    },
    async stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
