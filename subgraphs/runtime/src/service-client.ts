import { GraphQLError } from 'graphql';
import { request as httpRequest } from 'undici';
import { signServiceToken, type TokenSettings } from './auth/tokens';
import type { ServiceOperation } from './contracts/operations';
import { ErrorCode } from './errors';

/** Options for {@link createServiceClient}. */
export interface ServiceClientOptions {
  /** The calling service's name, put in its service token. */
  readonly service: string;
  readonly tokens: TokenSettings;
  /** Resolves a subgraph name to its `/graphql` URL at call time. */
  readonly serviceUrl: (name: string) => string;
  /** Per-call timeout. @default 10_000 */
  readonly timeoutMs?: number;
}

/** Calls another subgraph directly with this service's identity, or on behalf of a person. */
export interface ServiceClient {
  /**
   * Sends `operation` (from the contracts module's `operations`) to the subgraph that owns
   * it and returns its data. A coded error from the target is rethrown with the same
   * `extensions.code` and message (so, for example, `INSUFFICIENT_CREDITS` reaches the
   * student); anything else becomes `SERVICE_UNAVAILABLE`.
   */
  request<TResult, TVariables>(
    operation: ServiceOperation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult>;
  /**
   * The same client calling with a person's own `authorization` header instead of this
   * service's token, so the owner decides what that person may see and its `FORBIDDEN` or
   * `NOT_FOUND` reaches them unchanged. Without a header the owner answers `UNAUTHENTICATED`.
   */
  onBehalfOf(authorization: string | undefined): ServiceClient;
}

/** Lifetime of the service tokens a client signs, in seconds. */
const SERVICE_TOKEN_TTL_SECONDS = 60;

/**
 * Creates a {@link ServiceClient} with this service's identity: a short-lived service token,
 * signed once and reused until half its lifetime has passed (an ES256 signature here and its
 * verification at the receiver cost more CPU per call than the rest of a small request).
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  let token: { header: string; renewAtMs: number } | undefined;
  return clientWith(options, () => {
    const now = Date.now();
    if (!token || now >= token.renewAtMs) {
      token = {
        header: `Bearer ${signServiceToken(options.tokens, options.service, SERVICE_TOKEN_TTL_SECONDS)}`,
        renewAtMs: now + (SERVICE_TOKEN_TTL_SECONDS * 1000) / 2,
      };
    }
    return token.header;
  });
}

function clientWith(
  options: ServiceClientOptions,
  authorization: () => string | undefined,
): ServiceClient {
  return {
    onBehalfOf: (header) => clientWith(options, () => header),
    async request<TResult, TVariables>(
      operation: ServiceOperation<TResult, TVariables>,
      variables: TVariables,
    ): Promise<TResult> {
      const target = operation.owner;
      const credentials = authorization();
      const timeoutMs = options.timeoutMs ?? 10_000;
      let body: {
        data?: TResult;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      };
      try {
        // undici's request() on its keep-alive pool: no WHATWG Request/Response/stream
        // objects per call, which profiles showed as a large share of a small call's CPU.
        const response = await httpRequest(options.serviceUrl(target), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(credentials ? { authorization: credentials } : {}),
          },
          body: JSON.stringify({
            query: operation.document,
            operationName: operation.name,
            variables,
          }),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        body = (await response.body.json()) as typeof body;
      } catch {
        throw unavailable(target);
      }
      const first = body.errors?.[0];
      if (first) {
        const code = first.extensions?.code;
        if (
          typeof code === 'string' &&
          code !== ErrorCode.INTERNAL_SERVER_ERROR &&
          code in ErrorCode
        ) {
          throw new GraphQLError(first.message, {
            extensions: { ...first.extensions, service: target },
          });
        }
        throw unavailable(target);
      }
      if (!body.data) throw unavailable(target);
      return body.data;
    },
  };
}

function unavailable(target: string): GraphQLError {
  return new GraphQLError(
    `The ${target} service is not available right now. Please try again shortly.`,
    {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: target },
    },
  );
}
