import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { CursorKey, CursorPosition } from './pagination';

/**
 * The one keyset condition of every paged list: "comes after `position`" in a list ordered by
 * `(key, id)`, both descending (`'desc'`, newest first: the default) or both ascending. It is
 * a row comparison, `(key, id) < (k, i)`, which PostgreSQL answers from a `(key, id)` index.
 * `true` when there is no position (the first page), so it drops into any `where`.
 *
 * `key` and `id` are columns or expressions (`sql\`lower(${users.email})\``, or plain
 * `sql\`created_at\`` in a hand-written statement); `idType` is the id column's type.
 */
export function keysetAfter(
  key: SQLWrapper,
  id: SQLWrapper,
  position: CursorPosition<CursorKey> | null,
  options: { readonly order?: 'asc' | 'desc'; readonly idType?: 'uuid' | 'bigint' | 'text' } = {},
): SQL {
  if (!position) return sql`true`;
  const k =
    position.key instanceof Date
      ? sql`${position.key.toISOString()}::timestamptz`
      : sql`${position.key}::text`;
  const i =
    options.idType === 'bigint'
      ? sql`${position.id}::bigint`
      : options.idType === 'text'
        ? sql`${position.id}::text`
        : sql`${position.id}::uuid`;
  const op = options.order === 'asc' ? sql.raw('>') : sql.raw('<');
  return sql`(${key}, ${id}) ${op} (${k}, ${i})`;
}

/**
 * The sort key of a `timestamptz` column kept to the microsecond (a `now()` default), cut to
 * the millisecond a cursor keeps. Order by it and pass it to {@link keysetAfter} as `key`:
 * compared at full precision, rows written by one statement (one `now()`, such as students
 * enrolled together) would all sit after the cursor's cut time, so the next page would repeat
 * them (oldest first) or skip them (newest first). Cut, they tie and the id orders them.
 */
export function millisecondsOf(column: SQLWrapper): SQL {
  return sql`date_trunc('milliseconds', ${column})`;
}
