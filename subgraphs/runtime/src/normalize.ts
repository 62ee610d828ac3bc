/**
 * Text folding shared by the safety detector (monitoring) and chatbot guardrails (chat).
 * Students write "K1LL mysel f", "sui-cide", "diiiie", "mätarme" or "ｐｏｒｎ"; lexicons and
 * blocked terms are written once in plain lower-case ASCII and matched against this folded
 * form. Every character of the folded text remembers where it came from, so excerpts are
 * cut from what the student actually wrote.
 */

/** The folded text and, for each of its characters, the index in the original. */
export interface NormalizedText {
  readonly text: string;
  readonly origin: readonly number[];
  /** The original text. */
  readonly source: string;
}

/** Digits and symbols that stand for letters inside words ("k1ll", "$lut", "h@te"). */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** Cyrillic and Greek letters that look like Latin ones, a common way around filters. */
const LOOKALIKE: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  κ: 'k',
  ο: 'o',
  ν: 'v',
  α: 'a',
  ε: 'e',
  ι: 'i',
};

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/;
const APOSTROPHE = /['’‘`´]/;
const SEPARATOR = /[.\-_*·~+]/;

/**
 * Misspellings within one edit of these words are read as the word itself. Only long,
 * distinctive words are listed: a short word ("cut", "rape") has too many innocent
 * neighbours ("cute", "grape").
 */
const SPELLING_ANCHORS = [
  'suicide',
  'suicidal',
  'overdose',
  'overdosing',
  'myself',
  'yourself',
  'himself',
  'herself',
  'murder',
  'strangle',
  'sexting',
  'pornography',
  'unalive',
  'molested',
  'worthless',
  'bleeding',
  'tylenol',
  'ibuprofen',
  'paracetamol',
  'explosive',
  'molotov',
  'suicidarme',
  'suicider',
];

/**
 * Folds `source` for lexicon matching: Unicode compatibility forms and accents removed,
 * lower case, look-alike letters and leetspeak inside words mapped back to letters,
 * apostrophes dropped ("don't" → "dont"), letters spaced or dotted apart rejoined
 * ("k i l l", "s.u.i.c.i.d.e" → "kill", "suicide"), whitespace collapsed, and near
 * misspellings of a few distinctive words corrected, and runs of a letter squeezed to one
 * ("diiiie" → "die", "kill" → "kil"; lexicon patterns are squeezed alike).
 */
export function normalize(source: string): NormalizedText {
  const chars: string[] = [];
  const origin: number[] = [];
  // Where two or more spaces stood: a word break that spaced-out letters never join across.
  const wide = new Set<number>();
  for (let i = 0; i < source.length; i += 1) {
    const raw = source[i]!;
    const code = raw.charCodeAt(0);
    // Fast path: printable ASCII other than apostrophes needs only lower-casing.
    if (code >= 32 && code < 127 && raw !== "'" && raw !== '`') {
      const ch = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : raw;
      if (ch === ' ' && chars[chars.length - 1] === ' ') {
        wide.add(chars.length - 1);
        continue;
      }
      chars.push(ch);
      origin.push(i);
      continue;
    }
    if (INVISIBLE.test(raw)) continue;
    if (APOSTROPHE.test(raw)) {
      // French elision ("l'école", "j'ai", "qu'il") separates words; English ("don't", "I'm") joins them.
      if (isElision(chars)) {
        chars.push(' ');
        origin.push(i);
      }
      continue;
    }
    const folded = (LOOKALIKE[raw] ?? raw)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[œ]/g, 'oe')
      .replace(/[æ]/g, 'ae');
    for (const c of folded) {
      const ch = /\s/.test(c) ? ' ' : c;
      if (ch === ' ' && chars[chars.length - 1] === ' ') {
        wide.add(chars.length - 1);
        continue;
      }
      chars.push(ch);
      origin.push(i);
    }
  }
  const leet = mapLeetspeak(chars);
  const joined = joinSpacedLetters(leet, origin, wide);
  const corrected = correctSpelling(joined.chars, joined.origin);
  return squeeze(corrected.chars, corrected.origin, source);
}

/**
 * Squeezes every run of one letter to a single letter: "diiiie", "kiiiill" and "kill" all
 * read "die"/"kil". Lexicon patterns are squeezed the same way when compiled, so they stay
 * plain literals (fast) and stretched spellings still match. Runs of x are kept ("xxx").
 */
function squeeze(chars: string[], origin: number[], source: string): NormalizedText {
  let text = '';
  const kept: number[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    if (i > 0 && c === chars[i - 1] && c >= 'a' && c <= 'w') continue;
    text += c;
    kept.push(origin[i]!);
  }
  return { text, origin: kept, source };
}

