import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import type { UpstreamFailure, UpstreamSink } from './upstream';

type Pending = { readonly event: FormattedExecutionResult } | { readonly failure: UpstreamFailure };

/** How a {@link SubscriptionStream} turns what arrives from upstream into client results. */
export interface StreamHandlers {
  /** Resolves one upstream event into the client's result (entity fetches included). */
  readonly resolve: (event: FormattedExecutionResult) => Promise<ExecutionResult>;
  /** The last result a client gets when the upstream subscription fails. */
  readonly failed: (failure: UpstreamFailure) => ExecutionResult;
}

/**
 * The client side of one forwarded subscription: an async iterator graphql-ws drains, fed
 * by an {@link UpstreamSink}. Events are resolved one at a time in arrival order. It is a
 * hand-written iterator, not an async generator, because a generator parked on `await`
 * would queue `return()` until the next event — the upstream must be released the moment
 * the client completes or disconnects.
 */
export class SubscriptionStream implements AsyncIterableIterator<ExecutionResult> {
  private readonly pending: Pending[] = [];
  private wake?: () => void;
  private upstreamEnded = false;
  private returned = false;
  private unsubscribe?: () => void;

  constructor(private readonly handlers: StreamHandlers) {}

  /** Where the upstream subscription delivers. */
  readonly sink: UpstreamSink = {
    next: (event) => this.enqueue({ event }),
    error: (failure) => {
      this.enqueue({ failure });
      this.upstreamEnded = true;
    },
    complete: () => {
      this.upstreamEnded = true;
      this.notify();
    },
  };

  /** Hands over the upstream disposer; called at once if the client already left. */
  attach(unsubscribe: () => void): void {
    if (this.returned) unsubscribe();
    else this.unsubscribe = unsubscribe;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      if (this.returned) return { done: true, value: undefined };
      const item = this.pending.shift();
      if (item) {
        const value =
          'event' in item
            ? await this.handlers.resolve(item.event)
            : this.handlers.failed(item.failure);
        if (this.returned) return { done: true, value: undefined };
        return { done: false, value };
      }
      if (this.upstreamEnded) return { done: true, value: undefined };
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** The client completed or disconnected: release the upstream subscription now. */
  async return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.returned) {
      this.returned = true;
      this.pending.length = 0;
      this.unsubscribe?.();
      this.notify();
    }
    return { done: true, value: undefined };
  }

  async throw(error?: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private enqueue(item: Pending) {
    if (this.returned || this.upstreamEnded) return;
    this.pending.push(item);
    this.notify();
  }

  private notify() {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
