import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';

/** The statuses a reservation moves through. */
export type ReservationStatus = 'ACTIVE' | 'FINALIZED' | 'ABORTED' | 'EXPIRED';

/** One reservation, money as exact micro-credits. */
export interface ReservationRow {
  readonly id: string;
  readonly userId: string;
  readonly sessionId: string;
  readonly modelId: string;
  readonly priceId: string;
  readonly status: ReservationStatus;
  readonly reserved: bigint;
  readonly charged: bigint;
  readonly shortfall: bigint;
  readonly availableAfter: bigint;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  readonly createdAt: Date;
  readonly settledAt: Date | null;
  readonly expiredAt: Date | null;
  readonly expiredReason: string | null;
}

interface RawReservation {
  id: string;
  user_id: string;
  session_id: string;
  model_id: string;
  price_id: string;
  status: ReservationStatus;
  reserved: string;
  charged: string;
  shortfall: string;
  available_after: string;
  input_tokens: number | null;
  output_tokens: number | null;
  created_at: Date | string;
  settled_at: Date | string | null;
  expired_at: Date | string | null;
  expired_reason: string | null;
}

/** The columns every reservation query selects, money as text so no driver rounds it. */
export const reservationColumns = sql.raw(
  `id, user_id, session_id, model_id, price_id, status, reserved::text, charged::text, shortfall::text,
   available_after::text, input_tokens, output_tokens, created_at, settled_at, expired_at, expired_reason`,
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
    status: raw.status,
    reserved: BigInt(raw.reserved),
    charged: BigInt(raw.charged),
    shortfall: BigInt(raw.shortfall),
    availableAfter: BigInt(raw.available_after),
    inputTokens: raw.input_tokens,
    outputTokens: raw.output_tokens,
    createdAt: new Date(raw.created_at),
    settledAt: date(raw.settled_at),
    expiredAt: date(raw.expired_at),
    expiredReason: raw.expired_reason,
  };
}

/** Runs a statement returning {@link reservationColumns} and maps its rows. */
export async function selectReservations(
  db: Executor,
  statement: ReturnType<typeof sql>,
): Promise<ReservationRow[]> {
  return (await rowsOf<RawReservation>(db, statement)).map(toReservation);
}

/** One reservation by id, or `null`. */
export async function findReservation(db: Executor, id: string): Promise<ReservationRow | null> {
  const [row] = await selectReservations(
    db,
    sql`select ${reservationColumns} from accounting.reservations where id = ${id}`,
  );
  return row ?? null;
}

/**
 * Locks the account of the reservation's owner, then the reservation, in the order every
 * balance change uses (account first), and returns the reservation. With `skipLocked` a
 * reservation someone else is settling right now is skipped (the reaper's choice).
 */
export async function lockReservation(
  tx: Executor,
  id: string,
  options: { skipLocked?: boolean } = {},
): Promise<ReservationRow | null> {
  const skip = options.skipLocked ? sql` skip locked` : sql``;
  const [locked] = await rowsOf<{ user_id: string }>(
    tx,
    sql`select a.user_id from accounting.accounts a
        where a.user_id = (select user_id from accounting.reservations where id = ${id})
        for update${skip}`,
  );
  if (!locked) return null;
  const [row] = await selectReservations(
    tx,
    sql`select ${reservationColumns} from accounting.reservations where id = ${id} for update${skip}`,
  );
  return row ?? null;
}
