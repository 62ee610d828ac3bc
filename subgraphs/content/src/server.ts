import {
  createServiceClient,
  createSubgraph,
  type SubgraphDeps,
  type SubgraphModule,
  type SubgraphService,
} from '@aula/runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { createClassDirectory } from './class-directory';
import { loadContentConfig, type ContentConfig } from './config';
import type { ContentContext } from './context';
import { objectStoreFrom } from './file-store';
import { uploadLimitsOf, type UploadStorage } from './material-uploads';
import { createModelCatalog } from './model-catalog';
import { createRoleDirectory } from './people';
import { resolvers } from './resolvers';
import { materialUploadRoutes } from './upload-route';
import { createViewerClasses } from './visibility';

/** content's part of the graph, read from its `schema.graphql`. */
export const typeDefs = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * Builds the content subgraph. No side effects: nothing listens and no bus subscription is
 * made until `listen`.
 */
export function createServer(deps: SubgraphDeps<ContentConfig>): SubgraphService {
  const services = createServiceClient({
    service: 'content',
    tokens: deps.tokens,
    serviceUrl: deps.serviceUrl,
    timeoutMs: 5_000,
  });
  const classes = createClassDirectory({
    client: services,
    bus: deps.bus,
    logger: deps.logger,
    ttlMs: deps.config.CONTENT_CLASS_CACHE_TTL_MS,
  });
  const models = createModelCatalog({ client: services, logger: deps.logger });
  const roles = createRoleDirectory({
    client: services,
    logger: deps.logger,
    ttlMs: deps.config.CONTENT_CLASS_CACHE_TTL_MS,
  });
  const objects = objectStoreFrom(deps.config);
  const storage: UploadStorage = { db: deps.database.db, objects, logger: deps.logger };
  const subgraph = createSubgraph<ContentContext>({
    name: 'content',
    typeDefs,
    resolvers,
    verifier: deps.verifier,
    metrics: deps.metrics,
    logger: deps.logger,
    extendContext: (base) => ({
      ...base,
      db: deps.database.db,
      config: deps.config,
      classes,
      models,
      roles,
      viewerClasses: createViewerClasses(classes),
      storage,
    }),
    routes: materialUploadRoutes({
      verifier: deps.verifier,
      storage,
      limits: uploadLimitsOf(deps.config),
      logger: deps.logger,
    }),
    readiness: [
      { name: 'database', check: () => deps.database.ping() },
      { name: 'pubsub', check: () => deps.bus.ping() },
    ],
    start: () => classes.start(),
  });
  return {
    ...subgraph,
    async close() {
      classes.close();
      objects?.close();
    },
  };
}

/** The content subgraph, as launchers see it. */
export const contentModule: SubgraphModule<ContentConfig> = {
  name: 'content',
  dbSchema: 'content',
  migrationsFolder: join(__dirname, '..', 'drizzle'),
  loadConfig: loadContentConfig,
  createServer,
};
