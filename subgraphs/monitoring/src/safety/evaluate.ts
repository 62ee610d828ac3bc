import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Detection, SafetyCategory } from './detector';

/** A labelled corpus, as `test-data/safety/*.json` stores it. */
export interface SafetyCorpus {
  readonly categories: readonly SafetyCategory[];
  readonly concerning: ReadonlyArray<{ readonly category: SafetyCategory; readonly text: string }>;
  readonly clean: readonly string[];
}

/** Recall and false positives of one category, or overall. */
export interface CategoryScore {
  readonly category: SafetyCategory | 'OVERALL';
  /** Concerning messages of the category. */
  readonly total: number;
  /** Of those, how many raised their category. */
  readonly caught: number;
  readonly recall: number;
  /** Clean messages that raised this category (overall: raised anything). */
  readonly falsePositives: number;
  readonly falsePositiveRate: number;
}

/** The result of one evaluation, with what went wrong, for tuning. */
export interface Evaluation {
  readonly scores: readonly CategoryScore[];
  readonly missed: ReadonlyArray<{ category: SafetyCategory; text: string; got: string[] }>;
  readonly falseAlarms: ReadonlyArray<{ text: string; got: string[] }>;
}

/**
 * The corpora shipped with monitoring: `dev` (from the issue), `paraphrase`, `challenge` and
 * `generalisation` (ours; the last is the second evaluation set, written apart from the others).
 */
export function loadCorpus(
  name: 'dev' | 'paraphrase' | 'challenge' | 'generalisation',
): SafetyCorpus {
  const file = join(__dirname, '..', '..', 'test-data', 'safety', `${name}-corpus.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as SafetyCorpus;
}

/**
 * Splits a corpus deterministically: every `every`-th item of each list (from `offset`)
 * is held back, so tuning on the rest can be checked on sentences it never saw.
 */
export function splitCorpus(
  corpus: SafetyCorpus,
  every = 4,
  offset = 3,
): { tune: SafetyCorpus; heldBack: SafetyCorpus } {
  const pick = <T>(list: readonly T[], held: boolean) =>
    list.filter((_, i) => (i % every === offset) === held);
  return {
    tune: {
      ...corpus,
      concerning: pick(corpus.concerning, false),
      clean: pick(corpus.clean, false),
    },
    heldBack: {
      ...corpus,
      concerning: pick(corpus.concerning, true),
      clean: pick(corpus.clean, true),
    },
  };
}

/**
 * Runs `detect` on every message of `corpus`. A concerning message counts as caught when
 * its own category is among the certain detections; a clean message is a false positive
 * when it raises any certain detection.
 */
export async function evaluateCorpus(
  corpus: SafetyCorpus,
  detect: (text: string) => Promise<Detection[]> | Detection[],
): Promise<Evaluation> {
  const missed: Array<{ category: SafetyCategory; text: string; got: string[] }> = [];
  const falseAlarms: Array<{ text: string; got: string[] }> = [];
  const caughtBy = new Map<SafetyCategory, number>();
  const totalBy = new Map<SafetyCategory, number>();
  const fpBy = new Map<SafetyCategory, number>();
  for (const item of corpus.concerning) {
    const found = (await detect(item.text)).filter((d) => d.certain);
    totalBy.set(item.category, (totalBy.get(item.category) ?? 0) + 1);
    if (found.some((d) => d.category === item.category))
      caughtBy.set(item.category, (caughtBy.get(item.category) ?? 0) + 1);
    else missed.push({ category: item.category, text: item.text, got: found.map((d) => d.rule) });
  }
  for (const text of corpus.clean) {
    const found = (await detect(text)).filter((d) => d.certain);
    if (!found.length) continue;
    falseAlarms.push({ text, got: found.map((d) => d.rule) });
    for (const category of new Set(found.map((d) => d.category)))
      fpBy.set(category, (fpBy.get(category) ?? 0) + 1);
  }
  const cleanCount = corpus.clean.length;
  const rate = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const scores: CategoryScore[] = corpus.categories.map((category) => {
    const total = totalBy.get(category) ?? 0;
    const caught = caughtBy.get(category) ?? 0;
    const falsePositives = fpBy.get(category) ?? 0;
    return {
      category,
      total,
      caught,
      recall: rate(caught, total),
      falsePositives,
      falsePositiveRate: rate(falsePositives, cleanCount),
    };
  });
  const total = corpus.concerning.length;
  const caught = total - missed.length;
  scores.push({
    category: 'OVERALL',
    total,
    caught,
    recall: rate(caught, total),
    falsePositives: falseAlarms.length,
    falsePositiveRate: rate(falseAlarms.length, cleanCount),
  });
  return { scores, missed, falseAlarms };
}

/** The scores as a fixed-width table. */
export function formatScores(title: string, evaluation: Evaluation, cleanCount: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    `${title}`,
    `  category        caught/total   recall   false positives (of ${cleanCount} clean)`,
  ];
  for (const s of evaluation.scores)
    lines.push(
      `  ${s.category.padEnd(14)} ${`${s.caught}/${s.total}`.padStart(12)} ${pct(s.recall)}   ${String(s.falsePositives).padStart(3)} ${pct(s.falsePositiveRate)}`,
    );
  return lines.join('\n');
}
