import { badInput, notFound, type CursorPosition, keysetAfter } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';

/** How often an allowance is granted. */
export type AllowancePeriod = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/** One recurring allowance, for one person or for a class. */
export interface AllowanceRow {
  readonly id: string;
  readonly userId: string | null;
  readonly classId: string | null;
  readonly amount: bigint;
  readonly period: AllowancePeriod;
  readonly rollover: boolean;
  readonly nextRunAt: Date;
  readonly lastRunAt: Date | null;
  readonly active: boolean;
  readonly createdBy: string;
  readonly createdAt: Date;
}

type RawAllowance = {
  id: string;
  user_id: string | null;
  class_id: string | null;
  amount: string;
  period: AllowancePeriod;
  rollover: boolean;
  next_run_at: Date | string;
  last_run_at: Date | string | null;
  active: boolean;
  created_by: string;
  created_at: Date | string;
};

const columns = sql.raw(
  'id, user_id, class_id, amount::text, period, rollover, next_run_at, last_run_at, active, created_by, created_at',
);

const toAllowance = (raw: RawAllowance): AllowanceRow => ({
  id: raw.id,
  userId: raw.user_id,
  classId: raw.class_id,
  amount: BigInt(raw.amount),
  period: raw.period,
  rollover: raw.rollover,
  nextRunAt: new Date(raw.next_run_at),
  lastRunAt: raw.last_run_at === null ? null : new Date(raw.last_run_at),
  active: raw.active,
  createdBy: raw.created_by,
  createdAt: new Date(raw.created_at),
});

/**
 * Starts an allowance for one person or one class (exactly one); the scheduler makes its
 * first grant at `startsAt` (now when omitted).
 */
export async function createAllowance(
  db: Executor,
  input: {
    userId: string | null;
    classId: string | null;
    amount: bigint;
    period: AllowancePeriod;
    rollover: boolean;
    startsAt: Date | null;
    createdBy: string;
  },
): Promise<AllowanceRow> {
  if ((input.userId === null) === (input.classId === null)) {
    throw badInput('Give exactly one of userId and classId.', { field: 'userId' });
  }
  if (input.userId !== null && !isUuid(input.userId)) {
    throw badInput('userId must be a user id.', { field: 'userId' });
  }
  if (input.classId !== null && !isUuid(input.classId)) {
    throw badInput('classId must be a class id.', { field: 'classId' });
  }
  const starts = input.startsAt ? sql`${input.startsAt.toISOString()}::timestamptz` : sql`now()`;
  const [raw] = await rowsOf<RawAllowance>(
    db,
    sql`insert into accounting.allowances (user_id, class_id, amount, period, rollover, next_run_at, created_by)
        values (${input.userId}, ${input.classId}, ${input.amount.toString()}::bigint, ${input.period}, ${input.rollover}, ${starts},
                ${input.createdBy})
        returning ${columns}`,
  );
  return toAllowance(raw as RawAllowance);
}

/** Stops an allowance; grants already made stay. */
export async function cancelAllowance(db: Executor, id: string): Promise<AllowanceRow> {
  if (!isUuid(id)) throw notFound('The allowance');
  const [raw] = await rowsOf<RawAllowance>(
    db,
    sql`update accounting.allowances set active = false where id = ${id} returning ${columns}`,
  );
  if (!raw) throw notFound('The allowance');
  return toAllowance(raw);
}

/** Allowances, optionally of one person, newest first. */
export async function listAllowances(
  db: Executor,
  userId: string | null,
  first: number,
  after: CursorPosition | null,
): Promise<AllowanceRow[]> {
  if (userId !== null && !isUuid(userId)) return [];
  const mine = userId ? sql`user_id = ${userId}` : sql`true`;
  const before = sql`and ${keysetAfter(sql`created_at`, sql`id`, after)}`;
  const raws = await rowsOf<RawAllowance>(
    db,
    sql`select ${columns} from accounting.allowances where ${mine} ${before}
        order by created_at desc, id desc limit ${first + 1}`,
  );
  return raws.map(toAllowance);
}

/** The length of allowance `a`'s period, as SQL. */
export const periodInterval = sql.raw(
  `case a.period when 'DAILY' then interval '1 day' when 'WEEKLY' then interval '7 days' else interval '1 month' end`,
);

/**
 * The first period boundary of allowance `a` after now, as SQL: periods missed while nothing
 * ran are skipped, not paid in a burst.
 */
export const nextBoundary = sql`(select min(t) from generate_series(a.next_run_at, now() + ${periodInterval}, ${periodInterval}) t
  where t > now())`;

/**
 * Grants every due personal allowance once, in one statement that several replicas may run at the
 * same moment: due rows are claimed with FOR UPDATE SKIP LOCKED, each moves its next run
 * to the first period boundary after now (periods missed while nothing ran are skipped, not
 * paid in a burst), and a unique index on (allowance, period start, person) refuses a second
 * grant for the same period. Without rollover a grant expires when the next period starts.
 * Returns how many grants were made.
 */
export async function applyDueAllowances(db: Executor, limit = 100): Promise<number> {
  const [row] = await rowsOf<{ granted: number }>(
    db,
    sql`with due as (
          select id from accounting.allowances
          where active and user_id is not null and next_run_at <= now()
          order by next_run_at limit ${limit}
          for update skip locked
        ), claimed as (
          update accounting.allowances a
          set next_run_at = ${nextBoundary}, last_run_at = now()
          from due where a.id = due.id
          returning a.id, a.user_id, a.amount, a.rollover, a.next_run_at, a.created_by,
                    a.next_run_at - ${periodInterval} as period_start
        ), inserted as (
          insert into accounting.grants
            (user_id, amount, remaining, expires_at, source, note, allowance_id, allowance_period_start)
          select user_id, amount, amount, case when rollover then null else next_run_at end, 'ALLOWANCE'::accounting.grant_source,
                 'Recurring allowance', id, period_start
          from claimed
          on conflict do nothing
          returning id, user_id, amount
        ), logged as (
          insert into accounting.ledger_entries (user_id, kind, amount, grant_id, note)
          select user_id, 'GRANT'::accounting.ledger_kind, amount, id, 'Recurring allowance' from inserted
        )
        select count(*)::int as granted from inserted`,
  );
  return row?.granted ?? 0;
}
