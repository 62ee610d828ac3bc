import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  createErrorFormatter,
  depthLimit,
  startHttpServer,
  type Logger,
  type Principal,
  type RunningHttpServer,
  type TokenVerifier,
} from '@aula/runtime';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the gateway knows about a request. */
export interface GatewayContext {
  readonly principal: Principal | null;
  /** The caller's `Authorization` header, forwarded to subgraphs which verify it again. */
  readonly authorization?: string;
}

/** Options for {@link createGateway}. */
export interface GatewayOptions {
  readonly supergraphSdl: string;
  /** Subgraph URLs that replace the supergraph's routing URLs, by subgraph name. */
  readonly subgraphUrls: Record<string, string>;
  readonly verifier: TokenVerifier;
  readonly logger: Logger;
  /** @default 12 */
  readonly maxDepth?: number;
  /** @default 1_000_000 */
  readonly maxRequestBytes?: number;
  /** Extra routes (web app, JWKS) tried before `/graphql`. */
  readonly routes?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
}

/** A gateway ready to listen. */
export interface Gateway {
  listen(options: { port: number; host?: string }): Promise<RunningHttpServer>;
}

/** Forwards the caller's token to the subgraph, which verifies it itself. */
class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const authorization = 'authorization' in context ? context.authorization : undefined;
    if (authorization) request.http?.headers.set('authorization', authorization);
  }
}

/**
 * Builds the public gateway: `@apollo/gateway` planning over the committed supergraph,
 * served by Apollo Server on `/graphql`. Tokens are verified before any planning.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { logger } = options;
  return {
    async listen({ port, host }) {
      const gateway = new ApolloGateway({
        supergraphSdl: options.supergraphSdl,
        buildService: ({ name, url }) => new AuthForwardingDataSource({ url: options.subgraphUrls[name] ?? url }),
        logger,
      });
      const apollo = new ApolloServer<GatewayContext>({
        gateway,
        formatError: createErrorFormatter(logger),
        includeStacktraceInErrorResponses: false,
        validationRules: [depthLimit(options.maxDepth ?? 12)],
        plugins: [ApolloServerPluginLandingPageDisabled()],
        logger,
      });
      return startHttpServer({
        apollo,
        port,
        host,
        maxBodyBytes: options.maxRequestBytes,
        routes: options.routes,
        readiness: [],
        context: async (req) => {
          const authorization = req.headers.authorization;
          return { principal: options.verifier.principalFromHeader(authorization), authorization };
        },
      });
    },
  };
}
