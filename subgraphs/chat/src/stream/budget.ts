import type { CreditReservations, ReservationTerms } from '../accounting';

/** Below this many output tokens a model call is not worth making: the answer ends instead. */
export const MIN_CALL_TOKENS = 16;

const MICRO_PER_MILLION = 1_000_000n;

/** Tokens used so far by an answer's finished model calls. */
export interface UsedTokens {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** Why the answer must end before a call: credits, or accounting could not be asked. */
export type Refusal = 'INSUFFICIENT_CREDITS' | 'SERVICE_UNAVAILABLE';

const refusalOf = (error: unknown): Refusal =>
  (error as { extensions?: { code?: string } }).extensions?.code === 'INSUFFICIENT_CREDITS'
    ? 'INSUFFICIENT_CREDITS'
    : 'SERVICE_UNAVAILABLE';

/** What the next model call may do, or why the answer must end before it. */
export type CallAllowance = { readonly maxTokens: number } | { readonly refused: Refusal };

/**
 * The hard cap of one answer. Accounting charges `ceil((input x inputPrice + output x
 * outputPrice) / 1e6)` at the prices frozen in the reservation, and takes the charge from
 * the reservation. So before each model call the answer checks, in exact integers, that the
 * tokens already used plus this call's worst case (its prompt bound plus `maxTokens`) cost no
 * more than is reserved; it extends the reservation when they would, and lowers `maxTokens`
 * to what is left when the extension is refused. A model never reports more output than
 * `maxTokens`, and the prompt bound is an upper bound, so the settled cost cannot exceed the
 * reservation: shortfall stays zero by construction. Custom tool calls have fixed prices, charged
 * with the tokens at settlement: each is held ({@link holdFixed}) before its call, and the
 * held total is kept out of every later call's room.
 */
export class AnswerBudget {
  /** Micro-credits held for custom tool calls of this answer. */
  private fixedMicro = 0n;

  constructor(
    private terms: ReservationTerms,
    private readonly credits: CreditReservations,
  ) {}

  /** The reservation as last seen. */
  get reservation(): ReservationTerms {
    return this.terms;
  }

  /** The most output tokens a call with this prompt may be given within the reservation. */
  room(used: UsedTokens, promptTokens: number): number {
    const {
      reservedMicro,
      inputPerMillionMicro: inPrice,
      outputPerMillionMicro: outPrice,
    } = this.terms;
    const left =
      (reservedMicro - this.fixedMicro) * MICRO_PER_MILLION -
      BigInt(used.inputTokens + promptTokens) * inPrice -
      BigInt(used.outputTokens) * outPrice;
    if (left < 0n) return -1;
    if (outPrice === 0n) return Number.MAX_SAFE_INTEGER;
    const tokens = left / outPrice;
    return tokens > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(tokens);
  }

  /**
   * Makes room for a call of `promptTokens` and up to `wanted` output tokens: extends the
   * reservation by the exact deficit when it falls short (accounting adds its x 1.2), and when
   * that is refused gives the call what is left, if that is at least {@link MIN_CALL_TOKENS}.
   */
  async allow(used: UsedTokens, promptTokens: number, wanted: number): Promise<CallAllowance> {
    if (this.room(used, promptTokens) >= wanted) return { maxTokens: wanted };
    const {
      reservedMicro,
      inputPerMillionMicro: inPrice,
      outputPerMillionMicro: outPrice,
    } = this.terms;
    const deficit =
      BigInt(used.inputTokens + promptTokens) * inPrice +
      BigInt(used.outputTokens + wanted) * outPrice -
      (reservedMicro - this.fixedMicro) * MICRO_PER_MILLION;
    // Asked in output tokens when output has a price (the usual case), else in input tokens.
    const price = outPrice > 0n ? outPrice : inPrice;
    const tokens = Number((deficit + price - 1n) / price);
    try {
      this.terms = await this.credits.extend({
        reservationId: this.terms.id,
        additionalInputTokens: outPrice > 0n ? 0 : tokens,
        additionalOutputTokens: outPrice > 0n ? tokens : 0,
      });
      return { maxTokens: wanted };
    } catch (error) {
      const left = this.room(used, promptTokens);
      if (left >= MIN_CALL_TOKENS) return { maxTokens: Math.min(left, wanted) };
      return { refused: refusalOf(error) };
    }
  }

  /**
   * Holds `costMicro` for one custom tool call: the tokens used so far (their cost rounded up
   * once, as accounting will) plus every held call plus this one must fit the reservation, which
   * is extended by the exact deficit when they do not. Null when held; the refusal otherwise,
   * and then nothing is held.
   */
  async holdFixed(used: UsedTokens, costMicro: bigint): Promise<Refusal | null> {
    const { inputPerMillionMicro: inPrice, outputPerMillionMicro: outPrice } = this.terms;
    const tokens =
      (BigInt(used.inputTokens) * inPrice +
        BigInt(used.outputTokens) * outPrice +
        MICRO_PER_MILLION -
        1n) /
      MICRO_PER_MILLION;
    const deficit = tokens + this.fixedMicro + costMicro - this.terms.reservedMicro;
    if (deficit > 0n) {
      try {
        this.terms = await this.credits.extend({
          reservationId: this.terms.id,
          additionalInputTokens: 0,
          additionalOutputTokens: 0,
          additionalMicroCredits: deficit.toString(),
        });
      } catch (error) {
        return refusalOf(error);
      }
    }
    this.fixedMicro += costMicro;
    return null;
  }

  /** Gives back what {@link holdFixed} held for a call that is not charged. */
  releaseFixed(costMicro: bigint): void {
    this.fixedMicro -= costMicro;
  }
}
