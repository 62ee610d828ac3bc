import type { SafetyCategory, SafetySeverity } from '../detector';

/**
 * How sure a lexicon entry is on its own. `strong`: the phrase is a concern wherever it
 * appears ("kill myself"). `weak`: usually a concern, but an academic or figurative frame
 * around it ("for my history essay", "in the novel") makes it uncertain: then it is not
 * flagged by the local detector alone and goes to the model judge when one is configured.
 */
export type Strength = 'strong' | 'weak';

/** One lexicon entry as written. */
export interface LexiconEntry {
  /** Stable name, recorded on the flag: `<category>.<lang>.<name>`. */
  readonly id: string;
  readonly severity: SafetySeverity;
  readonly strength: Strength;
  /**
   * Pattern over normalised text (lower-case ASCII, no apostrophes, single spaces).
   * `{NAME}` expands a shared macro; letter runs are squeezed like the text ("kill", "kil" and "kiiil" all match "kil");
   * a space accepts a few separators ("kill... myself"), ` ?` also none ("my ?self").
   */
  readonly pattern: string;
  /** The entry does not count when any of these matches anywhere in the message. */
  readonly unless?: readonly string[];
}

/** An entry ready to run. */
export interface CompiledEntry {
  readonly id: string;
  readonly category: SafetyCategory;
  readonly severity: SafetySeverity;
  readonly strength: Strength;
  readonly regex: RegExp;
  readonly unless: readonly RegExp[];
}

/** Shorthand for writing entries: `[name, pattern, options]`. */
export type EntrySpec = readonly [
  name: string,
  pattern: string,
  options?: { severity?: SafetySeverity; strength?: Strength; unless?: readonly string[] },
];

/**
 * Builds entries of one category and language from compact specs.
 * @param defaults severity and strength of entries that do not say
 */
export function entries(
  category: SafetyCategory,
  lang: string,
  defaults: { severity: SafetySeverity; strength?: Strength },
  specs: readonly EntrySpec[],
): Array<LexiconEntry & { category: SafetyCategory }> {
  return specs.map(([name, pattern, options]) => ({
    id: `${category.toLowerCase()}.${lang}.${name}`,
    category,
    pattern,
    severity: options?.severity ?? defaults.severity,
    strength: options?.strength ?? defaults.strength ?? 'strong',
    unless: options?.unless,
  }));
}

/** Expands `{NAME}` macros (recursively) from `macros`. */
export function expandMacros(pattern: string, macros: Readonly<Record<string, string>>): string {
  let out = pattern;
  for (let depth = 0; depth < 8 && /\{[A-Z_]+\}/.test(out); depth += 1) {
    out = out.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => {
      const body = macros[name];
      if (body === undefined) throw new Error(`unknown lexicon macro ${whole} in ${pattern}`);
      return `(?:${body})`;
    });
  }
  return out;
}

/**
 * Between two words: one to four spaces or punctuation marks. Never nothing: an optional
 * gap after a repeated word pattern backtracks catastrophically. Write ` ?` where the words
 * may also be joined ("my ?self").
 */
const GAP = '[^a-z0-9]{1,4}';
const OPTIONAL_GAP = '[^a-z0-9]{0,4}';

/**
 * Turns a written pattern into the regular expression source that runs: runs of a letter
 * are squeezed to one (as in normalised text), every space becomes a short gap. Escapes,
 * character classes, group openers and quantifiers are copied as they are.
 */
export function stretch(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\\') {
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        out += source.slice(i, close + 1);
        i = close + 1;
      } else {
        out += source.slice(i, i + 2);
        i += 2;
      }
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '(' && next === '?') {
      const opener = /^\(\?(?:<[=!]|[:=!])/.exec(source.slice(i))![0];
      out += opener;
      i += opener.length;
    } else if (c === '{') {
      const close = source.indexOf('}', i);
      out += source.slice(i, close + 1);
      i = close + 1;
    } else if (c >= 'a' && c <= 'z') {
      // Normalised text has every run of a letter squeezed to one ("kiiill" is "kil"), so the
      // pattern's runs are squeezed alike and letters stay plain literals (fast). x is kept ("xxx").
      const quantified = next === '?' || next === '*' || next === '+' || next === '{';
      if (!quantified && c !== 'x' && source[i - 1] === c) {
        i += 1;
        continue;
      }
      out += c;
      i += 1;
    } else if (c === ' ') {
      out += next === '?' ? OPTIONAL_GAP : GAP;
      i += next === '?' ? 2 : 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Compiles a pattern to a whole-word, global regular expression. */
export function compilePattern(pattern: string, macros: Readonly<Record<string, string>>): RegExp {
  const body = stretch(expandMacros(pattern, macros));
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, 'g');
}

/** Compiles entries with the shared macros. */
export function compileEntries(
  list: ReadonlyArray<LexiconEntry & { category: SafetyCategory }>,
  macros: Readonly<Record<string, string>>,
): CompiledEntry[] {
  return list.map((entry) => ({
    id: entry.id,
    category: entry.category,
    severity: entry.severity,
    strength: entry.strength,
    regex: compilePattern(entry.pattern, macros),
    unless: (entry.unless ?? []).map((p) => compilePattern(p, macros)),
  }));
}
