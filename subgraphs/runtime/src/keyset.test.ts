import { sql } from 'drizzle-orm';
import { keysetAfter, millisecondsOf } from './keyset';
import { decodeCursor, toConnection, type Connection, type CursorPosition } from './pagination';
import { openTestDatabase } from './testing';

interface Row {
  id: string;
  at: Date;
  name: string;
}

/** Every row, page by page, through keysetAfter and the cursors toConnection hands out. */
async function walk(
  page: (after: CursorPosition<Date | string> | null) => Promise<Row[]>,
  positionOf: (row: Row) => CursorPosition<Date | string>,
  kind: 'time' | 'text',
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const position: CursorPosition<Date | string> | null =
      kind === 'time' ? decodeCursor(after) : decodeCursor(after, 'text');
    const connection: Connection<Row> = toConnection(await page(position), 2, positionOf);
    seen.push(...connection.edges.map((edge) => edge.node.id));
    if (!connection.pageInfo.hasNextPage || seen.length > 10) return seen;
    after = connection.pageInfo.endCursor;
  }
}

describe('keysetAfter', () => {
  it('pages newest first and oldest first, ties broken by id, with no row skipped or repeated', async () => {
    const database = await openTestDatabase();
    try {
      const { db } = database;
      await db.execute(
        sql`create table keyset_rows (id uuid primary key, at timestamptz not null, name text not null)`,
      );
      // Two rows share a time and two share a name, so the id must break the ties.
      const rows: Row[] = [
        ['00000000-0000-4000-8000-000000000001', '2026-01-01T00:00:00Z', 'b'],
        ['00000000-0000-4000-8000-000000000002', '2026-01-02T00:00:00Z', 'a'],
        ['00000000-0000-4000-8000-000000000003', '2026-01-02T00:00:00Z', 'c'],
        ['00000000-0000-4000-8000-000000000004', '2026-01-03T00:00:00Z', 'b'],
        ['00000000-0000-4000-8000-000000000005', '2026-01-04T00:00:00Z', 'd'],
      ].map(([id, at, name]) => ({ id: id!, at: new Date(at!), name: name! }));
      for (const row of rows)
        await db.execute(
          sql`insert into keyset_rows values (${row.id}::uuid, ${row.at.toISOString()}::timestamptz, ${row.name})`,
        );
      const select = async (
        order: 'asc' | 'desc',
        key: 'at' | 'name',
        after: CursorPosition<Date | string> | null,
      ) => {
        const direction = sql.raw(order);
        const column = sql.raw(key);
        const result = await db.execute(
          sql`select id, at, name from keyset_rows where ${keysetAfter(sql`${column}`, sql`id`, after, { order })}
              order by ${column} ${direction}, id ${direction} limit 3`,
        );
        return (
          result as unknown as { rows: { id: string; at: Date | string; name: string }[] }
        ).rows.map((r) => ({ id: r.id, at: new Date(r.at), name: r.name }));
      };

      const newest = await walk(
        (after) => select('desc', 'at', after),
        (r) => ({ key: r.at, id: r.id }),
        'time',
      );
      expect(newest.map((id) => id.slice(-1))).toEqual(['5', '4', '3', '2', '1']);
      const byName = await walk(
        (after) => select('asc', 'name', after),
        (r) => ({ key: r.name, id: r.id }),
        'text',
      );
      expect(byName.map((id) => id.slice(-1))).toEqual(['2', '1', '4', '3', '5']);
      // No position is the first page: the condition holds for every row.
      expect(await select('desc', 'at', null)).toHaveLength(3);
    } finally {
      await database.close();
    }
  });

  it('pages rows kept to the microsecond through their millisecond, so rows of one now() are neither repeated nor skipped', async () => {
    const database = await openTestDatabase();
    try {
      const { db } = database;
      await db.execute(
        sql`create table keyset_micro (id uuid primary key, at timestamptz not null)`,
      );
      // Three rows of one statement's now() and one a few microseconds later, in the same millisecond.
      for (const [id, at] of [
        ['00000000-0000-4000-8000-000000000003', '2026-01-01T00:00:00.000123Z'],
        ['00000000-0000-4000-8000-000000000001', '2026-01-01T00:00:00.000123Z'],
        ['00000000-0000-4000-8000-000000000002', '2026-01-01T00:00:00.000123Z'],
        ['00000000-0000-4000-8000-000000000004', '2026-01-01T00:00:00.000456Z'],
        ['00000000-0000-4000-8000-000000000005', '2026-01-01T00:00:00.002Z'],
      ] as const)
        await db.execute(sql`insert into keyset_micro values (${id}::uuid, ${at}::timestamptz)`);
      const select = async (order: 'asc' | 'desc', after: CursorPosition<Date | string> | null) => {
        const direction = sql.raw(order);
        const key = millisecondsOf(sql`at`);
        const result = await db.execute(
          sql`select id, at from keyset_micro where ${keysetAfter(key, sql`id`, after, { order })}
              order by ${key} ${direction}, id ${direction} limit 3`,
        );
        return (result as unknown as { rows: { id: string; at: Date | string }[] }).rows.map(
          (r) => ({ id: r.id, at: new Date(r.at), name: '' }),
        );
      };
      const positionOf = (r: Row) => ({ key: r.at, id: r.id });
      const oldest = await walk((after) => select('asc', after), positionOf, 'time');
      expect(oldest.map((id) => id.slice(-1))).toEqual(['1', '2', '3', '4', '5']);
      const newest = await walk((after) => select('desc', after), positionOf, 'time');
      expect(newest.map((id) => id.slice(-1))).toEqual(['5', '4', '3', '2', '1']);
    } finally {
      await database.close();
    }
  });
});
