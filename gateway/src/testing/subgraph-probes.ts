import type { RunningHttpServer } from '@aula/runtime';

/** The source of tick events, observable from the test: who is subscribed, who left. */
export class TickFeed {
  private readonly listeners = new Set<() => void>();
  private readonly watchers = new Set<() => void>();
  /** Subscriptions whose iterator the subgraph is currently serving. */
  open = 0;
  /** Iterators the subgraph's graphql-ws server has closed (`return()` called). */
  returned = 0;
  /** Subscribes to refuse as SERVICE_UNAVAILABLE (the subgraph busy) before serving again. */
  refuseNext = 0;
  /** Subscribes refused so far. */
  refused = 0;

  /** Sends one tick to every open subscription. */
  emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** Resolves once `condition` holds; re-checked on every subscribe and unsubscribe. */
  until(condition: (feed: TickFeed) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!condition(this)) return;
        this.watchers.delete(check);
        resolve();
      };
      this.watchers.add(check);
      check();
    });
  }

  /** An iterator of ticks numbered from `from`, counted in {@link open} until returned. */
  subscribe(
    from: number,
    userId: string,
  ): AsyncIterableIterator<{ ticks: { n: number; subscriber: { id: string } } }> {
    const queued: number[] = [];
    let next = from;
    let wake: (() => void) | undefined;
    let done = false;
    const listener = () => {
      queued.push(next++);
      wake?.();
    };
    this.listeners.add(listener);
    this.open += 1;
    this.changed();
    const iterator: AsyncIterableIterator<{ ticks: { n: number; subscriber: { id: string } } }> = {
      next: async () => {
        while (!done && queued.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        if (done) return { done: true, value: undefined };
        return {
          done: false,
          value: { ticks: { n: queued.shift() as number, subscriber: { id: userId } } },
        };
      },
      return: async () => {
        if (!done) {
          done = true;
          this.listeners.delete(listener);
          this.open -= 1;
          this.returned += 1;
          wake?.();
          this.changed();
        }
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private changed() {
    for (const watcher of [...this.watchers]) watcher();
  }
}

/** Counts the WebSocket connections a server has open, as that server sees them. */
export class SocketWatch {
  private readonly watchers = new Set<() => void>();
  open = 0;

  constructor(server: RunningHttpServer) {
    server.server.on('upgrade', (_req, socket) => {
      this.open += 1;
      this.changed();
      socket.once('close', () => {
        this.open -= 1;
        this.changed();
      });
    });
  }

  /** Resolves once `condition` holds. */
  until(condition: (watch: SocketWatch) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!condition(this)) return;
        this.watchers.delete(check);
        resolve();
      };
      this.watchers.add(check);
      check();
    });
  }

  private changed() {
    for (const watcher of [...this.watchers]) watcher();
  }
}
