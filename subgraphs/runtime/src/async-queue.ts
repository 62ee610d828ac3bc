/** Options for {@link AsyncQueue}. */
export interface AsyncQueueOptions {
  /**
   * Releases what feeds the queue (bus subscriptions, a shared upstream …); runs once,
   * whichever side ends the queue. It can also be handed over later with {@link AsyncQueue.releaseWith}.
   */
  readonly onClose?: () => void;
  /**
   * Most items kept for a consumer that is not reading. Past it the consumer is too slow to
   * keep up: what waits is dropped, the queue ends, and `onOverflow` is called once.
   * @default Infinity
   */
  readonly maxPending?: number;
  /** Called once when the queue overflows (the gateway closes that client's socket). */
  readonly onOverflow?: () => void;
}

/**
 * The one push-to-pull queue: an async iterator, as subscription resolvers and graphql-ws
 * expect, that producers {@link push} into and a consumer drains with `next()`. It is
 * hand-written, not an async generator: a generator parked on `await` would queue `return()`
 * until the next item, while here `return()` resolves a pending `next()` at once, so an
 * unsubscribe or disconnect releases its source immediately. `onClose` runs exactly once,
 * whichever side ends the queue; with `maxPending` a consumer that stops reading costs a fixed
 * amount of memory and never slows the producer.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private readonly waiting: Array<(result: IteratorResult<T>) => void> = [];
  /** No more items are accepted (the producer ended, or the queue closed). */
  private finished = false;
  /** Released: `onClose` ran, nothing more is delivered. */
  private released = false;
  private onClose?: () => void;
  private readonly maxPending: number;
  private readonly onOverflow?: () => void;

  /** @param options `onClose` alone, or {@link AsyncQueueOptions}. */
  constructor(options: (() => void) | AsyncQueueOptions = {}) {
    const settings = typeof options === 'function' ? { onClose: options } : options;
    this.onClose = settings.onClose;
    this.maxPending = settings.maxPending ?? Infinity;
    this.onOverflow = settings.onOverflow;
  }

  /** Whether the queue takes no more items (ended by either side, or overflowed). */
  get closed(): boolean {
    return this.finished;
  }

  /** Items waiting to be read. */
  get backlog(): number {
    return this.items.length;
  }

  /**
   * Hands over how to release the source, for a source joined after the queue exists; runs it
   * at once if the consumer already left.
   */
  releaseWith(onClose: () => void): void {
    if (this.released) onClose();
    else this.onClose = onClose;
  }

  /** Hands `item` to a waiting consumer, or keeps it until one asks. */
  push(item: T): void {
    if (this.finished) return;
    const resolve = this.waiting.shift();
    if (resolve) return resolve({ value: item, done: false });
    if (this.items.length >= this.maxPending) {
      this.release();
      this.onOverflow?.();
      return;
    }
    this.items.push(item);
  }

  /**
   * The producer is done: the consumer still reads what is queued (and `last`, if given), then
   * the queue completes. The source ended by itself, so `onClose` waits for the consumer's `return()`.
   */
  end(last?: T): void {
    if (this.finished) return;
    // The last item (an error telling why) is kept even past `maxPending`.
    const resolve = last === undefined ? undefined : this.waiting.shift();
    if (resolve) resolve({ value: last as T, done: false });
    else if (last !== undefined) this.items.push(last);
    this.finished = true;
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Ends the queue: drops what is unread, completes waiting consumers, calls `onClose`. */
  return(): Promise<IteratorResult<T>> {
    this.release();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.release();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private release(): void {
    if (this.released) return;
    this.released = true;
    this.finished = true;
    this.items.length = 0;
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    const onClose = this.onClose;
    this.onClose = undefined;
    onClose?.();
  }
}
