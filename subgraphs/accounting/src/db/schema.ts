import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Every accounting table lives in the `accounting` PostgreSQL schema. */
export const accountingSchema = pgSchema('accounting');

const micro = (name: string) => bigint(name, { mode: 'bigint' });
const at = (name: string) => timestamp(name, { withTimezone: true });

/** ALLOCATION (a person granted it), ALLOWANCE (a recurring allowance), REFUND (an admin refund). */
export const grantSourceEnum = accountingSchema.enum('grant_source', [
  'ALLOCATION',
  'ALLOWANCE',
  'REFUND',
]);
/** The life of a reservation: ACTIVE until finalized, aborted or expired by the reaper. */
export const reservationStatusEnum = accountingSchema.enum('reservation_status', [
  'ACTIVE',
  'FINALIZED',
  'ABORTED',
  'EXPIRED',
]);
/** What one ledger entry moved. */
export const ledgerKindEnum = accountingSchema.enum('ledger_kind', [
  'GRANT',
  'RESERVE',
  'RELEASE',
  'CHARGE',
]);
/** How often a recurring allowance is granted. */
export const allowancePeriodEnum = accountingSchema.enum('allowance_period', [
  'DAILY',
  'WEEKLY',
  'MONTHLY',
]);

/**
 * One row per user who ever reserved: the lock every balance change of that user takes
 * first (so grant draws never deadlock), and the count of streams in flight.
 */
export const accounts = accountingSchema.table(
  'accounts',
  {
    userId: uuid('user_id').primaryKey(),
    activeStreams: integer('active_streams').notNull().default(0),
  },
  (t) => [check('accounts_active_streams_nonnegative', sql`${t.activeStreams} >= 0`)],
);

/** Credits given to a user; `remaining` is what is neither reserved nor spent. */
export const grants = accountingSchema.table(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    amount: micro('amount').notNull(),
    remaining: micro('remaining').notNull(),
    expiresAt: at('expires_at'),
    source: grantSourceEnum('source').notNull(),
    grantedBy: uuid('granted_by'),
    note: text('note'),
    allowanceId: uuid('allowance_id'),
    /** The allowance period this grant pays for: at most one grant per person and period. */
    allowancePeriodStart: at('allowance_period_start'),
    /** The reservation a refund gives back: at most one refund per reservation. */
    refundOf: uuid('refund_of'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('grants_amount_positive', sql`${t.amount} > 0`),
    check('grants_remaining_in_range', sql`${t.remaining} >= 0 and ${t.remaining} <= ${t.amount}`),
    index('grants_user_spendable_idx').on(t.userId, t.expiresAt),
    uniqueIndex('grants_allowance_period_user_key').on(
      t.allowanceId,
      t.allowancePeriodStart,
      t.userId,
    ),
    uniqueIndex('grants_refund_of_key').on(t.refundOf),
  ],
);

/** Prices in micro-credits per 1,000 tokens; a change adds a row, so history is kept. */
export const modelPrices = accountingSchema.table(
  'model_prices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    modelId: text('model_id').notNull(),
    inputPer1k: micro('input_per_1k').notNull(),
    outputPer1k: micro('output_per_1k').notNull(),
    effectiveFrom: at('effective_from').notNull().defaultNow(),
    setBy: uuid('set_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('model_prices_nonnegative', sql`${t.inputPer1k} >= 0 and ${t.outputPer1k} >= 0`),
    uniqueIndex('model_prices_model_from_key').on(t.modelId, t.effectiveFrom),
  ],
);

/** Credits set aside for one stream, settled exactly once. */
export const reservations = accountingSchema.table(
  'reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    sessionId: text('session_id').notNull(),
    modelId: text('model_id').notNull(),
    /** The price in force when the stream started; settlement always uses it. */
    priceId: uuid('price_id')
      .notNull()
      .references(() => modelPrices.id),
    /** The price itself, frozen at reserve time (micro-credits per 1,000 tokens). */
    inputPer1k: micro('input_per_1k').notNull(),
    outputPer1k: micro('output_per_1k').notNull(),
    /** The caller's idempotency key (chat: the assistant message id); one reservation per key. */
    clientKey: text('client_key'),
    estimatedInputTokens: integer('estimated_input_tokens').notNull(),
    maxOutputTokens: integer('max_output_tokens').notNull(),
    reserved: micro('reserved').notNull(),
    /** The deadline the caller asked for; the reaper looks only past it (plus grace). */
    expiresAt: at('expires_at').notNull(),
    status: reservationStatusEnum('status').notNull().default('ACTIVE'),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    charged: micro('charged')
      .notNull()
      .default(sql`0`),
    shortfall: micro('shortfall')
      .notNull()
      .default(sql`0`),
    availableAfter: micro('available_after').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    settledAt: at('settled_at'),
    expiredAt: at('expired_at'),
    expiredReason: text('expired_reason'),
  },
  (t) => [
    check(
      'reservations_amounts_nonnegative',
      sql`${t.reserved} > 0 and ${t.charged} >= 0 and ${t.shortfall} >= 0`,
    ),
    index('reservations_status_created_idx').on(t.status, t.createdAt),
    index('reservations_status_expires_idx').on(t.status, t.expiresAt),
    uniqueIndex('reservations_client_key_key').on(t.clientKey),
    index('reservations_user_idx').on(t.userId, t.createdAt),
  ],
);

