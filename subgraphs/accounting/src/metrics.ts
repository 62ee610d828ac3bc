import { GraphQLError } from 'graphql';
import { sql } from 'drizzle-orm';
import type { Db, ServiceMetrics } from '@aula/runtime';
import { rowsOf } from './db/query';

/** The ledger operations accounting counts. */
export type LedgerOperation =
  'reserve' | 'extend' | 'finalize' | 'abort' | 'expire' | 'grant' | 'refund' | 'external-usage';

/** Accounting's series. */
export interface AccountingMetrics {
  /** Runs one ledger operation and counts it by result: ok, refused (a coded refusal) or error. */
  ledger<T>(operation: LedgerOperation, run: () => Promise<T>): Promise<T>;
  /** A settlement cost more than its reservation and balance could cover (must stay 0). */
  shortfall(microCredits: bigint): void;
}

/**
 * Declares accounting's series. Reservations by status are read from the database at scrape
 * time, so every replica reports the same exact numbers (take `max` across replicas, not `sum`).
 */
export function accountingMetrics(metrics: ServiceMetrics, db: Db): AccountingMetrics {
  const operations = metrics.counter({
    name: 'aula_accounting_ledger_operations_total',
    help: 'Ledger operations, by operation (reserve, extend, finalize, abort, expire, grant, refund) and result (ok, refused, error).',
    labelNames: ['operation', 'result'],
  });
  const shortfall = metrics.counter({
    name: 'aula_accounting_shortfall_micro_credits_total',
    help: 'Cost settled beyond what a reservation and balance covered, in micro-credits (an invariant: stays 0).',
  });
  metrics.gauge({
    name: 'aula_accounting_reservations',
    help: 'Reservations by status (ACTIVE = open, FINALIZED/ABORTED = settled, EXPIRED = reaped), from the database.',
    labelNames: ['status'],
    async collect() {
      const rows = await rowsOf<{ status: string; count: string | number }>(
        db,
        sql`select status::text as status, count(*) as count from accounting.reservations group by status`,
      );
      this.reset();
      for (const status of ['ACTIVE', 'FINALIZED', 'ABORTED', 'EXPIRED']) this.set({ status }, 0);
      for (const row of rows) this.set({ status: row.status }, Number(row.count));
    },
  });
  return {
    async ledger(operation, run) {
      try {
        const result = await run();
        operations.inc({ operation, result: 'ok' });
        return result;
      } catch (error) {
        const coded = error instanceof GraphQLError && error.extensions?.code !== undefined;
        operations.inc({ operation, result: coded ? 'refused' : 'error' });
        throw error;
      }
    },
    shortfall(microCredits) {
      if (microCredits > 0n) shortfall.inc(Number(microCredits));
    },
  };
}
