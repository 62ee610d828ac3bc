import type {
  EventBus,
  Logger,
  RunningHttpServer,
  TokenSettings,
  TokenVerifier,
} from '@aula/runtime';
import { ServiceMetrics, signServiceToken, startMetricsServer } from '@aula/runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphUrlOverrides, type GatewayConfig } from './config';
import { withJwksRoute } from './jwks';
import { useApiKeys } from './plugins/useApiKeys';
import { enforceRateLimit, createRateLimiter, rateLimitKey } from './rate-limit';
import { createGateway } from './server';
import { serveWebApp } from './static';

/** Options for {@link listenPublicGateway}. */
export interface PublicGatewayOptions {
  readonly config: GatewayConfig;
  readonly tokens: TokenSettings;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  /** Carries API-key revocations from auth. */
  readonly bus: EventBus;
  /** Subgraph URLs known to the launcher; the configuration's overrides win. */
  readonly subgraphUrls: Record<string, string>;
  /** `true` listens on a free port (tests), the metrics port too. */
  readonly randomPort?: boolean;
  /** Also collect the process's CPU, memory and GC series (the gateway runs alone). */
  readonly processMetrics?: boolean;
}

/** The running public gateway. */
export interface RunningPublicGateway extends RunningHttpServer {
  /** `http://host:port/metrics` on the internal metrics port. */
  readonly metricsUrl: string;
}

/**
 * Starts the public gateway as configured: the committed supergraph, limits, API-key
 * exchange, JWKS and the web app. Shared by the embedded platform and the standalone
 * gateway process so both behave the same.
 */
export async function listenPublicGateway(
  options: PublicGatewayOptions,
): Promise<RunningPublicGateway> {
  const { config } = options;
  const metrics = new ServiceMetrics('gateway', { processMetrics: options.processMetrics });
  const urls = { ...options.subgraphUrls, ...subgraphUrlOverrides(config) };
  const supergraphSdl = readFileSync(
    config.GATEWAY_SUPERGRAPH_PATH ?? join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    'utf8',
  );
  const webApp = config.GATEWAY_WEB_DIST_DIR ? serveWebApp(config.GATEWAY_WEB_DIST_DIR) : undefined;
  const rateLimiter = createRateLimiter({
    perMinute: config.GATEWAY_RATE_LIMIT_PER_MINUTE,
    burst: config.GATEWAY_RATE_LIMIT_BURST,
    redisUrl: config.REDIS_URL,
  });
  // API keys are traded with auth for short-lived access tokens; see plugins/useApiKeys.ts.
  const apiKeys = useApiKeys({
    tokens: options.tokens,
    bus: options.bus,
    serviceUrl: (name) => {
      const url = urls[name];
      if (!url) throw new Error(`subgraph ${name} is not running`);
      return url;
    },
    chargeAddress: rateLimiter
      ? (address) => enforceRateLimit(rateLimiter, rateLimitKey(null, address), options.logger)
      : undefined,
  });
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: urls,
    verifier: options.verifier,
    logger: options.logger,
    maxDepth: config.GATEWAY_MAX_QUERY_DEPTH,
    maxCost: config.GATEWAY_MAX_QUERY_COST,
    maxAliases: config.GATEWAY_MAX_QUERY_ALIASES,
    maxDirectives: config.GATEWAY_MAX_QUERY_DIRECTIVES,
    maxTokens: config.GATEWAY_MAX_QUERY_TOKENS,
    maxRequestBytes: config.GATEWAY_MAX_REQUEST_BYTES,
    authorizationFor: apiKeys.authorizationFor,
    serviceAuthorization: () => `Bearer ${signServiceToken(options.tokens, 'gateway', 300)}`,
    upstreamRetryWindowMs: config.GATEWAY_SUBSCRIPTION_UPSTREAM_RETRY_MS,
    maxPendingPerSubscription: config.GATEWAY_SUBSCRIPTION_MAX_PENDING_EVENTS,
    rateLimiter,
    metrics,
    routes: withJwksRoute(urls.auth, webApp),
    // Course material files: see subgraphs/content/src/upload-route.ts; single sign-on's
    // browser redirects: subgraphs/auth/src/oidc/routes.ts; the LTI tool's login, launch and
    // key routes: subgraphs/auth/src/lti/routes.ts.
    subgraphRoutes: { '/uploads/materials': 'content', '/auth/sso': 'auth', '/lti': 'auth' },
    corsOrigins: config.GATEWAY_CORS_ORIGINS,
  });
  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  try {
    metricsServer = await startMetricsServer({
      metrics,
      port: options.randomPort ? 0 : config.GATEWAY_METRICS_PORT,
      host: config.HOST,
    });
    const server = await gateway.listen({
      port: options.randomPort ? 0 : config.PORT,
      host: config.HOST,
    });
    const running = metricsServer;
    return {
      ...server,
      metricsUrl: running.url,
      async stop() {
        await server.stop();
        await running.stop();
        apiKeys.close();
        await rateLimiter?.close();
      },
    };
  } catch (error) {
    await metricsServer?.stop();
    apiKeys.close();
    await rateLimiter?.close();
    throw error;
  }
}
