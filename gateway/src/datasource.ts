import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ErrorCode, type Logger, type Principal } from '@aula/runtime';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { serviceUnavailable } from './errors';
import { isQueryDocument, SubgraphHttp, type SubgraphReply } from './subgraph-http';

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
type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type ProcessResult = Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;

/** One client for every data source that is not given its own: one pool per subgraph origin. */
const sharedHttp = new SubgraphHttp();

const knownCodes = new Set<string>(Object.values(ErrorCode));

/**
 * The gateway's HTTP link to one subgraph. It forwards the caller's token (the subgraph
 * verifies it again) and turns transport failures into errors a client can act on:
 * an unreachable or failing subgraph becomes `SERVICE_UNAVAILABLE` naming the service,
 * a refusal the subgraph sent as a non-2xx response keeps the subgraph's code and message.
 * Requests go out through {@link SubgraphHttp} (a keep-alive pool, identical in-flight
 * queries shared), one round trip per plan fetch.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly serviceName: string,
    url: string,
    private readonly logger: Logger,
    private readonly http: SubgraphHttp = sharedHttp,
  ) {
    super({ url });
  }

  /**
   * Sends one fetch of a query plan. Replaces Apollo's version, which builds node-fetch
   * `Headers` and a `Request` per call; what it does with them is done here directly.
   */
  override async process(options: ProcessOptions): Promise<ProcessResult> {
    const { request, context } = options;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const authorization = 'authorization' in context ? context.authorization : undefined;
    if (authorization) headers.authorization = authorization;
    const clientAddress = 'clientAddress' in context ? context.clientAddress : undefined;
    if (clientAddress) headers['x-forwarded-for'] = clientAddress;
    // Which public operation this fetch serves, for the audit trail of who read what.
    const operation =
      'incomingRequestContext' in options ? options.incomingRequestContext.operation : undefined;
    if (operation) headers['x-aula-operation'] = operationLabel(operation);
    const { query, variables, operationName, extensions } = request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    let reply: SubgraphReply;
    try {
      reply = await this.http.post(this.url, headers, body, isQueryDocument(query));
    } catch (error) {
      return this.didEncounterError(error as Error, undefined);
    }
    const response = { status: reply.status } as SubgraphResponse;
    let parsed: unknown;
    try {
      parsed = reply.contentType?.includes('json') ? JSON.parse(reply.body) : reply.body;
    } catch (error) {
      return this.didEncounterError(error as Error, undefined, response);
    }
    if (reply.status < 200 || reply.status >= 300) {
      const error = new GraphQLError(`${reply.status}: subgraph refused the request`, {
        extensions: { response: { status: reply.status, body: parsed } },
      });
      return this.didEncounterError(error, undefined, response);
    }
    if (typeof parsed !== 'object' || parsed === null)
      return this.didEncounterError(new Error('The subgraph answered without JSON.'), undefined, {
        status: 502,
      } as SubgraphResponse);
    return parsed as ProcessResult;
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

/** `query classRoster`: the operation's type and its root fields (aliases resolved), as one label. */
export function operationLabel(operation: OperationDefinitionNode): string {
  const fields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
  return `${operation.operation} ${[...new Set(fields)].join(',')}`.slice(0, 200);
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
