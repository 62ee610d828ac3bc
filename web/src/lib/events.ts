/**
 * App-wide "something changed" signals between screens that share no parent state,
 * for example "an answer finished, the credit balance moved".
 */
type Topic = 'credits-changed' | 'sessions-changed' | 'flags-changed';

const listeners = new Map<Topic, Set<() => void>>();

/** Tells every listener of `topic`. */
export function emit(topic: Topic): void {
  for (const listener of listeners.get(topic) ?? []) listener();
}

/** Listens to `topic`; returns the function that stops listening. */
export function on(topic: Topic, listener: () => void): () => void {
  const set = listeners.get(topic) ?? new Set();
  set.add(listener);
  listeners.set(topic, set);
  return () => set.delete(listener);
}
