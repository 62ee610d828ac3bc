import { RevocationList, revocationsFromAuth } from './auth/revocations';
import { TokenVerifier } from './auth/tokens';
import { createServiceClient } from './service-client';
import { openDatabase } from './db';
import { createLogger } from './logger';
import { instrumentBus, ServiceMetrics } from './metrics';
import { createEventBus } from './pubsub';
import { loadStandaloneConfig, tokenSettingsFrom, type CommonConfig } from './service-config';
import type { SubgraphModule } from './service';
import { onShutdown } from './shutdown';

/**
 * Runs one subgraph as its own process (production, docker compose). A split
 * deployment needs shared storage and Redis, so both URLs are required here.
 */
export async function runStandalone<TConfig extends CommonConfig>(
  module: SubgraphModule<TConfig>,
): Promise<void> {
  try {
    const own = loadStandaloneConfig();
    const config = module.loadConfig();
    const logger = createLogger(module.name, config.LOG_LEVEL);
    // This service signs as itself only (SERVICE_PRIVATE_KEY), and verifies every service.
    const tokens = tokenSettingsFrom(config, config.JWT_PRIVATE_KEY, module.name);
    const database = await openDatabase({ url: own.DATABASE_URL });
    await database.migrate({ schema: module.dbSchema, migrationsFolder: module.migrationsFolder });
    // One service per process: its metrics include the process's own (CPU, memory, GC).
    const metrics = new ServiceMetrics(module.name, { processMetrics: true });
    const bus = instrumentBus(
      createEventBus({ redisUrl: own.REDIS_URL, keyPrefix: own.REDIS_KEY_PREFIX }),
      metrics,
    );
    const serviceUrl = (name: string) => {
      const url = own.subgraphUrls[name];
      if (!url) throw new Error(`${name.toUpperCase()}_SUBGRAPH_URL is not set`);
      return url;
    };
    const revocations = new RevocationList({
      bus,
      logger,
      load: revocationsFromAuth(createServiceClient({ service: module.name, tokens, serviceUrl })),
    });
    const deps = {
      config,
      database,
      bus,
      logger,
      metrics,
      tokens,
      verifier: new TokenVerifier(tokens, revocations),
      serviceUrl,
    };
    await module.prepare?.(deps);
    const service = await module.createServer(deps);
    const running = await service.listen({ port: own.PORT, host: own.HOST });
    service.startBackground?.();
    // People's tokens are refused (SERVICE_UNAVAILABLE) until the list is loaded from auth.
    void revocations.start();
    logger.info({ url: running.url }, `${module.name} subgraph ready`);
    onShutdown(logger, async () => {
      revocations.close();
      await running.stop();
      await service.close?.();
      await bus.close();
      await database.close();
    });
  } catch (error) {
    console.error(`${module.name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
