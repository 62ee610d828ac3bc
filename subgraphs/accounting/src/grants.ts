import {
  appError,
  badInput,
  ErrorCode,
  isUniqueViolation,
  notFound,
  creditAmount,
  type CursorPosition,
  keysetAfter,
} from '@aula/runtime';
import { sql, type SQL } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor, type Tx } from './db/query';

/** Where a grant came from. */
export type GrantSource = 'ALLOCATION' | 'ALLOWANCE' | 'REFUND';

/** One grant, money as exact micro-credits. */
export interface GrantRow {
  readonly id: string;
  readonly userId: string;
  readonly amount: bigint;
  readonly remaining: bigint;
  readonly expiresAt: Date | null;
  readonly source: GrantSource;
  readonly grantedBy: string | null;
  readonly note: string | null;
  readonly createdAt: Date;
}

/** A grant row as selected with {@link grantColumns}. */
export interface RawGrant {
  id: string;
  user_id: string;
  amount: string;
  remaining: string;
  expires_at: Date | string | null;
  source: GrantSource;
  granted_by: string | null;
  note: string | null;
  created_at: Date | string;
}

/** The columns every grant query selects, money as text so no driver rounds it. */
export const grantColumns = sql.raw(
  'id, user_id, amount::text, remaining::text, expires_at, source, granted_by, note, created_at',
);

/** Maps a row selected with {@link grantColumns}. */
export const toGrant = (raw: RawGrant): GrantRow => ({
  id: raw.id,
  userId: raw.user_id,
  amount: BigInt(raw.amount),
  remaining: BigInt(raw.remaining),
  expiresAt: raw.expires_at === null ? null : new Date(raw.expires_at),
  source: raw.source,
  grantedBy: raw.granted_by,
  note: raw.note,
  createdAt: new Date(raw.created_at),
});

/**
 * Inserts grants and their GRANT ledger entries in one statement. `values` are rows of
 * `(user_id, amount, expires_at, source, granted_by, note, allowance_id, allowance_period_start, refund_of)`.
 */
export async function insertGrants(tx: Executor, values: SQL[]): Promise<GrantRow[]> {
  return insertGrantsFrom(
    tx,
    sql`select * from (values ${sql.join(values, sql`, `)})
        as v(user_id, amount, expires_at, source, granted_by, note, allowance_id, period_start, refund_of)`,
  );
}

/** As {@link insertGrants}, from any query yielding those columns (`period_start` for the eighth). */
export async function insertGrantsFrom(tx: Executor, source: SQL): Promise<GrantRow[]> {
  const rows = await rowsOf<RawGrant>(
    tx,
    sql`with inserted as (
          insert into accounting.grants
            (user_id, amount, remaining, expires_at, source, granted_by, note, allowance_id, allowance_period_start, refund_of)
          select user_id, amount, amount, expires_at, source, granted_by, note, allowance_id, period_start, refund_of
          from (${source}) as v
          returning *
        ), logged as (
          insert into accounting.ledger_entries (user_id, kind, amount, grant_id, actor_id, note)
          select user_id, 'GRANT'::accounting.ledger_kind, amount, id, granted_by, coalesce(note, 'Granted (' || lower(source::text) || ')')
          from inserted
        )
        select ${grantColumns} from inserted`,
  );
  return rows.map(toGrant);
}

/** One `values` row for {@link insertGrants}, typed so PostgreSQL never has to guess. */
export function grantValues(grant: {
  userId: string;
  amount: bigint;
  expiresAt: Date | null;
  source: GrantSource;
  grantedBy: string | null;
  note: string | null;
  refundOf?: string;
}): SQL {
  const expires = grant.expiresAt ? grant.expiresAt.toISOString() : null;
  return sql`(${grant.userId}::uuid, ${grant.amount.toString()}::bigint, ${expires}::timestamptz,
    ${grant.source}::accounting.grant_source, ${grant.grantedBy}::uuid, ${grant.note}::text, null::uuid,
    null::timestamptz, ${grant.refundOf ?? null}::uuid)`;
}

/** Who allocates, and from what. */
export type Granter =
  | { readonly kind: 'admin'; readonly userId: string }
  /** A supervisor spends from their budget; the caller has checked they supervise every recipient. */
  | { readonly kind: 'supervisor'; readonly userId: string };

/**
 * Grants `amount` to each of `userIds` in one transaction: all or none. A supervisor's
 * budget is charged for the total with one conditional update that refuses to go below zero.
 */
export async function allocateCredits(
  tx: Tx,
  input: {
    userIds: string[];
    amount: bigint;
    expiresAt: Date | null;
    note: string | null;
    granter: Granter;
  },
): Promise<GrantRow[]> {
  const unique = [...new Set(input.userIds)];
  if (unique.length === 0)
    throw badInput('Name at least one person to grant credits to.', { field: 'userIds' });
  if (unique.length !== input.userIds.length)
    throw badInput('Each person may appear only once.', { field: 'userIds' });
  if (unique.length > 1000)
    throw badInput('Grant to at most 1,000 people at once.', { field: 'userIds' });
  if (unique.some((id) => !isUuid(id)))
    throw badInput('Every userId must be a user id.', { field: 'userIds' });
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw badInput('expiresAt must be in the future.', { field: 'expiresAt' });
  }
  if (input.note && input.note.length > 500)
    throw badInput('note may be at most 500 characters.', { field: 'note' });
  if (input.granter.kind === 'supervisor') {
    const total = input.amount * BigInt(unique.length);
    const spent = await rowsOf<{ remaining: string }>(
      tx,
      sql`update accounting.supervisor_budgets
          set remaining = remaining - ${total.toString()}::bigint, updated_at = now()
          where supervisor_id = ${input.granter.userId} and remaining >= ${total.toString()}::bigint
          returning remaining::text`,
    );
    if (spent.length === 0) {
      const budget = await findBudget(tx, input.granter.userId);
      throw appError(
        ErrorCode.INSUFFICIENT_CREDITS,
        `This needs ${creditAmount(total).credits} credits from your budget, which has ${creditAmount(budget?.remaining ?? 0n).credits} left. Ask an admin to add to it.`,
        {
          requiredMicroCredits: total.toString(),
          availableMicroCredits: (budget?.remaining ?? 0n).toString(),
        },
      );
    }
  }
  return insertGrants(
    tx,
    unique.map((userId) =>
      grantValues({
        userId,
        amount: input.amount,
        expiresAt: input.expiresAt,
        source: 'ALLOCATION',
        grantedBy: input.granter.userId,
        note: input.note,
      }),
    ),
  );
}

