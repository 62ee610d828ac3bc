/**
 * Batches text deltas so a fast model sends subscribers at most one event per `windowMs`
 * instead of one per token. A delta that arrives when nothing was flushed for a whole window
 * (the first delta of an answer above all) goes out at once: waiting would only delay the
 * first token people see. Later deltas gather until the window since the last flush ends.
 * `flush()` empties it early, which callers do before publishing any other event so order is kept.
 */
export class StreamCoalescer {
  private buffer = '';
  private timer: NodeJS.Timeout | undefined;
  private lastFlushAt = Number.NEGATIVE_INFINITY;

  /**
   * @param windowMs least time between two flushes; 0 flushes every delta at once. @default 20 via config
   * @param onFlush receives each batch, never empty
   */
  constructor(
    private readonly windowMs: number,
    private readonly onFlush: (text: string) => void,
  ) {}

  /** Adds text: flushed now when the last flush is a window old, else when the window ends. */
  push(text: string): void {
    if (!text) return;
    this.buffer += text;
    if (this.timer) return;
    const wait = this.lastFlushAt + this.windowMs - Date.now();
    if (wait <= 0) {
      this.flush();
      return;
    }
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Emits what is buffered now and cancels the pending timer. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.buffer) return;
    const text = this.buffer;
    this.buffer = '';
    this.lastFlushAt = Date.now();
    this.onFlush(text);
  }
}
