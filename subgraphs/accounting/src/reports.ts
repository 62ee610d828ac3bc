import { badInput } from '@aula/runtime';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';

/** What usage can be grouped by. */
export type UsageDimension = 'USER' | 'MODEL' | 'DAY' | 'CLASS';

/** Usage of one group; money as micro-credits. */
export interface UsageRowModel {
  readonly userId: string | null;
  readonly modelId: string | null;
  readonly day: string | null;
  readonly classId: string | null;
  readonly streams: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly charged: bigint;
  readonly shortfall: bigint;
  /** Where the row sits in its report: its group's dimensions in order, as text. */
  readonly groupKey: string;
}

/** One person's usage a report counts: inside `[from, until)`, tagged with a class when grouped so. */
export interface UsageWindow {
  readonly userId: string;
  readonly from: Date;
  /** When the window closed; null while open. */
  readonly until: Date | null;
  /** The class the window belongs to (reports grouped by CLASS). */
  readonly classId?: string;
}

/** Which usage records a report reads, after the caller's access is settled. */
export interface UsageSelection {
  /** Only these people; `null` for everyone. */
  readonly userIds: string[] | null;
  /**
   * Only usage inside these windows (a class's supervision windows); unset for no window.
   * Grouped by CLASS, a record counts once for every class whose window holds it.
   */
  readonly windows?: readonly UsageWindow[];
  readonly modelId: string | null;
  readonly from: Date | null;
  readonly to: Date | null;
  readonly groupBy: readonly UsageDimension[];
}

