import type { Db, Logger, ServiceClient } from '@aula/runtime';
import { applyDueAllowances } from './allowances';
import { applyDueClassAllowances } from './class-allowances';
import type { AccountingConfig } from './config';
import { abandonedReservationIds, expireReservation } from './reservations';

/** Background work of one accounting replica; every replica may run it at once. */
export interface AccountingBackground {
  /** Expires every reservation abandoned past MAX_STREAM_SECONDS + grace; returns how many. */
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
): AccountingBackground {
  const cutoff = config.MAX_STREAM_SECONDS + config.ACCOUNTING_REAPER_GRACE_SECONDS;
  const reason = `Neither finalized nor aborted within ${config.MAX_STREAM_SECONDS}s plus ${config.ACCOUNTING_REAPER_GRACE_SECONDS}s grace; the streaming process stopped without settling.`;
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();

  async function reap(): Promise<number> {
    let expired = 0;
    for (const id of await abandonedReservationIds(db, cutoff)) {
      if (await expireReservation(db, id, cutoff, reason)) expired += 1;
    }
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
