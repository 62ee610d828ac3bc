import { badInput, isUuid } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';
import { checkTokens } from './money';
import { requirePrice } from './pricing';

/** A model call a service made for the school, as `recordServiceUsage` receives it. */
export interface ServiceUsage {
  readonly clientKey: string;
  readonly purpose: string;
  readonly modelId: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly onBehalfOf?: string | null;
}

/** One recorded call (`ServiceUsageRecord`). */
export interface ServiceUsageRecordModel {
  readonly id: string;
  readonly cost: bigint;
}

/** What a service's calls cost, per purpose and model (`ServiceUsageRow`). */
export interface ServiceUsageRowModel {
  readonly service: string;
  readonly purpose: string;
  readonly modelId: string;
  readonly calls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cost: bigint;
}

/**
 * Records one call at the model's price in force now, charged to the school (no grant is
 * drawn from: the school pays for its own safety). A retry with the same key returns the
 * first record unchanged.
 */
export async function recordServiceUsage(
  db: Executor,
  service: string,
  usage: ServiceUsage,
): Promise<ServiceUsageRecordModel> {
  const clientKey = usage.clientKey.trim();
  const purpose = usage.purpose.trim();
  if (!clientKey || clientKey.length > 200)
    throw badInput('clientKey must be 1 to 200 characters.', { field: 'clientKey' });
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(purpose))
    throw badInput('purpose must be a short lowercase name such as safety-judge.', {
      field: 'purpose',
    });
  if (usage.onBehalfOf && !isUuid(usage.onBehalfOf))
    throw badInput('onBehalfOf must be a user id.', { field: 'onBehalfOf' });
  const input = checkTokens(usage.inputTokens, 'inputTokens');
  const output = checkTokens(usage.outputTokens, 'outputTokens');
  const price = await requirePrice(db, usage.modelId);
  await rowsOf(
    db,
    sql`insert into accounting.service_usage
          (client_key, service, purpose, model_id, price_id, input_tokens, output_tokens, cost, on_behalf_of)
        values (${clientKey}, ${service}, ${purpose}, ${usage.modelId}, ${price.id}, ${input}, ${output},
          accounting.usage_cost(${input}, ${output}, ${price.inputPer1k}, ${price.outputPer1k}),
          ${usage.onBehalfOf ?? null})
        on conflict (client_key) do nothing`,
  );
  const [row] = await rowsOf<{ id: string; cost: string }>(
    db,
    sql`select id, cost::text from accounting.service_usage where client_key = ${clientKey}`,
  );
  return { id: row!.id, cost: BigInt(row!.cost) };
}

/** The school's own model calls in a time range, per service, purpose and model, costliest first. */
export async function serviceUsageReport(
  db: Executor,
  from: Date | null,
  to: Date | null,
): Promise<ServiceUsageRowModel[]> {
  const rows = await rowsOf<{
    service: string;
    purpose: string;
    model_id: string;
    calls: number;
    input_tokens: string;
    output_tokens: string;
    cost: string;
  }>(
    db,
    sql`select service, purpose, model_id, count(*)::int as calls,
          sum(input_tokens)::text as input_tokens, sum(output_tokens)::text as output_tokens,
          sum(cost)::text as cost
        from accounting.service_usage
        where (${from}::timestamptz is null or at >= ${from}::timestamptz)
          and (${to}::timestamptz is null or at < ${to}::timestamptz)
        group by service, purpose, model_id
        order by sum(cost) desc, service, purpose, model_id`,
  );
  return rows.map((r) => ({
    service: r.service,
    purpose: r.purpose,
    modelId: r.model_id,
    calls: r.calls,
    inputTokens: Number(r.input_tokens),
    outputTokens: Number(r.output_tokens),
    cost: BigInt(r.cost),
  }));
}
