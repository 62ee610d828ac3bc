/**
 * The gateway as its own process (docker compose, production): every subgraph runs
 * elsewhere, so each <NAME>_SUBGRAPH_URL and REDIS_URL are required.
 */
// First: tracing patches http, undici, graphql, pg and ioredis as they load (when configured).
import '@aula/runtime/src/tracing-preload';
import {
  ConfigError,
  createEventBus,
  createLogger,
  createServiceClient,
  onShutdown,
  RevocationList,
  revocationsFromAuth,
  TokenVerifier,
  tokenSettingsFrom,
} from '@aula/runtime';
import { loadGatewayConfig, subgraphUrlOverrides } from './config';
import { listenPublicGateway } from './public-gateway';

const SUBGRAPHS = ['auth', 'accounting', 'chat', 'monitoring', 'content'];

async function main() {
  const config = loadGatewayConfig();
  const urls = subgraphUrlOverrides(config);
  const missing = SUBGRAPHS.filter((name) => !urls[name]);
  if (missing.length) {
    throw new ConfigError(
      `Invalid configuration: ${missing.map((n) => `${n.toUpperCase()}_SUBGRAPH_URL`).join(', ')}: expected an http(s) URL (it is not set)`,
    );
  }
  if (!config.REDIS_URL) {
    throw new ConfigError('Invalid configuration: REDIS_URL: expected a redis URL (it is not set)');
  }
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const tokens = tokenSettingsFrom(config, config.JWT_PRIVATE_KEY, 'gateway');
  const bus = createEventBus({ redisUrl: config.REDIS_URL });
  const revocations = new RevocationList({
    bus,
    logger,
    load: revocationsFromAuth(
      createServiceClient({ service: 'gateway', tokens, serviceUrl: (name) => urls[name] ?? '' }),
    ),
  });
  // Until auth answers, people's tokens are refused with SERVICE_UNAVAILABLE.
  void revocations.start();
  const server = await listenPublicGateway({
    config,
    tokens,
    verifier: new TokenVerifier(tokens, revocations),
    logger,
    bus,
    subgraphUrls: urls,
    processMetrics: true,
  });
  logger.info({ url: server.url, metrics: server.metricsUrl }, 'gateway ready');
  onShutdown(logger, async () => {
    revocations.close();
    await server.stop();
    await bus.close();
  });
}

main().catch((error: unknown) => {
  console.error(`gateway: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
