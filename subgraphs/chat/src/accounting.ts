import { operations, type ResultOf, type ServiceClient } from '@aula/runtime';

/** A reservation as chat needs it. Money in micro-credits, as decimal strings. */
export interface ReservationResult {
  id: string;
  chargedMicro: string;
  availableAfterMicro: string;
}

/** A reservation's cap: what is reserved and the prices frozen in it, in micro-credits. */
export interface ReservationTerms {
  readonly id: string;
  readonly reservedMicro: bigint;
  /** Micro-credits per million input tokens. */
  readonly inputPerMillionMicro: bigint;
  /** Micro-credits per million output tokens. */
  readonly outputPerMillionMicro: bigint;
}

/** Token counts to settle with. */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  /** The custom tool calls' fixed prices, micro-credits as a decimal string; omitted: none. */
  toolMicroCredits?: string;
}

type Raw = ResultOf<typeof operations.accounting.FinalizeReservation>['finalizeReservation'];
const shape = (raw: Raw): ReservationResult => ({
  id: raw.id,
  chargedMicro: raw.charged.microCredits,
  availableAfterMicro: raw.availableAfter.microCredits,
});

type RawTerms = ResultOf<typeof operations.accounting.ReserveCredits>['reserveCredits'];
const terms = (raw: RawTerms): ReservationTerms => ({
  id: raw.id,
  reservedMicro: BigInt(raw.reserved.microCredits),
  inputPerMillionMicro: BigInt(raw.inputPricePerMillionTokens.microCredits),
  outputPerMillionMicro: BigInt(raw.outputPricePerMillionTokens.microCredits),
});

/** Open reservations whose owner a replica remembers (see CreditReservations). */
const MAX_REMEMBERED_OWNERS = 10_000;

/**
 * Accounting's reservation operations (service-only, see subgraphs/CONTRACTS.md).
 * Errors keep accounting's code and message, so `INSUFFICIENT_CREDITS` reaches the student unchanged.
 */
export class CreditReservations {
  /**
   * The person each open reservation this replica made belongs to. Later calls about the
   * reservation name that person as their affinity, so a batch of settlements keeps each
   * person's calls together (see `CallOptions.affinity`). A reservation made by another replica
   * is settled without one.
   */
  private readonly owners = new Map<string, string>();

  constructor(private readonly client: ServiceClient) {}

  private remember(reservationId: string, userId: string) {
    this.owners.delete(reservationId);
    this.owners.set(reservationId, userId);
    // Open reservations only; a bound keeps the map small should some never be settled here.
    if (this.owners.size > MAX_REMEMBERED_OWNERS)
      this.owners.delete(this.owners.keys().next().value!);
  }

  private ownerOf(reservationId: string) {
    const affinity = this.owners.get(reservationId);
    return affinity === undefined ? undefined : { affinity };
  }

  /**
   * Sets aside credits for one answer's first model call. Idempotent on `clientKey` (the
   * answer's id); the reservation expires `expiresInSeconds` from now unless settled.
   */
  async reserve(input: {
    sessionId: string;
    userId: string;
    modelId: string;
    estimatedInputTokens: number;
    maxOutputTokens: number;
    clientKey: string;
    expiresInSeconds: number;
  }): Promise<ReservationTerms> {
    const data = await this.client.request(
      operations.accounting.ReserveCredits,
      { input },
      { affinity: input.userId },
    );
    const reserved = terms(data.reserveCredits);
    this.remember(reserved.id, input.userId);
    return reserved;
  }

  /**
   * What {@link reserve} would set aside now for these tokens (accounting's own x 1.2 rule) and
   * what the person has available; reserves nothing.
   */
  async quote(input: {
    userId: string;
    modelId: string;
    estimatedInputTokens: number;
    maxOutputTokens: number;
  }): Promise<{ amountMicro: bigint; availableMicro: bigint }> {
    const { reservationQuote } = await this.client.request(
      operations.accounting.ReservationQuote,
      input,
    );
    return {
      amountMicro: BigInt(reservationQuote.amount.microCredits),
      availableMicro: BigInt(reservationQuote.available.microCredits),
    };
  }

  /** Reserves more for an active reservation (same lock, same x 1.2); INSUFFICIENT_CREDITS when it cannot. */
  async extend(input: {
    reservationId: string;
    additionalInputTokens: number;
    additionalOutputTokens: number;
    /** An exact amount to add too (a custom tool call's price), micro-credits as a decimal string. */
    additionalMicroCredits?: string;
  }): Promise<ReservationTerms> {
    const data = await this.client.request(
      operations.accounting.ExtendReservation,
      { input },
      this.ownerOf(input.reservationId),
    );
    return terms(data.extendReservation);
  }

  /** Charges a finished answer's reported usage and releases the rest (idempotent). */
  async finalize(id: string, usage: TokenUsage): Promise<ReservationResult> {
    const data = await this.client.request(
      operations.accounting.FinalizeReservation,
      { id, usage },
      this.ownerOf(id),
    );
    this.owners.delete(id);
    return shape(data.finalizeReservation);
  }

  /** Charges a stopped or failed answer's partial usage and releases the rest (idempotent). */
  async abort(id: string, usage: TokenUsage): Promise<ReservationResult> {
    const data = await this.client.request(
      operations.accounting.AbortReservation,
      { id, usage },
      this.ownerOf(id),
    );
    this.owners.delete(id);
    return shape(data.abortReservation);
  }
}
