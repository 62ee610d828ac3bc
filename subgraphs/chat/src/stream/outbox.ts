import type { Db, Logger } from '@aula/runtime';
import { eq, inArray, lte } from 'drizzle-orm';
import type { CreditReservations, ReservationResult } from '../accounting';
import { messages, settlementOutbox } from '../db/schema';
import type { MessageRow } from '../messages';

type OutboxRow = typeof settlementOutbox.$inferSelect;

/** Retry timing of the outbox. */
export interface OutboxTiming {
  /** First retry delay and poll interval; doubles per failed attempt. @default 1000 via config */
  readonly retryMs: number;
  /** The longest delay between two attempts. @default 60 × retryMs */
  readonly maxRetryMs?: number;
}

/** How many due entries one poll claims. */
const BATCH = 20;
/** A claimed entry is left alone by other replicas this long while its call is in flight. */
const CLAIM_MS = 30_000;
/** Refusals that no retry will change: the reservation is gone or the request is malformed. */
const PERMANENT = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

/** What a delivered settlement changed. */
export interface Delivered {
  readonly settlement: ReservationResult;
  /** The answer with `creditsChargedMicro` recorded; null if it was deleted meanwhile. */
  readonly message: MessageRow | null;
}

/**
 * Delivers the settlements chat owes accounting (`chat.settlement_outbox`), retrying with
 * exponential backoff until accounting acknowledges. Finalize and abort are idempotent on
 * the reservation id, so a delivery repeated after a lost acknowledgement cannot charge twice.
 * The answer's own replica delivers at once; every replica polls for entries whose owner
 * failed or died.
 */
export class SettlementOutbox {
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly credits: CreditReservations,
    private readonly logger: Logger,
    private readonly timing: OutboxTiming,
  ) {}

  /** Delivers one answer's settlement now; null when it stays pending (retried later). */
  async deliverNow(messageId: string): Promise<Delivered | null> {
    const [entry] = await this.db
      .select()
      .from(settlementOutbox)
      .where(eq(settlementOutbox.messageId, messageId));
    return entry ? this.attempt(entry) : null;
  }

  /** Delivers every entry that is due; returns how many were acknowledged. */
  async deliverDue(): Promise<number> {
    const claimed = await this.db
      .update(settlementOutbox)
      .set({ nextAttemptAt: new Date(Date.now() + CLAIM_MS) })
      .where(
        inArray(
          settlementOutbox.messageId,
          this.db
            .select({ id: settlementOutbox.messageId })
            .from(settlementOutbox)
            .where(lte(settlementOutbox.nextAttemptAt, new Date()))
            .orderBy(settlementOutbox.nextAttemptAt)
            .limit(BATCH)
            .for('update', { skipLocked: true }),
        ),
      )
      .returning();
    let delivered = 0;
    for (const entry of claimed) if (await this.attempt(entry)) delivered += 1;
    return delivered;
  }

  /** Of these reservations, the ones whose settlement is still owed. */
  async pendingReservations(reservationIds: readonly string[]): Promise<string[]> {
    if (reservationIds.length === 0) return [];
    const rows = await this.db
      .selectDistinct({ id: settlementOutbox.reservationId })
      .from(settlementOutbox)
      .where(inArray(settlementOutbox.reservationId, [...reservationIds]));
    return rows.map((row) => row.id);
  }

  /** Starts polling for due entries. */
  start(): void {
    const poll = () => {
      this.polling = this.deliverDue().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'settlement outbox poll failed'),
      );
    };
    this.timer = setInterval(poll, this.timing.retryMs);
    this.timer.unref();
  }

  /** Stops polling; waits for a poll in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
  }

  private async attempt(entry: OutboxRow): Promise<Delivered | null> {
    const usage = {
      inputTokens: entry.inputTokens,
      outputTokens: entry.outputTokens,
      ...(entry.toolCostMicro > 0 ? { toolMicroCredits: String(entry.toolCostMicro) } : {}),
    };
    let settlement: ReservationResult;
    try {
      settlement =
        entry.kind === 'FINALIZE'
          ? await this.credits.finalize(entry.reservationId, usage)
          : await this.credits.abort(entry.reservationId, usage);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code ?? '';
      if (PERMANENT.has(code)) {
        this.logger.error(
          { err: error, messageId: entry.messageId, reservationId: entry.reservationId },
          'accounting refused a settlement for good; dropping it',
        );
        await this.db
          .delete(settlementOutbox)
          .where(eq(settlementOutbox.messageId, entry.messageId));
        return null;
      }
      await this.postpone(entry, error).catch((e: unknown) =>
        this.logger.warn({ err: e, messageId: entry.messageId }, 'could not postpone a settlement'),
      );
      return null;
    }
    // Acknowledged: the entry goes and the charge is shown on the answer, in one statement.
    const charged = Number(settlement.chargedMicro);
    const [message] = await this.db
      .with(
        this.db
          .$with('acknowledged')
          .as(
            this.db
              .delete(settlementOutbox)
              .where(eq(settlementOutbox.messageId, entry.messageId))
              .returning({ id: settlementOutbox.messageId }),
          ),
      )
      .update(messages)
      .set({ creditsChargedMicro: charged })
      .where(eq(messages.id, entry.messageId))
      .returning();
    return { settlement, message: message ?? null };
  }

  private async postpone(entry: OutboxRow, error: unknown): Promise<void> {
    const attempts = entry.attempts + 1;
    const max = this.timing.maxRetryMs ?? this.timing.retryMs * 60;
    const delay = Math.min(max, this.timing.retryMs * 2 ** Math.min(attempts - 1, 20));
    // Jitter spreads the retries of many answers that failed together.
    const jittered = Math.round(delay * (0.75 + Math.random() * 0.5));
    await this.db
      .update(settlementOutbox)
      .set({
        attempts,
        nextAttemptAt: new Date(Date.now() + jittered),
        lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
      })
      .where(eq(settlementOutbox.messageId, entry.messageId));
    this.logger.warn(
      {
        messageId: entry.messageId,
        reservationId: entry.reservationId,
        attempts,
        retryInMs: jittered,
      },
      'settlement not acknowledged; will retry',
    );
  }
}
