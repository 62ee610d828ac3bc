/**
 * Gathers what is added during one turn of the event loop, grouped by key, and hands each group
 * to `flush` right after the turn (on `setImmediate`), split into as few chunks of at most `max`
 * as it takes, of even size. Calls that arrive together (many answers settling at once) then
 * share one request or one statement instead of paying for one each, and a call alone waits no
 * longer than the rest of its turn.
 *
 * With `affinity`, items of the same affinity stay in one chunk wherever they fit (a chunk still
 * holds at most `max`): chunks sent side by side then share no affinity, which matters when
 * each chunk is one database transaction that holds its people's account locks to the end, so
 * two chunks with no person in common never wait for each other.
 */
export function createTurnBatcher<T>(
  max: number,
  flush: (key: string, items: T[]) => void,
  affinity?: (item: T) => string | undefined,
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
        for (const chunk of chunksOf(fresh, max, affinity)) flush(key, chunk);
      });
    },
  };
}

/**
 * Splits `items` into as few chunks of at most `max` as it takes, of even size (50 items: 25 +
 * 25, not 32 + 18, so the last one is not left waiting for the longest). With `affinity`, the
 * items of one affinity go into the same chunk, in their order of arrival, wherever a chunk has
 * room for them all (largest groups first, each into the emptiest chunk that holds it); a group
 * no chunk has room for is split over the emptiest ones, and items without an affinity fill up.
 */
export function chunksOf<T>(
  items: T[],
  max: number,
  affinity?: (item: T) => string | undefined,
): T[][] {
  const count = Math.ceil(items.length / max);
  if (count <= 1) return [items];
  const groups = new Map<string, T[]>();
  const loose: T[] = [];
  for (const item of items) {
    const key = affinity?.(item);
    if (key === undefined) {
      loose.push(item);
      continue;
    }
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  if (groups.size === 0) {
    return Array.from({ length: count }, (_, chunk) =>
      items.slice(
        Math.floor((chunk * items.length) / count),
        Math.floor(((chunk + 1) * items.length) / count),
      ),
    );
  }
  const chunks: T[][] = Array.from({ length: count }, () => []);
  const emptiest = (room: number) =>
    chunks.reduce<T[] | undefined>(
      (best, chunk) =>
        chunk.length + room <= max && (!best || chunk.length < best.length) ? chunk : best,
      undefined,
    );
  const leftOver: T[] = [];
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const into = emptiest(group.length);
    if (into) into.push(...group);
    else leftOver.push(...group);
  }
  // count * max >= items.length, so there is always room for one more.
  for (const item of [...leftOver, ...loose]) emptiest(1)!.push(item);
  return chunks.filter((chunk) => chunk.length > 0);
}
