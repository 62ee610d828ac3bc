import type { ServiceClient } from '@aula/runtime';

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

const FIELDS = 'id charged { microCredits } availableAfter { microCredits }';

type Raw = {
  id: string;
  charged: { microCredits: string };
  availableAfter: { microCredits: string };
};
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
    const data = await this.client.request<{ reserveCredits: Raw }>(
      'accounting',
      `mutation($input: ReserveCreditsInput!) { reserveCredits(input: $input) { ${FIELDS} } }`,
      { input },
    );
    return shape(data.reserveCredits);
  }

  /** Charges a finished answer's reported usage and releases the rest (idempotent). */
  async finalize(id: string, usage: TokenUsage): Promise<ReservationResult> {
    const data = await this.client.request<{ finalizeReservation: Raw }>(
      'accounting',
      `mutation($id: ID!, $usage: TokenUsageInput!) { finalizeReservation(id: $id, usage: $usage) { ${FIELDS} } }`,
      { id, usage },
    );
    return shape(data.finalizeReservation);
  }

  /** Charges a stopped or failed answer's partial usage and releases the rest (idempotent). */
  async abort(id: string, usage: TokenUsage): Promise<ReservationResult> {
    const data = await this.client.request<{ abortReservation: Raw }>(
      'accounting',
      `mutation($id: ID!, $usage: TokenUsageInput!) { abortReservation(id: $id, usage: $usage) { ${FIELDS} } }`,
      { id, usage },
    );
    return shape(data.abortReservation);
  }
}
