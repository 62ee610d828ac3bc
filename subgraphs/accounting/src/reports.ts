import { badInput } from '@aula/runtime';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';

/** What usage can be grouped by. */
export type UsageDimension = 'USER' | 'MODEL' | 'DAY';

/** Usage of one group; money as micro-credits. */
export interface UsageRowModel {
  readonly userId: string | null;
  readonly modelId: string | null;
  readonly day: string | null;
  readonly streams: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly charged: bigint;
  readonly shortfall: bigint;
}

const MAX_RANGE_DAYS = 366;
const dayOf = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`);

function checkRange(from: Date | null, to: Date | null): void {
  if (from && to && from.getTime() >= to.getTime())
    throw badInput('from must be before to.', { field: 'from' });
  if (from && to && to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badInput(`Report at most ${MAX_RANGE_DAYS} days at once.`, { field: 'to' });
  }
}

/** Usage records grouped by `groupBy` (one row when empty), plus totals over all of them. */
export async function usageReport(
  db: Executor,
  filter: {
    /** Only these people; `null` for everyone. */
    userIds: string[] | null;
    /** Only usage inside each person's window (a class's supervision window); unset for no window. */
    windows?: ReadonlyArray<{ userId: string; from: Date; until: Date | null }>;
    modelId: string | null;
    from: Date | null;
    to: Date | null;
    groupBy: UsageDimension[];
  },
): Promise<{ rows: UsageRowModel[]; totals: UsageRowModel }> {
  checkRange(filter.from, filter.to);
  const conditions: SQL[] = [sql`true`];
  if (filter.userIds) {
    conditions.push(
      filter.userIds.length === 0
        ? sql`false`
        : sql`user_id in (${sql.join(
            filter.userIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  }
  if (filter.windows) {
    conditions.push(
      filter.windows.length === 0
        ? sql`false`
        : sql`(${sql.join(
            filter.windows.map(
              (w) =>
                sql`(user_id = ${w.userId}::uuid and created_at >= ${w.from.toISOString()}::timestamptz${
                  w.until ? sql` and created_at < ${w.until.toISOString()}::timestamptz` : sql``
                })`,
            ),
            sql` or `,
          )})`,
    );
  }
  if (filter.modelId) conditions.push(sql`model_id = ${filter.modelId}`);
  if (filter.from) conditions.push(sql`created_at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`created_at < ${filter.to.toISOString()}::timestamptz`);
  const dims = new Set(filter.groupBy);
  const user = dims.has('USER') ? sql`user_id::text` : sql`null::text`;
  const model = dims.has('MODEL') ? sql`model_id` : sql`null::text`;
  const day = dims.has('DAY') ? dayOf('created_at') : sql`null::text`;
  const raws = await rowsOf<{
    user_id: string | null;
    model_id: string | null;
    day: string | null;
    streams: number;
    input_tokens: string;
    output_tokens: string;
    charged: string;
    shortfall: string;
    grp: number;
  }>(
    db,
    sql`select ${user} as user_id, ${model} as model_id, ${day} as day, count(*)::int as streams,
               coalesce(sum(input_tokens), 0)::text as input_tokens, coalesce(sum(output_tokens), 0)::text as output_tokens,
               coalesce(sum(charged), 0)::text as charged, coalesce(sum(shortfall), 0)::text as shortfall,
               grouping(${user}, ${model}, ${day})::int as grp
        from accounting.usage_records
        where ${sql.join(conditions, sql` and `)}
        group by grouping sets ((${user}, ${model}, ${day}), ())
        order by grp, day nulls first, model_id nulls first, user_id nulls first
        limit 5001`,
  );
  const toModel = (raw: (typeof raws)[number]): UsageRowModel => ({
    userId: raw.user_id,
    modelId: raw.model_id,
    day: raw.day,
    streams: raw.streams,
    inputTokens: Number(raw.input_tokens),
    outputTokens: Number(raw.output_tokens),
    charged: BigInt(raw.charged),
    shortfall: BigInt(raw.shortfall),
  });
  const totalsRaw = raws.find((raw) => raw.grp !== 0);
  const rows = raws.filter((raw) => raw.grp === 0 && raw.streams > 0).map(toModel);
  if (rows.length > 5000)
    throw badInput('Too many rows: narrow the filter or group by less.', { field: 'groupBy' });
  const totals = totalsRaw
    ? { ...toModel(totalsRaw), userId: null, modelId: null, day: null }
    : {
        userId: null,
        modelId: null,
        day: null,
        streams: 0,
        inputTokens: 0,
        outputTokens: 0,
        charged: 0n,
        shortfall: 0n,
      };
  return { rows, totals };
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
