import { badInput, notFound } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';

/** How often an allowance is granted. */
export type AllowancePeriod = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/** One recurring allowance. */
export interface AllowanceRow {
  readonly id: string;
  readonly userId: string;
  readonly amount: bigint;
  readonly period: AllowancePeriod;
  readonly rollover: boolean;
  readonly nextRunAt: Date;
  readonly lastRunAt: Date | null;
  readonly active: boolean;
  readonly createdBy: string;
}

type RawAllowance = {
  id: string;
  user_id: string;
  amount: string;
  period: AllowancePeriod;
  rollover: boolean;
  next_run_at: Date | string;
  last_run_at: Date | string | null;
  active: boolean;
  created_by: string;
};

const columns = sql.raw(
  'id, user_id, amount::text, period, rollover, next_run_at, last_run_at, active, created_by',
);

const toAllowance = (raw: RawAllowance): AllowanceRow => ({
  id: raw.id,
  userId: raw.user_id,
  amount: BigInt(raw.amount),
  period: raw.period,
  rollover: raw.rollover,
  nextRunAt: new Date(raw.next_run_at),
  lastRunAt: raw.last_run_at === null ? null : new Date(raw.last_run_at),
  active: raw.active,
  createdBy: raw.created_by,
});

/** Starts an allowance; the scheduler makes its first grant at `startsAt` (now when omitted). */
export async function createAllowance(
  db: Executor,
  input: {
    userId: string;
    amount: bigint;
    period: AllowancePeriod;
    rollover: boolean;
    startsAt: Date | null;
    createdBy: string;
  },
): Promise<AllowanceRow> {
  if (!isUuid(input.userId)) throw badInput('userId must be a user id.', { field: 'userId' });
  const starts = input.startsAt ? sql`${input.startsAt.toISOString()}::timestamptz` : sql`now()`;
  const [raw] = await rowsOf<RawAllowance>(
    db,
    sql`insert into accounting.allowances (user_id, amount, period, rollover, next_run_at, created_by)
        values (${input.userId}, ${input.amount.toString()}::bigint, ${input.period}, ${input.rollover}, ${starts},
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
export async function listAllowances(db: Executor, userId: string | null): Promise<AllowanceRow[]> {
  if (userId !== null && !isUuid(userId)) return [];
  const mine = userId ? sql`where user_id = ${userId}` : sql``;
  const raws = await rowsOf<RawAllowance>(
    db,
    sql`select ${columns} from accounting.allowances ${mine} order by created_at desc limit 500`,
  );
  return raws.map(toAllowance);
}

const periodInterval = sql.raw(
  `case a.period when 'DAILY' then interval '1 day' when 'WEEKLY' then interval '7 days' else interval '1 month' end`,
);

/**
 * Grants every due allowance once, in one statement that several replicas may run at the
 * same moment: due rows are claimed with FOR UPDATE SKIP LOCKED, each moves its next run
 * to the first period boundary after now (periods missed while nothing ran are skipped, not
 * paid in a burst), and a unique index on (allowance, period start) refuses a second grant
 * for the same period. Without rollover a grant expires when the next period starts.
 * Returns how many grants were made.
 */
export async function applyDueAllowances(db: Executor, limit = 100): Promise<number> {
  const [row] = await rowsOf<{ granted: number }>(
    db,
    sql`with due as (
          select id from accounting.allowances
          where active and next_run_at <= now()
          order by next_run_at limit ${limit}
          for update skip locked
        ), claimed as (
          update accounting.allowances a
          set next_run_at = (
                select min(t) from generate_series(a.next_run_at, now() + ${periodInterval}, ${periodInterval}) t
                where t > now()),
              last_run_at = now()
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
