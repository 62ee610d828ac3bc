import type { StoredToolCall } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Every chat table lives in the `chat` PostgreSQL schema. Timestamps keep milliseconds only, as
 * JavaScript dates do, so a cursor made from a row's time compares equal to that row.
 */
export const chatSchema = pgSchema('chat');

/** USER, ASSISTANT or SUPERVISOR. */
export const messageRoleEnum = chatSchema.enum('message_role', ['USER', 'ASSISTANT', 'SUPERVISOR']);
/** STREAMING, COMPLETE, STOPPED or FAILED. */
export const messageStatusEnum = chatSchema.enum('message_status', [
  'STREAMING',
  'COMPLETE',
  'STOPPED',
  'FAILED',
]);

export type { StoredToolCall } from '@aula/runtime';

/** Conversations. `owner_id` refers to auth's users through the graph, not a foreign key. */
export const sessions = chatSchema.table(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id').notNull(),
    chatbotId: text('chatbot_id'),
    chatbotVersionId: text('chatbot_version_id'),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /**
     * When the owner deleted it while a safety flag held it: hidden from the owner, kept for
     * their supervisors until the hold ends, then really deleted. Null otherwise.
     */
    deletedByOwnerAt: timestamp('deleted_by_owner_at', { withTimezone: true, precision: 3 }),
    /** When to ask monitoring again whether the hold still stands; null means ask at once. */
    holdCheckAt: timestamp('hold_check_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('sessions_owner_updated_idx').on(t.ownerId, t.updatedAt, t.id),
    index('sessions_held_idx')
      .on(t.holdCheckAt)
      .where(sql`deleted_by_owner_at is not null`),
  ],
);

/** Messages; `owner_id` repeats the session's owner so per-person limits need no join. */
export const messages = chatSchema.table(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id').notNull(),
    role: messageRoleEnum('role').notNull(),
    authorId: uuid('author_id'),
    /** The API key a USER message was sent with on the owner's behalf (`author_id` is its owner). */
    apiKeyId: text('api_key_id'),
    content: text('content').notNull().default(''),
    status: messageStatusEnum('status').notNull(),
    statusReason: text('status_reason'),
    model: text('model'),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    usageEstimated: boolean('usage_estimated').notNull().default(false),
    creditsChargedMicro: bigint('credits_charged_micro', { mode: 'number' }),
    /** The fixed prices of the custom tool calls this answer made (charged with its tokens). */
    toolCostMicro: bigint('tool_cost_micro', { mode: 'number' }).notNull().default(0),
    reservationId: text('reservation_id'),
    toolCalls: jsonb('tool_calls').$type<StoredToolCall[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('messages_session_created_idx').on(t.sessionId, t.createdAt, t.id),
    index('messages_owner_role_created_idx').on(t.ownerId, t.role, t.createdAt),
    // One answer at a time per conversation, enforced by the database across replicas.
    uniqueIndex('messages_one_streaming_per_session')
      .on(t.sessionId)
      .where(sql`status = 'STREAMING'`),
    // Full-text search over a person's own conversations (search.ts).
    index('messages_content_search_idx').using('gin', sql`to_tsvector('simple', ${t.content})`),
    // A person's answers being written, counted before each message they send (`begin_exchange`).
    index('messages_streaming_owner_idx')
      .on(t.ownerId)
      .where(sql`status = 'STREAMING'`),
    // Accounting's reaper asks which reservations still have a live answer.
    index('messages_streaming_reservation_idx')
      .on(t.reservationId)
      .where(sql`status = 'STREAMING'`),
  ],
);

/** FINALIZE for a complete answer, ABORT for any other end. */
export const settlementKindEnum = chatSchema.enum('settlement_kind', ['FINALIZE', 'ABORT']);

/**
 * Settlements accounting has not acknowledged yet. A row is written in the same transaction
 * that stores the finished answer, so an answer is never stored without its settlement (nor
 * settled without being stored), and is deleted with the acknowledgement. No foreign key: a
 * conversation deleted meanwhile must still be paid for.
 */
export const settlementOutbox = chatSchema.table(
  'settlement_outbox',
  {
    messageId: uuid('message_id').primaryKey(),
    reservationId: text('reservation_id').notNull(),
    kind: settlementKindEnum('kind').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    toolCostMicro: bigint('tool_cost_micro', { mode: 'number' }).notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    /** Also a lease: whoever claims a row pushes this forward before calling accounting. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }).notNull(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('settlement_outbox_due_idx').on(t.nextAttemptAt),
    index('settlement_outbox_reservation_idx').on(t.reservationId),
  ],
);

/** How a custom tool is reached: an MCP server over streamable HTTP, or an AWS Lambda function. */
export const customToolKindEnum = chatSchema.enum('custom_tool_kind', ['MCP', 'LAMBDA']);

/**
 * Tools administrators register for chatbots to offer (issue 18). `name` is what the model
 * sees, unique among tools not disabled. `mcp_auth_header` is a secret: written, never read
 * back through the API.
 */
export const customTools = chatSchema.table(
  'custom_tools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    kind: customToolKindEnum('kind').notNull(),
    mcpUrl: text('mcp_url'),
    mcpToolName: text('mcp_tool_name'),
    mcpAuthHeader: text('mcp_auth_header'),
    lambdaFunction: text('lambda_function'),
    lambdaRegion: text('lambda_region'),
    lambdaEndpoint: text('lambda_endpoint'),
    inputSchema: jsonb('input_schema').$type<Record<string, unknown>>().notNull(),
    timeoutMs: integer('timeout_ms').notNull(),
    costMicro: bigint('cost_micro', { mode: 'number' }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('custom_tools_active_name_key')
      .on(t.name)
      .where(sql`disabled_at is null`),
    index('custom_tools_created_idx').on(t.createdAt, t.id),
  ],
);

/** How one custom tool call ended. */
export const customToolOutcomeEnum = chatSchema.enum('custom_tool_outcome', [
  'OK',
  'TOOL_ERROR',
  'TIMEOUT',
  'UNREACHABLE',
  'INVALID_ARGUMENTS',
  'RESPONSE_TOO_LARGE',
  'NOT_AFFORDABLE',
]);

/**
 * The audit of custom tool calls: who (the student the answer was for), which chatbot, answer
 * and tool, how long, how it ended and what it cost. No foreign keys: the audit outlives
 * deleted conversations. Never holds the arguments or the result (they may carry message text).
 */
export const customToolCalls = chatSchema.table(
  'custom_tool_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toolId: uuid('tool_id').notNull(),
    toolName: text('tool_name').notNull(),
    userId: uuid('user_id').notNull(),
    chatbotId: text('chatbot_id'),
    sessionId: uuid('session_id').notNull(),
    messageId: uuid('message_id').notNull(),
    toolUseId: text('tool_use_id').notNull(),
    outcome: customToolOutcomeEnum('outcome').notNull(),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    costMicro: bigint('cost_micro', { mode: 'number' }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('custom_tool_calls_started_idx').on(t.startedAt, t.id),
    index('custom_tool_calls_tool_started_idx').on(t.toolId, t.startedAt, t.id),
  ],
);
