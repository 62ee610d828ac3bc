import { chatStreamChannel, type EventBus, type Logger } from '@aula/runtime';
import type { StoredToolCall } from '../db/schema';
import type { ChatStreamPayload } from './events';
import type { SnapshotBilling, SnapshotStore, StreamSnapshot } from './snapshot';

type Unsequenced<T> = T extends unknown
  ? Omit<T, 'sessionId' | 'messageId' | 'sequence' | 'at'>
  : never;

/** An event to publish, before the publisher numbers it. */
export type OutgoingEvent = Unsequenced<ChatStreamPayload>;

/** How long an event is retried while Redis is away (a restart, a failover) before it is dropped. */
export const PUBLISH_RETRY_MS = 15_000;

/**
 * Publishes one message's stream events: numbers them from 1, keeps the snapshot a
 * late joiner reads, and publishes in order. Each event updates the snapshot before it
 * is published, so a snapshot at sequence N always includes events 1..N. While the bus is
 * unreachable the head event is retried (later ones wait behind it, in order) for up to
 * `retryForMs`; past that, events are dropped until one gets through again, and subscribers
 * fill the gap from the snapshot.
 */
export class MessageStreamPublisher {
  private sequence = 0;
  private text = '';
  private toolCalls: StoredToolCall[] = [];
  private billing: SnapshotBilling | undefined;
  private chain: Promise<void> = Promise.resolve();
  /** Set once an event was dropped after retrying: later ones are tried once until one succeeds. */
  private givenUp = false;

  constructor(
    private readonly options: {
      readonly bus: EventBus;
      readonly snapshots: SnapshotStore;
      readonly logger: Logger;
      readonly sessionId: string;
      readonly messageId: string;
      /** How long a snapshot outlives its last write. */
      readonly snapshotTtlMs: number;
      /** Continue a message another replica was writing, after its last snapshot. */
      readonly resumeFrom?: StreamSnapshot;
      /** How long one event is retried while the bus is away. @default PUBLISH_RETRY_MS */
      readonly retryForMs?: number;
    },
  ) {
    const resumed = options.resumeFrom;
    if (resumed?.messageId === options.messageId) {
      this.sequence = resumed.sequence;
      this.text = resumed.text;
      this.toolCalls = resumed.toolCalls.map((call) => ({ ...call }));
    }
  }

  /** The text published so far. */
  get publishedText(): string {
    return this.text;
  }

  /** Records what the answer has cost so far; the next snapshot carries it. */
  setBilling(billing: SnapshotBilling): void {
    this.billing = billing;
  }

  /** Numbers `event` now and queues it behind earlier events; resolves once it is published. */
  publish(event: OutgoingEvent): Promise<void> {
    this.sequence += 1;
    const payload = {
      ...event,
      sessionId: this.options.sessionId,
      messageId: this.options.messageId,
      sequence: this.sequence,
      at: new Date().toISOString(),
    } as ChatStreamPayload;
    this.track(payload);
    const snapshot: StreamSnapshot = {
      messageId: this.options.messageId,
      sequence: this.sequence,
      text: this.text,
      toolCalls: this.toolCalls.map((call) => ({ ...call })),
      state: isTerminal(payload) ? 'done' : 'streaming',
      ...(this.billing ? { billing: this.billing } : {}),
      ...(isTerminal(payload) ? { final: payload } : { last: payload }),
    };
    const ttl =
      snapshot.state === 'done'
        ? Math.min(this.options.snapshotTtlMs, 60_000)
        : this.options.snapshotTtlMs;
    this.chain = this.chain.then(() => this.send(snapshot, ttl, payload));
    return this.chain;
  }

  /** Writes the snapshot and publishes `payload`, retrying while the bus is away. */
  private async send(snapshot: StreamSnapshot, ttl: number, payload: ChatStreamPayload) {
    const deadline =
      Date.now() + (this.givenUp ? 0 : (this.options.retryForMs ?? PUBLISH_RETRY_MS));
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.writeThenPublish(snapshot, ttl, payload);
        this.givenUp = false;
        return;
      } catch (error) {
        if (Date.now() >= deadline) {
          // A lost event shows as a sequence gap, which subscribers fill from the next
          // snapshot; the stored message stays whole.
          this.givenUp = true;
          this.options.logger.warn(
            { err: error, messageId: this.options.messageId },
            'could not publish a stream event',
          );
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 1000)));
      }
    }
  }

  /**
   * Stores `snapshot`, then publishes `payload`: in one round trip when the snapshots live in the
   * bus's Redis (chat's `REDIS_URL` is the bus's wherever both are Redis), else one after the
   * other. Either way a subscriber never gets an event the snapshot lacks.
   */
  private async writeThenPublish(
    snapshot: StreamSnapshot,
    ttl: number,
    payload: ChatStreamPayload,
  ) {
    const { bus, snapshots, sessionId } = this.options;
    const channel = chatStreamChannel(sessionId);
    if (bus.publishAfterWrite && snapshots.redisWrite) {
      await bus.publishAfterWrite(snapshots.redisWrite(sessionId, snapshot, ttl), channel, payload);
      return;
    }
    await snapshots.write(sessionId, snapshot, ttl);
    await bus.publish(channel, payload);
  }

  /** Resolves when everything queued so far has been published. */
  drain(): Promise<void> {
    return this.chain;
  }

  private track(payload: ChatStreamPayload) {
    switch (payload.__typename) {
      case 'ChatStreamTextDelta':
        this.text += payload.text;
        break;
      case 'ChatStreamToolCall':
        this.toolCalls.push({ ...payload.toolCall });
        break;
      case 'ChatStreamToolResult': {
        const index = this.toolCalls.findIndex((c) => c.toolUseId === payload.toolCall.toolUseId);
        if (index >= 0) this.toolCalls[index] = { ...payload.toolCall };
        break;
      }
      default:
        break;
    }
  }
}

function isTerminal(payload: ChatStreamPayload): boolean {
  return (
    payload.__typename === 'ChatStreamCompleted' ||
    payload.__typename === 'ChatStreamStopped' ||
    payload.__typename === 'ChatStreamFailed'
  );
}
