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
 * The model name of a Bedrock model id or ARN: without the ARN's path, the region and the
 * provider in front, and the version suffix behind. An id it does not recognise is returned
 * as it is.
 */
export function shortModelName(modelId: string): string {
  const name = modelId
    .slice(modelId.lastIndexOf('/') + 1)
    .replace(REGION_PREFIX, '')
    .replace(/^[a-z0-9-]+\./, '')
    .replace(VERSION_SUFFIX, '');
  return name || modelId;
}

/**
 * Axis labels for `values`: `shorten` applied to each, except where two values would read the
 * same (they keep their full text), then cut to `maxChars` with an ellipsis.
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
    values.map((value, i) => {
      const label = counts.get(short[i]!) === 1 ? short[i]! : value;
      return [value, fitLabel(label, maxChars)];
    }),
  );
}

/** `text` cut to `maxChars` characters, the last one an ellipsis when anything was cut. */
export function fitLabel(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}
