import {
  decodeCursor,
  isUuid,
  pageSize,
  toConnection,
  type CursorPosition,
  type Db,
  keysetAfter,
} from '@aula/runtime';
import { and, desc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { messages, sessions } from './db/schema';

/** A row of `chat.sessions`. */
export type SessionRow = typeof sessions.$inferSelect;

/** The title a conversation has until its first message names it. */
export const DEFAULT_TITLE = 'New chat';

/** `true` when `id` can be a row id (anything else cannot exist, and must not reach SQL as a uuid). */
export { isUuid };

/** Creates a conversation. */
export async function createSession(
  db: Db,
  input: { ownerId: string; chatbotId: string | null; chatbotVersionId: string | null },
): Promise<SessionRow> {
  const [row] = await db
    .insert(sessions)
    .values({ ...input, title: DEFAULT_TITLE })
    .returning();
  return row!;
}

/** One conversation; `null` when there is none. */
export async function findSession(db: Db, id: string): Promise<SessionRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return row ?? null;
}

/** Whether a conversation was started, or has a message written, at or after `since`. */
export async function activeSince(db: Db, session: SessionRow, since: Date): Promise<boolean> {
  if (session.createdAt.getTime() >= since.getTime()) return true;
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(messages)
    .where(and(eq(messages.sessionId, session.id), gte(messages.createdAt, since)))
    .limit(1);
  return row !== undefined;
}

/** Where a session sits in "most recently active first" order. */
export const sessionPosition = (row: SessionRow): CursorPosition => ({
  key: row.updatedAt,
  id: row.id,
});

/** A page of a person's conversations, most recently active first; one extra row tells whether more follow. */
export async function listSessions(
  db: Db,
  ownerId: string,
  first: number,
  position: CursorPosition | null,
  view: {
    /** Keep conversations the owner deleted while a flag held them (for supervisors and admins). */
    includeDeleted?: boolean;
    /** Only conversations started or written in at or after this instant (a supervisor's tie). */
    activeSince?: Date | null;
  } = {},
): Promise<SessionRow[]> {
  const since = view.activeSince;
  return db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.ownerId, ownerId),
        view.includeDeleted ? undefined : isNull(sessions.deletedByOwnerAt),
        since
          ? or(
              gte(sessions.createdAt, since),
              sql`exists (select 1 from ${messages} where ${messages.sessionId} = ${sessions.id} and ${messages.createdAt} >= ${since})`,
            )
          : undefined,
        keysetAfter(sessions.updatedAt, sessions.id, position),
      ),
    )
    .orderBy(desc(sessions.updatedAt), desc(sessions.id))
    .limit(first + 1);
}

/** One page of a person's conversations as a connection, most recently active first. */
export async function sessionPage(
  db: Db,
  ownerId: string,
  first: number | null | undefined,
  after: string | null | undefined,
  view: Parameters<typeof listSessions>[4] = {},
) {
  const size = pageSize(first);
  const rows = await listSessions(db, ownerId, size, decodeCursor(after), view);
  return toConnection(rows, size, sessionPosition);
}

/** Renames a conversation. */
export async function renameSession(db: Db, id: string, title: string): Promise<SessionRow | null> {
  const [row] = await db
    .update(sessions)
    .set({ title, updatedAt: new Date() })
    .where(eq(sessions.id, id))
    .returning();
  return row ?? null;
}

/** SQL: no answer is being written in the session row at hand (checked in the statement that changes it). */
export const noAnswerStreaming = sql`not exists (select 1 from ${messages} where ${messages.sessionId} = ${sessions.id} and ${messages.status} = 'STREAMING')`;

/**
 * Deletes a conversation unless an answer is streaming in it (checked in the same
 * statement, so an answer starting meanwhile cannot be orphaned). Returns whether it was deleted.
 */
export async function deleteSessionIfIdle(db: Db, id: string): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, id), noAnswerStreaming))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

/** How many conversations a person started since `since`. */
export async function countSessionsSince(db: Db, ownerId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.ownerId, ownerId), gte(sessions.createdAt, since)));
  return row?.n ?? 0;
}
