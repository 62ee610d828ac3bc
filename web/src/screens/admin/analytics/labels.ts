/**
 * Short names for chart axes. A Bedrock model id such as
 * `us.anthropic.claude-3-haiku-20240307-v1:0` is far wider than an axis has room for; its
 * model name (`claude-3-haiku-20240307`) is what an administrator recognises, and the full id
 * stays in the chart's tooltip, the tick's title and the table.
 */

/** Cross-region inference profiles put a geography in front of the provider. */
const REGION_PREFIX = /^(us|eu|apac|us-gov|global)\./;
/** `-v1:0`, `-v2`, `:0` — Bedrock's version suffixes, the same for every model of a family. */
const VERSION_SUFFIX = /(-v\d+(:\d+)?|:\d+)$/;

/**
 * The model name of a Bedrock model id or ARN: without the ARN's path, the provider in front
 * and the version suffix behind; a cross-region inference profile keeps its geography after
 * the name (`claude-3-haiku-20240307 (us)`), as it is priced and counted apart from the model.
 * An id it does not recognise is returned as it is.
 */
export function shortModelName(modelId: string): string {
  const id = modelId.slice(modelId.lastIndexOf('/') + 1);
  const region = REGION_PREFIX.exec(id)?.[1];
  const name = id
    .replace(REGION_PREFIX, '')
    .replace(/^[a-z0-9-]+\./, '')
    .replace(VERSION_SUFFIX, '');
  if (!name) return modelId;
  return region ? `${name} (${region})` : name;
}

/**
 * Axis labels for `values`: `shorten` applied to each and cut to `maxChars` with an ellipsis
 * at the end. Values whose short forms would read the same keep their full text instead, cut
 * at the front if need be, since what tells them apart is usually at the end (`-v1:0`, `-v2:0`).
 */
export function axisLabels(
  values: readonly string[],
  shorten: (value: string) => string,
  maxChars: number,
): Map<string, string> {
  const short = values.map(shorten);
  const counts = new Map<string, number>();
  for (const label of short) counts.set(label, (counts.get(label) ?? 0) + 1);
  return new Map(
    values.map((value, i) =>
      counts.get(short[i]!) === 1
        ? [value, fitLabel(short[i]!, maxChars)]
        : [value, fitLabel(value, maxChars, 'front')],
    ),
  );
}

/**
 * `text` cut to `maxChars` characters with an ellipsis where it was cut: at the end, or at the
 * front (`from: 'front'`) to keep the end.
 */
export function fitLabel(text: string, maxChars: number, from: 'end' | 'front' = 'end'): string {
  if (text.length <= maxChars) return text;
  const kept = Math.max(1, maxChars - 1);
  return from === 'end' ? `${text.slice(0, kept)}…` : `…${text.slice(text.length - kept)}`;
}
