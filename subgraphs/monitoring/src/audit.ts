import { keysetAfter } from '@aula/runtime';
import type { Db, Logger, CursorPosition } from '@aula/runtime';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { rowsOf } from './db/rows';
import { conversationAccess } from './db/schema';
import type { ConversationAccessModel } from './mappers';

/**
 * Records one look at (or write in) a student's conversation: at most one entry per viewer,
 * session, kind and minute (the unique index decides, so concurrent reports from several replicas agree).
 * Returns whether this call wrote the entry.
 */
export async function recordAccess(
  db: Db,
  entry: {
    viewerId: string;
    studentId: string;
    sessionId: string;
    kind: 'OPENED' | 'WATCHED' | 'WROTE';
    operation: string;
  },
  now = new Date(),
): Promise<boolean> {
  const written = await db
    .insert(conversationAccess)
    .values({ ...entry, at: now, minute: Math.floor(now.getTime() / 60_000) })
    .onConflictDoNothing()
    .returning({ id: conversationAccess.id });
  return written.length > 0;
}

/** Filters of the audit log. */
export interface AccessQuery {
  readonly viewerId?: string;
  readonly studentId?: string;
  readonly sessionId?: string;
  readonly since?: Date;
  readonly until?: Date;
}

/** One page of the audit log, newest first (fetches `size + 1` rows). */
export async function listAccess(
  db: Db,
  query: AccessQuery,
  size: number,
  after: CursorPosition | null,
): Promise<ConversationAccessModel[]> {
  const where: SQL[] = [];
  if (query.viewerId) where.push(eq(conversationAccess.viewerId, query.viewerId));
  if (query.studentId) where.push(eq(conversationAccess.studentId, query.studentId));
  if (query.sessionId) where.push(eq(conversationAccess.sessionId, query.sessionId));
  if (query.since) where.push(gte(conversationAccess.at, query.since));
  if (query.until) where.push(lt(conversationAccess.at, query.until));
  if (after) {
    where.push(keysetAfter(conversationAccess.at, conversationAccess.id, after));
  }
  return db
    .select()
    .from(conversationAccess)
    .where(and(...where))
    .orderBy(desc(conversationAccess.at), desc(conversationAccess.id))
    .limit(size + 1);
}

const PURGE_BATCH = 5000;

/**
 * Deletes audit entries older than the retention period, in batches so no single
 * statement holds locks for long. Replicas may run it at the same moment: a
 * transaction-scoped advisory lock lets one of them work and the others skip.
 * Returns how many entries were deleted.
 */
export async function purgeExpiredAccess(
  db: Db,
  retentionDays: number,
  logger?: Logger,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.transaction(async (tx) => {
      const lock = await tx.execute(
        sql`select pg_try_advisory_xact_lock(hashtext('aula:monitoring:audit-purge')) as ok`,
      );
      if (!rowsOf<{ ok: boolean }>(lock)[0]?.ok) return -1;
      const result = await tx.execute(sql`
        delete from monitoring.conversation_access
        where id in (
          select id from monitoring.conversation_access
          where at < now() - make_interval(days => ${retentionDays})
          limit ${PURGE_BATCH}
        )
        returning id`);
      return rowsOf(result).length;
    });
    if (deleted <= 0) break;
    total += deleted;
    if (deleted < PURGE_BATCH) break;
  }
  if (total > 0)
    logger?.info({ deleted: total, retentionDays }, 'purged expired conversation access entries');
  return total;
}
