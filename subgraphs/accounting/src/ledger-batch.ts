import { createTurnBatcher, executePrepared, type Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { ledgerError } from './ledger-errors';
import {
  reservationColumns,
  toReservation,
  type RawReservation,
  type ReservationRow,
} from './reservation-rows';
import {
  checkReserveInput,
  ownReservation,
  reserveCredits,
  type ReserveInput,
  type ReserveLimits,
  type TokenUsage,
} from './reservations';
import { checkSettlement, settleReservation, type Settlement } from './settlement';

/** Most calls one statement carries (the ledger's batch functions refuse more). */
export const MAX_LEDGER_BATCH = 32;

/** Open reservations whose owner a batcher remembers to keep each person in one statement. */
const MAX_REMEMBERED_OWNERS = 10_000;

/**
 * Reserve and settle, as {@link reserveCredits} and {@link settleReservation} do, with the calls
 * that arrive in the same turn of the event loop sent to PostgreSQL together: one statement,
 * one round trip and one commit for the lot (`accounting.reserve_credits_batch`,
 * `accounting.settle_reservation_batch`, migration 0011). Each call runs the very same ledger
 * function in a subtransaction of its own, so each gets exactly the result or refusal it would
 * have got alone. A call alone goes as before. When a batch fails as a whole (a connection lost,
 * a deadlock), its calls are made again one by one: reserve is idempotent on its client key and
 * settlement happens once, so a batch that did commit returns the same results.
 */
export interface LedgerBatcher {
  reserve(input: ReserveInput, limits: ReserveLimits): Promise<ReservationRow>;
  settle(
    id: string,
    usage: TokenUsage,
    outcome: 'FINALIZED' | 'ABORTED',
    creditsLowThreshold: bigint | null,
  ): Promise<Settlement>;
}

interface Waiting<TCall, TResult> {
  readonly call: TCall;
  readonly resolve: (result: TResult) => void;
  readonly reject: (error: unknown) => void;
}

interface ReserveCall {
  readonly input: ReserveInput;
  readonly limits: ReserveLimits;
}

interface SettleCall {
  readonly id: string;
  readonly usage: TokenUsage;
  readonly toolCost: bigint;
  readonly outcome: 'FINALIZED' | 'ABORTED';
  readonly threshold: bigint | null;
  /** Whose reservation it is, when this batcher made it. */
  readonly owner: string | undefined;
}

/** What a batch function returns for one item: its row, or the refusal it raised. */
interface ItemOutcome {
  ordinal: number;
  error_state: string | null;
  error_detail: string | null;
}

/** A refusal a batch item reported, shaped as the driver's error so `ledgerError` reads it. */
function refusal(state: string, detail: string | null): Error {
  return Object.assign(new Error(`ledger refusal ${state}`), { code: state, detail: detail ?? '' });
}

/** The ledger's own refusals (SQLSTATE AC0nn): anything else is retried alone. */
const isRefusal = (state: string) => state.startsWith('AC');

export function createLedgerBatcher(db: Db): LedgerBatcher {
  const reserveOne = ({ input, limits }: ReserveCall) => reserveCredits(db, input, limits);
  const settleOne = (call: SettleCall) =>
    settleReservation(db, call.id, call.usage, call.outcome, call.threshold);

  /** Runs a batch; falls back to one call each when the statement fails as a whole. */
  async function run<TCall, TResult, TRow extends ItemOutcome>(
    part: Array<Waiting<TCall, TResult>>,
    one: (call: TCall) => Promise<TResult>,
    statement: () => Promise<TRow[]>,
    result: (row: TRow, call: TCall) => TResult,
    context: (call: TCall) => Parameters<typeof ledgerError>[1],
  ) {
    const alone = (waiting: Waiting<TCall, TResult>) =>
      one(waiting.call).then(waiting.resolve, waiting.reject);
    if (part.length === 1) return alone(part[0]!);
    let rows: TRow[];
    try {
      rows = await statement();
    } catch {
      for (const waiting of part) void alone(waiting);
      return;
    }
    for (const row of rows) {
      const waiting = part[row.ordinal - 1]!;
      if (row.error_state === null) {
        try {
          waiting.resolve(result(row, waiting.call));
        } catch (error) {
          waiting.reject(error);
        }
      } else if (isRefusal(row.error_state)) {
        waiting.reject(
          ledgerError(refusal(row.error_state, row.error_detail), context(waiting.call)),
        );
      } else void alone(waiting);
    }
  }

  /**
   * The person each reservation made here and not yet settled belongs to. A turn's calls are
   * split into statements by person (all of a person's calls in one statement): each statement
   * is one transaction that holds its people's account locks until it commits, so statements
   * with nobody in common run side by side instead of one waiting for the other. A settlement
   * of a reservation made by another replica goes wherever there is room.
   */
  const owners = new Map<string, string>();
  const reserves = createTurnBatcher<Waiting<ReserveCall, ReservationRow>>(
    MAX_LEDGER_BATCH,
    (_key, part) =>
      void run(
        part,
        reserveOne,
        () =>
          executePrepared<RawReservation & ItemOutcome>(
            db,
            'accounting.reserve_credits_batch',
            sql`select b.ordinal, b.error_state, b.error_detail, ${reservationColumns}
                from accounting.reserve_credits_batch(
                  ${JSON.stringify(part.map(({ call }) => call.input))}::jsonb,
                  ${part[0]!.call.limits.maxConcurrentStreams}::int) b
                left join lateral (select (b.made).*) r on true`,
          ),
        (row, call) => ownReservation(toReservation(row), call.input),
        (call) => ({
          modelId: call.input.modelId,
          maxConcurrentStreams: call.limits.maxConcurrentStreams,
        }),
      ),
    ({ call }) => call.input.userId,
  );

  const settlements = createTurnBatcher<Waiting<SettleCall, Settlement>>(
    MAX_LEDGER_BATCH,
    (_key, part) =>
      void run(
        part,
        settleOne,
        () =>
          executePrepared<RawReservation & ItemOutcome & { credits_fell_low: boolean }>(
            db,
            'accounting.settle_reservation_batch',
            sql`select b.ordinal, b.error_state, b.error_detail, b.credits_fell_low, ${reservationColumns}
                from accounting.settle_reservation_batch(
                  ${JSON.stringify(
                    part.map(({ call }) => ({
                      id: call.id,
                      inputTokens: call.usage.inputTokens,
                      outputTokens: call.usage.outputTokens,
                      toolCost: call.toolCost.toString(),
                      outcome: call.outcome,
                    })),
                  )}::jsonb,
                  ${part[0]!.call.threshold?.toString() ?? null}::bigint) b
                left join lateral (select (b.settled).*) r on true`,
          ),
        (row) => ({ reservation: toReservation(row), creditsFellLow: row.credits_fell_low }),
        () => ({}),
      ),
    ({ call }) => call.owner,
  );

  return {
    async reserve(input, limits) {
      checkReserveInput(input, limits);
      const reservation = await new Promise<ReservationRow>((resolve, reject) =>
        reserves.add(`${limits.maxConcurrentStreams} ${limits.maxReservationSeconds}`, {
          call: { input, limits },
          resolve,
          reject,
        }),
      );
      // Made in a batch or alone, its settlement keeps to its person's statement.
      if (reservation.status === 'ACTIVE') {
        owners.set(reservation.id, reservation.userId);
        if (owners.size > MAX_REMEMBERED_OWNERS) owners.delete(owners.keys().next().value!);
      }
      return reservation;
    },
    async settle(id, usage, outcome, threshold) {
      const toolCost = checkSettlement(id, usage);
      const owner = owners.get(id);
      owners.delete(id);
      return new Promise((resolve, reject) =>
        settlements.add(String(threshold), {
          call: { id, usage, toolCost, outcome, threshold, owner },
          resolve,
          reject,
        }),
      );
    },
  };
}
