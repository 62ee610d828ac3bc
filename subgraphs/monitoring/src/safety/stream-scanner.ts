import type { Detection, SafetyCategory } from './detector';
import { excerptAround } from './excerpt';

/** A detection with the excerpt a supervisor reads. */
export interface Finding extends Detection {
  readonly excerpt: string;
}

/** Judges one text synchronously (the local detector with this message's keywords). */
export type SyncInspect = (text: string) => Detection[];

/** Certain detections of a whole text, with excerpts (a student's message). */
export function findingsOf(inspect: SyncInspect, text: string): Finding[] {
  return inspect(text)
    .filter((d) => d.certain)
    .map((d) => ({ ...d, excerpt: excerptAround(text, d) }));
}

/**
 * Scans one streaming answer batch by batch. It keeps a tail of what came before, so a
 * phrase split across two batches ("kill my" + "self") is still caught, and remembers
 * which categories already produced a finding for this message.
 */
export class MessageScanner {
  private tail = '';
  /** Text received but not judged yet: batches are judged a sentence or `minChars` at a time. */
  private unjudged = '';
  /** Length of the unfinished word at the end of `tail`: its hits wait for the next batch. */
  private pending = 0;
  private readonly flagged = new Set<SafetyCategory>();

  /**
   * @param inspect the detector for this message (with its class and chatbot keywords)
   * @param tailLength characters kept from earlier batches; longer than any phrase a lexicon matches. @default 200
   */
  constructor(
    private readonly inspect: SyncInspect,
    private readonly tailLength = 200,
    private readonly minChars = 48,
  ) {}

  /** Categories that have already produced a finding for this message. */
  get flaggedCategories(): ReadonlySet<SafetyCategory> {
    return this.flagged;
  }

  /**
   * Takes the next batch; returns new findings (at most one per category per message).
   * Text is judged once a sentence ends or `minChars` have gathered: a 20 ms batch holds a
   * token or two, and judging every one would cost a core per few streams.
   */
  push(batch: string): Finding[] {
    this.unjudged += batch;
    if (this.unjudged.length < this.minChars && !/[.!?\n]\s*$/.test(this.unjudged)) return [];
    const window = this.tail + this.unjudged;
    this.unjudged = '';
    return this.evaluate(window, false);
  }

  /** The answer ended: judges what is left, including a last word no later batch will complete. */
  finish(): Finding[] {
    if (this.pending === 0 && this.unjudged === '') return [];
    const window = this.tail + this.unjudged;
    this.unjudged = '';
    return this.evaluate(window, true);
  }

  private evaluate(window: string, final: boolean): Finding[] {
    const minEnd = this.tail.length - this.pending;
    // A batch may end mid-word ("sex" of "sextant"): a hit ending there waits for the rest.
    const trailing = final ? 0 : trailingWordLength(window);
    const hits = this.inspect(window).filter(
      (d) =>
        d.certain &&
        d.end > minEnd &&
        !this.flagged.has(d.category) &&
        (trailing === 0 || d.end < window.length),
    );
    for (const hit of hits) this.flagged.add(hit.category);
    this.tail = cutTail(window, this.tailLength);
    this.pending = Math.min(trailing, this.tail.length);
    return hits.map((hit) => ({ ...hit, excerpt: excerptAround(window, hit) }));
  }
}

/**
 * The last `length` characters, started at a word boundary so a lexicon never sees a
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
