import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ErrorCode, type Logger, type Principal } from '@aula/runtime';
import { GraphQLError } from 'graphql';
import { serviceUnavailable } from './errors';

/** What the gateway knows about a request. */
export interface GatewayContext {
  readonly principal: Principal | null;
  /** The caller's `Authorization` header, forwarded to subgraphs which verify it again. */
  readonly authorization?: string;
  /** The caller's address, passed on as `X-Forwarded-For` so auth can throttle sign-ins per address. */
  readonly clientAddress?: string;
}

/** The response `@apollo/gateway` hands to `didEncounterError`, when the subgraph answered. */
type SubgraphResponse = Parameters<RemoteGraphQLDataSource['didEncounterError']>[2];

const knownCodes = new Set<string>(Object.values(ErrorCode));

/**
 * The gateway's HTTP link to one subgraph. It forwards the caller's token (the subgraph
 * verifies it again) and turns transport failures into errors a client can act on:
 * an unreachable or failing subgraph becomes `SERVICE_UNAVAILABLE` naming the service,
 * a refusal the subgraph sent as a non-2xx response keeps the subgraph's code and message.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly serviceName: string,
    url: string,
    private readonly logger: Logger,
  ) {
    // Node's fetch (undici) honours the subgraph's `Keep-Alive: timeout` hint and retires idle
    // sockets before the server closes them. The default fetcher keeps them forever, so a
    // request could go out on a socket the subgraph was just closing and fail as
    // "service not answering" (seen intermittently in the browser tests).
    super({ url, fetcher: fetch as never });
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const authorization = 'authorization' in context ? context.authorization : undefined;
    if (authorization) request.http?.headers.set('authorization', authorization);
    const clientAddress = 'clientAddress' in context ? context.clientAddress : undefined;
    if (clientAddress) request.http?.headers.set('x-forwarded-for', clientAddress);
  }

  override didEncounterError(error: Error, _request: unknown, response?: SubgraphResponse): never {
    if (response && response.status < 500) {
      const refusal = codedRefusal(error);
      if (refusal) {
        throw new GraphQLError(refusal.message, {
          extensions: { code: refusal.code, serviceName: this.serviceName },
        });
      }
      // Uncoded: the error formatter logs it and shows a generic message, still naming the service.
      throw new GraphQLError(error.message, {
        originalError: error,
        extensions: { serviceName: this.serviceName },
      });
    }
    this.logger.warn(
      { service: this.serviceName, status: response?.status, err: error.message },
      'subgraph unavailable',
    );
    throw serviceUnavailable(this.serviceName);
  }
}

/**
 * The first coded error in the body of a non-2xx subgraph response (Apollo Server answers
 * 400 for invalid operations and 401 for a token it rejects), if the body has one.
 */
function codedRefusal(error: Error): { code: string; message: string } | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const response = error.extensions.response as { body?: { errors?: unknown } } | undefined;
  const errors = response?.body?.errors;
  if (!Array.isArray(errors)) return undefined;
  for (const entry of errors as Array<{ message?: unknown; extensions?: { code?: unknown } }>) {
    const code = entry.extensions?.code;
    if (typeof code === 'string' && typeof entry.message === 'string' && knownCodes.has(code)) {
      return { code, message: entry.message };
    }
  }
  return undefined;
}
