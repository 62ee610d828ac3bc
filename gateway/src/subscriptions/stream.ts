import type { ExecutionResult } from 'graphql';

/** Options for {@link SubscriptionStream}. */
export interface SubscriptionStreamOptions {
  /**
   * Most results kept for a client that has not read them yet. Past it the client is too slow
   * to keep up: `overflow` is called once and nothing more is queued for it. @default 1000
   */
  readonly maxPending?: number;
  /** Called once when the queue overflows (the gateway closes that client's socket). */
  readonly overflow: () => void;
}

/**
 * The client side of one subscription: an async iterator graphql-ws drains, fed with results
 * that are already resolved (a shared subscription resolves each event once for all its
 * clients). The queue is bounded, so a client that stops reading costs a fixed amount of
 * memory and never slows the others. It is a hand-written iterator, not an async generator,
 * because a generator parked on `await` would queue `return()` until the next event — the
 * upstream must be released the moment the client completes or disconnects.
 */
export class SubscriptionStream implements AsyncIterableIterator<ExecutionResult> {
  private readonly pending: ExecutionResult[] = [];
  private wake?: () => void;
  private ended = false;
  private returned = false;
  private overflowed = false;
  private leave?: () => void;

  constructor(private readonly options: SubscriptionStreamOptions) {}

  /** Queues a result for this client. */
  push(result: ExecutionResult): void {
    if (this.returned || this.ended || this.overflowed) return;
    if (this.pending.length >= (this.options.maxPending ?? 1000)) {
      this.overflowed = true;
      this.pending.length = 0;
      this.leave?.();
      this.options.overflow();
      this.notify();
      return;
    }
    this.pending.push(result);
    this.notify();
  }

  /** Queues a last result (if any) and ends the stream after it. */
  end(last?: ExecutionResult): void {
    if (this.returned || this.ended) return;
    if (last && !this.overflowed) this.pending.push(last);
    this.ended = true;
    this.notify();
  }

  /** Hands over how to leave the shared subscription; called at once if the client already left. */
  attach(leave: () => void): void {
    if (this.returned) leave();
    else this.leave = leave;
  }

  /** Results waiting to be sent. */
  get backlog(): number {
    return this.pending.length;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      if (this.returned) return { done: true, value: undefined };
      const value = this.pending.shift();
      if (value) return { done: false, value };
      if (this.ended || this.overflowed) return { done: true, value: undefined };
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** The client completed or disconnected: leave the shared subscription now. */
  async return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.returned) {
      this.returned = true;
      this.pending.length = 0;
      this.leave?.();
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

  private notify() {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
