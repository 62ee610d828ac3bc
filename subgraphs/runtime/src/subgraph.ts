import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Principal } from './auth/principal';
import type { TokenVerifier } from './auth/tokens';
import { createErrorFormatter } from './errors';
import {
  startHttpServer,
  type HttpServerOptions,
  type ReadinessCheck,
  type RunningHttpServer,
} from './http';
import { depthLimit } from './limits';
import { MAX_BATCH_OPERATIONS } from './service-client';
import { metricsPlugin, type ServiceMetrics } from './metrics';
import { serveSubgraphSubscriptions } from './subgraph-ws';
import type { Logger } from './logger';

/** What every subgraph's context carries; subgraphs extend it with their own services. */
export interface BaseContext {
  readonly principal: Principal | null;
  readonly logger: Logger;
  /** The raw `Authorization` header, to forward on service calls made for this user. */
  readonly authorization?: string;
  /**
   * The caller's network address: the socket's peer, or what a trusted proxy (the gateway)
   * put in `X-Forwarded-For` (see {@link SubgraphOptions.trustedProxies}).
   */
  readonly clientAddress?: string;
  /**
   * The `extensions` a subscription was started with over graphql-ws (such as the gateway's
   * `resumeAfter` when it re-sends a subscription after losing its socket).
   */
  readonly operationExtensions?: Readonly<Record<string, unknown>>;
  /**
   * The public operation this request serves, as the gateway names it (`query classRoster`),
   * for the audit trail of who read what. Informational: a caller could name it falsely.
   */
  readonly operation?: string;
}

/**
 * A subgraph's resolvers: the `Resolvers` type GraphQL Code Generator writes into its
 * `src/generated/graphql.ts` (with the subgraph's context as `contextType`), by type name.
 */
export type SubgraphResolvers = { readonly [typeName: string]: unknown };

/** Options for {@link createSubgraph}. */
export interface SubgraphOptions<TContext extends BaseContext> {
  /** Service name, as listed in `schema/supergraph.yaml`. */
  readonly name: string;
  readonly typeDefs: DocumentNode;
  /** The subgraph's generated `Resolvers`, passed as they are (no cast). */
  readonly resolvers: SubgraphResolvers;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  /** This service's metrics, served on `GET /metrics` beside `/graphql`. */
  readonly metrics: ServiceMetrics;
  /** Adds the subgraph's own services to the base context. */
  readonly extendContext: (base: BaseContext) => TContext;
  readonly readiness: readonly ReadinessCheck[];
  /** @default 12 */
  readonly maxDepth?: number;
  /** Extra HTTP routes served beside `/graphql` (such as `/.well-known/jwks.json`). */
  readonly routes?: HttpServerOptions<TContext>['routes'];
  /**
   * Peers whose `X-Forwarded-For` is believed for {@link BaseContext.clientAddress}:
   * comma-separated addresses, CIDR ranges or `loopback`, `linklocal`, `uniquelocal`
   * (proxy-addr's names). Anyone else's header is ignored. @default none
   */
  readonly trustedProxies?: string;
  /**
   * Acquires what serving needs (bus subscriptions, connections) before `listen` accepts
   * requests, so that creating a subgraph has no side effects and tests can build one freely.
   */
  readonly start?: () => Promise<void>;
}

/** A built subgraph: its schema, and a way to serve it. */
export interface Subgraph {
  readonly name: string;
  readonly schema: GraphQLSchema;
  /**
   * Starts the subgraph: runs its `start` work, then serves HTTP and graphql-ws on
   * `/graphql`, plus `/healthz` and `/readyz`.
   */
  listen(options: { port: number; host?: string }): Promise<RunningHttpServer>;
}

/** Close code for a missing, invalid or expired token on a WebSocket. */
export const WS_UNAUTHORIZED = CloseCode.Unauthorized;

/**
 * Builds an `@apollo/subgraph` Federation 2 server with Aula's common behaviour:
 * token verification, masked errors, depth limit, health endpoints, subscriptions.
 */
export function createSubgraph<TContext extends BaseContext>(
  options: SubgraphOptions<TContext>,
): Subgraph {
  const schema = buildSubgraphSchema({
    typeDefs: options.typeDefs,
    // Codegen's resolver types describe the same objects as @apollo/subgraph's map, with
    // their own (stricter) function signatures; the one conversion between them lives here.
    resolvers: options.resolvers as GraphQLResolverMap<unknown>,
  });
  const logger = options.logger;
  const formatError = createErrorFormatter(logger);

  const trust = proxyaddr.compile(
    (options.trustedProxies ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
  const clientAddressOf = (req: IncomingMessage) => proxyaddr(req, trust) || undefined;

  const contextFor = (
    authorization: string | undefined,
    clientAddress?: string,
    operation?: string,
  ): TContext => {
    const principal = options.verifier.principalFromHeader(authorization);
    return options.extendContext({ principal, logger, authorization, clientAddress, operation });
  };

  return {
    name: options.name,
    schema,
    async listen({ port, host }) {
      await options.start?.();
      const apollo = new ApolloServer<TContext>({
        schema,
        formatError,
        includeStacktraceInErrorResponses: false,
        // The process's own onShutdown drains everything in order; Apollo must not race it.
        stopOnTerminationSignals: false,
        validationRules: [depthLimit(options.maxDepth ?? 12)],
        plugins: [
          ApolloServerPluginLandingPageDisabled(),
          ApolloServerPluginInlineTraceDisabled(),
          // No schema carries cache hints; left on, Apollo wraps every field's resolver to
          // compute a cache policy nobody reads.
          ApolloServerPluginCacheControlDisabled(),
          metricsPlugin<TContext>(options.metrics),
        ],
        logger,
      });
      return startHttpServer({
        apollo,
        port,
        host,
        readiness: options.readiness,
        routes: options.routes,
        metrics: options.metrics,
        // Only another service's token may batch: the gateway sends one operation per request,
        // and a person's operations go through its limits one by one.
        batch: {
          maxOperations: MAX_BATCH_OPERATIONS,
          allowed: (req) => isServiceCall(options.verifier, req.headers.authorization),
        },
        context: async (req: IncomingMessage) =>
          contextFor(req.headers.authorization, clientAddressOf(req), operationOf(req)),
        websocket: (wss) =>
          serveSubgraphSubscriptions(wss, {
            schema,
            verifier: options.verifier,
            logger,
            extendContext: options.extendContext,
            formatError,
            metrics: options.metrics,
          }),
      });
    },
  };
}

/** Whether `authorization` carries a valid service token (never throws). */
function isServiceCall(verifier: TokenVerifier, authorization: string | undefined): boolean {
  try {
    return verifier.principalFromHeader(authorization)?.kind === 'service';
  } catch {
    return false;
  }
}

/** The gateway's name for the public operation (`X-Aula-Operation`), at most 200 characters. */
function operationOf(req: IncomingMessage): string | undefined {
  const header = req.headers['x-aula-operation'];
  return typeof header === 'string' && header ? header.slice(0, 200) : undefined;
}
