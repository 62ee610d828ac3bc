import { chunksOf, createTurnBatcher } from './turn-batch';

/** Item `n` of person `who`. */
const item = (who: string, n: number) => ({ who, n });
type Item = ReturnType<typeof item>;
const byPerson = (i: Item) => i.who;

/** Which chunk holds each person's items (throws if a person is in several). */
function homes(chunks: Item[][]): Map<string, number> {
  const home = new Map<string, number>();
  chunks.forEach((chunk, index) => {
    for (const { who } of chunk) {
      const seen = home.get(who);
      if (seen !== undefined && seen !== index) throw new Error(`${who} is in two chunks`);
      home.set(who, index);
    }
  });
  return home;
}

describe('chunksOf', () => {
  it('splits into as few chunks of even size as it takes, in order', () => {
    const items = Array.from({ length: 50 }, (_, n) => n);
    const chunks = chunksOf(items, 32);
    expect(chunks.map((c) => c.length)).toEqual([25, 25]);
    expect(chunks.flat()).toEqual(items);
    expect(chunksOf([1, 2, 3], 32)).toEqual([[1, 2, 3]]);
  });

  it("keeps each person's items in one chunk, so chunks share nobody", () => {
    // 50 calls of 10 people, 5 each, arriving interleaved (as 50 clients of 10 students do).
    const items = Array.from({ length: 50 }, (_, n) => item(`p${n % 10}`, n));
    const chunks = chunksOf(items, 32, byPerson);
    expect(chunks.map((c) => c.length)).toEqual([25, 25]);
    expect(homes(chunks).size).toBe(10);
    // Nothing lost or doubled, and each person's items keep their order of arrival.
    expect(
      chunks
        .flat()
        .map((i) => i.n)
        .sort((a, b) => a - b),
    ).toEqual(items.map((i) => i.n));
    for (const chunk of chunks) {
      for (const who of new Set(chunk.map((i) => i.who))) {
        const ns = chunk.filter((i) => i.who === who).map((i) => i.n);
        expect(ns).toEqual([...ns].sort((a, b) => a - b));
      }
    }
  });

  it('keeps uneven groups whole when a chunk has room, and never exceeds the limit', () => {
    const items = [
      ...Array.from({ length: 20 }, (_, n) => item('big', n)),
      ...Array.from({ length: 13 }, (_, n) => item('small', 100 + n)),
    ];
    const chunks = chunksOf(items, 32, byPerson);
    expect(chunks).toHaveLength(2);
    expect(homes(chunks).size).toBe(2);
    expect(chunks.map((c) => c.length).sort((a, b) => a - b)).toEqual([13, 20]);
  });

  it('splits a group only when no chunk can hold it, and fills up with items of no affinity', () => {
    const items = [
      ...Array.from({ length: 40 }, (_, n) => item('crowd', n)),
      ...Array.from({ length: 10 }, (_, n) => item('', 100 + n)),
    ];
    const chunks = chunksOf(items, 32, (i) => i.who || undefined);
    expect(chunks).toHaveLength(2);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(32);
    expect(chunks.flat()).toHaveLength(50);
    expect(new Set(chunks.flat().map((i) => i.n)).size).toBe(50);
  });

  it('holds everything within the limit for any mix', () => {
    for (let size = 1; size <= 100; size += 1) {
      const items = Array.from({ length: size }, (_, n) =>
        item(n % 7 === 0 ? '' : `p${(n * 13) % (1 + (size % 9))}`, n),
      );
      const chunks = chunksOf(items, 32, (i) => i.who || undefined);
      expect(chunks).toHaveLength(Math.ceil(size / 32));
      for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(32);
      expect(chunks.flat().length).toBe(size);
    }
  });
});

describe('createTurnBatcher', () => {
  it("flushes one turn's items together, chunked by affinity", async () => {
    const flushed: Array<{ key: string; items: Item[] }> = [];
    const batcher = createTurnBatcher<Item>(
      4,
      (key, items) => flushed.push({ key, items }),
      byPerson,
    );
    for (let n = 0; n < 8; n += 1) batcher.add('k', item(n % 2 ? 'odd' : 'even', n));
    batcher.add('other', item('x', 99));
    expect(flushed).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed.filter((f) => f.key === 'k').map((f) => f.items.map((i) => i.n))).toEqual([
      [0, 2, 4, 6],
      [1, 3, 5, 7],
    ]);
    expect(flushed.filter((f) => f.key === 'other')).toHaveLength(1);
    // The next turn starts a new batch.
    batcher.add('k', item('even', 8));
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed.at(-1)).toEqual({ key: 'k', items: [item('even', 8)] });
  });
});
