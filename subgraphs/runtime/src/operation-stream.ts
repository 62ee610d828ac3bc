import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

const DONE: IteratorResult<ExecutionResult> = Object.freeze({ done: true, value: undefined });

/**
 * graphql-js's `subscribe`, returning an {@link OperationStream} for a subscription: the same
 * source event stream, each event executed against the operation as graphql-js does.
 */
export async function subscribeOperation(
  args: ExecutionArgs,
): Promise<ExecutionResult | OperationStream> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  return new OperationStream(source[Symbol.asyncIterator](), args);
}

/**
 * The results of one subscription, which the server can end early with a last result of its
 * choosing ({@link end}: the caller's token expired or was revoked). It does the work of
 * graphql-js's own mapping iterator and of a wrapper to end it, as one object with its methods
 * on the prototype: an idle subscription costs one object and its pending `next()`, where the
 * two closure-built iterators cost nine closures, their contexts and a suspended async function.
 */
export class OperationStream implements AsyncIterableIterator<ExecutionResult> {
  /** Nothing more is delivered: returned, or the last result went out. */
  private finished = false;
  /** The last result to deliver, once ended early. */
  private last?: () => ExecutionResult;
  /** Settles the one pending `next()`; whoever settles it clears it. */
  private settle?: (result: IteratorResult<ExecutionResult>) => void;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.finished) return Promise.resolve(DONE);
    if (this.last) {
      this.finished = true;
      return Promise.resolve({ done: false, value: this.last() });
    }
    // No Promise.race: that would leave a reaction on a long-lived promise for every event.
    return new Promise((resolve, reject) => {
      this.settle = resolve;
      this.source.next().then(
        (result) => this.deliver(result, resolve, reject),
        (error: unknown) => this.rejected(error, resolve, reject),
      );
    });
  }

  /** Ends the stream: a pending `next()` completes, and the source is released. */
  return(): Promise<IteratorResult<ExecutionResult>> {
    this.finished = true;
    const pending = this.settle;
    this.settle = undefined;
    pending?.(DONE);
    return Promise.resolve(this.source.return?.()).then(() => DONE);
  }

  /**
   * Ends the stream early: `last()` is the final result (built only if it is delivered), then
   * it completes; the source is released at once.
   */
  end(last: () => ExecutionResult): void {
    if (this.finished || this.last) return;
    this.last = last;
    const pending = this.settle;
    this.settle = undefined;
    if (pending) {
      this.finished = true;
      pending({ done: false, value: last() });
    }
    void this.source.return?.();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Executes one source event, unless the `next()` it answers was settled meanwhile. */
  private deliver(
    result: IteratorResult<unknown>,
    resolve: (result: IteratorResult<ExecutionResult>) => void,
    reject: (error: unknown) => void,
  ): void {
    if (this.settle !== resolve) return;
    if (result.done) return this.settled(resolve, DONE);
    let value;
    try {
      value = execute({ ...this.args, rootValue: result.value });
    } catch (error) {
      return this.fail(error, resolve, reject);
    }
    if (value instanceof Promise)
      value.then(
        (executed: ExecutionResult) => this.settled(resolve, { done: false, value: executed }),
        (error: unknown) => this.fail(error, resolve, reject),
      );
    else this.settled(resolve, { done: false, value });
  }

  private settled(
    resolve: (result: IteratorResult<ExecutionResult>) => void,
    result: IteratorResult<ExecutionResult>,
  ): void {
    if (this.settle !== resolve) return;
    this.settle = undefined;
    resolve(result);
  }

  /** An event that failed to execute fails its `next()` and releases the source (as graphql-js does). */
  private fail(
    error: unknown,
    resolve: (result: IteratorResult<ExecutionResult>) => void,
    reject: (error: unknown) => void,
  ): void {
    void Promise.resolve(this.source.return?.()).catch(() => undefined);
    this.rejected(error, resolve, reject);
  }

  private rejected(
    error: unknown,
    resolve: (result: IteratorResult<ExecutionResult>) => void,
    reject: (error: unknown) => void,
  ): void {
    if (this.settle !== resolve) return;
    this.settle = undefined;
    reject(error);
  }
}
