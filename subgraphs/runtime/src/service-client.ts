import { GraphQLError } from 'graphql';
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

/** Creates a {@link ServiceClient} that signs a fresh short-lived service token per call. */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  return clientWith(options, () => `Bearer ${signServiceToken(options.tokens, options.service)}`);
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
      let response: Response;
      try {
        response = await fetch(options.serviceUrl(target), {
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
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch {
        throw unavailable(target);
      }
      let body: {
        data?: TResult;
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      };
      try {
        body = (await response.json()) as typeof body;
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
