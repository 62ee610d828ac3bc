import {
  appError,
  ErrorCode,
  executePrepared,
  notFound,
  sqlDetail,
  sqlState,
  type CursorPosition,
  type Db,
  keysetAfter,
} from '@aula/runtime';
import DataLoader from 'dataloader';
import { and, asc, desc, eq, getTableColumns, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import { messages, sessions, settlementOutbox, type StoredToolCall } from './db/schema';
import { DEFAULT_TITLE, isUuid } from './sessions';

/** A row of `chat.messages`. */
export type MessageRow = typeof messages.$inferSelect;

/**
 * Who wrote a USER message that its owner did not: an integration acting on the student's
 * behalf (`authorId` is the API key's owner, `apiKeyId` the key).
 */
export interface Sender {
  readonly authorId: string;
  readonly apiKeyId: string;
}

/** Per-person limits checked before a message is accepted. */
export interface SendLimits {
  readonly messagesPerMinute: number;
  readonly maxConcurrentStreams: number;
}

/**
 * Stores a person's message and the pending answer (or the chatbot's refusal) in one
 * statement, one round trip: `chat.begin_exchange` (migration 0007) checks their per-minute rate
 * and concurrent streams under a per-person lock (so two replicas cannot both let the same
 * person over a limit), then writes both rows and the session (its title, the chatbot version
 * answering). Over a limit nothing is written and RATE_LIMITED is thrown; an answer already
 * being written in the conversation is a CONFLICT; a conversation that is gone, or that its owner
 * deleted, is NOT_FOUND (the caller may know it from an earlier message without reading it).
 */
export async function beginExchange(
  db: Db,
  input: {
    sessionId: string;
    ownerId: string;
    content: string;
    /** Who wrote the question when not its owner: an integration's key owner, and the key. */
    sentBy?: Sender;
    limits: SendLimits;
    model: string;
    chatbotVersionId: string | null;
    /** The question's time (milliseconds); the answer is one millisecond later. */
    at: number;
    /**
     * The chatbot's refusal, when its guardrails block the question: the answer is stored
     * finished with this text and no model (nothing is sent to the model, nothing is charged).
     */
    refusal?: string;
  },
): Promise<{ userMessage: MessageRow; answer: MessageRow }> {
  const { limits } = input;
  try {
    const rows = await executePrepared<Record<string, unknown>>(
      db,
      'chat_begin_exchange',
      sql`select * from chat.begin_exchange(${input.ownerId}::uuid, ${input.sessionId}::uuid,
        ${input.sentBy?.authorId ?? input.ownerId}::uuid, ${input.sentBy?.apiKeyId ?? null}::text,
        ${input.content}::text, ${input.model}::text, ${input.refusal ?? null}::text,
        ${new Date(input.at).toISOString()}::timestamptz,
        ${new Date(Date.now() - 60_000).toISOString()}::timestamptz,
        ${limits.messagesPerMinute}::integer, ${limits.maxConcurrentStreams}::integer,
        ${titleFrom(input.content)}::text, ${DEFAULT_TITLE}::text,
        ${input.chatbotVersionId}::text)`,
    );
    const stored = rows.map(messageFromRaw);
    return {
      userMessage: stored.find((row) => row.role === 'USER')!,
      answer: stored.find((row) => row.role === 'ASSISTANT')!,
    };
  } catch (error) {
    throw admissionError(error, limits) ?? error;
  }
}

/** The coded error for a refused admission (see migration 0007); `null` for any other failure. */
function admissionError(error: unknown, limits: SendLimits) {
  switch (sqlState(error)) {
    case 'CH001': {
      const oldest = Number(sqlDetail(error)) || Date.now();
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest + 60_000 - Date.now()) / 1000));
      return appError(
        ErrorCode.RATE_LIMITED,
        `You can send ${limits.messagesPerMinute} messages a minute. Try again in ${retryAfterSeconds} s.`,
        { retryAfterSeconds },
      );
    }
    case 'CH003':
      return notFound('That conversation');
    case 'CH002':
      return appError(
        ErrorCode.RATE_LIMITED,
        `You already have ${limits.maxConcurrentStreams} answers being written. Wait for one to finish or stop it.`,
      );
    // A unique violation: the conversation's one answer being written (messages_one_streaming_per_session).
    case '23505':
      return appError(
        ErrorCode.CONFLICT,
        'An answer is still being written in this chat. Wait for it or stop it first.',
      );
    default:
      return null;
  }
}

const messageColumns = Object.entries(getTableColumns(messages));

