import { AsyncQueue, chatStreamChannel, type EventBus } from '@aula/runtime';
import type { ChatStreamPayload } from './events';
import type { SnapshotStore, StreamSnapshot } from './snapshot';

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
 * Events that never arrived (published while the bus was away, or while this process was
 * resubscribing) are filled from the snapshot: on a sequence gap, and whenever the bus
 * connection comes back, the subscriber gets a ChatStreamSnapshot covering them (and the
 * answer's terminal event when it ended meanwhile); events it already has are dropped.
 */
export async function subscribeToSession(
  bus: EventBus,
  snapshots: SnapshotStore,
  sessionId: string,
  resumeAfter?: ResumePosition,
): Promise<AsyncIterableIterator<ChatStreamPayload>> {
  const state: SessionState = { last: null, held: [] };
  const queue = new AsyncQueue<ChatStreamPayload>(() => {
    unsubscribe();
    reconnected(bus).delete(refill);
  });

  // No named closure here: under tsx each costs a property dictionary per subscriber.
  const unsubscribe = await bus.subscribe(chatStreamChannel(sessionId), (event) => {
    if (state.held) state.held.push(event);
    else if (isGap(state.last, event)) void fill(snapshots, sessionId, queue, state, [event]);
    else deliver(queue, state, event);
  });
  const refill = () => {
    if (!state.held) void fill(snapshots, sessionId, queue, state, []);
  };
  reconnected(bus).add(refill);

  try {
    const snapshot = await snapshots.read(sessionId);
    if (snapshot) {
      state.last = { messageId: snapshot.messageId, sequence: snapshot.sequence };
      if (snapshot.state === 'streaming') {
        queue.push(snapshotEvent(sessionId, snapshot, snapshot.sequence));
      } else if (resumeAfter && snapshot.final && missedEnd(resumeAfter, snapshot.final)) {
        // The text it missed, then the end: no sequence gap.
        if (missedText(resumeAfter, snapshot.final))
          queue.push(snapshotEvent(sessionId, snapshot, snapshot.final.sequence - 1));
        queue.push(snapshot.final);
      }
    }
  } catch (error) {
    void queue.return();
    throw error;
  }
  release(queue, state);
  return queue;
}

/** Per bus, what to run when its connection comes back: one listener per process, not per subscriber. */
const onReconnect = new WeakMap<EventBus, Set<() => void>>();

function reconnected(bus: EventBus): Set<() => void> {
  let callbacks = onReconnect.get(bus);
  if (!callbacks) {
    const set = new Set<() => void>();
    callbacks = set;
    onReconnect.set(bus, set);
    bus.onConnectionChange?.((connected) => {
      if (connected) for (const callback of set) callback();
    });
  }
  return callbacks;
}

/** Where one subscriber is: the last event it has, and events held while a snapshot is read. */
interface SessionState {
  last: ResumePosition | null;
  held: ChatStreamPayload[] | null;
}

/** Whether `event` comes after events this subscriber never got. */
function isGap(last: ResumePosition | null, event: ChatStreamPayload): boolean {
  if (!last) return false;
  return event.messageId === last.messageId
    ? event.sequence > last.sequence + 1
    : event.sequence > 1;
}

/** Queues `event` unless the subscriber already has it (from a snapshot or twice over the bus). */
function deliver(
  queue: AsyncQueue<ChatStreamPayload>,
  state: SessionState,
  event: ChatStreamPayload,
): void {
  const last = state.last;
  if (last && event.messageId === last.messageId && event.sequence <= last.sequence) return;
  state.last = { messageId: event.messageId, sequence: event.sequence };
  queue.push(event);
}

/** Delivers what was held while a snapshot was read, in order, and stops holding. */
function release(queue: AsyncQueue<ChatStreamPayload>, state: SessionState): void {
  const held = state.held ?? [];
  state.held = null;
  for (const event of held) deliver(queue, state, event);
}

/**
 * Holds new events, reads the snapshot and, when it is ahead of the subscriber, queues a
 * ChatStreamSnapshot (and the terminal event of an answer that ended), then releases the
 * held events (`first` among them) without those the snapshot covered.
 */
async function fill(
  snapshots: SnapshotStore,
  sessionId: string,
  queue: AsyncQueue<ChatStreamPayload>,
  state: SessionState,
  first: ChatStreamPayload[],
): Promise<void> {
  state.held = [...first];
  const snapshot = await snapshots.read(sessionId).catch(() => null);
  const last = state.last;
  if (
    snapshot &&
    (!last || last.messageId !== snapshot.messageId || last.sequence < snapshot.sequence)
  ) {
    const fresh = !last || last.messageId !== snapshot.messageId;
    const ahead = fresh ? snapshot.sequence > 0 : snapshot.sequence > last.sequence;
    if (ahead && snapshot.state === 'streaming') {
      queue.push(snapshotEvent(sessionId, snapshot, snapshot.sequence));
      state.last = { messageId: snapshot.messageId, sequence: snapshot.sequence };
    } else if (ahead && snapshot.final) {
      // The text so far, then the end it missed.
      queue.push(snapshotEvent(sessionId, snapshot, snapshot.final.sequence - 1));
      queue.push(snapshot.final);
      state.last = { messageId: snapshot.messageId, sequence: snapshot.final.sequence };
    }
  }
  release(queue, state);
}

/** A ChatStreamSnapshot event of `snapshot`'s text, covering events up to `sequence`. */
function snapshotEvent(
  sessionId: string,
  snapshot: StreamSnapshot,
  sequence: number,
): ChatStreamPayload {
  return {
    __typename: 'ChatStreamSnapshot',
    sessionId,
    messageId: snapshot.messageId,
    sequence,
    at: new Date().toISOString(),
    text: snapshot.text,
    toolCalls: snapshot.toolCalls,
  };
}

/** Whether a subscriber last at `seen` has not had `final`, the latest answer's last event. */
function missedEnd(seen: ResumePosition, final: ChatStreamPayload): boolean {
  return seen.messageId !== final.messageId || seen.sequence < final.sequence;
}

/** Whether a subscriber last at `seen` also missed events before `final`. */
function missedText(seen: ResumePosition, final: ChatStreamPayload): boolean {
  return seen.messageId !== final.messageId || seen.sequence < final.sequence - 1;
}

/** Reads a `resumeAfter` extension, ignoring anything malformed. */
export function resumePositionOf(value: unknown): ResumePosition | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { messageId, sequence } = value as Record<string, unknown>;
  return typeof messageId === 'string' && Number.isInteger(sequence)
    ? { messageId, sequence: sequence as number }
    : undefined;
}
