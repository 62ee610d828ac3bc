/**
 * Decides what the emulated model says: deterministic text that mentions the
 * user's words, a tool request when the conversation calls for one, or a reply
 * that quotes a tool result. The plan is computed up front; streaming it is
 * `stream.ts`'s job.
 */
import type { ConverseRequest } from './conversation';
import { trailingToolResults } from './conversation';
import { judgeVerdictText, type Directives } from './directives';
import { countTokens, hashString, seededRandom, tokenize } from './tokens';

/** Why the model stopped, as Bedrock reports it in `messageStop`. */
export type StopReason = 'end_turn' | 'tool_use' | 'max_tokens';

/** A block of the answer, already cut into the tokens that will be streamed. */
export type PlannedBlock =
  | { readonly kind: 'text'; readonly tokens: readonly string[] }
  | {
      readonly kind: 'toolUse';
      readonly toolUseId: string;
      readonly name: string;
      /** Pieces of the JSON-encoded input, streamed as `toolUse.input` deltas. */
      readonly tokens: readonly string[];
    };

/** The whole answer: content blocks, stop reason and the output tokens they cost. */
export interface AnswerPlan {
  readonly blocks: readonly PlannedBlock[];
  readonly stopReason: StopReason;
  readonly outputTokens: number;
}

const STOPWORDS = new Set(
  'about above after again also because been before being below between both could does doing down during each from further have having here how into just more most other over same should some such than that their them then there these they this those through under until very what when where which while will with would your yours please tell explain'.split(
    ' ',
  ),
);

const SENTENCES: readonly ((a: string, b: string) => string)[] = [
  (a) => `Let's look at ${a} step by step.`,
  (a, b) => `A good way to understand ${a} is to connect it with ${b}.`,
  (a) => `Think about how ${a} relates to what you already know.`,
  (a) => `Many students find ${a} easier once they work through an example.`,
  (a) => `The key idea behind ${a} is worth writing down in your own words.`,
  (a) => `Try explaining ${a} to a classmate and notice where you hesitate.`,
  (a, b) => `Compare ${a} with ${b} and note one difference.`,
  (a) => `Ask yourself why ${a} matters in this topic.`,
];

const ARITHMETIC = /-?\d+(?:\.\d+)?(?:\s*[-+*/^%]\s*\(?\s*-?\d+(?:\.\d+)?\s*\)?)+/;

/** What `[[emulator:markdown]]` answers: every construct a chat client renders. */
export const MARKDOWN_SAMPLE = [
  'The **nucleus** is the cell’s control centre.',
  '',
  '- It holds the `DNA`',
  '- It makes *ribosomes*',
  '',
  '```python',
  'def area(r):',
  '    return 3.14159 * r ** 2',
  '```',
  '',
  'Energy and mass: $E = mc^2$, and for a right triangle:',
  '',
  '$$',
  'a^2 + b^2 = c^2',
  '$$',
  '',
  '| Part | Job |',
  '| --- | --- |',
  '| Nucleus | Control |',
  '| Mitochondrion | Energy |',
].join('\n');

/**
 * Plans the answer to a request. `prompt` is the user's last text without
 * directives; `defaultLength` applies when no `length` directive is given.
 */
export function planAnswer(
  request: ConverseRequest,
  prompt: string,
  directives: Directives,
  defaultLength: number,
): AnswerPlan {
  const seed = hashString(JSON.stringify([request.modelId, request.system, request.messages]));
  const length = directives.length ?? defaultLength;
  const results = trailingToolResults(request.messages);
  const blocks: PlannedBlock[] = [];
  let stopReason: StopReason = 'end_turn';
  if (results.length > 0) {
    const quotes = results.map((r) => `The ${r.name} tool returned: "${clip(r.text, 240)}".`);
    blocks.push(textBlock(quotes.join(' '), prompt, length, seed));
  } else if (directives.say !== undefined) {
    blocks.push({ kind: 'text', tokens: tokenize(directives.say) });
  } else if (directives.judge !== undefined) {
    blocks.push({ kind: 'text', tokens: tokenize(judgeVerdictText(directives.judge)) });
  } else {
    const tool = chooseTool(request, prompt, directives);
    if (tool) {
      blocks.push({ kind: 'text', tokens: tokenize(`Let me use the ${tool.name} tool for that.`) });
      const calls = directives.toolCalls ?? 1;
      for (let call = 0; call < calls; call++) {
        blocks.push({
          kind: 'toolUse',
          toolUseId: `tooluse_${seed.toString(36)}${request.messages.length.toString(36)}${call ? `_${call}` : ''}`,
          name: tool.name,
          tokens: tokenize(JSON.stringify(tool.input)),
        });
      }
      stopReason = 'tool_use';
    } else if (directives.markdown) {
      blocks.push({ kind: 'text', tokens: tokenize(MARKDOWN_SAMPLE) });
    } else if (length > 0) {
      blocks.push(textBlock('', prompt, length, seed));
    }
  }
  return limitTokens(blocks, stopReason, request.maxTokens);
}

