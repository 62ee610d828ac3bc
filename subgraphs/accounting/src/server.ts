import {
  createServiceClient,
  createSubgraph,
  createSupervisionDirectory,
  type SubgraphDeps,
  type SubgraphModule,
  type SubgraphService,
} from '@aula/runtime';
import DataLoader from 'dataloader';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackground } from './background';
import { balancesOf } from './balance';
import { loadAccountingConfig, type AccountingConfig } from './config';
import type { AccountingContext } from './context';
import { createCreditsLowWatch } from './credits-low';
import { createLedgerBatcher } from './ledger-batch';
import { accountingMetrics } from './metrics';
import { resolvers } from './resolvers';

/** accounting's part of the graph, read from its `schema.graphql`. */
export const typeDefs = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the accounting subgraph. No side effects: nothing listens until `listen`, and the
 * reaper and allowance scheduler run only after `startBackground`.
 */
export function createServer(deps: SubgraphDeps<AccountingConfig>): SubgraphService {
  const client = createServiceClient({
    service: 'accounting',
    tokens: deps.tokens,
    serviceUrl: deps.serviceUrl,
  });
  const chat = createServiceClient({
    service: 'accounting',
    tokens: deps.tokens,
    serviceUrl: deps.serviceUrl,
    timeoutMs: deps.config.ACCOUNTING_SETTLEMENT_CHECK_TIMEOUT_MS,
  });
  const supervision = createSupervisionDirectory({ client, bus: deps.bus });
  const metrics = accountingMetrics(deps.metrics, deps.database.db);
  const ledger = createLedgerBatcher(deps.database.db);
  const creditsLow = createCreditsLowWatch({
    db: deps.database.db,
    bus: deps.bus,
    logger: deps.logger,
    thresholdCredits: deps.config.ACCOUNTING_CREDITS_LOW_THRESHOLD,
  });
  const background = createBackground(
    deps.database.db,
    deps.config,
    deps.logger,
    client,
    chat,
    metrics,
  );
  const subgraph = createSubgraph<AccountingContext>({
    name: 'accounting',
    typeDefs,
    resolvers,
    verifier: deps.verifier,
    metrics: deps.metrics,
    logger: deps.logger,
    extendContext: (base) => ({
      ...base,
      db: deps.database.db,
      config: deps.config,
      supervision,
      services: client,
      ledger,
      metrics,
      creditsLow,
      balances: new DataLoader((ids: readonly string[]) => balancesOf(deps.database.db, ids), {
        cache: false,
      }),
    }),
    readiness: [{ name: 'database', check: () => deps.database.ping() }],
    start: () => supervision.start(),
  });
  return {
    ...subgraph,
    startBackground: () => background.start(),
    async close() {
      await background.stop();
      supervision.close();
    },
  };
}

/** The accounting subgraph, as launchers see it. */
export const accountingModule: SubgraphModule<AccountingConfig> = {
  name: 'accounting',
  dbSchema: 'accounting',
  migrationsFolder: join(__dirname, '..', 'drizzle'),
  loadConfig: loadAccountingConfig,
  createServer,
};
