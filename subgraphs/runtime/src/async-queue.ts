/**
 * A push-to-pull queue that is also an async iterator, as subscription resolvers return:
 * producers {@link push}, the consumer awaits `next()`. Unlike an async generator, `return()`
 * resolves a pending `next()` at once, so an unsubscribe is never stuck waiting for the next
 * event, and `onClose` runs exactly once, whichever side ends the queue.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private readonly waiting: Array<(result: IteratorResult<T>) => void> = [];
  private ended = false;

  /** @param onClose releases what feeds the queue (bus subscriptions …). */
  constructor(private readonly onClose: () => void = () => undefined) {}

  /** Whether the queue has ended; pushes are then ignored. */
  get closed(): boolean {
    return this.ended;
  }

  /** Hands `item` to a waiting consumer, or keeps it until one asks. */
  push(item: T): void {
    if (this.ended) return;
    const resolve = this.waiting.shift();
    if (resolve) resolve({ value: item, done: false });
    else this.items.push(item);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Ends the queue: drops what is unread, completes waiting consumers, calls `onClose`. */
  return(): Promise<IteratorResult<T>> {
    if (!this.ended) {
      this.ended = true;
      this.items.length = 0;
      for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
      this.onClose();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
