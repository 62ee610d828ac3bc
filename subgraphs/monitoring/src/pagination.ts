import { badInput } from '@aula/runtime';

/** A position in a newest-first list: the last row's time and id. */
export interface Cursor {
  readonly at: Date;
  readonly id: string;
}

/** Encodes a row's position as an opaque cursor. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Decodes an `after` argument; `BAD_USER_INPUT` when it was not made by {@link encodeCursor}. */
export function decodeCursor(after: string | null | undefined): Cursor | null {
  if (!after) return null;
  const [at, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
  const date = at ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw badInput('The cursor is not valid: pass the endCursor of a previous page.', {
      argument: 'after',
    });
  }
  return { at: date, id };
}

/** Checks a page size. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw badInput('first must be a whole number from 1 to 100.', { argument: 'first' });
  }
  return size;
}

/** Cuts one extra row off a page and builds its connection fields. */
export function toPage<T extends { id: string }>(rows: T[], size: number, at: (row: T) => Date) {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    hasNextPage: rows.length > size,
    endCursor: last ? encodeCursor({ at: at(last), id: last.id }) : null,
  };
}
