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