/** A `chat.messages` row as a function returns it (column names, driver values), as drizzle maps it. */
function messageFromRaw(raw: Record<string, unknown>): MessageRow {
  return Object.fromEntries(
    messageColumns.map(([key, column]) => {
      const value = raw[column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as MessageRow;
}

function titleFrom(content: string): string {
  const line = content.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** Removes a refused exchange (no credits): the person sees the error, not a dangling message. */
export async function discardExchange(db: Db, ids: string[]): Promise<void> {
  await db.delete(messages).where(inArray(messages.id, ids));
}

/** Records the reservation of a pending answer. */
export async function attachReservation(db: Db, id: string, reservationId: string): Promise<void> {
  await db.update(messages).set({ reservationId }).where(eq(messages.id, id));
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
  /** What the answer's custom tool calls cost, in micro-credits (charged with its tokens). */
  toolCostMicro: number;
}

/** The settlement a finished answer owes accounting, written with it (the outbox). */
export interface OwedSettlement {
  readonly reservationId: string;
  readonly complete: boolean;
  /** Until then only the answer's own replica delivers it; afterwards any replica's outbox poller. */
  readonly ownerLeaseMs: number;
}

/**
 * Stores a finished answer and, in the same transaction, the settlement it owes; only a
 * STREAMING answer changes (a second finisher changes nothing and owes nothing).
 */
export async function finishAnswer(
  db: Db,
  id: string,
  outcome: AnswerOutcome,
  settlement: OwedSettlement | null,
): Promise<MessageRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(messages)
      .set({
        ...outcome,
        completedAt: new Date(),
        ...(settlement ? { reservationId: settlement.reservationId } : {}),
      })
      .where(and(eq(messages.id, id), eq(messages.status, 'STREAMING')))
      .returning();
    if (!row || !settlement) return row ?? null;
    await tx
      .insert(settlementOutbox)
      .values({
        messageId: id,
        reservationId: settlement.reservationId,
        kind: settlement.complete ? 'FINALIZE' : 'ABORT',
        inputTokens: outcome.inputTokens,
        outputTokens: outcome.outputTokens,
        toolCostMicro: outcome.toolCostMicro,
        nextAttemptAt: new Date(Date.now() + settlement.ownerLeaseMs),
      })
      .onConflictDoNothing();
    return row;
  });
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

/**
 * A page of a conversation's messages after `position` in `order`: `'asc'` reads forwards,
 * oldest first; `'desc'` reads back from `position` (or from the newest), newest first. One
 * extra row tells whether more follow.
 */
export async function listMessages(
  db: Db,
  sessionId: string,
  size: number,
  position: CursorPosition | null,
  /** Only messages written at or after this instant (a supervisor's tie). */
  since?: Date | null,
  order: 'asc' | 'desc' = 'asc',
): Promise<MessageRow[]> {
  const direction = order === 'asc' ? asc : desc;
  return db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.sessionId, sessionId),
        since ? gte(messages.createdAt, since) : undefined,
        keysetAfter(messages.createdAt, messages.id, position, { order }),
      ),
    )
    .orderBy(direction(messages.createdAt), direction(messages.id))
    .limit(size + 1);
}

/** The first page of one conversation's messages, as {@link listMessages} reads it without a cursor. */
export interface FirstPage {
  readonly sessionId: string;
  readonly size: number;
  readonly since: Date | null;
  readonly order: 'asc' | 'desc';
}

/**
 * The first pages of several conversations in one statement per page shape (size, tie start
 * and order): each conversation's rows ranked by the same key `listMessages` orders by, the
 * first `size + 1` of each kept. Rows and order are exactly `listMessages`' for each.
 */
export async function listFirstPages(db: Db, pages: readonly FirstPage[]): Promise<MessageRow[][]> {
  const shapes = new Map<string, FirstPage[]>();
  for (const page of pages) {
    const shape = `${page.size}|${page.since?.getTime() ?? ''}|${page.order}`;
    shapes.set(shape, [...(shapes.get(shape) ?? []), page]);
  }
  const bySession = new Map<string, MessageRow[]>();
  await Promise.all(
    [...shapes.values()].map(async (group) => {
      const { size, since, order } = group[0]!;
      const direction = sql.raw(order);
      const ranked = db
        .select({
          ...getTableColumns(messages),
          rank: sql<number>`row_number() over (partition by ${messages.sessionId}
            order by ${messages.createdAt} ${direction}, ${messages.id} ${direction})`.as('rank'),
        })
        .from(messages)
        .where(
          and(
            inArray(
              messages.sessionId,
              group.map((page) => page.sessionId),
            ),
            since ? gte(messages.createdAt, since) : undefined,
          ),
        )
        .as('ranked');
      const rows = await db
        .select()
        .from(ranked)
        .where(lte(ranked.rank, size + 1))
        .orderBy(ranked.sessionId, ranked.rank);
      for (const { rank: _rank, ...row } of rows) {
        const key = `${row.sessionId}|${size}|${since?.getTime() ?? ''}|${order}`;
        bySession.set(key, [...(bySession.get(key) ?? []), row]);
      }
    }),
  );
  return pages.map(
    (page) =>
      bySession.get(
        `${page.sessionId}|${page.size}|${page.since?.getTime() ?? ''}|${page.order}`,
      ) ?? [],
  );
}

const firstPageLoaders = new WeakMap<object, DataLoader<FirstPage, MessageRow[], string>>();

/**
 * First pages read together for one request (`chatSessions { messages }` lists ten
 * conversations with their latest messages in one round trip). Batches only, never caches;
 * made on first use, so operations that list no messages (and subscriptions) carry none.
 */
export function firstPagesOf(request: object, db: Db): DataLoader<FirstPage, MessageRow[], string> {
  let loader = firstPageLoaders.get(request);
  if (!loader) {
    loader = new DataLoader((pages: readonly FirstPage[]) => listFirstPages(db, pages), {
      cache: false,
    });
    firstPageLoaders.set(request, loader);
  }
  return loader;
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

/** STREAMING answers started before `before` (candidates for orphan recovery). */
export async function streamingAnswersBefore(db: Db, before: Date): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.status, 'STREAMING'), lt(messages.createdAt, before)))
    .limit(100);
}

/** Of these reservations, the ones an answer is still being written against. */
export async function streamingReservationIds(db: Db, reservationIds: string[]): Promise<string[]> {
  if (reservationIds.length === 0) return [];
  const rows = await db
    .select({ id: messages.reservationId })
    .from(messages)
    .where(and(eq(messages.status, 'STREAMING'), inArray(messages.reservationId, reservationIds)));
  return rows.flatMap((row) => (row.id ? [row.id] : []));
}
