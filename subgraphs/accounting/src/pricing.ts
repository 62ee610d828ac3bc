import {
  appError,
  badInput,
  ErrorCode,
  isUniqueViolation,
  type CursorPosition,
  keysetAfter,
} from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';
import type { TokenPrice } from './money';

/** One row of `accounting.model_prices`. */
export interface PriceRow extends TokenPrice {
  readonly id: string;
  readonly modelId: string;
  readonly effectiveFrom: Date;
  readonly setBy: string | null;
}

interface RawPrice {
  id: string;
  model_id: string;
  input_per_1k: string;
  output_per_1k: string;
  effective_from: Date | string;
  set_by: string | null;
}

const columns = sql`id, model_id, input_per_1k::text, output_per_1k::text, effective_from, set_by`;

const toPrice = (raw: RawPrice): PriceRow => ({
  id: raw.id,
  modelId: raw.model_id,
  inputPer1k: BigInt(raw.input_per_1k),
  outputPer1k: BigInt(raw.output_per_1k),
  effectiveFrom: new Date(raw.effective_from),
  setBy: raw.set_by,
});

/** The price in force now for `modelId`, or `null` when the model has none. */
export async function currentPrice(db: Executor, modelId: string): Promise<PriceRow | null> {
  const [raw] = await rowsOf<RawPrice>(
    db,
    sql`select ${columns} from accounting.model_prices
        where model_id = ${modelId} and effective_from <= now()
        order by effective_from desc limit 1`,
  );
  return raw ? toPrice(raw) : null;
}

/** As {@link currentPrice}, refusing an unknown model instead of guessing a rate. */
export async function requirePrice(db: Executor, modelId: string): Promise<PriceRow> {
  const price = await currentPrice(db, modelId);
  if (!price) {
    throw badInput(
      `Model "${modelId}" has no price, so it cannot be charged. An admin must set its price first.`,
      {
        field: 'modelId',
      },
    );
  }
  return price;
}

/** The price a reservation was made at (prices are never deleted). */
export async function priceById(db: Executor, id: string): Promise<PriceRow> {
  const [raw] = await rowsOf<RawPrice>(
    db,
    sql`select ${columns} from accounting.model_prices where id = ${id}`,
  );
  if (!raw) throw new Error(`price ${id} is missing`);
  return toPrice(raw);
}

/** The price in force now of every model that has one, by model id. */
export async function currentPrices(db: Executor): Promise<PriceRow[]> {
  const raws = await rowsOf<RawPrice>(
    db,
    sql`select distinct on (model_id) ${columns} from accounting.model_prices
        where effective_from <= now() order by model_id, effective_from desc`,
  );
  return raws.map(toPrice);
}

/** Every price `modelId` ever had or will have, newest first. */
export async function priceHistory(
  db: Executor,
  modelId: string,
  first: number,
  after: CursorPosition | null,
): Promise<PriceRow[]> {
  const before = sql`and ${keysetAfter(sql`effective_from`, sql`id`, after)}`;
  const raws = await rowsOf<RawPrice>(
    db,
    sql`select ${columns} from accounting.model_prices where model_id = ${modelId} ${before}
        order by effective_from desc, id desc limit ${first + 1}`,
  );
  return raws.map(toPrice);
}

/**
 * Adds a price for `modelId` from `effectiveFrom` (now when omitted). Earlier rows stay:
 * reservations and usage point at the row they were charged with.
 */
export async function setModelPrice(
  db: Executor,
  input: { modelId: string; price: TokenPrice; effectiveFrom?: Date; setBy: string },
): Promise<PriceRow> {
  const modelId = input.modelId.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/.test(modelId)) {
    throw badInput(
      'modelId must be a Bedrock model id such as anthropic.claude-3-haiku-20240307-v1:0.',
      {
        field: 'modelId',
      },
    );
  }
  if (input.effectiveFrom && input.effectiveFrom.getTime() < Date.now() - 60_000) {
    throw badInput(
      'effectiveFrom must not be in the past: past usage keeps the price it was charged at.',
      {
        field: 'effectiveFrom',
      },
    );
  }
  const from = input.effectiveFrom
    ? sql`${input.effectiveFrom.toISOString()}::timestamptz`
    : sql`now()`;
  try {
    const [raw] = await rowsOf<RawPrice>(
      db,
      sql`insert into accounting.model_prices (model_id, input_per_1k, output_per_1k, effective_from, set_by)
          values (${modelId}, ${input.price.inputPer1k.toString()}::bigint, ${input.price.outputPer1k.toString()}::bigint,
                  ${from}, ${input.setBy})
          returning ${columns}`,
    );
    return toPrice(raw as RawPrice);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw appError(
        ErrorCode.CONFLICT,
        `Model "${modelId}" already has a price starting at that instant.`,
      );
    }
    throw error;
  }
}
