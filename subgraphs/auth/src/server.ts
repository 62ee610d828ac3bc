import { createSubgraph, type SubgraphDeps, type SubgraphModule, type SubgraphService } from '@aula/runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { loadAuthConfig, type AuthConfig } from './config';
import type { AuthSubgraphContext } from './context';
import { resolvers } from './resolvers';

/** auth's part of the graph, read from its `schema.graphql`. */
export const typeDefs = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** Builds the auth subgraph. No side effects: nothing listens until `listen`. */
export function createServer(deps: SubgraphDeps<AuthConfig>): SubgraphService {
  return createSubgraph<AuthSubgraphContext>({
    name: 'auth',
    typeDefs,
    resolvers: resolvers as never,
    verifier: deps.verifier,
    logger: deps.logger,
    extendContext: (base) => ({ ...base, db: deps.database.db }),
    readiness: [{ name: 'database', check: () => deps.database.ping() }],
  });
}

/** The auth subgraph, as launchers see it. */
export const authModule: SubgraphModule<AuthConfig> = {
  name: 'auth',
  dbSchema: 'auth',
  migrationsFolder: join(__dirname, '..', 'drizzle'),
  loadConfig: loadAuthConfig,
  createServer,
};
