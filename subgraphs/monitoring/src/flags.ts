import { isUuid, keysetAfter } from '@aula/runtime';
import type { Db, CursorPosition } from '@aula/runtime';
import { and, desc, eq, gte, sql, type SQL } from 'drizzle-orm';
import { flags } from './db/schema';
import type { FlagModel } from './mappers';
import type {
  SafetyCategory as FlagCategory,
  SafetySeverity as FlagSeverity,
} from './safety/detector';
import { tieStartSql } from './ties';

/** What a new flag records. */
export interface NewFlag {
  readonly category: FlagCategory;
  readonly severity: FlagSeverity;
  readonly source: 'STUDENT_MESSAGE' | 'ANSWER';
  readonly rule: string;
  readonly excerpt: string;
  readonly studentId: string;
  readonly sessionId: string;
  readonly messageId: string;
  readonly chatbotId: string | null;
  readonly stoppedAnswer: boolean;
  /** Which safety layers judged the text and how each went (`local:ran`, `guardrail:failed` …). */
  readonly layers: readonly string[];
}

/**
 * Stores a flag unless that message already has one of that category. Every replica
 * sees every chat event, so this insert is the one place that decides which replica
 * raised the flag: only the winner gets a row back and announces it.
 */
export async function insertFlag(db: Db, flag: NewFlag): Promise<FlagModel | null> {
  const [row] = await db
    .insert(flags)
    .values({ ...flag, layers: [...flag.layers], excerpt: flag.excerpt.slice(0, 500) })
    .onConflictDoNothing({ target: [flags.messageId, flags.category] })
    .returning();
  return row ?? null;
}

/** One flag by id. */
export async function findFlag(db: Db, id: string): Promise<FlagModel | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(flags).where(eq(flags.id, id)).limit(1);
  return row ?? null;
}

/**
 * Resolves an OPEN flag in one conditional write; `null` when it was no longer open
 * (someone else resolved it first).
 */
export async function resolveFlag(
  db: Db,
  id: string,
  resolution: 'ACKNOWLEDGED' | 'DISMISSED',
  note: string | null,
  resolvedBy: string,
): Promise<FlagModel | null> {
  const [row] = await db
    .update(flags)
    .set({ status: resolution, note, resolvedBy, resolvedAt: sql`now()` })
    .where(and(eq(flags.id, id), eq(flags.status, 'OPEN')))
    .returning();
  return row ?? null;
}

/** Unresolved flags of one student. */
export async function openFlagCount(
  db: Db,
  studentId: string,
  since: Date | null = null,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(flags)
    .where(
      and(
        eq(flags.studentId, studentId),
        eq(flags.status, 'OPEN'),
        since ? gte(flags.createdAt, since) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * Unresolved flags in an inbox: a supervisor's (raised while their tie to the student has
 * existed, as `listFlags` pages them) or, with no supervisor, everyone's.
 */
export async function openFlagCountOfInbox(db: Db, supervisorId: string | null): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(flags)
    .where(
      and(
        eq(flags.status, 'OPEN'),
        supervisorId
          ? sql`${flags.createdAt} >= ${tieStartSql(supervisorId, sql`${flags.studentId}`)}`
          : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

/** Unresolved flags of a class's current students. */
export async function openFlagCountOfClass(db: Db, classId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(flags)
    .where(and(eq(flags.status, 'OPEN'), sql`${flags.studentId} in (${studentsOfClass(classId)})`));
  return Number(row?.n ?? 0);
}

/** Filters of the flags inbox. */
export interface FlagQuery {
  /** Only students this supervisor currently supervises; unset for admins. */
  readonly supervisorId?: string;
  readonly classId?: string;
  readonly studentId?: string;
  readonly status?: FlagModel['status'];
  readonly category?: FlagModel['category'];
  readonly severity?: FlagModel['severity'];
  readonly since?: Date;
}

/** One page of the flags inbox, newest first (fetches `size + 1` rows to know if more follow). */
export async function listFlags(
  db: Db,
  query: FlagQuery,
  size: number,
  after: CursorPosition | null,
): Promise<FlagModel[]> {
  const where: SQL[] = [];
  // A supervisor's inbox holds flags raised while their tie to the student has existed.
  if (query.supervisorId)
    where.push(
      sql`${flags.createdAt} >= ${tieStartSql(query.supervisorId, sql`${flags.studentId}`)}`,
    );
  if (query.classId) where.push(sql`${flags.studentId} in (${studentsOfClass(query.classId)})`);
  if (query.studentId) where.push(eq(flags.studentId, query.studentId));
  if (query.status) where.push(eq(flags.status, query.status));
  if (query.category) where.push(eq(flags.category, query.category));
  if (query.severity) where.push(eq(flags.severity, query.severity));
  if (query.since) where.push(gte(flags.createdAt, query.since));
  if (after) where.push(keysetAfter(flags.createdAt, flags.id, after));
  return db
    .select()
    .from(flags)
    .where(and(...where))
    .orderBy(desc(flags.createdAt), desc(flags.id))
    .limit(size + 1);
}

const studentsOfClass = (classId: string) =>
  sql`select student_id from monitoring.class_students where class_id = ${classId}::uuid and removed_at is null`;

/**
 * Whether a conversation is held by its flags: while any is open, and for `retentionDays`
 * after the last one was raised or resolved. `until` is when the hold ends if nothing changes.
 */
export async function conversationHold(
  db: Db,
  sessionId: string,
  retentionDays: number,
): Promise<{ held: boolean; until: Date | null }> {
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${flags.status} = 'OPEN')::int`,
      last: sql<Date | string | null>`max(coalesce(${flags.resolvedAt}, ${flags.createdAt}))`,
    })
    .from(flags)
    .where(eq(flags.sessionId, sessionId));
  if (Number(row?.open ?? 0) > 0) return { held: true, until: null };
  if (!row?.last) return { held: false, until: null };
  const until = new Date(new Date(row.last).getTime() + retentionDays * 86_400_000);
  return until.getTime() > Date.now() ? { held: true, until } : { held: false, until: null };
}
