import { normalize, type NormalizedText } from './normalize';

/** A chatbot's guardrails as chat enforces them. */
export interface BlockedTerms {
  /** Topics, such as "exam answers": every content word must appear (any form, any order). */
  readonly topics: readonly string[];
  /** Words or phrases matched whole, case-, accent- and leetspeak-insensitive. */
  readonly keywords: readonly string[];
}

/** The blocked term a text hit. */
export interface BlockedTermHit {
  readonly kind: 'topic' | 'keyword';
  /** The term as the chatbot's manager wrote it. */
  readonly term: string;
  /** Where in the original text the (first) evidence is. */
  readonly start: number;
  readonly end: number;
}

/**
 * Words that carry no topic of their own in English, Spanish and French: "the history of
 * the war" is the topic "history war". Kept short on purpose: a word left out here only
 * makes a topic stricter.
 */
const STOPWORDS = new Set(
  (
    'a an the of to in on for and or with about from by at is are be how what why do does my your ' +
    'el la los las un una unos unas de del al y o en con sobre por para que como mi tu es son ' +
    'le les une des du au aux et ou dans avec sur pour par est sont mon ton ma ta mes tes'
  ).split(' '),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The folded form a term is compared in (the same folding as the text). */
const fold = (term: string) => normalize(term.trim()).text.trim();

/**
 * A topic word's stem: a plural or verb ending dropped, so "answers", "answering" and
 * "answered" all meet "answer". A stem keeps at least four letters ("games" → "game").
 */
function stem(word: string): string {
  for (const ending of ['ing', 'ed', 'es', 's']) {
    if (word.endsWith(ending) && word.length - ending.length >= 4)
      return word.slice(0, -ending.length);
  }
  return word;
}

/** Endings a topic word may carry in the text (English plurals and verb forms; Spanish and French plurals). */
const ENDINGS = '(?:s|es|e|ed|d|ing|er|ers)?';

interface CompiledTerms {
  readonly keywords: ReadonlyArray<{ term: string; regex: RegExp }>;
  readonly topics: ReadonlyArray<{ term: string; words: RegExp[] }>;
}

const cache = new Map<string, CompiledTerms>();

function compile(terms: BlockedTerms): CompiledTerms {
  const key = JSON.stringify([terms.topics, terms.keywords]);
  const hit = cache.get(key);
  if (hit) return hit;
  const keywords = terms.keywords.flatMap((term) => {
    const folded = fold(term);
    if (folded.length < 2) return [];
    const body = escape(folded).replace(/\s+/g, '[^a-z0-9]*');
    return [{ term: term.trim(), regex: new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`) }];
  });
  const topics = terms.topics.flatMap((term) => {
    const words = fold(term)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !STOPWORDS.has(w));
    if (!words.length) return [];
    // A stem matches its own word forms ("exam" → "exams"), never inside another word.
    return [
      {
        term: term.trim(),
        words: words.map(
          (w) => new RegExp(`(?<![a-z0-9])${escape(stem(w))}${ENDINGS}(?![a-z0-9])`),
        ),
      },
    ];
  });
  const compiled = { keywords, topics };
  if (cache.size > 500) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Original-text offsets of a match in the folded text. */
function span(normalized: NormalizedText, index: number, length: number) {
  const start = normalized.origin[index] ?? 0;
  const last = normalized.origin[index + Math.max(length, 1) - 1] ?? start;
  return { start, end: last + 1 };
}

/**
 * The first blocked keyword or topic `text` touches, or null. Keywords are checked first
 * (they are exact); a topic is touched when every one of its content words appears.
 */
export function findBlockedTerm(text: string, terms: BlockedTerms): BlockedTermHit | null {
  if (!terms.keywords.length && !terms.topics.length) return null;
  const compiled = compile(terms);
  const normalized = normalize(text);
  for (const keyword of compiled.keywords) {
    const match = keyword.regex.exec(normalized.text);
    if (match)
      return {
        kind: 'keyword',
        term: keyword.term,
        ...span(normalized, match.index, match[0].length),
      };
  }
  for (const topic of compiled.topics) {
    const matches = topic.words.map((w) => w.exec(normalized.text));
    if (matches.every(Boolean)) {
      const first = matches.reduce((a, b) => (b!.index < a!.index ? b : a))!;
      return { kind: 'topic', term: topic.term, ...span(normalized, first.index, first[0].length) };
    }
  }
  return null;
}
