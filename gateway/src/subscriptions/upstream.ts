import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';

/** One subscription to forward to a subgraph. */
export interface UpstreamRequest {
  readonly query: string;
  readonly operationName?: string;
  readonly variables: Record<string, unknown>;
}

/** Why an upstream subscription ended early. */
export type UpstreamFailure =
  /** The subgraph answered the subscribe with errors (bad input, forbidden…). */
  | { readonly kind: 'refused'; readonly errors: readonly GraphQLFormattedError[] }
  /** The socket could not be opened or closed under the subscription; `code` when it closed. */
  | { readonly kind: 'lost'; readonly code?: number };

/** Where an upstream subscription delivers. */
export interface UpstreamSink {
  next(result: FormattedExecutionResult): void;
  error(failure: UpstreamFailure): void;
  complete(): void;
}

/** Options for {@link UpstreamConnections}. */
export interface UpstreamConnectionsOptions {
  /** The graphql-ws URL of a subgraph, by name. */
  readonly wsUrl: (service: string) => string;
  /** The caller's `Authorization` header, passed on in `connection_init`. */
  readonly authorization?: string;
}

/**
 * The upstream graphql-ws connections of one client connection: at most one socket per
 * subgraph, opened when the first subscription to it starts and closed as soon as its last
 * subscription ends (lazy mode, no linger), so an unsubscribe reaches the subgraph at once.
 * Never retries: a lost upstream is reported to the client, which decides to subscribe again.
 */
export class UpstreamConnections {
  private readonly clients = new Map<string, Client>();
  private closed = false;

  constructor(private readonly options: UpstreamConnectionsOptions) {}

  /** Starts a subscription on `service`; the returned function ends it upstream. */
  subscribe(service: string, request: UpstreamRequest, sink: UpstreamSink): () => void {
    if (this.closed) {
      sink.error({ kind: 'lost' });
      return () => undefined;
    }
    return this.clientFor(service).subscribe<Record<string, unknown>, Record<string, unknown>>(
      request,
      {
        next: (result) => sink.next(result),
        error: (error) => sink.error(classify(error)),
        complete: () => sink.complete(),
      },
    );
  }

  /** Closes every upstream socket of this client connection. */
  async close(): Promise<void> {
    this.closed = true;
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((client) => client.dispose()));
  }

  private clientFor(service: string): Client {
    const existing = this.clients.get(service);
    if (existing) return existing;
    const client = createClient({
      url: this.options.wsUrl(service),
      webSocketImpl: WebSocket,
      connectionParams: this.options.authorization
        ? { authorization: this.options.authorization }
        : {},
      lazy: true,
      lazyCloseTimeout: 0,
      retryAttempts: 0,
    });
    this.clients.set(service, client);
    return client;
  }
}

function classify(error: unknown): UpstreamFailure {
  if (Array.isArray(error)) return { kind: 'refused', errors: error as GraphQLFormattedError[] };
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return { kind: 'lost', code: typeof code === 'number' ? code : undefined };
}
