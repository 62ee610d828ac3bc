/** Something that ends at a known time (a socket or an operation whose token expires). */
export interface Expiring {
  /** When it ends, epoch ms. */
  readonly expiresAtMs: number;
  /** Called once at `expiresAtMs` unless it was deleted before. */
  expire(): void;
}

/** setTimeout's longest delay; later expiries re-arm the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One timer for many expiries: entries are grouped by their expiry time, and a single timer
 * is armed for the earliest. A timer per idle subscription (or socket) costs memory for
 * something that fires once, if ever; tokens expire on whole seconds, so entries share groups.
 */
export class ExpirySchedule {
  private readonly due = new Map<number, Set<Expiring>>();
  private timer?: NodeJS.Timeout;
  private armedFor = Infinity;

  /** Calls `entry.expire()` at `entry.expiresAtMs` (at once, asynchronously, if that has passed). */
  add(entry: Expiring): void {
    const at = entry.expiresAtMs;
    let group = this.due.get(at);
    if (!group) {
      group = new Set();
      this.due.set(at, group);
    }
    group.add(entry);
    if (at < this.armedFor) this.arm(at);
  }

  /** Forgets `entry` (it ended some other way). */
  delete(entry: Expiring): void {
    const group = this.due.get(entry.expiresAtMs);
    if (!group?.delete(entry) || group.size > 0) return;
    this.due.delete(entry.expiresAtMs);
    if (this.due.size === 0) this.disarm();
  }

  /** Stops the timer; nothing more expires. */
  clear(): void {
    this.due.clear();
    this.disarm();
  }

  private arm(at: number): void {
    clearTimeout(this.timer);
    this.armedFor = at;
    this.timer = setTimeout(
      () => this.fire(),
      Math.min(Math.max(at - Date.now(), 0), MAX_TIMER_MS),
    );
    // What is scheduled (sockets, subscriptions) keeps the process alive, not this timer.
    this.timer.unref();
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.armedFor = Infinity;
  }

  private fire(): void {
    this.disarm();
    const now = Date.now();
    let next = Infinity;
    const expired: Expiring[] = [];
    for (const [at, group] of this.due) {
      if (at <= now) {
        this.due.delete(at);
        expired.push(...group);
      } else if (at < next) next = at;
    }
    if (next < Infinity) this.arm(next);
    for (const entry of expired) entry.expire();
  }
}
