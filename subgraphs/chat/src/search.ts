import type { CursorPosition, Db } from '@aula/runtime';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { messages, sessions } from './db/schema';
import type { MessageRow } from './messages';
import type { SessionRow } from './sessions';

/** One message that matched, with its conversation and an excerpt. */
export interface SearchHitRow {
  readonly message: MessageRow;
  readonly session: SessionRow;
  readonly snippet: string;
}

// ts_headline marks the matching words; the API returns plain text, so the marks are control
// characters no message contains, removed before returning.
const MARK_START = '\u0002';
const MARK_STOP = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Full-text search (PostgreSQL `tsvector`, the language-neutral `simple` configuration so
 * Spanish and French match as typed) over the messages of one person's conversations, newest
 * first; conversations the owner deleted are left out. The GIN index on
 * `to_tsvector('simple', content)` serves the match.
 */
export async function searchOwnMessages(
  db: Db,
  ownerId: string,
  query: string,
  first: number,
  position: CursorPosition | null,
): Promise<SearchHitRow[]> {
  const tsquery = sql`websearch_to_tsquery('simple', ${query})`;
  const rows = await db
    .select({
      message: messages,
      session: sessions,
      snippet: sql<string>`ts_headline('simple', ${messages.content}, ${tsquery}, ${HEADLINE_OPTIONS})`,
    })
    .from(messages)
    .innerJoin(sessions, eq(sessions.id, messages.sessionId))
    .where(
      and(
        eq(messages.ownerId, ownerId),
        eq(sessions.ownerId, ownerId),
        isNull(sessions.deletedByOwnerAt),
        sql`to_tsvector('simple', ${messages.content}) @@ ${tsquery}`,
        position
          ? or(
              lt(messages.createdAt, position.key),
              and(eq(messages.createdAt, position.key), lt(messages.id, position.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(first + 1);
  return rows.map((row) => ({
    ...row,
    snippet: row.snippet.replaceAll(MARK_START, '').replaceAll(MARK_STOP, ''),
  }));
}

/** Where a hit sits in the newest-first order, for cursors. */
export const hitPosition = (hit: SearchHitRow): CursorPosition => ({
  key: new Date(hit.message.createdAt),
  id: hit.message.id,
});