function chooseTool(
  request: ConverseRequest,
  prompt: string,
  directives: Directives,
): { name: string; input: Record<string, unknown> } | undefined {
  const offered = new Set(request.toolNames);
  const requested = directives.tool;
  if (requested && offered.has(requested.name)) {
    return {
      name: requested.name,
      input: requested.input ?? defaultToolInput(requested.name, prompt),
    };
  }
  const arithmetic = ARITHMETIC.exec(prompt);
  if (arithmetic && offered.has('calculator')) {
    return { name: 'calculator', input: { expression: arithmetic[0].trim() } };
  }
  if (offered.has('search_course_materials') && isQuestion(prompt)) {
    return { name: 'search_course_materials', input: { query: prompt } };
  }
  return undefined;
}

function defaultToolInput(name: string, prompt: string): Record<string, unknown> {
  if (name === 'calculator') return { expression: ARITHMETIC.exec(prompt)?.[0].trim() ?? '1 + 1' };
  return { query: prompt };
}

function isQuestion(prompt: string): boolean {
  return (
    prompt.trim().endsWith('?') ||
    /^(who|what|when|where|why|how|which|can|could|is|are|does|do|explain)\b/i.test(prompt.trim())
  );
}

/** One-token words for the closing sentence that makes an answer exactly as long as asked. */
const CLOSING_WORDS =
  'Keep going and check each step with care so you learn more from every small try you make along the way'.split(
    ' ',
  );

/**
 * A text block of exactly `length` tokens made of whole sentences: the lead (or
 * an opening naming the prompt's words), sentences about those words, and a
 * closing sentence sized to the tokens left. A lead longer than `length` is
 * kept whole; an opening longer than `length` is cut.
 */
function textBlock(lead: string, prompt: string, length: number, seed: number): PlannedBlock {
  const random = seededRandom(seed);
  const words = keywords(prompt);
  const [first = 'your question', second = first] = words;
  const pick = () => words[Math.floor(random() * words.length)] ?? first;
  const opening =
    lead === '' ? `You asked about ${words.length > 1 ? `${first} and ${second}` : first}.` : lead;
  let count = countTokens(opening);
  if (count >= length) {
    return {
      kind: 'text',
      tokens: lead === '' ? cutWithFullStop(tokenize(opening), length) : tokenize(lead),
    };
  }
  const sentences = [opening];
  // Sentences are joined with a leading space, so their token counts simply add up.
  for (;;) {
    const template = SENTENCES[Math.floor(random() * SENTENCES.length)] ?? SENTENCES[0]!;
    const topic = pick();
    const others = words.filter((word) => word !== topic);
    const next = ` ${template(topic, others[Math.floor(random() * others.length)] ?? second)}`;
    const size = countTokens(next);
    if (count + size > length) break;
    sentences.push(next);
    count += size;
  }
  let remaining = length - count;
  // A one-token sentence cannot end in a full stop, so the last sentence makes room.
  if (remaining === 1 && sentences.length > 1) remaining += countTokens(sentences.pop() ?? '');
  if (remaining === 1) sentences.push(' …');
  else if (remaining > 1) sentences.push(closingSentence(remaining));
  return { kind: 'text', tokens: tokenize(sentences.join('')) };
}

/** ` Keep going and … .`: exactly `size` tokens (size - 1 words and a full stop). */
function closingSentence(size: number): string {
  const picked = Array.from(
    { length: size - 1 },
    (_, i) => CLOSING_WORDS[i % CLOSING_WORDS.length],
  );
  return ` ${picked.join(' ')}.`;
}

function cutWithFullStop(tokens: string[], length: number): string[] {
  const kept = tokens.slice(0, length);
  const last = kept[kept.length - 1];
  if (last !== undefined && !/[.!?"]$/.test(last)) kept[kept.length - 1] = `${last}.`;
  return kept;
}

/** Up to six distinct content words from the prompt, in order of appearance. */
function keywords(prompt: string): string[] {
  const seen = new Set<string>();
  for (const word of prompt.match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? []) {
    const lower = word.toLowerCase();
    if (word.length < 4 || STOPWORDS.has(lower) || seen.has(lower)) continue;
    seen.add(lower);
    if (seen.size === 6) break;
  }
  return [...seen];
}

function limitTokens(
  blocks: readonly PlannedBlock[],
  stopReason: StopReason,
  maxTokens: number | undefined,
): AnswerPlan {
  const total = blocks.reduce((sum, block) => sum + block.tokens.length, 0);
  if (maxTokens === undefined || total <= maxTokens) {
    return { blocks, stopReason, outputTokens: total };
  }
  const kept: PlannedBlock[] = [];
  let budget = maxTokens;
  for (const block of blocks) {
    if (budget === 0) break;
    kept.push({ ...block, tokens: block.tokens.slice(0, budget) });
    budget -= Math.min(budget, block.tokens.length);
  }
  return { blocks: kept, stopReason: 'max_tokens', outputTokens: maxTokens };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
