import { excerptAround, type FlagCategory, type RuleHit, type RuleSet } from './engine';

/** A hit with the excerpt a supervisor reads. */
export interface ScanFinding extends RuleHit {
  readonly excerpt: string;
}

/**
 * Scans one streaming answer batch by batch. It keeps a short tail of what came
 * before, so a phrase split across two batches ("kill my" + "self") is still caught,
 * and remembers which categories already produced a flag for this message.
 */
export class MessageScanner {
  private tail = '';
  /** Length of the unfinished word at the end of `tail`: its hits wait for the next batch. */
  private pending = 0;
  private readonly flagged = new Set<FlagCategory>();

  /**
   * @param rules the rules for this message (built-ins plus its class and chatbot keywords)
   * @param tailLength characters kept from earlier batches; longer than any phrase a rule matches. @default 120
   */
  constructor(
    private readonly rules: RuleSet,
    private readonly tailLength = 120,
  ) {}

  /** Categories that have already produced a finding for this message. */
  get flaggedCategories(): ReadonlySet<FlagCategory> {
    return this.flagged;
  }

  /** Scans the next batch; returns new findings (at most one per category per message). */
  push(batch: string): ScanFinding[] {
    return this.evaluate(this.tail + batch, false);
  }

  /** The answer ended: judges the last word, which no later batch will complete. */
  finish(): ScanFinding[] {
    return this.pending > 0 ? this.evaluate(this.tail, true) : [];
  }

  private evaluate(window: string, final: boolean): ScanFinding[] {
    const minEnd = this.tail.length - this.pending;
    // A batch may end mid-word ("sex" of "sextant"): a hit ending there waits for the rest.
    const trailing = final ? 0 : trailingWordLength(window);
    const hits = this.rules
      .scan(window, { minEnd, skip: this.flagged })
      .filter((hit) => trailing === 0 || hit.end < window.length);
    for (const hit of hits) this.flagged.add(hit.category);
    this.tail = cutTail(window, this.tailLength);
    this.pending = Math.min(trailing, this.tail.length);
    return hits.map((hit) => ({ ...hit, excerpt: excerptAround(window, hit) }));
  }
}

/** Scans a whole text at once (a student's message). */
export function scanText(rules: RuleSet, text: string): ScanFinding[] {
  return rules.scan(text).map((hit) => ({ ...hit, excerpt: excerptAround(text, hit) }));
}

/**
 * The last `length` characters, started at a word boundary so a rule never sees a
 * word's second half as a word of its own ("class" must not leave "ass").
 */
function cutTail(text: string, length: number): string {
  if (text.length <= length) return text;
  const tail = text.slice(text.length - length);
  const boundary = tail.search(/\s/);
  return boundary === -1 ? '' : tail.slice(boundary);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** Length of the word the text ends in (0 after a space or punctuation), read from the end. */
function trailingWordLength(text: string): number {
  let length = 0;
  while (length < text.length && WORD_CHAR.test(text[text.length - 1 - length]!)) length += 1;
  return length;
}
