import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@aula/runtime';
import WebSocket from 'ws';

/** One subscription to forward to a subgraph, on behalf of one caller. */
export interface UpstreamRequest {
  readonly query: string;
  readonly operationName?: string;
  readonly variables: Record<string, unknown>;
  /**
   * The caller's `Authorization`, sent with this operation (`extensions.authorization`) so the
   * subgraph authorizes each subscribe on the shared socket as that caller.
   */
  readonly authorization: string;
  /** W3C trace context (`traceparent`, `tracestate`) sent in the operation's extensions. */
  readonly traceContext?: Readonly<Record<string, unknown>>;
}

/** Why an upstream subscription ended early. */
export type UpstreamFailure =
  /** The subgraph answered the subscribe with errors (bad input, forbidden…). */
  | { readonly kind: 'refused'; readonly errors: readonly GraphQLFormattedError[] }
  /** The socket was lost and could not be re-established in time; `code` when it closed. */
  | { readonly kind: 'lost'; readonly code?: number };

/** Where an upstream subscription delivers. */
export interface UpstreamSink {
  next(result: FormattedExecutionResult): void;
  error(failure: UpstreamFailure): void;
  complete(): void;
}

/** The extension a resumed subscribe carries: the last event the gateway delivered. */
export interface ResumeAfter {
  readonly messageId: string;
  readonly sequence: number;
}

/** Options for {@link UpstreamPool}. */
export interface UpstreamPoolOptions {
  /** The graphql-ws URL of a subgraph, by name. */
  readonly wsUrl: (service: string) => string;
  /**
   * A fresh `Authorization` naming the gateway itself, for `connection_init` of each shared
   * socket (a short-lived service token, minted per connection attempt).
   */
  readonly serviceAuthorization: () => string;
  /**
   * How long a lost socket is retried before the subscriptions on it fail with
   * SERVICE_UNAVAILABLE. Within it they are re-sent on the new socket, so a restarted or
   * replacement replica picks them up. @default 30_000
   */
  readonly retryWindowMs?: number;
  readonly logger: Logger;
}

/** An upstream subscription in flight: how to end it, and how to tell a resume where it was. */
export interface UpstreamHandle {
  /** Ends it upstream at once. */
  unsubscribe(): void;
  /** Records the last delivered event, sent as `extensions.resumeAfter` if it is re-sent. */
  delivered(position: ResumeAfter): void;
}

/**
 * The gateway's graphql-ws connections to the subgraphs: ONE socket per subgraph for every
 * client subscription of this gateway replica (the caller's identity travels per operation),
 * opened with the first subscription and closed with the last. A lost socket is reconnected
 * with backoff and its subscriptions re-sent, each with `extensions.resumeAfter` so the
 * subgraph resumes from its snapshot rather than starting over; only when the retry window
 * passes do the subscriptions fail.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, Client>();
  private closed = false;

  constructor(private readonly options: UpstreamPoolOptions) {}

  /** Starts a subscription on `service` (resuming after `resumeAfter` when given). */
  subscribe(
    service: string,
    request: UpstreamRequest,
    sink: UpstreamSink,
    resumeAfter?: ResumeAfter,
  ): UpstreamHandle {
    if (this.closed) {
      sink.error({ kind: 'lost' });
      return { unsubscribe: () => undefined, delivered: () => undefined };
    }
    // graphql-ws re-sends this very object after a reconnect, so the resume position is
    // written into it as events are delivered.
    const extensions: Record<string, unknown> = {
      ...request.traceContext,
      authorization: request.authorization,
      ...(resumeAfter ? { resumeAfter } : {}),
    };
    const payload = {
      query: request.query,
      operationName: request.operationName,
      variables: request.variables,
      extensions,
    };
    const observer = new UpstreamObserver(sink);
    observer.unsubscribe = this.clientFor(service).subscribe<
      Record<string, unknown>,
      Record<string, unknown>
    >(payload, observer);
    observer.extensions = extensions;
    return observer;
  }

  /** Closes every upstream socket. */
  async close(): Promise<void> {
    this.closed = true;
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((client) => client.dispose()));
  }

  private clientFor(service: string): Client {
    const existing = this.clients.get(service);
    if (existing) return existing;
    const windowMs = this.options.retryWindowMs ?? 30_000;
    let lostAt: number | undefined;
    const client = createClient({
      url: this.options.wsUrl(service),
      webSocketImpl: WebSocket,
      connectionParams: () => ({ authorization: this.options.serviceAuthorization() }),
      lazy: true,
      lazyCloseTimeout: 0,
      retryAttempts: Number.MAX_SAFE_INTEGER,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** retries, 2000))),
      shouldRetry: () => {
        lostAt ??= Date.now();
        return Date.now() - lostAt < windowMs;
      },
      on: {
        connected: () => {
          if (lostAt !== undefined)
            this.options.logger.info(
              { service, afterMs: Date.now() - lostAt },
              'upstream subscriptions resumed',
            );
          lostAt = undefined;
        },
        closed: (event) => {
          const code = (event as { code?: number }).code;
          if (code !== 1000) this.options.logger.warn({ service, code }, 'upstream socket lost');
        },
      },
    });
    this.clients.set(service, client);
    return client;
  }
}

/**
 * graphql-ws's sink for one upstream subscription and the handle the gateway keeps. A class,
 * not object literals of arrow functions: the platform runs through tsx, whose esbuild
 * `keepNames` gives every named closure its own property dictionary (~300 bytes each), and
 * an idle subscription should cost as little as possible.
 */
class UpstreamObserver implements UpstreamHandle {
  unsubscribe: () => void = noop;
  extensions?: Record<string, unknown>;

  constructor(private readonly sink: UpstreamSink) {}

  next(result: FormattedExecutionResult): void {
    this.sink.next(result);
  }

  error(error: unknown): void {
    this.sink.error(classify(error));
  }

  complete(): void {
    this.sink.complete();
  }

  delivered(position: ResumeAfter): void {
    if (this.extensions) this.extensions.resumeAfter = position;
  }
}

function noop(): void {}

function classify(error: unknown): UpstreamFailure {
  if (Array.isArray(error)) return { kind: 'refused', errors: error as GraphQLFormattedError[] };
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return { kind: 'lost', code: typeof code === 'number' ? code : undefined };
}
