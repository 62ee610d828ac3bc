import { AsyncQueue, appError, ErrorCode, type Logger } from '@aula/runtime';
import type { GraphQLError } from 'graphql';
import type { ChatStreamPayload } from './events';
import type { SnapshotStore } from './snapshot';
import type { ResumePosition } from './subscription';

/** What a watcher other than the owner gets: events, or why the stream ends. */
export type RecordedStreamItem = ChatStreamPayload | GraphQLError;

/** How a non-owner's stream puts each look on record. */
export interface RecordedStreamOptions {
  /**
   * Puts the watcher's look on record now (monitoring keeps one entry per look and minute;
   * repeated calls within a minute cost nothing); throws when it cannot.
   */
  readonly record: () => Promise<void>;
  readonly snapshots: SnapshotStore;
  readonly sessionId: string;
  /** Longest the stream holds content it cannot put on record before it ends, in milliseconds. */
  readonly holdMs: number;
  readonly logger: Logger;
}

/** Operation contexts whose stream puts every look on record itself, with the session it watches. */
const recordingStreams = new WeakMap<object, string>();

/**
 * Marks `ctx`'s subscription as recording its watcher's looks at `sessionId` before each event
 * it sends, so the content fields of those events (text, messages) need not record them again.
 */
export function markRecordedByStream(ctx: object, sessionId: string): void {
  recordingStreams.set(ctx, sessionId);
}

/** Whether `ctx`'s subscription already put the look at `sessionId` on record for each event it sends. */
export function isRecordedByStream(ctx: object, sessionId: string): boolean {
  return recordingStreams.get(ctx) === sessionId;
}

/** First pause between two tries to record a held look, doubling up to the second constant. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 2_000;

/**
 * A supervisor's (or admin's) view of a conversation's stream: content only once its reading is
 * on record (the trust rule), and nothing lost while it is not. Each event waits for the look
 * to be recorded; when monitoring cannot record it, the event is held (not sent as an error)
 * and recording is tried again with backoff. Once recorded, the watcher gets a
 * ChatStreamSnapshot of everything written so far (the held text and whatever arrived
 * meanwhile), then the live events after it; events stay in order, so the end of an answer
 * never overtakes text it owes. Past `holdMs` without a record the stream ends with one
 * SERVICE_UNAVAILABLE error (the gateway subscribes again, resuming after the last event it
 * delivered). Per subscription, so per caller: one caller's recording never frees another's.
 */
export function holdUntilRecorded(
  source: AsyncIterableIterator<ChatStreamPayload>,
  options: RecordedStreamOptions,
): AsyncQueue<RecordedStreamItem> {
  const out = new AsyncQueue<RecordedStreamItem>(() => void source.return?.());
  void pump(source, out, options).catch((error: unknown) => {
    options.logger.warn({ err: error, sessionId: options.sessionId }, 'watcher stream failed');
    out.end(unavailable());
    void source.return?.();
  });
  return out;
}

async function pump(
  source: AsyncIterableIterator<ChatStreamPayload>,
  out: AsyncQueue<RecordedStreamItem>,
  options: RecordedStreamOptions,
): Promise<void> {
  // The last event the watcher has, to drop what a snapshot already covered.
  let last: ResumePosition | null = null;
  for (;;) {
    const next = await source.next();
    if (next.done || out.closed) return;
    const event = next.value;
    if (covered(last, event)) continue;
    if (!(await recorded(options))) {
      const since = Date.now();
      if (!(await keepTrying(out, options, since))) {
        if (out.closed) return;
        options.logger.warn(
          { sessionId: options.sessionId, heldMs: Date.now() - since },
          'ending a watcher stream: its look could not be recorded',
        );
        out.end(unavailable());
        void source.return?.();
        return;
      }
      const snapshot = await snapshotCovering(options, event);
      options.logger.warn(
        { sessionId: options.sessionId, heldMs: Date.now() - since, filled: !!snapshot },
        'watcher stream held until its look was recorded',
      );
      if (snapshot) {
        out.push(snapshot);
        last = { messageId: snapshot.messageId, sequence: snapshot.sequence };
        continue;
      }
    }
    out.push(event);
    last = { messageId: event.messageId, sequence: event.sequence };
  }
}

/** Whether the watcher's look is on record now. */
async function recorded(options: RecordedStreamOptions): Promise<boolean> {
  try {
    await options.record();
    return true;
  } catch {
    return false;
  }
}

/** Tries to record the look with backoff until it is recorded (true), `holdMs` passes or the watcher leaves. */
async function keepTrying(
  out: AsyncQueue<RecordedStreamItem>,
  options: RecordedStreamOptions,
  since: number,
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    const left = since + options.holdMs - Date.now();
    if (left <= 0 || out.closed) return false;
    const pause = Math.min(RETRY_FIRST_MS * 2 ** attempt, RETRY_MAX_MS, left);
    await new Promise((resolve) => setTimeout(resolve, pause).unref());
    if (out.closed) return false;
    if (await recorded(options)) return true;
  }
}

/**
 * A ChatStreamSnapshot in place of the held `event` and everything published after it so
 * far, when the snapshot is of its answer and covers it; null to send `event` as it came (its
 * answer's start, its end, another answer, no snapshot readable): the events held behind it
 * follow in order, so nothing is skipped either way.
 */
async function snapshotCovering(
  options: RecordedStreamOptions,
  event: ChatStreamPayload,
): Promise<ChatStreamPayload | null> {
  if (event.__typename === 'ChatStreamStarted' || event.__typename === 'ChatStreamSupervisorNote')
    return null;
  const snapshot = await options.snapshots.read(options.sessionId).catch(() => null);
  if (!snapshot || snapshot.messageId !== event.messageId) return null;
  // A finished answer's snapshot covers its text; its end follows as the next event.
  const sequence =
    snapshot.state === 'done' && snapshot.final ? snapshot.final.sequence - 1 : snapshot.sequence;
  if (sequence < event.sequence) return null;
  return {
    __typename: 'ChatStreamSnapshot',
    sessionId: options.sessionId,
    messageId: snapshot.messageId,
    sequence,
    at: new Date().toISOString(),
    text: snapshot.text,
    toolCalls: snapshot.toolCalls,
  };
}

/** Whether the watcher already has `event` (a snapshot covered it). */
function covered(last: ResumePosition | null, event: ChatStreamPayload): boolean {
  return !!last && event.messageId === last.messageId && event.sequence <= last.sequence;
}

const unavailable = () =>
  appError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'This conversation cannot be shown right now because reading it cannot be recorded. Try again shortly.',
  );
