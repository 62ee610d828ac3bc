import { useSyncExternalStore } from 'react';

/**
 * Whether the answer of each conversation open on this page is still being written, as that
 * conversation's own `chatStream` says. The conversation list prefers it to the `isStreaming`
 * it fetched: the list reloads when an answer ends, but urql hands identical queries in flight
 * one shared result, so that reload can be answered by a request sent while the answer was
 * still streaming. A terminal event is newer than any such response.
 */
let answering: ReadonlyMap<string, boolean> = new Map();
const listeners = new Set<() => void>();

/** Records what a conversation's stream says; `null` forgets it (the conversation closed). */
export function reportAnswering(sessionId: string, value: boolean | null): void {
  if ((answering.get(sessionId) ?? null) === value) return;
  const next = new Map(answering);
  if (value === null) next.delete(sessionId);
  else next.set(sessionId, value);
  answering = next;
  for (const listener of listeners) listener();
}

/** What the open conversations' streams say, by session id, re-rendering on change. */
export function useLiveAnswering(): ReadonlyMap<string, boolean> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => answering,
  );
}
