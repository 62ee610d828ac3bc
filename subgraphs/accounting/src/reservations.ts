import { appError, badInput, ErrorCode, notFound, type Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';
import { availableSql, drawFromGrants, settleReservedDraws } from './draws';
import { checkTokens, creditAmount, reservationAmount, usageCost } from './money';
import { priceById, requirePrice } from './pricing';
import {
  lockReservation,
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
}

/** Token counts Bedrock reported. */
export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/**
 * Sets aside the estimated cost x 1.2 for one stream, from the grants that expire first.
 * Refuses with RATE_LIMITED when the user already runs `maxConcurrentStreams` streams and
 * with INSUFFICIENT_CREDITS (carrying both amounts) when they cannot cover it.
 */
export async function reserveCredits(
  db: Db,
  input: ReserveInput,
  options: { maxConcurrentStreams: number },
): Promise<ReservationRow> {
  if (!isUuid(input.userId)) throw badInput('userId must be a user id.', { field: 'userId' });
  if (!input.sessionId.trim())
    throw badInput('sessionId must not be empty.', { field: 'sessionId' });
  checkTokens(input.estimatedInputTokens, 'estimatedInputTokens');
  checkTokens(input.maxOutputTokens, 'maxOutputTokens');
  return db.transaction(async (tx) => {
    const price = await requirePrice(tx, input.modelId);
    const amount = reservationAmount(price, input.estimatedInputTokens, input.maxOutputTokens);
    // Taking a stream slot also locks the user's account row: every later balance change
    // of this user waits for this transaction, so the grant draw below cannot race.
    const slot = await rowsOf<{ active_streams: number }>(
      tx,
      sql`insert into accounting.accounts (user_id, active_streams) values (${input.userId}, 1)
          on conflict (user_id) do update set active_streams = accounting.accounts.active_streams + 1
          where accounting.accounts.active_streams < ${options.maxConcurrentStreams}
          returning active_streams`,
    );
    if (slot.length === 0) {
      throw appError(
        ErrorCode.RATE_LIMITED,
        `You already have ${options.maxConcurrentStreams} answers streaming. Wait for one to finish, then try again.`,
        { maxConcurrentStreams: options.maxConcurrentStreams },
      );
    }
    const [created] = await rowsOf<{ id: string }>(
      tx,
      sql`insert into accounting.reservations
            (user_id, session_id, model_id, price_id, estimated_input_tokens, max_output_tokens, reserved, available_after)
          values (${input.userId}, ${input.sessionId}, ${input.modelId}, ${price.id}, ${input.estimatedInputTokens},
                  ${input.maxOutputTokens}, ${amount.toString()}::bigint, 0)
          returning id`,
    );
    const reservationId = (created as { id: string }).id;
    const taken = await drawFromGrants(tx, {
      userId: input.userId,
      reservationId,
      amount,
      allOrNothing: true,
      note: `Reserved for a stream on ${input.modelId}`,
    });
    if (taken !== amount) {
      const [row] = await rowsOf<{ available: string }>(
        tx,
        sql`select ${availableSql(input.userId)}::text as available`,
      );
      const available = BigInt(row?.available ?? '0');
      throw appError(
        ErrorCode.INSUFFICIENT_CREDITS,
        `This answer needs up to ${creditAmount(amount).credits} credits but only ${creditAmount(available).credits} are available. Ask your teacher or an admin for more credits.`,
        { requiredMicroCredits: amount.toString(), availableMicroCredits: available.toString() },
      );
    }
    return recordAvailableAfter(tx, reservationId, input.userId);
  });
}

/**
 * Settles a reservation with the stream's usage at the price in force when it was reserved:
 * charges the exact cost (rounded up once), releases the rest to the grants it came from and
 * writes a usage record. Exactly one settlement happens: a retry, or the loser of a
 * finalize/abort race, gets the settled reservation back unchanged. A reservation the reaper
 * already expired is charged from what is available now (its reserve was already released).
 * Cost beyond what can be charged is recorded as shortfall; no balance goes negative.
 */
export async function settleReservation(
  db: Db,
  id: string,
  usage: TokenUsage,
  outcome: 'FINALIZED' | 'ABORTED',
): Promise<ReservationRow> {
  checkTokens(usage.inputTokens, 'inputTokens');
  checkTokens(usage.outputTokens, 'outputTokens');
  if (!isUuid(id)) throw notFound('The reservation');
  return db.transaction(async (tx) => {
    const current = await lockReservation(tx, id);
    if (!current) throw notFound('The reservation');
    if (current.settledAt) return current;
    const price = await priceById(tx, current.priceId);
    const cost = usageCost(price, usage.inputTokens, usage.outputTokens);
    const late = current.status === 'EXPIRED';
    const moved = await rowsOf<{ id: string }>(
      tx,
      sql`update accounting.reservations
          set status = ${late ? sql`status` : sql`${outcome}::accounting.reservation_status`},
              input_tokens = ${usage.inputTokens}, output_tokens = ${usage.outputTokens}, settled_at = now()
          where id = ${id} and settled_at is null and status in ('ACTIVE', 'EXPIRED')
          returning id`,
    );
    if (moved.length === 0) throw new Error(`reservation ${id} changed while locked`);
    const note = `${late ? 'Late ' : ''}${outcome === 'FINALIZED' ? 'finalize' : 'abort'}: ${usage.inputTokens} input + ${usage.outputTokens} output tokens on ${current.modelId}`;
    const fromReserve = cost < current.reserved ? cost : current.reserved;
    const settled = late
      ? { charged: 0n }
      : await settleReservedDraws(tx, {
          userId: current.userId,
          reservationId: id,
          charge: fromReserve,
          note,
        });
    const extra = cost - settled.charged;
    if (extra > 0n) {
      await drawFromGrants(tx, {
        userId: current.userId,
        reservationId: id,
        amount: extra,
        allOrNothing: false,
        note: `${note} (beyond the reservation)`,
      });
    }
    if (!late) await releaseStreamSlot(tx, current.userId);
    await tx.execute(
      sql`update accounting.reservations r
          set charged = d.charged, shortfall = greatest(${cost.toString()}::bigint - d.charged, 0)
          from (select coalesce(sum(charged), 0) as charged from accounting.reservation_draws
                where reservation_id = ${id}) d
          where r.id = ${id}`,
    );
    await tx.execute(
      sql`insert into accounting.usage_records
            (reservation_id, user_id, session_id, model_id, price_id, input_tokens, output_tokens, cost, charged, shortfall, outcome)
          select id, user_id, session_id, model_id, price_id, input_tokens, output_tokens, ${cost.toString()}::bigint,
                 charged, shortfall, ${outcome}::accounting.reservation_status
          from accounting.reservations where id = ${id}
          on conflict (reservation_id) do nothing`,
    );
    return recordAvailableAfter(tx, id, current.userId);
  });
}

/**
 * Expires one abandoned reservation: releases everything it holds to its grants and records
 * why. Skips a reservation another replica is handling or that was settled meanwhile.
 * Returns whether this call expired it.
 */
export async function expireReservation(
  db: Db,
  id: string,
  cutoffSeconds: number,
  reason: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await lockReservation(tx, id, { skipLocked: true });
    if (!current || current.status !== 'ACTIVE') return false;
    const moved = await rowsOf<{ id: string }>(
      tx,
      sql`update accounting.reservations set status = 'EXPIRED', expired_at = now(), expired_reason = ${reason}
          where id = ${id} and status = 'ACTIVE' and created_at < now() - make_interval(secs => ${cutoffSeconds})
          returning id`,
    );
    if (moved.length === 0) return false;
    await settleReservedDraws(tx, {
      userId: current.userId,
      reservationId: id,
      charge: 0n,
      note: `Expired: ${reason}`,
    });
    await releaseStreamSlot(tx, current.userId);
    await recordAvailableAfter(tx, id, current.userId);
    return true;
  });
}

/** Ids of active reservations older than `cutoffSeconds`, oldest first. */
export async function abandonedReservationIds(
  db: Executor,
  cutoffSeconds: number,
  limit = 100,
): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select id from accounting.reservations
        where status = 'ACTIVE' and created_at < now() - make_interval(secs => ${cutoffSeconds})
        order by created_at limit ${limit}`,
  );
  return rows.map((row) => row.id);
}

async function releaseStreamSlot(tx: Executor, userId: string): Promise<void> {
  await tx.execute(
    sql`update accounting.accounts set active_streams = active_streams - 1
        where user_id = ${userId} and active_streams > 0`,
  );
}

async function recordAvailableAfter(
  tx: Executor,
  id: string,
  userId: string,
): Promise<ReservationRow> {
  const [row] = await selectReservations(
    tx,
    sql`update accounting.reservations set available_after = ${availableSql(userId)}
        where id = ${id} returning ${reservationColumns}`,
  );
  return row as ReservationRow;
}
