import type { EventBus } from '@aula/runtime';
import { streamChannel, type ChatStreamPayload } from './events';
import type { SnapshotStore } from './snapshot';

/**
 * A push-to-pull queue that is also the subscription's async iterator. Unlike an
 * async generator, `return()` resolves a pending `next()` at once, so an unsubscribe
 * is never stuck waiting for the next event.
 */
class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private readonly waiting: Array<(result: IteratorResult<T>) => void> = [];
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  push(item: T): void {
    if (this.closed) return;
    const resolve = this.waiting.shift();
    if (resolve) resolve({ value: item, done: false });
    else this.items.push(item);
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
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

  [Symbol.asyncIterator]() {
    return this;
  }
}

/**
 * The events of one session for one subscriber, with no gap and no duplicate for a
 * late joiner: subscribe first (buffering), then read the snapshot, emit it when an
 * answer is in flight, and drop buffered events the snapshot already covers.
 */
export async function subscribeToSession(
  bus: EventBus,
  snapshots: SnapshotStore,
  sessionId: string,
): Promise<AsyncIterableIterator<ChatStreamPayload>> {
  let covered: { messageId: string; sequence: number } | null = null;
  let ready = false;
  const early: ChatStreamPayload[] = [];
  const queue = new EventQueue<ChatStreamPayload>(() => unsubscribe());

  const deliver = (event: ChatStreamPayload) => {
    if (covered && event.messageId === covered.messageId && event.sequence <= covered.sequence)
      return;
    queue.push(event);
  };
  const unsubscribe = await bus.subscribe<ChatStreamPayload>(streamChannel(sessionId), (event) => {
    if (ready) deliver(event);
    else early.push(event);
  });

  try {
    const snapshot = await snapshots.read(sessionId);
    if (snapshot) {
      covered = { messageId: snapshot.messageId, sequence: snapshot.sequence };
      if (snapshot.state === 'streaming') {
        queue.push({
          __typename: 'ChatStreamSnapshot',
          sessionId,
          messageId: snapshot.messageId,
          sequence: snapshot.sequence,
          at: new Date().toISOString(),
          text: snapshot.text,
          toolCalls: snapshot.toolCalls,
        });
      }
    }
  } catch (error) {
    void queue.return();
    throw error;
  }
  ready = true;
  for (const event of early.splice(0)) deliver(event);
  return queue;
}
