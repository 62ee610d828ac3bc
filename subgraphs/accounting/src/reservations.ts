import { appError, badInput, ErrorCode, notFound, type Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf } from './db/query';
import { requirePrice } from './pricing';
import { ledgerError } from './ledger-errors';
import { checkTokens } from './money';
import { reservationColumns, selectReservations, type ReservationRow } from './reservation-rows';

/** What chat asks for before a stream. */
export interface ReserveInput {
  readonly sessionId: string;
  readonly userId: string;
  readonly modelId: string;
  readonly estimatedInputTokens: number;
  readonly maxOutputTokens: number;
  /** Idempotency key (chat: the assistant message id). */
  readonly clientKey: string;
  /** Seconds until the reservation's deadline. */
  readonly expiresInSeconds: number;
}

/** What chat asks for when an answer needs more than it reserved. */
export interface ExtendInput {
  readonly reservationId: string;
  readonly additionalInputTokens: number;
  readonly additionalOutputTokens: number;
  /** An exact amount to add too (a custom tool call's price), micro-credits as a decimal string. */
  readonly additionalMicroCredits?: string | null;
  readonly expiresInSeconds?: number | null;
}

/** Token counts Bedrock reported. */
export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** What the answer's custom tool calls cost, micro-credits as a decimal string. */
  readonly toolMicroCredits?: string | null;
}

/** The most one request may add as a fixed amount: 1,000 credits. */
const MAX_FIXED_MICRO = 1_000_000_000n;

/** Parses an optional exact amount of micro-credits (a whole number from 0 to 1,000 credits). */
export function fixedMicro(value: string | null | undefined, field: string): bigint {
  if (value === null || value === undefined) return 0n;
  if (!/^\d{1,10}$/.test(value) || BigInt(value) > MAX_FIXED_MICRO) {
    throw badInput(
      `${field} must be a whole number of micro-credits from 0 to ${MAX_FIXED_MICRO}.`,
      {
        field,
      },
    );
  }
  return BigInt(value);
}

/** Limits from the configuration that reserve and extend enforce. */
export interface ReserveLimits {
  readonly maxConcurrentStreams: number;
  readonly maxReservationSeconds: number;
}

function checkDeadline(seconds: number, max: number): number {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > max) {
    throw badInput(`expiresInSeconds must be a whole number from 1 to ${max}.`, {
      field: 'expiresInSeconds',
    });
  }
  return seconds;
}

/**
 * Sets aside the estimated cost x 1.2 for one stream, from the grants that expire first, at
 * the price in force now (frozen on the reservation), in one call of
 * `accounting.reserve_credits`. Idempotent on `clientKey`: a retry returns the reservation
 * the first call made. Refuses with RATE_LIMITED when the user already runs
 * `maxConcurrentStreams` streams and with INSUFFICIENT_CREDITS (carrying both amounts) when
 * they cannot cover it; a refused reserve changes nothing.
 */
export async function reserveCredits(
  db: Db,
  input: ReserveInput,
  limits: ReserveLimits,
): Promise<ReservationRow> {
  checkReserveInput(input, limits);
  let row: ReservationRow | undefined;
  try {
    [row] = await selectReservations(
      db,
      sql`select ${reservationColumns} from accounting.reserve_credits(
            ${input.userId}::uuid, ${input.sessionId}::text, ${input.modelId}::text, ${input.clientKey}::text,
            ${input.estimatedInputTokens}::int, ${input.maxOutputTokens}::int, ${input.expiresInSeconds}::int,
            ${limits.maxConcurrentStreams}::int)`,
      'accounting.reserve_credits',
    );
  } catch (error) {
    throw ledgerError(error, {
      modelId: input.modelId,
      maxConcurrentStreams: limits.maxConcurrentStreams,
    });
  }
  if (!row) throw new Error(`reserve_credits returned nothing for key ${input.clientKey}`);
  return ownReservation(row, input);
}

