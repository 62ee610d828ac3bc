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

// Costs and reservation amounts are computed by the ledger functions in SQL (migration
// 0004: accounting.usage_cost, accounting.reservation_amount), once, in exact numerics.

/** The most tokens one request may report; larger numbers are client bugs, not usage. */
export const MAX_TOKENS = 10_000_000;

/** Refuses token counts that are negative, fractional or absurd. */
export function checkTokens(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_TOKENS) {
    throw badInput(`${field} must be a whole number from 0 to ${MAX_TOKENS}.`, { field });
  }
  return value;
}
