/** One scrape of a Prometheus endpoint: each series (`name{labels}`) and its value. */
export type Scrape = ReadonlyMap<string, number>;

/** Fetches `url` and parses the text exposition format (comments skipped). */
export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const series = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const split = line.lastIndexOf(' ');
    series.set(line.slice(0, split), Number(line.slice(split + 1)));
  }
  return series;
}

/**
 * The sum of every series named `name` whose labels include all of `labels` (the service label
 * and others may be present too); `undefined` when no such series exists.
 */
export function valueOf(
  scrape: Scrape,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number | undefined {
  let total: number | undefined;
  for (const [key, value] of scrape) {
    const brace = key.indexOf('{');
    const seriesName = brace < 0 ? key : key.slice(0, brace);
    if (seriesName !== name) continue;
    const text = brace < 0 ? '' : key.slice(brace);
    if (!Object.entries(labels).every(([k, v]) => text.includes(`${k}="${v}"`))) continue;
    total = (total ?? 0) + value;
  }
  return total;
}
