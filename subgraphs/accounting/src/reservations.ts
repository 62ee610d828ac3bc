import { appError, badInput, ErrorCode, notFound, type Db, creditAmount } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';
import { availableSql, drawFromGrants } from './draws';
import { checkTokens, reservationAmount } from './money';
import { requirePrice } from './pricing';
import {
  lockReservation,
  recordAvailableAfter,
  reservationColumns,
  selectReservations,
  type ReservationRow,
} from './reservation-rows';

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
  readonly expiresInSeconds?: number | null;
}

/** Token counts Bedrock reported. */
export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** Limits from the configuration that reserve and extend enforce. */
export interface ReserveLimits {
  readonly maxConcurrentStreams: number;
  readonly maxReservationSeconds: number;
}

/** Thrown inside the transaction when a concurrent reserve with the same key won. */
class KeyTaken extends Error {}

function checkDeadline(seconds: number, max: number): number {
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > max) {
    throw badInput(`expiresInSeconds must be a whole number from 1 to ${max}.`, {
      field: 'expiresInSeconds',
    });
  }
  return seconds;
}

const deadline = (seconds: number) => sql`now() + make_interval(secs => ${seconds})`;

/** The refusal when a person cannot cover `amount`. */
function insufficient(amount: bigint, available: bigint) {
  return appError(
    ErrorCode.INSUFFICIENT_CREDITS,
    `This answer needs up to ${creditAmount(amount).credits} credits but only ${creditAmount(available).credits} are available. Ask your teacher or an admin for more credits.`,
    { requiredMicroCredits: amount.toString(), availableMicroCredits: available.toString() },
  );
}

async function availableOf(tx: Executor, userId: string): Promise<bigint> {
  const [row] = await rowsOf<{ available: string }>(
    tx,
    sql`select ${availableSql(userId)}::text as available`,
  );
  return BigInt(row?.available ?? '0');
}

/** The reservation made with `clientKey`, refusing a key another person's reserve used. */
async function byClientKey(db: Executor, input: ReserveInput): Promise<ReservationRow | null> {
  const [row] = await selectReservations(
    db,
    sql`select ${reservationColumns} from accounting.reservations where client_key = ${input.clientKey}`,
  );
  if (row && row.userId !== input.userId) {
    throw appError(ErrorCode.CONFLICT, 'This clientKey was already used for another person.');
  }
  return row ?? null;
}

/**
 * Sets aside the estimated cost x 1.2 for one stream, from the grants that expire first, at
 * the price in force now (frozen on the reservation). Idempotent on `clientKey`: a retry
 * returns the reservation the first call made. Refuses with RATE_LIMITED when the user
 * already runs `maxConcurrentStreams` streams and with INSUFFICIENT_CREDITS (carrying both
 * amounts) when they cannot cover it.
 */
export async function reserveCredits(
  db: Db,
  input: ReserveInput,
  limits: ReserveLimits,
): Promise<ReservationRow> {
  if (!isUuid(input.userId)) throw badInput('userId must be a user id.', { field: 'userId' });
  if (!input.sessionId.trim())
    throw badInput('sessionId must not be empty.', { field: 'sessionId' });
  if (!input.clientKey.trim() || input.clientKey.length > 200)
    throw badInput('clientKey must be 1 to 200 characters.', { field: 'clientKey' });
  checkTokens(input.estimatedInputTokens, 'estimatedInputTokens');
  checkTokens(input.maxOutputTokens, 'maxOutputTokens');
  checkDeadline(input.expiresInSeconds, limits.maxReservationSeconds);
  const earlier = await byClientKey(db, input);
  if (earlier) return earlier;
  try {
    return await db.transaction(async (tx) => {
      const price = await requirePrice(tx, input.modelId);
      const amount = reservationAmount(price, input.estimatedInputTokens, input.maxOutputTokens);
      // Taking a stream slot also locks the user's account row: every later balance change
      // of this user waits for this transaction, so the grant draw below cannot race.
      const slot = await rowsOf<{ active_streams: number }>(
        tx,
        sql`insert into accounting.accounts (user_id, active_streams) values (${input.userId}, 1)
            on conflict (user_id) do update set active_streams = accounting.accounts.active_streams + 1
            where accounting.accounts.active_streams < ${limits.maxConcurrentStreams}
            returning active_streams`,
      );
      if (slot.length === 0) {
        throw appError(
          ErrorCode.RATE_LIMITED,
          `You already have ${limits.maxConcurrentStreams} answers streaming. Wait for one to finish, then try again.`,
          { maxConcurrentStreams: limits.maxConcurrentStreams },
        );
      }
      const [created] = await rowsOf<{ id: string }>(
        tx,
        sql`insert into accounting.reservations
              (user_id, session_id, model_id, price_id, input_per_1k, output_per_1k, client_key,
               estimated_input_tokens, max_output_tokens, reserved, expires_at, available_after)
            values (${input.userId}, ${input.sessionId}, ${input.modelId}, ${price.id},
                    ${price.inputPer1k.toString()}::bigint, ${price.outputPer1k.toString()}::bigint,
                    ${input.clientKey}, ${input.estimatedInputTokens}, ${input.maxOutputTokens},
                    ${amount.toString()}::bigint, ${deadline(input.expiresInSeconds)}, 0)
            on conflict (client_key) do nothing
            returning id`,
      );
      // A concurrent reserve with the same key committed first: undo the slot, return its row.
      if (!created) throw new KeyTaken();
      const taken = await drawFromGrants(tx, {
        userId: input.userId,
        reservationId: created.id,
        amount,
        allOrNothing: true,
        note: `Reserved for a stream on ${input.modelId}`,
      });
      if (taken !== amount) throw insufficient(amount, await availableOf(tx, input.userId));
      return recordAvailableAfter(tx, created.id, input.userId);
    });
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
    const winner = await byClientKey(db, input);
    if (!winner) throw new Error(`reservation with client key ${input.clientKey} vanished`);
    return winner;
  }
}

/**
 * Sets aside (additional tokens x the reservation's frozen prices) x 1.2 more for an active
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
  const seconds =
    input.expiresInSeconds === null || input.expiresInSeconds === undefined
      ? null
      : checkDeadline(input.expiresInSeconds, limits.maxReservationSeconds);
  if (!isUuid(input.reservationId)) throw notFound('The reservation');
  return db.transaction(async (tx) => {
    const current = await lockReservation(tx, input.reservationId);
    if (!current) throw notFound('The reservation');
    if (current.status !== 'ACTIVE' || current.settledAt) {
      throw appError(
        ErrorCode.CONFLICT,
        `The reservation is ${current.status.toLowerCase()}; only an active reservation can be extended.`,
        { status: current.status },
      );
    }
    const amount =
      input.additionalInputTokens === 0 && input.additionalOutputTokens === 0
        ? 0n
        : reservationAmount(current, input.additionalInputTokens, input.additionalOutputTokens);
    if (amount > 0n) {
      const taken = await drawFromGrants(tx, {
        userId: current.userId,
        reservationId: current.id,
        amount,
        allOrNothing: true,
        note: `Extended a stream on ${current.modelId}`,
      });
      if (taken !== amount) throw insufficient(amount, await availableOf(tx, current.userId));
    }
    await tx.execute(
      sql`update accounting.reservations
          set reserved = reserved + ${amount.toString()}::bigint,
              expires_at = ${seconds === null ? sql`expires_at` : deadline(seconds)}
          where id = ${current.id}`,
    );
    return recordAvailableAfter(tx, current.id, current.userId);
  });
}
