import { AsyncQueue, chatStreamChannel, type EventBus } from '@aula/runtime';
import type { ChatStreamPayload } from './events';
import type { SnapshotStore } from './snapshot';

/** The last event a resuming subscriber saw (the gateway's `extensions.resumeAfter`). */
export interface ResumePosition {
  readonly messageId: string;
  readonly sequence: number;
}

/**
 * The events of one session for one subscriber, with no gap and no duplicate for a
 * late joiner: subscribe first (buffering), then read the snapshot, emit it when an
 * answer is in flight, and drop buffered events the snapshot already covers. A subscriber
 * that resumes (`resumeAfter`) and missed the end of the latest answer gets its terminal event.
 */
export async function subscribeToSession(
  bus: EventBus,
  snapshots: SnapshotStore,
  sessionId: string,
  resumeAfter?: ResumePosition,
): Promise<AsyncIterableIterator<ChatStreamPayload>> {
  // The newest event this subscriber has (from the snapshot or delivered): anything at or
  // before it is a duplicate (a late joiner's buffer, or an event a recovering replica re-sends).
  const covered: { messageId: string | null; sequence: number } = { messageId: null, sequence: 0 };
  let ready = false;
  const early: ChatStreamPayload[] = [];
  const queue = new AsyncQueue<ChatStreamPayload>(() => unsubscribe());

  // No named closure here: under tsx each costs a property dictionary per subscriber.
  const unsubscribe = await bus.subscribe(chatStreamChannel(sessionId), (event) => {
    if (ready) deliver(queue, covered, event);
    else early.push(event);
  });

  try {
    const snapshot = await snapshots.read(sessionId);
    if (snapshot) {
      covered.messageId = snapshot.messageId;
      covered.sequence = snapshot.sequence;
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
      } else if (resumeAfter && snapshot.final && missedEnd(resumeAfter, snapshot.final)) {
        queue.push(snapshot.final);
      }
    }
  } catch (error) {
    void queue.return();
    throw error;
  }
  ready = true;
  for (const event of early.splice(0)) deliver(queue, covered, event);
  return queue;
}

/** Queues `event` unless the subscriber already `covered` it, and moves `covered` to it. */
function deliver(
  queue: AsyncQueue<ChatStreamPayload>,
  covered: { messageId: string | null; sequence: number },
  event: ChatStreamPayload,
): void {
  if (event.messageId === covered.messageId && event.sequence <= covered.sequence) return;
  covered.messageId = event.messageId;
  covered.sequence = event.sequence;
  queue.push(event);
}

/** Whether a subscriber last at `seen` has not had `final`, the latest answer's last event. */
function missedEnd(seen: ResumePosition, final: ChatStreamPayload): boolean {
  return seen.messageId !== final.messageId || seen.sequence < final.sequence;
}

/** Reads a `resumeAfter` extension, ignoring anything malformed. */
export function resumePositionOf(value: unknown): ResumePosition | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { messageId, sequence } = value as Record<string, unknown>;
  return typeof messageId === 'string' && Number.isInteger(sequence)
    ? { messageId, sequence: sequence as number }
    : undefined;
}
