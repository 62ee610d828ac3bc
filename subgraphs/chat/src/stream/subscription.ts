import { AsyncQueue, chatStreamChannel, type EventBus } from '@aula/runtime';
import type { ChatStreamPayload } from './events';
import type { SnapshotStore } from './snapshot';

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
  const queue = new AsyncQueue<ChatStreamPayload>(() => unsubscribe());

  const deliver = (event: ChatStreamPayload) => {
    if (covered && event.messageId === covered.messageId && event.sequence <= covered.sequence)
      return;
    queue.push(event);
  };
  const unsubscribe = await bus.subscribe(chatStreamChannel(sessionId), (event) => {
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
