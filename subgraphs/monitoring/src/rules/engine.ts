/** The categories a safety rule can report. */
export type FlagCategory =
  'SELF_HARM' | 'VIOLENCE' | 'SEXUAL' | 'BULLYING' | 'PERSONAL_DATA' | 'KEYWORD';
/** How urgent a hit is. */
export type FlagSeverity = 'LOW' | 'MEDIUM' | 'HIGH';

/** One rule as written: a case-insensitive regular expression source. */
export interface RuleDefinition {
  /** Shown on the flag, such as `self_harm:kill myself` or `keyword:vape`. */
  readonly name: string;
  readonly category: FlagCategory;
  readonly severity: FlagSeverity;
  /** A JavaScript regular expression source, matched case-insensitively. */
  readonly pattern: string;
  /** A match must contain at least this many digits (phone numbers, not years). */
  readonly minDigits?: number;
}

/** Where a rule matched in the scanned text. */
export interface RuleHit {
  readonly category: FlagCategory;
  readonly severity: FlagSeverity;
  readonly rule: string;
  readonly start: number;
  readonly end: number;
}

const SEVERITY_RANK: Record<FlagSeverity, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

interface CompiledGroup {
  readonly category: FlagCategory;
  readonly severity: FlagSeverity;
  readonly rules: ReadonlyArray<{ name: string; regex: RegExp }>;
  readonly minDigits?: number;
}

/**
 * A compiled set of rules. Every rule goes into one regular expression with a
 * capturing group per category and severity, matched against the lower-cased text:
 * one pass over a batch however many rules there are, and no case-insensitive
 * matching (much slower in V8). More severe groups come first, so where two rules
 * match at the same place the more severe one wins. Each category reports at most
 * its most severe hit — a flag is per message and category.
 *
 * Patterns are written in lower case; they must not contain capturing groups.
 */
export class RuleSet {
  private readonly groups: readonly CompiledGroup[];
  private readonly combined: RegExp;
  /** For the rare text whose lower-case form changes length (so offsets would shift). */
  private readonly caseInsensitive: RegExp;

  constructor(definitions: readonly RuleDefinition[]) {
    const byKey = new Map<string, RuleDefinition[]>();
    for (const rule of definitions) {
      // Rules with a digit check are kept apart: the check applies to their match only.
      const key = `${rule.category}|${rule.severity}|${rule.minDigits ? rule.name : ''}`;
      byKey.set(key, [...(byKey.get(key) ?? []), rule]);
    }
    const grouped = [...byKey.values()].sort(
      (a, b) => SEVERITY_RANK[b[0]!.severity] - SEVERITY_RANK[a[0]!.severity],
    );
    this.groups = grouped.map((rules) => ({
      category: rules[0]!.category,
      severity: rules[0]!.severity,
      rules: rules.map((r) => ({ name: r.name, regex: new RegExp(`^(?:${r.pattern})$`, 'i') })),
      minDigits: rules[0]!.minDigits,
    }));
    const source =
      grouped.map((rules) => `(${rules.map((r) => `(?:${r.pattern})`).join('|')})`).join('|') ||
      '(?!)';
    this.combined = new RegExp(source, 'g');
    this.caseInsensitive = new RegExp(source, 'gi');
  }

  /**
   * Scans `text` and returns at most one hit per category not in `skip`. Only matches
   * ending after `minEnd` count: the streaming scanner passes the length of the tail it
   * kept from the previous batch, so a match already judged there is not judged again.
   */
  scan(
    text: string,
    options: { minEnd?: number; skip?: ReadonlySet<FlagCategory> } = {},
  ): RuleHit[] {
    const minEnd = options.minEnd ?? 0;
    const lower = text.toLowerCase();
    const [regex, subject] =
      lower.length === text.length ? [this.combined, lower] : [this.caseInsensitive, text];
    const found = new Map<FlagCategory, RuleHit>();
    regex.lastIndex = 0;
    for (let match = regex.exec(subject); match; match = regex.exec(subject)) {
      if (match[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      const end = match.index + match[0].length;
      if (end <= minEnd) continue;
      const index = match.findIndex((part, i) => i > 0 && part !== undefined) - 1;
      const group = this.groups[index];
      if (!group || options.skip?.has(group.category)) continue;
      if (group.minDigits && (match[0].match(/\d/g)?.length ?? 0) < group.minDigits) continue;
      const best = found.get(group.category);
      if (best && SEVERITY_RANK[best.severity] >= SEVERITY_RANK[group.severity]) continue;
      const rule = group.rules.find((r) => r.regex.test(match[0]))?.name ?? group.rules[0]!.name;
      found.set(group.category, {
        category: group.category,
        severity: group.severity,
        rule,
        start: match.index,
        end,
      });
    }
    return [...found.values()];
  }
}

/**
 * Rules for keywords a supervisor set on a class or a teacher set on a chatbot:
 * matched as whole words, case-insensitively, literally (no pattern syntax).
 */
export function keywordRules(keywords: Iterable<string>): RuleDefinition[] {
  const rules: RuleDefinition[] = [];
  const seen = new Set<string>();
  for (const raw of keywords) {
    const keyword = raw.trim().toLowerCase();
    if (keyword.length < 2 || seen.has(keyword)) continue;
    seen.add(keyword);
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const start = /^\w/.test(keyword) ? '\\b' : '';
    const end = /\w$/.test(keyword) ? '\\b' : '';
    rules.push({
      name: `keyword:${keyword}`,
      category: 'KEYWORD',
      severity: 'MEDIUM',
      pattern: `${start}${escaped}${end}`,
    });
  }
  return rules;
}

/** The words around a hit, cut at word boundaries where possible, for the flag's excerpt. */
export function excerptAround(
  text: string,
  hit: Pick<RuleHit, 'start' | 'end'>,
  context = 60,
): string {
  let from = Math.max(0, hit.start - context);
  let to = Math.min(text.length, hit.end + context);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < hit.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > hit.end) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
