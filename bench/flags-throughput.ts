/**
 * How fast monitoring's safety rules judge streamed answers, against how fast chat
 * produces them. Chat coalesces model deltas into one `chat.activity` batch per
 * CHAT_STREAM_COALESCE_MS (chat's own default unless set), so one answer yields at most
 * 1000 / CHAT_STREAM_COALESCE_MS batches a second. This runs the same code monitoring runs
 * per batch — a MessageScanner over the built-in rules plus class and chatbot keywords,
 * keeping its tail across batches — over BENCH_ANSWERS synthetic answers and prints the
 * batches judged per second and the ratio: how many answers could stream at once before
 * one core running the rules falls behind.
 *
 *   npx tsx bench/flags-throughput.ts      (BENCH_ANSWERS, BENCH_BATCHES_PER_ANSWER, CHAT_STREAM_COALESCE_MS)
 */
import { chatEnv } from '../subgraphs/chat/src/config';
import { createLocalDetector } from '../subgraphs/monitoring/src/safety/local-detector';
import { MessageScanner } from '../subgraphs/monitoring/src/safety/stream-scanner';

const ANSWERS = positiveInt(process.env.BENCH_ANSWERS, 2000);
const BATCHES_PER_ANSWER = positiveInt(process.env.BENCH_BATCHES_PER_ANSWER, 60);
const COALESCE_MS = chatEnv.CHAT_STREAM_COALESCE_MS.parse(process.env.CHAT_STREAM_COALESCE_MS);

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`expected a positive whole number, got "${raw}"`);
  return value;
}

const WORDS = (
  'the cell membrane controls what enters and leaves while mitochondria release energy from glucose ' +
  'in 1914 the assassination in Sarajevo set off alliances across Europe and the war spread quickly ' +
  'to solve 3x + 7 = 22 subtract seven from both sides then divide by three so x equals five ' +
  'photosynthesis uses light water and carbon dioxide to make glucose and oxygen in the chloroplast'
).split(' ');

/** A deterministic pseudo-random sequence, so every run judges the same text. */
function* numbers(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield state / 2147483648;
  }
}

/** One answer's batches: 1 to 6 words each (chat's 20 ms window holds a few tokens), a few answers concerning. */
function answer(random: Generator<number>, index: number): string[] {
  const batches: string[] = [];
  for (let b = 0; b < BATCHES_PER_ANSWER; b += 1) {
    const count = 1 + Math.floor(random.next().value * 6);
    const words: string[] = [];
    for (let w = 0; w < count; w += 1)
      words.push(WORDS[Math.floor(random.next().value * WORDS.length)]!);
    batches.push(`${words.join(' ')} `);
  }
  // One answer in fifty carries a phrase split across two batches, so hits and stops are exercised too.
  if (index % 50 === 0)
    batches.splice(BATCHES_PER_ANSWER / 2, 0, 'you could kill my', 'self if it hurts ');
  return batches;
}

function main(): void {
  const classKeywords = [
    'vape',
    'fight after school',
    'skip class',
    'answers leaked',
    'group chat',
  ];
  const chatbotKeywords = ['homework answers', 'cheat', 'exam paper'];
  const detector = createLocalDetector();
  const keywords = [...classKeywords, ...chatbotKeywords];
  const rules = (text: string) => detector.inspectSync({ text, source: 'ANSWER', keywords });
  const random = numbers(42);
  const answers = Array.from({ length: ANSWERS }, (_, i) => answer(random, i));
  const batchCount = answers.reduce((sum, batches) => sum + batches.length, 0);

  // Warm up the regular expressions before timing.
  for (const batches of answers.slice(0, 50))
    for (const batch of batches) new MessageScanner(rules).push(batch);

  let findings = 0;
  const started = process.hrtime.bigint();
  for (const batches of answers) {
    const scanner = new MessageScanner(rules);
    for (const batch of batches) findings += scanner.push(batch).length;
    findings += scanner.finish().length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const judgedPerSecond = batchCount / seconds;
  const streamRate = 1000 / Math.max(COALESCE_MS, 1);
  console.log(
    `local detector: lexicons in 3 languages, personal data + ${keywords.length} keywords`,
  );
  console.log(
    `judged ${batchCount} batches of ${ANSWERS} answers in ${seconds.toFixed(3)} s (${findings} findings)`,
  );
  console.log(`rules engine: ${Math.round(judgedPerSecond)} batches/s on one core`);
  console.log(
    `one coalesced stream: at most ${streamRate.toFixed(1)} batches/s (CHAT_STREAM_COALESCE_MS=${COALESCE_MS})`,
  );
  console.log(
    `ratio: ${(judgedPerSecond / streamRate).toFixed(0)} concurrent streams per core before the rules fall behind`,
  );
}

main();
