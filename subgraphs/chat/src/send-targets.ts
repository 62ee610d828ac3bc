import type { SessionRow } from './sessions';

/** What sending a message needs of its conversation: none of it changes once it is created. */
export type SendTarget = Pick<SessionRow, 'id' | 'ownerId' | 'chatbotId'>;

/**
 * The conversations people sent messages in on this replica, so their next message skips
 * reading the conversation again: one database round trip less before the model is asked.
 * Only what never changes is kept (the owner, the chatbot); whether the conversation still
 * exists and is not deleted by its owner is checked where the message is stored
 * (`chat.begin_exchange`, NOT_FOUND otherwise). The least recently used go first.
 */
export class SendTargets {
  private readonly entries = new Map<string, SendTarget>();

  /** @param capacity conversations kept. @default 10000 */
  constructor(private readonly capacity = 10_000) {}

  /** The conversation `id` as it was when a message was last sent in it here; undefined if unknown. */
  get(id: string): SendTarget | undefined {
    const target = this.entries.get(id);
    if (target) {
      // Map keeps insertion order: re-inserting makes it the most recently used.
      this.entries.delete(id);
      this.entries.set(id, target);
    }
    return target;
  }

  /** Keeps the unchanging part of a conversation a message may be sent in. */
  remember(session: SendTarget): void {
    const { id, ownerId, chatbotId } = session;
    this.entries.delete(id);
    this.entries.set(id, { id, ownerId, chatbotId });
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
