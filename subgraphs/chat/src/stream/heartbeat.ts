import type { EventBus, Logger } from '@aula/runtime';
import { randomUUID } from 'node:crypto';
import { ANSWER_HEARTBEAT, type AnswerHeartbeat } from './events';

/**
 * Replicas say which answers they are writing, every `intervalMs`, on the event bus (Redis
 * across replicas, in-process in the embedded mode), and which of them they have finished since
 * the last beat. An answer not heard of for `timeoutMs` has lost its writer: any replica may then
 * fail it (`recoverOrphans`) or, when it was already stored, publish its end (`announceLostEnds`).
 */
export class AnswerHeartbeats {
  /** This replica's name on the channel. */
  readonly replicaId = randomUUID();
  private readonly lastHeard = new Map<string, number>();
  /** The answers this replica named in its last beat, to tell the others when each ends. */
  private named = new Set<string>();
  /** Answers finished since the last beat that reached the bus. */
  private readonly finished = new Set<string>();
  private beatQueued = false;
  private listeningSince = Number.POSITIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopWatchingConnection: (() => void) | undefined;

  /**
   * @param owned the answers this replica is writing right now
   * @param intervalMs how often this replica beats. @default 2000 via config
   */
  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly owned: () => readonly string[],
    readonly intervalMs: number,
  ) {}

  /** After this long without a beat an answer counts as orphaned: three missed beats. */
  get timeoutMs(): number {
    return this.intervalMs * 3;
  }

  /** Listens to every replica's beats and starts beating. */
  async start(): Promise<void> {
    this.unsubscribe = await this.bus.subscribe(ANSWER_HEARTBEAT, (beat) => {
      if (!beat || !Array.isArray(beat.messageIds)) return;
      const now = Date.now();
      for (const id of beat.messageIds) this.lastHeard.set(id, now);
      if (Array.isArray(beat.ended)) for (const id of beat.ended) this.lastHeard.delete(id);
    });
    this.listeningSince = Date.now();
    // Beats sent while this replica's bus connection was down never reached it: until it has
    // listened for a whole timeout again it judges nobody (a Redis restart orphans nothing).
    this.stopWatchingConnection = this.bus.onConnectionChange?.((connected) => {
      this.listeningSince = connected ? Date.now() : Number.POSITIVE_INFINITY;
    });
    this.timer = setInterval(() => void this.beat(), this.intervalMs);
    this.timer.unref();
  }

  /** Publishes this replica's answers, and those it finished since the last beat, now. */
  async beat(): Promise<void> {
    const messageIds = [...this.owned()];
    this.forgetOld();
    const owned = new Set(messageIds);
    for (const id of this.named) if (!owned.has(id)) this.finished.add(id);
    this.named = owned;
    const ended = [...this.finished];
    if (messageIds.length === 0 && ended.length === 0) return;
    const beat: AnswerHeartbeat = {
      replicaId: this.replicaId,
      messageIds,
      ...(ended.length ? { ended } : {}),
    };
    try {
      await this.bus.publish(ANSWER_HEARTBEAT, beat);
      for (const id of ended) this.finished.delete(id);
    } catch (error) {
      // The ends are named again in the next beat.
      this.logger.warn({ err: error }, 'could not publish a heartbeat');
    }
  }

  /**
   * Beats at the next turn of the event loop (once for any number of calls): called when this
   * replica takes an answer, so the others hear of it even if it dies within its first interval.
   */
  beatSoon(): void {
    if (this.beatQueued) return;
    this.beatQueued = true;
    setImmediate(() => {
      this.beatQueued = false;
      void this.beat();
    });
  }

  /**
   * Answers heard of, not said to have ended, and silent for `timeoutMs`: their writer died
   * (judged, as {@link isOrphaned}, only once this replica has listened that long). An answer
   * stays in this list until {@link forget} or until it is ten timeouts old.
   */
  silent(): string[] {
    const now = Date.now();
    if (now - this.listeningSince < this.timeoutMs) return [];
    return [...this.lastHeard].filter(([, at]) => now - at >= this.timeoutMs).map(([id]) => id);
  }

  /** Stops tracking an answer whose lost writer has been dealt with. */
  forget(messageId: string): void {
    this.lastHeard.delete(messageId);
  }

  /**
   * Whether nobody has been heard writing this answer for `timeoutMs`, judged only once this
   * replica itself has listened that long without its bus connection dropping (a replica that
   * just started or just got its connection back has heard nobody yet).
   */
  isOrphaned(messageId: string): boolean {
    const now = Date.now();
    if (now - this.listeningSince < this.timeoutMs) return false;
    const heard = this.lastHeard.get(messageId);
    return heard === undefined || now - heard >= this.timeoutMs;
  }

  /** Stops beating and listening. */
  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe?.();
    this.stopWatchingConnection?.();
  }

  private forgetOld() {
    const cutoff = Date.now() - this.timeoutMs * 10;
    for (const [id, at] of this.lastHeard) if (at < cutoff) this.lastHeard.delete(id);
  }
}
