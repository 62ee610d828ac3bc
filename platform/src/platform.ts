import {
  createLogger,
  createServiceClient,
  instrumentBus,
  onlyServiceKey,
  RevocationList,
  revocationsFromAuth,
  ServiceMetrics,
  TokenVerifier,
  tokenSettingsFrom,
  type Database,
  type EventBus,
  type SubgraphDeps,
  type SubgraphService,
  type RunningHttpServer,
} from '@aula/runtime';
import { loadGatewayConfig } from '@aula/gateway/src/config';
import { listenPublicGateway, type RunningPublicGateway } from '@aula/gateway/src/public-gateway';
import { embeddedPort } from './config';
import { embeddedSubgraphs } from './subgraph-modules';

/** Options for {@link startPlatform}. */
export interface PlatformOptions {
  /** The environment every service parses its configuration from. */
  readonly env: NodeJS.ProcessEnv;
  /** One database shared by all subgraphs, each in its own schema. */
  readonly database: Database;
  /** One event bus shared by all subgraphs. */
  readonly bus: EventBus;
  /** `true` binds every server to a free port (tests); otherwise the configured ports. */
  readonly randomPorts?: boolean;
  /** The gateway's metrics also carry the process's CPU, memory and GC series (`npm start`). */
  readonly processMetrics?: boolean;
}

/** A running platform: five subgraphs and the gateway in this process. */
export interface RunningPlatform {
  /** `http://…/graphql` of the gateway. */
  readonly url: string;
  /** `ws://…/graphql` of the gateway. */
  readonly wsUrl: string;
  /** The gateway's Prometheus endpoint (its internal metrics port). */
  readonly gatewayMetricsUrl: string;
  /** Each subgraph's own endpoints, by name (each serves its metrics on `/metrics`). */
  readonly subgraphs: Readonly<Record<string, RunningHttpServer>>;
  /** Stops the gateway, then the subgraphs; leaves the database and bus open. */
  stop(): Promise<void>;
}

/**
 * Parses the gateway's and every subgraph's configuration from `env`, throwing a
 * ConfigError that names the first bad variable. Cheap: call it before opening storage.
 */
export function checkPlatformConfig(source: NodeJS.ProcessEnv): void {
  const gateway = loadGatewayConfig(source);
  tokenSettingsFrom(gateway, gateway.JWT_PRIVATE_KEY);
  for (const { module } of embeddedSubgraphs) module.loadConfig(source);
}

/** Migrates, creates and starts every subgraph, then the gateway in front of them. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const gatewayConfig = loadGatewayConfig(options.env);
  const logger = createLogger('gateway', gatewayConfig.LOG_LEVEL);
  const tokens = tokenSettingsFrom(gatewayConfig, gatewayConfig.JWT_PRIVATE_KEY);
  // Every service of this process signs its service tokens with its own key and no other's.
  const tokensOf = (service: string) => ({
    ...tokens,
    serviceKeys: onlyServiceKey(tokens.serviceKeys, service),
  });
  const urls: Record<string, string> = {};
  // One revocation list for every service in this process, loaded once auth listens.
  const revocations = new RevocationList({
    bus: options.bus,
    logger,
    load: revocationsFromAuth(
      createServiceClient({
        service: 'gateway',
        tokens: tokensOf('gateway'),
        serviceUrl: (name) => urls[name] ?? '',
      }),
    ),
  });
  const verifier = new TokenVerifier(tokens, revocations);

  // Every service's configuration is checked before anything is migrated or started.
  const configs = embeddedSubgraphs.map(({ module }) => module.loadConfig(options.env));
  const ports = embeddedSubgraphs.map(({ module, defaultPort }) =>
    options.randomPorts ? 0 : embeddedPort(options.env, module.name, defaultPort),
  );

  const started: Array<{ service: SubgraphService; server: RunningHttpServer }> = [];
  const subgraphs: Record<string, RunningHttpServer> = {};
  try {
    for (const [index, { module }] of embeddedSubgraphs.entries()) {
      const config = configs[index] as never;
      const serviceLogger = createLogger(module.name, gatewayConfig.LOG_LEVEL);
      await options.database.migrate({
        schema: module.dbSchema,
        migrationsFolder: module.migrationsFolder,
      });
      // Each service keeps its own registry, served on its own port, as when run alone.
      const metrics = new ServiceMetrics(module.name);
      const deps: SubgraphDeps<never> = {
        config,
        database: options.database,
        bus: instrumentBus(options.bus, metrics),
        logger: serviceLogger,
        metrics,
        tokens: tokensOf(module.name),
        verifier,
        serviceUrl: (name) => {
          const url = urls[name];
          if (!url) throw new Error(`subgraph ${name} is not running`);
          return url;
        },
      };
      // Start-up work such as creating the first admin, before the service takes requests.
      await module.prepare?.(deps);
      const service = await module.createServer(deps);
      const server = await service.listen({ port: ports[index] ?? 0, host: '127.0.0.1' });
      service.startBackground?.();
      started.push({ service, server });
      subgraphs[module.name] = server;
      urls[module.name] = server.url;
    }
  } catch (error) {
    revocations.close();
    await stopAll(started);
    throw error;
  }

  let gatewayServer: RunningPublicGateway | undefined;
  try {
    const server = await listenPublicGateway({
      config: gatewayConfig,
      tokens: tokensOf('gateway'),
      verifier,
      logger,
      bus: options.bus,
      subgraphUrls: urls,
      randomPort: options.randomPorts,
      processMetrics: options.processMetrics,
    });
    gatewayServer = server;
    // Loaded last: people's tokens are refused until it is, and an idle keep-alive socket
    // left to auth while the gateway builds its query planner (seconds of blocked event loop)
    // could be reused after auth closed it.
    await revocations.start();
  } catch (error) {
    revocations.close();
    await gatewayServer?.stop();
    await stopAll(started);
    throw error;
  }

  const gateway = gatewayServer;
  return {
    url: gateway.url,
    wsUrl: gateway.wsUrl,
    gatewayMetricsUrl: gateway.metricsUrl,
    subgraphs,
    async stop() {
      await gateway.stop();
      revocations.close();
      await stopAll(started);
    },
  };
}

async function stopAll(started: Array<{ service: SubgraphService; server: RunningHttpServer }>) {
  for (const { service, server } of [...started].reverse()) {
    await server.stop().catch(() => undefined);
    await service.close?.().catch(() => undefined);
  }
}
