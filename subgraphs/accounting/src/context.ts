import type { BaseContext, Db, ServiceClient, SupervisionDirectory } from '@aula/runtime';
import type DataLoader from 'dataloader';
import type { Balance } from './balance';
import type { CreditsLowWatch } from './credits-low';
import type { LedgerBatcher } from './ledger-batch';
import type { AccountingConfig } from './config';
import type { AccountingMetrics } from './metrics';

/** What accounting's resolvers receive. */
export interface AccountingContext extends BaseContext {
  readonly db: Db;
  readonly config: AccountingConfig;
  /** Whether a supervisor may see a student's credits (asks monitoring; fails closed). */
  readonly supervision: SupervisionDirectory;
  /** Calls other subgraphs' operations (as accounting, or on behalf of the caller). */
  readonly services: ServiceClient;
  /** Reserve and settle, the calls of one event-loop turn in one statement (ledger-batch.ts). */
  readonly ledger: LedgerBatcher;
  /** Counts ledger operations (see metrics.ts). */
  readonly metrics: AccountingMetrics;
  /** Announces a person falling below the credits-low threshold after a charge. */
  readonly creditsLow: CreditsLowWatch;
  /**
   * Balances read together: every `credits` field of one request (a list of people) is one
   * statement. Batches only, never caches, so a balance read after a write is current.
   */
  readonly balances: DataLoader<string, Balance>;
}
