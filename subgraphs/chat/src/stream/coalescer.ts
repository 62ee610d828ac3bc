/**
 * Batches text deltas arriving within `windowMs` into one flush, so a fast model
 * sends subscribers a few events per second of text instead of one per token.
 * The first delta of a window starts its timer; `flush()` empties it early, which
 * callers do before publishing any other event so order is kept.
 */
export class StreamCoalescer {
  private buffer = '';
  private timer: NodeJS.Timeout | undefined;

  /**
   * @param windowMs how long to gather deltas; 0 flushes every delta at once. @default 20 via config
   * @param onFlush receives each batch, never empty
   */
  constructor(
    private readonly windowMs: number,
    private readonly onFlush: (text: string) => void,
  ) {}

  /** Adds text to the current window. */
  push(text: string): void {
    if (!text) return;
    this.buffer += text;
    if (this.windowMs === 0) {
      this.flush();
      return;
    }
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
  }

  /** Emits what is buffered now and cancels the pending timer. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.buffer) return;
    const text = this.buffer;
    this.buffer = '';
    this.onFlush(text);
  }
}