/** Refuses what {@link reserveCredits} refuses before it reaches the ledger. */
export function checkReserveInput(input: ReserveInput, limits: ReserveLimits): void {
  if (!isUuid(input.userId)) throw badInput('userId must be a user id.', { field: 'userId' });
  if (!input.sessionId.trim())
    throw badInput('sessionId must not be empty.', { field: 'sessionId' });
  if (!input.clientKey.trim() || input.clientKey.length > 200)
    throw badInput('clientKey must be 1 to 200 characters.', { field: 'clientKey' });
  checkTokens(input.estimatedInputTokens, 'estimatedInputTokens');
  checkTokens(input.maxOutputTokens, 'maxOutputTokens');
  checkDeadline(input.expiresInSeconds, limits.maxReservationSeconds);
}

/** The reservation `reserve_credits` returned for `input`, if it is that person's. */
export function ownReservation(row: ReservationRow, input: ReserveInput): ReservationRow {
  // Two first calls with one key for different people: the loser sees the winner's row.
  if (row.userId !== input.userId)
    throw appError(ErrorCode.CONFLICT, 'This clientKey was already used for another person.');
  return row;
}

/**
 * Sets aside (additional tokens x the reservation's frozen prices) x 1.2, plus an exact
 * `additionalMicroCredits` (a custom tool call's price), more for an active
 * reservation, under the same account lock and draw rules as {@link reserveCredits}, and
 * optionally moves its deadline. INSUFFICIENT_CREDITS leaves everything unchanged; CONFLICT
 * when the reservation is settled or expired.
 */
export async function extendReservation(
  db: Db,
  input: ExtendInput,
  limits: Pick<ReserveLimits, 'maxReservationSeconds'>,
): Promise<ReservationRow> {
  checkTokens(input.additionalInputTokens, 'additionalInputTokens');
  checkTokens(input.additionalOutputTokens, 'additionalOutputTokens');
  const micro = fixedMicro(input.additionalMicroCredits, 'additionalMicroCredits');
  const seconds =
    input.expiresInSeconds === null || input.expiresInSeconds === undefined
      ? null
      : checkDeadline(input.expiresInSeconds, limits.maxReservationSeconds);
  if (!isUuid(input.reservationId)) throw notFound('The reservation');
  try {
    const [row] = await selectReservations(
      db,
      sql`select ${reservationColumns} from accounting.extend_reservation(
            ${input.reservationId}::uuid, ${input.additionalInputTokens}::int,
            ${input.additionalOutputTokens}::int, ${seconds}::int, ${micro.toString()}::bigint)`,
      'accounting.extend_reservation',
    );
    return row!;
  } catch (error) {
    throw ledgerError(error, {});
  }
}

/** What a reservation would set aside now, and what the person has available to pay it. */
export interface ReservationQuote {
  readonly amount: bigint;
  readonly available: bigint;
}

/**
 * What {@link reserveCredits} would set aside now for these tokens, computed by the same
 * ledger function (`accounting.reservation_amount`, estimate x 1.2 at the price in force) so a
 * quote and a reservation cannot disagree, and the person's available credits. Reserves nothing.
 */
export async function quoteReservation(
  db: Db,
  input: { userId: string; modelId: string; estimatedInputTokens: number; maxOutputTokens: number },
): Promise<ReservationQuote> {
  if (!isUuid(input.userId)) throw badInput('userId must be a user id.', { field: 'userId' });
  checkTokens(input.estimatedInputTokens, 'estimatedInputTokens');
  checkTokens(input.maxOutputTokens, 'maxOutputTokens');
  const price = await requirePrice(db, input.modelId);
  const [row] = await rowsOf<{ amount: string; available: string }>(
    db,
    sql`select accounting.reservation_amount(${input.estimatedInputTokens}::int, ${input.maxOutputTokens}::int,
          ${price.inputPer1k}::bigint, ${price.outputPer1k}::bigint)::text as amount,
        accounting.available(${input.userId}::uuid)::text as available`,
  );
  return { amount: BigInt(row!.amount), available: BigInt(row!.available) };
}