const MAX_RANGE_DAYS = 366;
const dayOf = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`);

/** `BAD_USER_INPUT` unless `[from, to)` is in order and at most a year long. */
export function checkRange(from: Date | null, to: Date | null): void {
  if (from && to && from.getTime() >= to.getTime())
    throw badInput('from must be before to.', { field: 'from' });
  if (from && to && to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badInput(`Report at most ${MAX_RANGE_DAYS} days at once.`, { field: 'to' });
  }
}

/** The windows as one `jsonb` parameter (a class of 1,000 students is one parameter, not 3,000). */
const windowsJson = (windows: readonly UsageWindow[]) =>
  sql`jsonb_to_recordset(${JSON.stringify(
    windows.map((w) => ({
      class_id: w.classId ?? null,
      user_id: w.userId,
      starts: w.from.toISOString(),
      ends: w.until?.toISOString() ?? null,
    })),
  )}::jsonb) as w(class_id uuid, user_id uuid, starts timestamptz, ends timestamptz)`;

const insideWindow = sql`w.user_id = r.user_id and r.created_at >= w.starts and (w.ends is null or r.created_at < w.ends)`;

/** The conditions on `accounting.usage_records r` every part of a report shares. */
function conditionsOf(selection: UsageSelection, windowsJoined: boolean): SQL {
  const conditions: SQL[] = [sql`true`];
  if (selection.userIds) {
    conditions.push(
      selection.userIds.length === 0
        ? sql`false`
        : sql`r.user_id in (${sql.join(
            selection.userIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  }
  if (selection.windows && !windowsJoined) {
    conditions.push(
      selection.windows.length === 0
        ? sql`false`
        : sql`exists (select 1 from ${windowsJson(selection.windows)} where ${insideWindow})`,
    );
  }
  if (selection.modelId) conditions.push(sql`r.model_id = ${selection.modelId}`);
  if (selection.from)
    conditions.push(sql`r.created_at >= ${selection.from.toISOString()}::timestamptz`);
  if (selection.to) conditions.push(sql`r.created_at < ${selection.to.toISOString()}::timestamptz`);
  return sql.join(conditions, sql` and `);
}

interface RawUsage {
  user_id: string | null;
  model_id: string | null;
  day: string | null;
  class_id: string | null;
  group_key: string;
  streams: number;
  input_tokens: string;
  output_tokens: string;
  charged: string;
  shortfall: string;
}

const toModel = (raw: RawUsage): UsageRowModel => ({
  userId: raw.user_id,
  modelId: raw.model_id,
  day: raw.day,
  classId: raw.class_id,
  groupKey: raw.group_key,
  streams: raw.streams,
  inputTokens: Number(raw.input_tokens),
  outputTokens: Number(raw.output_tokens),
  charged: BigInt(raw.charged),
  shortfall: BigInt(raw.shortfall),
});

const SUMS = sql`count(*)::int as streams,
  coalesce(sum(r.input_tokens), 0)::text as input_tokens, coalesce(sum(r.output_tokens), 0)::text as output_tokens,
  coalesce(sum(r.charged), 0)::text as charged, coalesce(sum(r.shortfall), 0)::text as shortfall`;

/**
 * One page of a report's rows: the groups with usage after `afterKey`, in group order (day,
 * model, class, person, each compared as text in byte order), `size + 1` rows so the caller
 * knows whether more follow. A group's key is its dimensions joined by U+001F, which sorts
 * below every character they hold, so ordering the keys orders the groups.
 */
export async function usageRows(
  db: Executor,
  selection: UsageSelection,
  size: number,
  afterKey: string | null,
): Promise<UsageRowModel[]> {
  const dims = new Set(selection.groupBy);
  const byClass = dims.has('CLASS');
  // By class, usage is read through the classes' windows: no window, no class, no row.
  if (byClass && (selection.windows ?? []).length === 0) return [];
  const day = dims.has('DAY') ? dayOf('r.created_at') : sql`null::text`;
  const model = dims.has('MODEL') ? sql`r.model_id` : sql`null::text`;
  const klass = byClass ? sql`w.class_id::text` : sql`null::text`;
  const user = dims.has('USER') ? sql`r.user_id::text` : sql`null::text`;
  const from = byClass
    ? sql`accounting.usage_records r join ${windowsJson(selection.windows!)} on ${insideWindow}`
    : sql`accounting.usage_records r`;
  const raws = await rowsOf<RawUsage>(
    db,
    sql`select * from (
          select ${day} as day, ${model} as model_id, ${klass} as class_id, ${user} as user_id,
                 concat_ws(chr(31), ${day}, ${model}, ${klass}, ${user}) as group_key, ${SUMS}
          from ${from}
          where ${conditionsOf(selection, byClass)}
          group by 1, 2, 3, 4
        ) g
        where ${afterKey === null ? sql`true` : sql`g.group_key collate "C" > ${afterKey}::text collate "C"`}
        order by g.group_key collate "C"
        limit ${size + 1}`,
  );
  return raws.map(toModel);
}

/** Everything the selection reads, each usage record counted once (even in two classes). */
export async function usageTotals(db: Executor, selection: UsageSelection): Promise<UsageRowModel> {
  const [raw] = await rowsOf<RawUsage>(
    db,
    sql`select null as day, null as model_id, null as class_id, null as user_id, '' as group_key, ${SUMS}
        from accounting.usage_records r
        where ${conditionsOf(selection, false)}`,
  );
  return toModel(raw!);
}

/** Streaming on one UTC day; money as micro-credits. */
export interface StreamingDayModel {
  readonly day: string;
  readonly streams: number;
  readonly active: number;
  readonly finalized: number;
  readonly aborted: number;
  readonly expired: number;
  readonly averageReserved: bigint;
  readonly averageCharged: bigint;
}

/** Streams per UTC day in `[from, to)` with outcomes and average reserved vs charged. */
export async function streamingAnalytics(
  db: Executor,
  from: Date,
  to: Date,
): Promise<StreamingDayModel[]> {
  checkRange(from, to);
  const raws = await rowsOf<{
    day: string;
    streams: number;
    active: number;
    finalized: number;
    aborted: number;
    expired: number;
    average_reserved: string;
    average_charged: string;
  }>(
    db,
    sql`select ${dayOf('created_at')} as day, count(*)::int as streams,
               count(*) filter (where status = 'ACTIVE')::int as active,
               count(*) filter (where status = 'FINALIZED')::int as finalized,
               count(*) filter (where status = 'ABORTED')::int as aborted,
               count(*) filter (where status = 'EXPIRED')::int as expired,
               coalesce(round(avg(reserved)), 0)::bigint::text as average_reserved,
               coalesce(round(avg(charged) filter (where settled_at is not null)), 0)::bigint::text as average_charged
        from accounting.reservations
        where created_at >= ${from.toISOString()}::timestamptz and created_at < ${to.toISOString()}::timestamptz
        group by 1 order by 1`,
  );
  return raws.map((raw) => ({
    day: raw.day,
    streams: raw.streams,
    active: raw.active,
    finalized: raw.finalized,
    aborted: raw.aborted,
    expired: raw.expired,
    averageReserved: BigInt(raw.average_reserved),
    averageCharged: BigInt(raw.average_charged),
  }));
}
