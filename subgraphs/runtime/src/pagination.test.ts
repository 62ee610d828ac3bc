import { creditAmount } from './money';
import {
  connectionFromList,
  decodeCursor,
  encodeCursor,
  pageSize,
  toBackwardConnection,
  toConnection,
  type Connection,
  type CursorPosition,
} from './pagination';
import { thrownCodeOf } from './testing';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('cursors', () => {
  it('round-trip time and text positions, and refuse the other kind', () => {
    const at = new Date('2026-11-30T10:00:00.123Z');
    expect(decodeCursor(encodeCursor({ key: at, id: uuid(1) }))).toEqual({ key: at, id: uuid(1) });
    const byName = encodeCursor({ key: 'Ada | Lovelace', id: uuid(2) });
    expect(decodeCursor(byName, 'text')).toEqual({ key: 'Ada | Lovelace', id: uuid(2) });
    expect(thrownCodeOf(() => decodeCursor(byName))).toBe('BAD_USER_INPUT');
    expect(decodeCursor(encodeCursor({ key: at, id: '12345' }))?.id).toBe('12345');
  });

  it('refuse what they did not make', () => {
    expect(decodeCursor(null)).toBeNull();
    for (const bad of ['nonsense', Buffer.from('t2026|1; drop table').toString('base64url')]) {
      expect(thrownCodeOf(() => decodeCursor(bad))).toBe('BAD_USER_INPUT');
    }
  });
});

describe('pageSize', () => {
  it('applies the fallback and refuses sizes out of range', () => {
    expect(pageSize(null)).toBe(20);
    expect(pageSize(undefined, { fallback: 50, max: 200 })).toBe(50);
    expect(pageSize(200, { max: 200 })).toBe(200);
    for (const bad of [0, -1, 1.5, 101])
      expect(thrownCodeOf(() => pageSize(bad))).toBe('BAD_USER_INPUT');
  });
});

describe('connections', () => {
  const rows = [3, 1, 2, 5, 4].map((n) => ({ id: uuid(n), at: new Date(Date.UTC(2026, 0, n)) }));
  const position = (row: (typeof rows)[number]): CursorPosition => ({ key: row.at, id: row.id });

  it('toConnection cuts the extra row off and points at the last edge', () => {
    const page = toConnection(rows.slice(0, 3), 2, position);
    expect(page.edges.map((e) => e.node.id)).toEqual([uuid(3), uuid(1)]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: page.edges[1]!.cursor,
      hasPreviousPage: false,
      startCursor: page.edges[0]!.cursor,
    });
    expect(toConnection([], 2, position).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
      hasPreviousPage: false,
      startCursor: null,
    });
  });

  it('toBackwardConnection returns the newest rows oldest first and says whether older ones exist', () => {
    // Fetched newest first, one more than the page.
    const newestFirst = [rows[3]!, rows[4]!, rows[0]!];
    const page = toBackwardConnection(newestFirst, 2, position);
    expect(page.edges.map((e) => e.node.id)).toEqual([uuid(4), uuid(5)]);
    expect(page.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: page.edges[1]!.cursor,
      hasPreviousPage: true,
      startCursor: page.edges[0]!.cursor,
    });
    expect(
      toBackwardConnection(newestFirst.slice(0, 2), 2, position).pageInfo.hasPreviousPage,
    ).toBe(false);
  });

  it('connectionFromList walks a list page by page without gaps or repeats', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<(typeof rows)[number]> = connectionFromList(
        rows,
        { first: 2, after },
        position,
        { order: 'desc' },
      );
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1].map(uuid));
  });
});

describe('creditAmount', () => {
  it('is exact in microCredits and the nearest double in credits', () => {
    expect(creditAmount(1_234_567n)).toEqual({ credits: 1.234567, microCredits: '1234567' });
    expect(creditAmount('-5')).toEqual({ credits: -0.000005, microCredits: '-5' });
    expect(creditAmount(300_000)).toEqual({ credits: 0.3, microCredits: '300000' });
    const huge = 9_007_199_254_740_993n;
    expect(creditAmount(huge).microCredits).toBe('9007199254740993');
  });
});
