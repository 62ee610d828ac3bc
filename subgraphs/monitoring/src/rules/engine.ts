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
  /** All of the group's patterns as one alternation, so a scan is one pass per group. */
  readonly combined: RegExp;
  readonly rules: ReadonlyArray<{ name: string; regex: RegExp }>;
  readonly minDigits?: number;
}

/**
 * A compiled set of rules. Rules of the same category and severity are merged into
 * one regular expression; groups are tried most severe first, and each category
 * reports at most its first, most severe hit — a flag is per message and category.
 */
export class RuleSet {
  private readonly groups: readonly CompiledGroup[];

  constructor(definitions: readonly RuleDefinition[]) {
    const byKey = new Map<string, RuleDefinition[]>();
    for (const rule of definitions) {
      // Rules with a digit check are kept apart: the check applies to their match only.
      const key = `${rule.category}|${rule.severity}|${rule.minDigits ?? ''}|${rule.minDigits ? rule.name : ''}`;
      byKey.set(key, [...(byKey.get(key) ?? []), rule]);
    }
    this.groups = [...byKey.values()]
      .map((rules): CompiledGroup => {
        const first = rules[0]!;
        return {
          category: first.category,
          severity: first.severity,
          combined: new RegExp(rules.map((r) => `(?:${r.pattern})`).join('|'), 'giu'),
          rules: rules.map((r) => ({
            name: r.name,
            regex: new RegExp(`^(?:${r.pattern})$`, 'iu'),
          })),
          minDigits: first.minDigits,
        };
      })
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
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
    const found = new Map<FlagCategory, RuleHit>();
    for (const group of this.groups) {
      if (found.has(group.category) || options.skip?.has(group.category)) continue;
      const hit = this.firstMatch(group, text, minEnd);
      if (hit) found.set(group.category, hit);
    }
    return [...found.values()];
  }

  private firstMatch(group: CompiledGroup, text: string, minEnd: number): RuleHit | null {
    const regex = group.combined;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const end = match.index + match[0].length;
      if (match[0].length === 0) regex.lastIndex += 1;
      if (end <= minEnd) continue;
      if (group.minDigits && (match[0].match(/\d/g)?.length ?? 0) < group.minDigits) continue;
      const rule = group.rules.find((r) => r.regex.test(match[0]))?.name ?? group.rules[0]!.name;
      return { category: group.category, severity: group.severity, rule, start: match.index, end };
    }
    return null;
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
