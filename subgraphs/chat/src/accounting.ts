import { operations, type ResultOf, type ServiceClient } from '@aula/runtime';

/** A reservation as chat needs it. Money in micro-credits, as decimal strings. */
export interface ReservationResult {
  id: string;
  chargedMicro: string;
  availableAfterMicro: string;
}

/** Token counts to settle with. */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

type Raw = ResultOf<typeof operations.accounting.ReserveCredits>['reserveCredits'];
const shape = (raw: Raw): ReservationResult => ({
  id: raw.id,
  chargedMicro: raw.charged.microCredits,
  availableAfterMicro: raw.availableAfter.microCredits,
});

/**
 * Accounting's reservation operations (service-only, see subgraphs/CONTRACTS.md).
 * Errors keep accounting's code and message, so `INSUFFICIENT_CREDITS` reaches the student unchanged.
 */
export class CreditReservations {
  constructor(private readonly client: ServiceClient) {}

  /** Sets aside credits for one answer before anything streams. */
  async reserve(input: {
    sessionId: string;
    userId: string;
    modelId: string;
    estimatedInputTokens: number;
    maxOutputTokens: number;
    /** The assistant message id: a retried reserve returns the same reservation. */
    clientKey: string;
    /** The reservation's deadline: the answer's streaming limit. */
    expiresInSeconds: number;
  }): Promise<ReservationResult> {
    const data = await this.client.request(operations.accounting.ReserveCredits, { input });
    return shape(data.reserveCredits);
  }

  /** Charges a finished answer's reported usage and releases the rest (idempotent). */
  async finalize(id: string, usage: TokenUsage): Promise<ReservationResult> {
    const data = await this.client.request(operations.accounting.FinalizeReservation, {
      id,
      usage,
    });
    return shape(data.finalizeReservation);
  }

  /** Charges a stopped or failed answer's partial usage and releases the rest (idempotent). */
  async abort(id: string, usage: TokenUsage): Promise<ReservationResult> {
    const data = await this.client.request(operations.accounting.AbortReservation, { id, usage });
    return shape(data.abortReservation);
  }
}
