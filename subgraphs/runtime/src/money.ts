/** Micro-credits in one credit: every amount is stored and summed as integer micro-credits. */
export const MICRO_PER_CREDIT = 1_000_000n;

/** The public `CreditAmount` type (shared by every subgraph that shows money). */
export interface CreditAmount {
  /** For display only: the nearest double to the exact amount. */
  readonly credits: number;
  /** The exact amount in micro-credits, as a decimal string. */
  readonly microCredits: string;
}

/**
 * Presents exact micro-credits as `CreditAmount`. `credits` is parsed from the exact decimal
 * text (never `micro / 1e6` in floating point), so it is the nearest double to the true value.
 */
export function creditAmount(micro: bigint | number | string): CreditAmount {
  const exact = BigInt(micro);
  const abs = exact < 0n ? -exact : exact;
  const whole = abs / MICRO_PER_CREDIT;
  const fraction = (abs % MICRO_PER_CREDIT).toString().padStart(6, '0');
  const text = `${exact < 0n ? '-' : ''}${whole}.${fraction}`;
  return { credits: Number(text), microCredits: exact.toString() };
}