/**
 * What one reservation took from one grant, so releases and charges go back to the
 * grants the credits came from. `phase` 0 is the reservation itself; 1 is an overrun or
 * late charge taken from what was available at settlement.
 */
export const reservationDraws = accountingSchema.table(
  'reservation_draws',
  {
    reservationId: uuid('reservation_id')
      .notNull()
      .references(() => reservations.id),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => grants.id),
    phase: integer('phase').notNull(),
    /** Order of drawing: the grant that expires first comes first. */
    seq: integer('seq').notNull(),
    amount: micro('amount').notNull(),
    charged: micro('charged'),
    released: micro('released'),
  },
  (t) => [
    primaryKey({ columns: [t.reservationId, t.phase, t.grantId] }),
    check(
      'reservation_draws_amounts',
      sql`${t.amount} > 0 and coalesce(${t.charged}, 0) + coalesce(${t.released}, 0) <= ${t.amount}`,
    ),
  ],
);

/** One row per settled stream: tokens, the price used and what was charged. */
export const usageRecords = accountingSchema.table(
  'usage_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reservationId: uuid('reservation_id')
      .notNull()
      .references(() => reservations.id),
    userId: uuid('user_id').notNull(),
    sessionId: text('session_id').notNull(),
    modelId: text('model_id').notNull(),
    priceId: uuid('price_id')
      .notNull()
      .references(() => modelPrices.id),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    cost: micro('cost').notNull(),
    charged: micro('charged').notNull(),
    shortfall: micro('shortfall').notNull(),
    outcome: reservationStatusEnum('outcome').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('usage_records_reservation_key').on(t.reservationId),
    index('usage_records_user_created_idx').on(t.userId, t.createdAt),
    index('usage_records_created_idx').on(t.createdAt),
  ],
);

/** Every movement of credits, append-only (a trigger refuses updates and deletes). */
export const ledgerEntries = accountingSchema.table(
  'ledger_entries',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: ledgerKindEnum('kind').notNull(),
    amount: micro('amount').notNull(),
    grantId: uuid('grant_id'),
    reservationId: uuid('reservation_id'),
    actorId: uuid('actor_id'),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('ledger_entries_amount_positive', sql`${t.amount} > 0`),
    index('ledger_entries_user_idx').on(t.userId, t.id),
  ],
);

/** Credits an admin lets a supervisor hand out to their students. */
export const supervisorBudgets = accountingSchema.table(
  'supervisor_budgets',
  {
    supervisorId: uuid('supervisor_id').primaryKey(),
    granted: micro('granted').notNull(),
    remaining: micro('remaining').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('supervisor_budgets_in_range', sql`${t.remaining} >= 0 and ${t.granted} >= 0`)],
);

/**
 * A recurring grant for one user, or for every student of a class (monitoring's roster at
 * each run), applied by the allowance scheduler.
 */
export const allowances = accountingSchema.table(
  'allowances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id'),
    classId: uuid('class_id'),
    /** A replica applying a class allowance holds it until then, while it asks for the roster. */
    leaseUntil: at('lease_until'),
    amount: micro('amount').notNull(),
    period: allowancePeriodEnum('period').notNull(),
    /** When false, each grant expires when the next period starts. */
    rollover: boolean('rollover').notNull(),
    nextRunAt: at('next_run_at').notNull(),
    lastRunAt: at('last_run_at'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('allowances_amount_positive', sql`${t.amount} > 0`),
    check('allowances_one_recipient', sql`(${t.userId} is null) <> (${t.classId} is null)`),
    index('allowances_due_idx').on(t.active, t.nextRunAt),
  ],
);
