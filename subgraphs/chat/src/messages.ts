import {
  appError,
  ErrorCode,
  isUniqueViolation,
  type CursorPosition,
  type Db,
} from '@aula/runtime';
import { and, asc, desc, eq, gt, gte, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { messages, sessions, type StoredToolCall } from './db/schema';
import { DEFAULT_TITLE, isUuid } from './sessions';

/** A row of `chat.messages`. */
export type MessageRow = typeof messages.$inferSelect;

/** Per-person limits checked before a message is accepted. */
export interface SendLimits {
  readonly messagesPerMinute: number;
  readonly maxConcurrentStreams: number;
}

/**
 * Stores a person's message and the pending answer in one transaction, after
 * checking their per-minute rate and concurrent streams under a per-person lock
 * (so two replicas cannot both let the same person over a limit).
 */
export async function beginExchange(
  db: Db,
  input: { sessionId: string; ownerId: string; content: string; limits: SendLimits },
): Promise<{ userMessage: MessageRow; answer: MessageRow }> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${'chat:send:' + input.ownerId}))`,
      );
      const minuteAgo = new Date(Date.now() - 60_000);
      const [recent] = await tx
        .select({
          n: sql<number>`count(*)::int`,
          oldest: sql<string | null>`min(${messages.createdAt})`,
        })
        .from(messages)
        .where(
          and(
            eq(messages.ownerId, input.ownerId),
            eq(messages.role, 'USER'),
            gte(messages.createdAt, minuteAgo),
          ),
        );
      if ((recent?.n ?? 0) >= input.limits.messagesPerMinute) {
        const oldest = recent?.oldest ? new Date(recent.oldest).getTime() : Date.now();
        const retryAfterSeconds = Math.max(1, Math.ceil((oldest + 60_000 - Date.now()) / 1000));
        throw appError(
          ErrorCode.RATE_LIMITED,
          `You can send ${input.limits.messagesPerMinute} messages a minute. Try again in ${retryAfterSeconds} s.`,
          { retryAfterSeconds },
        );
      }
      const [streaming] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(messages)
        .where(and(eq(messages.ownerId, input.ownerId), eq(messages.status, 'STREAMING')));
      if ((streaming?.n ?? 0) >= input.limits.maxConcurrentStreams) {
        throw appError(
          ErrorCode.RATE_LIMITED,
          `You already have ${input.limits.maxConcurrentStreams} answers being written. Wait for one to finish or stop it.`,
        );
      }
      // Explicit times: both rows share one transaction timestamp otherwise, and the answer must sort after the question.
      const now = Date.now();
      const [userMessage] = await tx
        .insert(messages)
        .values({
          sessionId: input.sessionId,
          ownerId: input.ownerId,
          role: 'USER',
          authorId: input.ownerId,
          content: input.content,
          status: 'COMPLETE',
          createdAt: new Date(now),
          completedAt: new Date(now),
        })
        .returning();
      const [answer] = await tx
        .insert(messages)
        .values({
          sessionId: input.sessionId,
          ownerId: input.ownerId,
          role: 'ASSISTANT',
          status: 'STREAMING',
          createdAt: new Date(now + 1),
        })
        .returning();
      await tx
        .update(sessions)
        .set({
          updatedAt: new Date(),
          title: sql`case when ${sessions.title} = ${DEFAULT_TITLE} then ${titleFrom(input.content)} else ${sessions.title} end`,
        })
        .where(eq(sessions.id, input.sessionId));
      return { userMessage: userMessage!, answer: answer! };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw appError(
        ErrorCode.CONFLICT,
        'An answer is still being written in this chat. Wait for it or stop it first.',
      );
    }
    throw error;
  }
}

function titleFrom(content: string): string {
  const line = content.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** Removes a refused exchange (no credits): the person sees the error, not a dangling message. */
export async function discardExchange(db: Db, ids: string[]): Promise<void> {
  await db.delete(messages).where(inArray(messages.id, ids));
}

/** Records the reservation and model of a pending answer. */
export async function attachReservation(
  db: Db,
  id: string,
  reservationId: string,
  model: string,
): Promise<MessageRow> {
  const [row] = await db
    .update(messages)
    .set({ reservationId, model })
    .where(eq(messages.id, id))
    .returning();
  return row!;
}

/** The conversation so far (oldest first), for the model: people's messages and finished answers. */
export async function conversationHistory(
  db: Db,
  sessionId: string,
  before: Date,
  limit: number,
): Promise<MessageRow[]> {
  const rows = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.sessionId, sessionId),
        lt(messages.createdAt, before),
        ne(messages.role, 'SUPERVISOR'),
        ne(messages.status, 'STREAMING'),
        ne(messages.content, ''),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  return rows.reverse();
}

/** What a finished answer stores. */
export interface AnswerOutcome {
  content: string;
  status: 'COMPLETE' | 'STOPPED' | 'FAILED';
  statusReason: string | null;
  inputTokens: number;
  outputTokens: number;
  usageEstimated: boolean;
  toolCalls: StoredToolCall[];
}

/** Stores a finished answer; only a STREAMING answer changes (a second finisher changes nothing). */
export async function finishAnswer(
  db: Db,
  id: string,
  outcome: AnswerOutcome,
): Promise<MessageRow | null> {
  const [row] = await db
    .update(messages)
    .set({ ...outcome, completedAt: new Date() })
    .where(and(eq(messages.id, id), eq(messages.status, 'STREAMING')))
    .returning();
  return row ?? null;
}

/** Records what accounting charged for an answer. */
export async function recordCharge(
  db: Db,
  id: string,
  chargedMicro: number,
): Promise<MessageRow | null> {
  const [row] = await db
    .update(messages)
    .set({ creditsChargedMicro: chargedMicro })
    .where(eq(messages.id, id))
    .returning();
  return row ?? null;
}

/** One message; `null` when there is none. */
export async function findMessage(db: Db, id: string): Promise<MessageRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(messages).where(eq(messages.id, id)).limit(1);
  return row ?? null;
}

/** Where a message sits in chronological order. */
export const messagePosition = (row: MessageRow): CursorPosition => ({
  key: new Date(row.createdAt),
  id: row.id,
});

/** A page of a conversation's messages, oldest first; one extra row tells whether more follow. */
export async function listMessages(
  db: Db,
  sessionId: string,
  first: number,
  position: CursorPosition | null,
): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.sessionId, sessionId),
        position
          ? or(
              gt(messages.createdAt, position.key),
              and(eq(messages.createdAt, position.key), gt(messages.id, position.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(first + 1);
}

/** Stores a supervisor's note in a conversation. */
export async function insertSupervisorNote(
  db: Db,
  input: { sessionId: string; ownerId: string; supervisorId: string; content: string },
): Promise<MessageRow> {
  const [row] = await db
    .insert(messages)
    .values({
      sessionId: input.sessionId,
      ownerId: input.ownerId,
      role: 'SUPERVISOR',
      authorId: input.supervisorId,
      content: input.content,
      status: 'COMPLETE',
      completedAt: new Date(),
    })
    .returning();
  await db.update(sessions).set({ updatedAt: new Date() }).where(eq(sessions.id, input.sessionId));
  return row!;
}

/** When a person last sent a chat message. */
export async function lastChatAt(db: Db, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | null>`max(${messages.createdAt})` })
    .from(messages)
    .where(and(eq(messages.ownerId, userId), eq(messages.role, 'USER')));
  return row?.at ? new Date(row.at) : null;
}

/** Whether a conversation has an answer being written. */
export async function hasStreamingAnswer(db: Db, sessionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.sessionId, sessionId), eq(messages.status, 'STREAMING')))
    .limit(1);
  return Boolean(row);
}

/** STREAMING answers started before `before`: their generation outlived any time limit, so its replica died. */
export async function staleAnswers(db: Db, before: Date): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.status, 'STREAMING'), lt(messages.createdAt, before)))
    .limit(100);
}
