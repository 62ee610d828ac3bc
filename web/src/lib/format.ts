import { currentLocale } from '../i18n';

// Every date and number goes through Intl in the app's current locale. Formatters are cached
// per locale and options, since building one is the expensive part.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  options: object,
  make: (locale: string) => T,
): T {
  const locale = currentLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    cache.set(key, formatter);
  }
  return formatter;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

/** A number in the current locale (`maximumFractionDigits` and friends as Intl takes them). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(
    value,
  );
}

/** A date and time in the reader's locale. */
export function formatDateTime(iso: string): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A date alone in the reader's locale. */
export function formatDate(iso: string): string {
  return dateFormat({ dateStyle: 'medium' }).format(new Date(iso));
}

/** A time of day, or the date and time when it is not today. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString()
    ? dateFormat({ timeStyle: 'short' }).format(date)
    : formatDateTime(iso);
}

/**
 * How long ago, in words ("3 minutes ago", "hace 3 minutos"), for activity columns; older
 * than a day gives the date and time. `never` is what to say when there is no instant.
 */
export function formatAgo(iso: string | null | undefined, never: string): string {
  if (!iso) return never;
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  const relative = cached(
    'relative',
    { numeric: 'auto' },
    (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  if (seconds < 60) return relative.format(0, 'second');
  if (seconds < 3600) return relative.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86400) return relative.format(-Math.floor(seconds / 3600), 'hour');
  return formatDateTime(iso);
}

/** Credits with at most two decimals, as people read money. */
export function formatCredits(credits: number): string {
  return formatNumber(credits, { maximumFractionDigits: 2 });
}
