import { badInput } from '@aula/runtime';

/** The largest amount accepted in one request, in credits: far beyond any school's needs. */
const MAX_CREDITS = 1_000_000_000;

/**
 * Converts an amount of credits from a request into exact micro-credits. Refuses values
 * with more than 6 decimal places instead of rounding them silently.
 */
export function creditsToMicro(
  value: number,
  field: string,
  options: { allowZero?: boolean; allowNegative?: boolean } = {},
): bigint {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_CREDITS) {
    throw badInput(`${field} must be a number of credits up to ${MAX_CREDITS}.`, { field });
  }
  const fixed = value.toFixed(6);
  if (Number(fixed) !== value) {
    throw badInput(`${field} may have at most 6 decimal places (1 micro-credit).`, { field });
  }
  const micro = BigInt(fixed.replace('.', ''));
  if (micro === 0n && !options.allowZero) throw badInput(`${field} must not be zero.`, { field });
  if (micro < 0n && !options.allowNegative)
    throw badInput(`${field} must not be negative.`, { field });
  return micro;
}

/** Prices in micro-credits per 1,000 tokens. */
export interface TokenPrice {
  readonly inputPer1k: bigint;
  readonly outputPer1k: bigint;
}

/** Division of non-negative integers, rounding up. */
const ceilDiv = (numerator: bigint, denominator: bigint) =>
  (numerator + denominator - 1n) / denominator;

/**
 * The exact cost of a stream in micro-credits, rounded up once: tokens x price is summed
 * in thousandths of a micro-credit before the single rounding.
 */
export function usageCost(price: TokenPrice, inputTokens: number, outputTokens: number): bigint {
  const exact = BigInt(inputTokens) * price.inputPer1k + BigInt(outputTokens) * price.outputPer1k;
  return ceilDiv(exact, 1000n);
}

/**
 * What reserveCredits sets aside: the estimated cost x 1.2, rounded up once and never
 * less than one micro-credit (a reservation of nothing could not be told apart from none).
 */
export function reservationAmount(
  price: TokenPrice,
  estimatedInputTokens: number,
  maxOutputTokens: number,
): bigint {
  const exact =
    BigInt(estimatedInputTokens) * price.inputPer1k + BigInt(maxOutputTokens) * price.outputPer1k;
  const amount = ceilDiv(exact * 12n, 1000n * 10n);
  return amount > 0n ? amount : 1n;
}

/** The most tokens one request may report; larger numbers are client bugs, not usage. */
export const MAX_TOKENS = 10_000_000;

/** Refuses token counts that are negative, fractional or absurd. */
export function checkTokens(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_TOKENS) {
    throw badInput(`${field} must be a whole number from 0 to ${MAX_TOKENS}.`, { field });
  }
  return value;
}
