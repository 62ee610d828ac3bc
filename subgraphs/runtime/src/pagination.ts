import { badInput } from './errors';
import { isUuid } from './ids';

/**
 * Cursor pagination for every Relay connection of the public API (`XConnection { edges
 * { cursor node } pageInfo: PageInfo! }`, arguments `first`/`after`). A cursor is an opaque
 * keyset position: the sort key of the last row seen plus its id as the tie-breaker, so a
 * page never skips or repeats rows when others are inserted meanwhile.
 */

/** What a list is sorted by: a time (most lists) or a text such as a name. */
export type CursorKey = Date | string;

/** Where a row sits in its list. */
export interface CursorPosition<K extends CursorKey = Date> {
  readonly key: K;
  readonly id: string;
}

/** The shared `PageInfo` type. */
export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
}

/** One edge of a connection. */
export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

/** A page of a Relay connection, as resolvers return it. */
export interface Connection<T> {
  readonly edges: Edge<T>[];
  readonly pageInfo: PageInfo;
}

/** Page-size bounds of one list. */
export interface PageSizeOptions {
  /** Used when `first` is null. @default 20 */
  readonly fallback?: number;
  /** The largest page. @default 100 */
  readonly max?: number;
  /** The argument's name in the error. @default 'first' */
  readonly argument?: string;
}

/** Ids are UUIDs or integers (the ledger); anything else was not made by {@link encodeCursor}. */
const isRowId = (id: string): boolean => isUuid(id) || /^\d{1,19}$/.test(id);

/** Encodes a row's position as an opaque cursor. */
export function encodeCursor(position: CursorPosition<CursorKey>): string {
  const key = position.key instanceof Date ? `t${position.key.toISOString()}` : `s${position.key}`;
  return Buffer.from(`${key}|${position.id}`, 'utf8').toString('base64url');
}

const invalid = () =>
  badInput('The cursor is not valid: pass the endCursor of a previous page.', {
    argument: 'after',
  });

/**
 * Decodes an `after` argument of a list sorted by time (`kind` `'time'`, the default) or by
 * text; null when there is none. `BAD_USER_INPUT` when it was not made by {@link encodeCursor}
 * for such a list.
 */
export function decodeCursor(after: string | null | undefined): CursorPosition<Date> | null;
export function decodeCursor(
  after: string | null | undefined,
  kind: 'time',
): CursorPosition<Date> | null;
export function decodeCursor(
  after: string | null | undefined,
  kind: 'text',
): CursorPosition<string> | null;
export function decodeCursor(
  after: string | null | undefined,
  kind: 'time' | 'text' = 'time',
): CursorPosition<CursorKey> | null {
  const position = parseCursor(after);
  if (position && (position.key instanceof Date ? 'time' : 'text') !== kind) throw invalid();
  return position;
}

/** Reads a cursor of either kind. */
function parseCursor(after: string | null | undefined): CursorPosition<CursorKey> | null {
  if (!after) return null;
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const split = text.lastIndexOf('|');
  const id = text.slice(split + 1);
  const raw = text.slice(1, split);
  if (split < 1 || !isRowId(id)) throw invalid();
  if (text[0] === 's') return { key: raw, id };
  const at = new Date(raw);
  if (text[0] !== 't' || Number.isNaN(at.getTime())) throw invalid();
  return { key: at, id };
}

/** Checks a `first` argument: a whole number from 1 to `max`. */
export function pageSize(first: number | null | undefined, options: PageSizeOptions = {}): number {
  const max = options.max ?? 100;
  const size = first ?? options.fallback ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    const argument = options.argument ?? 'first';
    throw badInput(`${argument} must be a whole number from 1 to ${max}.`, { argument });
  }
  return size;
}

/**
 * Builds a connection from rows fetched with one row more than `size` (the extra row only
 * tells that another page follows).
 */
export function toConnection<T>(
  rows: readonly T[],
  size: number,
  positionOf: (row: T) => CursorPosition<CursorKey>,
): Connection<T> {
  const edges = rows
    .slice(0, size)
    .map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
    },
  };
}

/**
 * Builds a backward page (`last`/`before`) from rows fetched newest first with one row more
 * than `size`: the page is returned oldest first, and the extra row tells that older ones exist.
 */
export function toBackwardConnection<T>(
  rowsNewestFirst: readonly T[],
  size: number,
  positionOf: (row: T) => CursorPosition<CursorKey>,
): Connection<T> {
  const edges = rowsNewestFirst
    .slice(0, size)
    .reverse()
    .map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: false,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: rowsNewestFirst.length > size,
      startCursor: edges[0]?.cursor ?? null,
    },
  };
}

/** The same page with each node presented differently (a row turned into its GraphQL shape). */
export function mapConnection<T, U>(page: Connection<T>, present: (node: T) => U): Connection<U> {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: present(edge.node) })),
    pageInfo: page.pageInfo,
  };
}

/** An empty page (an id that cannot exist, a filter that matches nothing). */
export function emptyConnection<T>(): Connection<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, endCursor: null, hasPreviousPage: false, startCursor: null },
  };
}

const keyText = (key: CursorKey) => (key instanceof Date ? key.toISOString() : key);

/** Orders positions by key, then id (code-point order, as the cursors compare). */
export function comparePositions(
  a: CursorPosition<CursorKey>,
  b: CursorPosition<CursorKey>,
): number {
  const ka = keyText(a.key);
  const kb = keyText(b.key);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/**
 * Pages a list that is small enough to load whole (a class roster, a chatbot's versions):
 * sorts it by position (`'desc'` for newest first), then keeps `first` rows after `after`.
 */
export function connectionFromList<T>(
  rows: readonly T[],
  args: { readonly first?: number | null; readonly after?: string | null },
  positionOf: (row: T) => CursorPosition<CursorKey>,
  options: PageSizeOptions & { readonly order?: 'asc' | 'desc' } = {},
): Connection<T> {
  const size = pageSize(args.first, options);
  const sign = options.order === 'desc' ? -1 : 1;
  const sorted = [...rows].sort((a, b) => sign * comparePositions(positionOf(a), positionOf(b)));
  const after = parseCursor(args.after);
  const rest = after
    ? sorted.filter((row) => sign * comparePositions(positionOf(row), after) > 0)
    : sorted;
  return toConnection(rest.slice(0, size + 1), size, positionOf);
}