/** A person's grants, newest first. */
export async function grantsOf(
  db: Executor,
  userId: string,
  first: number,
  after: CursorPosition | null,
): Promise<GrantRow[]> {
  if (!isUuid(userId)) return [];
  const before = sql`and ${keysetAfter(sql`created_at`, sql`id`, after)}`;
  const rows = await rowsOf<RawGrant>(
    db,
    sql`select ${grantColumns} from accounting.grants where user_id = ${userId} ${before}
        order by created_at desc, id desc limit ${first + 1}`,
  );
  return rows.map(toGrant);
}

/**
 * Gives back what a settled reservation was charged as a REFUND grant that never expires,
 * in one statement that reads the charge and grants it. A unique index on the refunded
 * reservation makes a second refund a CONFLICT.
 */
export async function refundReservation(
  tx: Tx,
  input: { reservationId: string; adminId: string; note: string | null },
): Promise<GrantRow> {
  if (!isUuid(input.reservationId)) throw notFound('The reservation');
  const note = input.note ?? `Refund of reservation ${input.reservationId}`;
  let grant: GrantRow | undefined;
  try {
    [grant] = await insertGrantsFrom(
      tx,
      sql`select user_id, charged as amount, null::timestamptz as expires_at,
                 'REFUND'::accounting.grant_source as source, ${input.adminId}::uuid as granted_by,
                 ${note}::text as note, null::uuid as allowance_id, null::timestamptz as period_start,
                 id as refund_of
          from accounting.reservations
          where id = ${input.reservationId} and settled_at is not null and charged > 0`,
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw appError(ErrorCode.CONFLICT, 'This reservation was already refunded.');
    }
    throw error;
  }
  if (grant) return grant;
  const [exists] = await rowsOf<{ id: string }>(
    tx,
    sql`select id from accounting.reservations where id = ${input.reservationId}`,
  );
  if (!exists) throw notFound('The reservation');
  throw badInput('Only a settled reservation that was charged can be refunded.', { field: 'id' });
}

/** A supervisor's budget, money as micro-credits. */
export interface BudgetRow {
  readonly supervisorId: string;
  readonly granted: bigint;
  readonly remaining: bigint;
  readonly updatedAt: Date;
}

/** A budget row as selected from `supervisor_budgets`, money as text. */
export type RawBudget = {
  supervisor_id: string;
  granted: string;
  remaining: string;
  updated_at: Date | string;
};
/** Maps a selected budget row. */
export const toBudget = (raw: RawBudget): BudgetRow => ({
  supervisorId: raw.supervisor_id,
  granted: BigInt(raw.granted),
  remaining: BigInt(raw.remaining),
  updatedAt: new Date(raw.updated_at),
});

/** A supervisor's budget, or `null` when an admin never gave one. */
export async function findBudget(db: Executor, supervisorId: string): Promise<BudgetRow | null> {
  if (!isUuid(supervisorId)) return null;
  const [raw] = await rowsOf<RawBudget>(
    db,
    sql`select supervisor_id, granted::text, remaining::text, updated_at from accounting.supervisor_budgets
        where supervisor_id = ${supervisorId}`,
  );
  return raw ? toBudget(raw) : null;
}

/**
 * Adds to or takes from a supervisor's budget in one conditional upsert; taking more than
 * remains is refused rather than clamped, so the admin sees what happened.
 */
export async function adjustBudget(
  db: Executor,
  supervisorId: string,
  delta: bigint,
): Promise<BudgetRow> {
  if (!isUuid(supervisorId))
    throw badInput('supervisorId must be a user id.', { field: 'supervisorId' });
  const d = sql`${delta.toString()}::bigint`;
  // A grant creates the budget or adds to it; a take-back can only shrink an existing one, and
  // never below zero. (An insert that proposes no row never reaches its ON CONFLICT branch, so a
  // negative delta needs its own conditional update.)
  const [raw] = await rowsOf<RawBudget>(
    db,
    delta > 0n
      ? sql`insert into accounting.supervisor_budgets (supervisor_id, granted, remaining)
          values (${supervisorId}, ${d}, ${d})
          on conflict (supervisor_id) do update
            set granted = accounting.supervisor_budgets.granted + ${d},
                remaining = accounting.supervisor_budgets.remaining + ${d}, updated_at = now()
          returning supervisor_id, granted::text, remaining::text, updated_at`
      : sql`update accounting.supervisor_budgets
            set granted = granted + ${d}, remaining = remaining + ${d}, updated_at = now()
          where supervisor_id = ${supervisorId} and remaining + ${d} >= 0
          returning supervisor_id, granted::text, remaining::text, updated_at`,
  );
  if (!raw) {
    const current = await findBudget(db, supervisorId);
    throw badInput(
      `The budget has ${creditAmount(current?.remaining ?? 0n).credits} credits left; you cannot take more than that.`,
      { field: 'amount' },
    );
  }
  return toBudget(raw);
}
