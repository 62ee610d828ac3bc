import { executePrepared } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';
import type { TokenPrice } from './money';

/** The statuses a reservation moves through. */
export type ReservationStatus = 'ACTIVE' | 'FINALIZED' | 'ABORTED' | 'EXPIRED';

/** One reservation, money as exact micro-credits; its frozen price per 1,000 tokens included. */
export interface ReservationRow extends TokenPrice {
  readonly id: string;
  readonly userId: string;
  readonly sessionId: string;
  readonly modelId: string;
  readonly priceId: string;
  readonly clientKey: string | null;
  readonly status: ReservationStatus;
  readonly reserved: bigint;
  readonly charged: bigint;
  readonly shortfall: bigint;
  readonly availableAfter: bigint;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  /** The custom tool calls' fixed prices charged at settlement (0 until then). */
  readonly toolCost: bigint;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly settledAt: Date | null;
  readonly expiredAt: Date | null;
  readonly expiredReason: string | null;
}

/** A reservation row as PostgreSQL returns {@link reservationColumns}. */
export interface RawReservation {
  id: string;
  user_id: string;
  session_id: string;
  model_id: string;
  price_id: string;
  input_per_1k: string;
  output_per_1k: string;
  client_key: string | null;
  status: ReservationStatus;
  reserved: string;
  charged: string;
  shortfall: string;
  available_after: string;
  input_tokens: number | null;
  output_tokens: number | null;
  tool_cost: string;
  created_at: Date | string;
  expires_at: Date | string;
  settled_at: Date | string | null;
  expired_at: Date | string | null;
  expired_reason: string | null;
}

/** The columns every reservation query selects, money as text so no driver rounds it. */
export const reservationColumns = sql.raw(
  `id, user_id, session_id, model_id, price_id, input_per_1k::text, output_per_1k::text, client_key, status,
   reserved::text, charged::text, shortfall::text, available_after::text, input_tokens, output_tokens, tool_cost::text, created_at,
   expires_at, settled_at, expired_at, expired_reason`,
);

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Maps a raw row selected with {@link reservationColumns}. */
export function toReservation(raw: RawReservation): ReservationRow {
  return {
    id: raw.id,
    userId: raw.user_id,
    sessionId: raw.session_id,
    modelId: raw.model_id,
    priceId: raw.price_id,
    inputPer1k: BigInt(raw.input_per_1k),
    outputPer1k: BigInt(raw.output_per_1k),
    clientKey: raw.client_key,
    status: raw.status,
    reserved: BigInt(raw.reserved),
    charged: BigInt(raw.charged),
    shortfall: BigInt(raw.shortfall),
    availableAfter: BigInt(raw.available_after),
    inputTokens: raw.input_tokens,
    outputTokens: raw.output_tokens,
    toolCost: BigInt(raw.tool_cost),
    createdAt: new Date(raw.created_at),
    expiresAt: new Date(raw.expires_at),
    settledAt: date(raw.settled_at),
    expiredAt: date(raw.expired_at),
    expiredReason: raw.expired_reason,
  };
}

/**
 * Runs a statement returning {@link reservationColumns} and maps its rows; with `prepared`, as
 * that named prepared statement (see `executePrepared`: the ledger's hot calls).
 */
export async function selectReservations(
  db: Executor,
  statement: ReturnType<typeof sql>,
  prepared?: string,
): Promise<ReservationRow[]> {
  const rows = prepared
    ? await executePrepared<RawReservation>(db, prepared, statement)
    : await rowsOf<RawReservation>(db, statement);
  return rows.map(toReservation);
}

/** One reservation by id, or `null`. */
export async function findReservation(db: Executor, id: string): Promise<ReservationRow | null> {
  const [row] = await selectReservations(
    db,
    sql`select ${reservationColumns} from accounting.reservations where id = ${id}`,
  );
  return row ?? null;
}