/** Whether the folded text so far ends in a French elided word: l' d' j' m' t' s' n' c' qu'. */
function isElision(chars: readonly string[]): boolean {
  const n = chars.length;
  const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/.test(c);
  if (n >= 1 && 'ldjmtsnc'.includes(chars[n - 1]!) && !isLetter(chars[n - 2])) return true;
  return n >= 2 && chars[n - 2] === 'q' && chars[n - 1] === 'u' && !isLetter(chars[n - 3]);
}

/** Maps leetspeak inside tokens that carry at least two letters ("k1ll", not "4b" or "3d"). */
function mapLeetspeak(chars: string[]): string[] {
  const out = [...chars];
  let start = 0;
  for (let i = 0; i <= chars.length; i += 1) {
    if (i < chars.length && chars[i] !== ' ') continue;
    const token = chars.slice(start, i);
    const letters = token.filter((c) => c >= 'a' && c <= 'z').length;
    if (letters >= 2 && letters < token.length) {
      for (let j = start; j < i; j += 1) {
        const mapped = LEET[chars[j]!];
        if (!mapped) continue;
        // "!" and "|" only inside a word: "wow!" keeps its "!".
        const inside = j > start && j < i - 1 && /[a-z]/.test(chars[j - 1]!);
        if ((chars[j] === '!' || chars[j] === '|') && !inside) continue;
        // "@handle" and "me@mail" stay as they are: they are handles and addresses, not words.
        if (chars[j] === '@' && (j === start || !/[a-z0-9]/.test(chars[j + 1] ?? ''))) continue;
        out[j] = mapped;
      }
    }
    start = i + 1;
  }
  return out;
}

/**
 * Rejoins words written one letter at a time: three or more single letters separated by
 * spaces or by separators (". - _ * ·") become one word.
 */
function joinSpacedLetters(
  chars: string[],
  origin: number[],
  wide: ReadonlySet<number>,
): { chars: string[]; origin: number[] } {
  const drop = new Set<number>();
  const isLetter = (i: number) => i >= 0 && i < chars.length && /[a-z]/.test(chars[i]!);
  const isGap = (i: number) =>
    i >= 0 && i < chars.length && (chars[i] === ' ' || SEPARATOR.test(chars[i]!));
  // A run: letter (gap letter){2,}, where each letter stands alone (no letter beside it).
  let i = 0;
  while (i < chars.length) {
    if (isLetter(i) && !isLetter(i - 1) && !isLetter(i + 1)) {
      const gaps: number[] = [];
      let j = i;
      while (isGap(j + 1) && !wide.has(j + 1) && isLetter(j + 2) && !isLetter(j + 3)) {
        gaps.push(j + 1);
        j += 2;
      }
      if (gaps.length >= 2) gaps.forEach((g) => drop.add(g));
      i = j + 1;
    } else {
      i += 1;
    }
  }
  if (drop.size === 0) return { chars, origin };
  return {
    chars: chars.filter((_, k) => !drop.has(k)),
    origin: origin.filter((_, k) => !drop.has(k)),
  };
}

/** Replaces near misspellings of {@link SPELLING_ANCHORS} ("sucide", "suiside") by the word. */
function correctSpelling(chars: string[], origin: number[]): { chars: string[]; origin: number[] } {
  const outChars: string[] = [];
  const outOrigin: number[] = [];
  let i = 0;
  while (i < chars.length) {
    if (!/[a-z]/.test(chars[i]!)) {
      outChars.push(chars[i]!);
      outOrigin.push(origin[i]!);
      i += 1;
      continue;
    }
    let j = i;
    while (j < chars.length && /[a-z]/.test(chars[j]!)) j += 1;
    const word = chars.slice(i, j).join('');
    const fixed = word.length >= 5 ? nearestAnchor(word) : null;
    if (fixed && fixed !== word) {
      for (let k = 0; k < fixed.length; k += 1) {
        outChars.push(fixed[k]!);
        outOrigin.push(origin[Math.min(i + k, j - 1)]!);
      }
    } else {
      for (let k = i; k < j; k += 1) {
        outChars.push(chars[k]!);
        outOrigin.push(origin[k]!);
      }
    }
    i = j;
  }
  return { chars: outChars, origin: outOrigin };
}

function nearestAnchor(word: string): string | null {
  for (const anchor of SPELLING_ANCHORS) {
    if (Math.abs(anchor.length - word.length) > 1) continue;
    if (anchor === word) return null;
    if (withinOneEdit(word, anchor)) return anchor;
  }
  return null;
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
