import { GraphQLError } from 'graphql';
import { signServiceToken, type TokenSettings } from './auth/tokens';
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

/** Calls another subgraph directly with this service's identity. */
export interface ServiceClient {
  /**
   * Runs `query` on subgraph `target` and returns its data. A coded error from the
   * target is rethrown with the same `extensions.code` and message (so, for example,
   * `INSUFFICIENT_CREDITS` reaches the student); anything else becomes `SERVICE_UNAVAILABLE`.
   */
  request<TData>(
    target: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<TData>;
}

/** Creates a {@link ServiceClient} that signs a fresh short-lived service token per call. */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  return {
    async request<TData>(target: string, query: string, variables: Record<string, unknown> = {}) {
      let response: Response;
      try {
        response = await fetch(options.serviceUrl(target), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${signServiceToken(options.tokens, options.service)}`,
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch {
        throw unavailable(target);
      }
      let body: {
        data?: TData;
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
