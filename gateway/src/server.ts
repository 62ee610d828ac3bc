import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  ErrorCode,
  metricsPlugin,
  startHttpServer,
  type Logger,
  type RunningHttpServer,
  type ServiceMetrics,
  type TokenVerifier,
} from '@aula/runtime';
import type { FormattedExecutionResult } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SubgraphDataSource, type GatewayContext } from './datasource';
import { applyCors } from './cors';
import { createUploadProxy, type Caller } from './upload-proxy';
import { createGatewayErrorFormatter } from './errors';
import { apolloPluginOf, resolvedOperationHook, type GatewayPlugin } from './plugins/plugin';
import { useOperationLimits, type OperationLimitsOptions } from './plugins/useOperationLimits';
import { useRateLimit } from './plugins/useRateLimit';
import type { RateLimiter } from './rate-limit';
import { EventResolver } from './subscriptions/events';
import { SubscriptionPlanner } from './subscriptions/plan';
import type { SharedSubscriptions, SharedSubscriptionStats } from './subscriptions/shared';
import { useGatewaySubscriptions } from './subscriptions/server';

export type { GatewayContext } from './datasource';

/** Options for {@link createGateway}; the limits are those of {@link useOperationLimits}. */
export interface GatewayOptions extends OperationLimitsOptions {
  readonly supergraphSdl: string;
  /** Subgraph URLs that replace the supergraph's routing URLs, by subgraph name. */
  readonly subgraphUrls: Record<string, string>;
  readonly verifier: TokenVerifier;
  /**
   * Replaces the `Authorization` a client sent before it is verified, on HTTP and in
   * `connection_init` alike — for example an API key exchanged for an access token.
   * May throw a coded `UNAUTHENTICATED` error. Unset: the header is used as sent.
   */
  readonly authorizationFor?: (
    header: string | undefined,
    clientAddress?: string,
  ) => Promise<string | undefined>;
  readonly logger: Logger;
  /** Most subscriptions one WebSocket may have open at once. @default 100 */
  readonly maxSubscriptionsPerConnection?: number;
  /** @default 1_000_000 */
  readonly maxRequestBytes?: number;
  /**
   * Token buckets per caller, spent per root field executed over HTTP and WebSocket alike
   * (see plugins/useRateLimit.ts). Unset: no request rate limit.
   */
  readonly rateLimiter?: RateLimiter;
  /**
   * A fresh `Authorization` naming the gateway (a short-lived service token), sent in
   * `connection_init` of the one shared socket per subgraph that carries every subscription.
   */
  readonly serviceAuthorization: () => string;
  /** How long a lost subgraph socket is retried before its subscriptions fail. @default 30_000 */
  readonly upstreamRetryWindowMs?: number;
  /** Most results queued for a client subscription that is not reading. @default 1000 */
  readonly maxPendingPerSubscription?: number;
  /**
   * Where request and subscription series are recorded; the caller serves them (on an internal
   * port: this server is public). Unset: none.
   */
  readonly metrics?: ServiceMetrics;
  /** Extra routes (web app, JWKS) tried before `/graphql`. */
  readonly routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
  /**
   * Path prefixes passed through to a subgraph's own HTTP routes (file uploads), by the
   * subgraph's name: `{ '/uploads/materials': 'content' }`. The caller is authenticated and
   * rate-limited as on `/graphql`.
   */
  readonly subgraphRoutes?: Readonly<Record<string, string>>;
  /** Origins of browser integrations allowed to call the gateway (CORS); empty allows none. */
  readonly corsOrigins?: readonly string[];
}

/** A running gateway. */
export interface RunningGateway extends RunningHttpServer {
  /** How many upstream subscriptions serve how many client subscriptions right now. */
  subscriptionStats(): SharedSubscriptionStats;
}

/** A gateway ready to listen. */
export interface Gateway {
  listen(options: { port: number; host?: string }): Promise<RunningGateway>;
}

