/**
 * Gathers what is added during one turn of the event loop, grouped by key, and hands each group
 * to `flush` right after the turn (on `setImmediate`), split into chunks of at most `max`. Calls
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
        for (let start = 0; start < fresh.length; start += max) {
          flush(key, fresh.slice(start, start + max));
        }
      });
    },
  };
}
