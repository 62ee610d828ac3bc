import {
  CHAT_ACTIVITY,
  type ChatActivity,
  type CursorPosition,
  type Db,
  type EventBus,
  type Logger,
  keysetAfter,
} from '@aula/runtime';
import { inArray, sql } from 'drizzle-orm';
import { isUuid } from './classes';
import { activityEvents, flags } from './db/schema';
import { rowsOf } from './db/rows';
import { FLAG_EVENTS, type FlagEvent } from './flag-watcher';
import type { ClassActivityModel, FlagModel } from './mappers';
import { tieStartSql } from './ties';

/** The chat activity kinds a class feed shows (deltas are the live stream's business). */
export const CHAT_KIND: Partial<Record<ChatActivity['kind'], ClassActivityModel['kind']>> = {
  'user-message': 'STUDENT_MESSAGE',
  started: 'ANSWER_STARTED',
  completed: 'ANSWER_FINISHED',
  stopped: 'ANSWER_STOPPED',
  failed: 'ANSWER_FAILED',
};

/** One stored activity entry, before it is placed in a class. */
type ActivityEntry = typeof activityEvents.$inferInsert;

/** Stores one entry; replicas race on the same event and exactly one insert is kept. */
export async function recordActivity(db: Db, entry: ActivityEntry): Promise<void> {
  await db.insert(activityEvents).values(entry).onConflictDoNothing();
}

/** The entry a chat event makes, or null for events the feed does not keep. */
export function entryOfChat(event: ChatActivity): ActivityEntry | null {
  const kind = CHAT_KIND[event.kind];
  if (!kind || !isUuid(event.userId) || typeof event.messageId !== 'string') return null;
  const at = event.at ? new Date(event.at) : new Date();
  return {
    eventKey: `${kind}:${event.messageId}`,
    kind,
    studentId: event.userId,
    sessionId: event.sessionId,
    messageId: event.messageId,
    chatbotId: event.chatbotId ?? null,
    flagId: null,
    at: Number.isNaN(at.getTime()) ? new Date() : at,
  };
}

/** The entry a flag event makes. */
export function entryOfFlag(event: FlagEvent): ActivityEntry {
  const raised = event.event === 'raised';
  const flag = event.flag;
  const kind = raised ? 'FLAG_RAISED' : 'FLAG_RESOLVED';
  return {
    eventKey: `${kind}:${flag.id}`,
    kind,
    studentId: flag.studentId,
    sessionId: flag.sessionId,
    messageId: flag.messageId,
    chatbotId: flag.chatbotId,
    flagId: flag.id,
    at: new Date(raised ? flag.createdAt : (flag.resolvedAt ?? new Date())),
  };
}

/**
 * Keeps what happens in conversations for class feeds: listens to chat's activity and
 * monitoring's own flag events on the bus and stores one entry per happening (no text).
 */
export async function startActivityRecorder(options: {
  readonly db: Db;
  readonly bus: EventBus;
  readonly logger: Logger;
}): Promise<{ close(): void }> {
  const store = (entry: ActivityEntry | null) => {
    if (!entry) return;
    recordActivity(options.db, entry).catch((error: unknown) =>
      options.logger.error(
        { err: error, messageId: entry.messageId },
        'class activity entry not stored',
      ),
    );
  };
  const stops = await Promise.all([
    options.bus.subscribe(CHAT_ACTIVITY, (event) => {
      if (event && event.kind !== 'delta') store(entryOfChat(event));
    }),
    options.bus.subscribe(FLAG_EVENTS, (event) => {
      if (event?.flag && isUuid(event.flag.studentId)) store(entryOfFlag(event));
    }),
  ]);
  return { close: () => stops.forEach((stop) => stop()) };
}

interface HistoryRow {
  id: string;
  kind: ClassActivityModel['kind'];
  student_id: string;
  session_id: string;
  message_id: string;
  chatbot_id: string | null;
  flag_id: string | null;
  at: Date | string;
}

/** A page of a class's history and the position of each entry, for its cursor. */
export interface HistoryEntry {
  readonly id: string;
  readonly at: Date;
  readonly flagId: string | null;
  readonly event: Omit<ClassActivityModel, 'flag'>;
}

/**
 * One page of a class's history, newest first (`size + 1` rows, the extra one telling that
 * more follow): entries of the class's current students from their enrolment on, and for a
 * supervisor (`viewerId`) only from when their tie to each student began.
 */
export async function classHistory(
  db: Db,
  query: { classId: string; viewerId: string | null },
  size: number,
  after: CursorPosition | null,
): Promise<HistoryEntry[]> {
  const window = query.viewerId
    ? sql`and e.at >= ${tieStartSql(query.viewerId, sql`e.student_id`)}`
    : sql``;
  const position = sql`and ${keysetAfter(sql`e.at`, sql`e.id`, after)}`;
  const result = await db.execute(sql`
    select e.id, e.kind, e.student_id, e.session_id, e.message_id, e.chatbot_id, e.flag_id, e.at
    from monitoring.activity_events e
    join monitoring.class_students st
      on st.student_id = e.student_id and st.class_id = ${query.classId}::uuid
      and st.removed_at is null and e.at >= st.enrolled_at
    where true ${window} ${position}
    order by e.at desc, e.id desc
    limit ${size + 1}`);
  return rowsOf<HistoryRow>(result).map((row) => {
    const at = new Date(row.at);
    return {
      id: row.id,
      at,
      flagId: row.flag_id,
      event: {
        kind: row.kind,
        classId: query.classId,
        studentId: row.student_id,
        sessionId: row.session_id,
        messageId: row.message_id,
        chatbotId: row.chatbot_id,
        at,
      },
    };
  });
}

/** Deletes entries older than the retention period; returns how many. */
export async function purgeOldActivity(db: Db, retentionDays: number): Promise<number> {
  const result = await db.execute(sql`
    delete from monitoring.activity_events
    where at < now() - make_interval(days => ${retentionDays})
    returning id`);
  return rowsOf(result).length;
}

/** The flags of a page of history, by id (their current state). */
export async function flagsById(db: Db, ids: readonly string[]): Promise<Map<string, FlagModel>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(flags)
    .where(inArray(flags.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}