/**
 * Builds the public gateway: `@apollo/gateway` planning over the committed supergraph,
 * served by Apollo Server on `POST /graphql`, and a graphql-ws server on the same path that
 * runs subscription plans. Tokens are verified, limits checked and the rate limit charged
 * before any planning on both.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { logger, rateLimiter } = options;
  const rate = rateLimiter ? useRateLimit({ limiter: rateLimiter, logger }) : undefined;
  // Limits first: an operation refused for its shape costs no more than its first token.
  const plugins: GatewayPlugin[] = [useOperationLimits(options), ...(rate ? [rate] : [])];
  const validationRules = plugins.flatMap((plugin) => plugin.validationRules ?? []);
  const parseOptions = Object.assign({}, ...plugins.map((plugin) => plugin.parseOptions));
  return {
    async listen({ port, host }) {
      const planner = new SubscriptionPlanner(options.supergraphSdl);
      const httpUrl = (name: string) => {
        const url = options.subgraphUrls[name] ?? planner.routingUrls[name];
        if (!url) throw new Error(`No URL for subgraph ${name}`);
        return url;
      };
      const services = Object.fromEntries(
        Object.keys(planner.routingUrls).map((name) => [
          name,
          new SubgraphDataSource(name, httpUrl(name), logger),
        ]),
      );
      const gateway = new ApolloGateway({
        supergraphSdl: options.supergraphSdl,
        buildService: ({ name }) =>
          services[name] ?? new SubgraphDataSource(name, httpUrl(name), logger),
        logger,
      });
      const formatError = createGatewayErrorFormatter(logger);
      const apollo = new ApolloServer<GatewayContext>({
        gateway,
        formatError,
        includeStacktraceInErrorResponses: false,
        // The process's own onShutdown drains everything in order; Apollo must not race it.
        stopOnTerminationSignals: false,
        validationRules,
        parseOptions,
        plugins: [
          ApolloServerPluginLandingPageDisabled(),
          apolloPluginOf(plugins),
          ...(options.metrics ? [metricsPlugin<GatewayContext>(options.metrics)] : []),
        ],
        logger,
      });
      const events = new EventResolver({ planner, services, logger });
      let shared: SharedSubscriptions | undefined;
      const authenticate = async (req: IncomingMessage): Promise<Caller> => {
        const clientAddress = req.socket.remoteAddress;
        try {
          const authorization = options.authorizationFor
            ? await options.authorizationFor(req.headers.authorization, clientAddress)
            : req.headers.authorization;
          const principal = options.verifier.principalFromHeader(authorization);
          return { principal, authorization, clientAddress };
        } catch (refusal) {
          return { principal: null, authorization: undefined, clientAddress, refusal };
        }
      };
      const uploads = createUploadProxy({
        authenticate,
        routes: Object.fromEntries(
          Object.entries(options.subgraphRoutes ?? {}).map(([prefix, name]) => [
            prefix,
            httpUrl(name),
          ]),
        ),
        admit: rate?.admitRequest,
        logger,
      });
      const routes = options.routes;
      const corsOrigins = new Set(options.corsOrigins ?? []);
      const server = await startHttpServer({
        apollo,
        port,
        host,
        maxBodyBytes: options.maxRequestBytes,
        routes: async (req, res) =>
          applyCors(corsOrigins, req, res) ||
          (await uploads.route(req, res)) ||
          (routes?.(req, res) ?? false),
        readiness: [],
        context: async (req) => {
          const caller = await authenticate(req);
          // Bad credentials count against the client address, so guessing them is limited too.
          await rate?.admitRequest(caller);
          if (caller.refusal) throw caller.refusal;
          return {
            principal: caller.principal,
            authorization: caller.authorization,
            clientAddress: caller.clientAddress,
          };
        },
        websocket: (wss) => {
          const disposer = useGatewaySubscriptions(wss, {
            planner,
            events,
            verifier: options.verifier,
            authorizationFor: options.authorizationFor,
            logger,
            wsUrl: (name) => httpUrl(name).replace(/^http/, 'ws'),
            serviceAuthorization: options.serviceAuthorization,
            upstreamRetryWindowMs: options.upstreamRetryWindowMs,
            maxPendingPerSubscription: options.maxPendingPerSubscription,
            metrics: options.metrics,
            validationRules,
            parseOptions,
            onResolvedOperation: resolvedOperationHook(plugins),
            maxSubscriptions: options.maxSubscriptionsPerConnection ?? 100,
            admitOperation: rate
              ? (connection) =>
                  rate.admitRequest({
                    principal: connection.principal ?? null,
                    clientAddress: connection.remoteAddress,
                  })
              : undefined,
            formatError,
            executeOperation: async (request, contextValue): Promise<FormattedExecutionResult> => {
              const response = await apollo.executeOperation(request, { contextValue });
              if (response.body.kind === 'single') return response.body.singleResult;
              return {
                errors: [
                  {
                    message: '@defer and @stream are not supported.',
                    extensions: { code: ErrorCode.BAD_USER_INPUT },
                  },
                ],
              };
            },
          });
          shared = disposer.shared;
          return disposer;
        },
      });
      return {
        ...server,
        async stop() {
          await server.stop();
          await uploads.close();
        },
        subscriptionStats: () => shared?.stats ?? { upstream: 0, subscribers: 0 },
      };
    },
  };
}
