/** A report period as the date inputs show it: whole UTC days, `to` included. */
export interface DayRange {
  /** First day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day (included), `YYYY-MM-DD`. */
  readonly to: string;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The last `days` UTC days up to and including today. */
export function lastDays(days: number, now = Date.now()): DayRange {
  return { from: isoDay(now - (days - 1) * DAY_MS), to: isoDay(now) };
}

/** The API's half-open instants for a range: `[from 00:00Z, day after to 00:00Z)`. */
export function rangeInstants(range: DayRange): { from: string; to: string } {
  return {
    from: `${range.from}T00:00:00.000Z`,
    to: new Date(Date.parse(`${range.to}T00:00:00.000Z`) + DAY_MS).toISOString(),
  };
}

/** Whether the range can be reported: both days valid, in order, at most 366 days. */
export function isReportable(range: DayRange): boolean {
  const from = Date.parse(`${range.from}T00:00:00.000Z`);
  const to = Date.parse(`${range.to}T00:00:00.000Z`);
  return Number.isFinite(from) && Number.isFinite(to) && from <= to && to - from < 366 * DAY_MS;
}

/**
 * Every day of the range in order, each with the row the API returned for it or `empty` (the
 * API leaves out days without streams; a chart should show them as zero).
 */
export function everyDay<T extends { readonly day?: string | null }>(
  range: DayRange,
  rows: readonly T[],
  empty: (day: string) => T,
): T[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const days: T[] = [];
  const last = Date.parse(`${range.to}T00:00:00.000Z`);
  for (let ms = Date.parse(`${range.from}T00:00:00.000Z`); ms <= last; ms += DAY_MS) {
    const day = isoDay(ms);
    days.push(byDay.get(day) ?? empty(day));
  }
  return days;
}
