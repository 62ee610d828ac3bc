/**
 * Prints recall and false-positive rate per category of the local detector on the
 * development corpus, on a held-back quarter of it, on our own paraphrase and challenge
 * corpora, and on the generalisation set (the second evaluation set: goal ≥ 95% recall,
 * ≤ 2% false positives).
 *
 *   npm run eval:safety            (add --verbose to list every miss and false alarm)
 */
import {
  evaluateCorpus,
  formatScores,
  loadCorpus,
  splitCorpus,
  type SafetyCorpus,
} from '../src/safety/evaluate';
import { createLocalDetector } from '../src/safety/local-detector';

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const detector = createLocalDetector();
  const detect = (text: string) => detector.inspectSync({ text, source: 'STUDENT_MESSAGE' });
  const dev = loadCorpus('dev');
  const runs: Array<[string, SafetyCorpus]> = [
    ['development corpus (test-data/safety/dev-corpus.json)', dev],
    ['held-back quarter of the development corpus (every 4th message)', splitCorpus(dev).heldBack],
    ['paraphrase corpus (test-data/safety/paraphrase-corpus.json)', loadCorpus('paraphrase')],
    ['challenge corpus (test-data/safety/challenge-corpus.json)', loadCorpus('challenge')],
    [
      'generalisation set, the second evaluation set (test-data/safety/generalisation-corpus.json)',
      loadCorpus('generalisation'),
    ],
  ];
  for (const [title, corpus] of runs) {
    const evaluation = await evaluateCorpus(corpus, detect);
    console.log(formatScores(title, evaluation, corpus.clean.length));
    if (verbose) {
      for (const m of evaluation.missed)
        console.log(`    missed ${m.category}: ${m.text}  ${m.got.join(' ')}`);
      for (const f of evaluation.falseAlarms)
        console.log(`    false alarm: ${f.text}  ${f.got.join(' ')}`);
    }
    console.log('');
  }
}

void main();
