/**
 * Gathers what is added during one turn of the event loop, grouped by key, and hands each group
 * to `flush` right after the turn (on `setImmediate`), split into as few chunks of at most `max` as it takes, of even size. Calls
 * that arrive together (many answers settling at once) then share one request or one statement
 * instead of paying for one each, and a call alone waits no longer than the rest of its turn.
 */
export function createTurnBatcher<T>(
  max: number,
  flush: (key: string, items: T[]) => void,
): { add(key: string, item: T): void } {
  const waiting = new Map<string, T[]>();
  return {
    add(key, item) {
      const queue = waiting.get(key);
      if (queue) {
        queue.push(item);
        return;
      }
      const fresh = [item];
      waiting.set(key, fresh);
      setImmediate(() => {
        waiting.delete(key);
        // Chunks of even size (50 calls: 25 + 25, not 32 + 18), so the last one is not left
        // waiting for the longest.
        const chunks = Math.ceil(fresh.length / max);
        for (let chunk = 0; chunk < chunks; chunk += 1) {
          flush(
            key,
            fresh.slice(
              Math.floor((chunk * fresh.length) / chunks),
              Math.floor(((chunk + 1) * fresh.length) / chunks),
            ),
          );
        }
      });
    },
  };
}
