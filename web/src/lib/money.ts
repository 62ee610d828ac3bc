/**
 * An exact decimal number of credits from a `CreditAmount.microCredits` string (for files
 * people add up: no floating-point rounding), such as `"1250000"` → `"1.25"`.
 */
export function exactCredits(microCredits: string): string {
  const negative = microCredits.startsWith('-');
  const digits = (negative ? microCredits.slice(1) : microCredits).padStart(7, '0');
  const whole = digits.slice(0, -6).replace(/^0+(?=\d)/, '');
  const fraction = digits.slice(-6).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * The exact number of micro-credits a person typed as decimal credits (`"0.25"` → `"250000"`),
 * without floating-point rounding; null when it is not a non-negative number with at most six
 * decimals.
 */
export function microFromCredits(credits: string): string | null {
  const match = /^(\d*)(?:[.,](\d{0,6}))?$/.exec(credits.trim());
  if (!match || (!match[1] && !match[2])) return null;
  const micro = `${match[1] ?? ''}${(match[2] ?? '').padEnd(6, '0')}`.replace(/^0+(?=\d)/, '');
  return micro;
}
