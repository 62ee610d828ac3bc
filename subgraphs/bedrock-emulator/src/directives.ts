/**
 * Per-request directives: tests and demos steer one answer by writing
 * `[[emulator:NAME]]` or `[[emulator:NAME=VALUE]]` into the user's message. They are
 * removed from the text the emulator answers to, so they never show in the answer.
 */

/** Exception types the emulator can raise inside a stream (`:exception-type`). */
export type StreamExceptionType =
  | 'modelStreamErrorException'
  | 'internalServerException'
  | 'throttlingException'
  | 'serviceUnavailableException'
  | 'validationException';

const STREAM_EXCEPTION_TYPES: readonly StreamExceptionType[] = [
  'modelStreamErrorException',
  'internalServerException',
  'throttlingException',
  'serviceUnavailableException',
  'validationException',
];

/** A tool the user asked the emulator to call, with an optional fixed input. */
export interface ToolDirective {
  readonly name: string;
  readonly input?: Record<string, unknown>;
}

/** A content filter the emulated guardrail reports, as `[[emulator:guardrail=TYPE:CONFIDENCE]]` sets it. */
export interface GuardrailFilterDirective {
  readonly type: 'HATE' | 'INSULTS' | 'MISCONDUCT' | 'PROMPT_ATTACK' | 'SEXUAL' | 'VIOLENCE';
  readonly confidence: 'LOW' | 'MEDIUM' | 'HIGH';
}

/** Errors the emulated guardrail can answer with. */
export type GuardrailFailure =
  | 'ServiceUnavailableException'
  | 'ThrottlingException'
  | 'InternalServerException'
  | 'ResourceNotFoundException';

const FILTER_TYPES = ['HATE', 'INSULTS', 'MISCONDUCT', 'PROMPT_ATTACK', 'SEXUAL', 'VIOLENCE'];
const CONFIDENCES = ['LOW', 'MEDIUM', 'HIGH'];
const GUARDRAIL_FAILURES: readonly GuardrailFailure[] = [
  'ServiceUnavailableException',
  'ThrottlingException',
  'InternalServerException',
  'ResourceNotFoundException',
];

/**
 * What the emulated model answers a safety-judge prompt with (`[[emulator:judge=SELF_HARM:HIGH]]`,
 * or `judge=NONE` for "no concern"): the one-line JSON verdict the judge's prompt asks for.
 */
export interface JudgeDirective {
  readonly category: 'NONE' | 'SELF_HARM' | 'VIOLENCE' | 'SEXUAL' | 'BULLYING';
  readonly severity: 'LOW' | 'MEDIUM' | 'HIGH';
}

const JUDGE_CATEGORIES = ['NONE', 'SELF_HARM', 'VIOLENCE', 'SEXUAL', 'BULLYING'];

/** Directives found in one message; absent fields mean "use the emulator's default". */
export interface Directives {
  /** Send an exception frame after this many output tokens. */
  readonly failAt?: number;
  /** Which exception the `failAt` frame carries. @default 'modelStreamErrorException' */
  readonly failWith?: StreamExceptionType;
  /** Answer with an HTTP 429 ThrottlingException before any stream starts. */
  readonly throttle?: boolean;
  /** Send `messageStart`, then nothing until the client goes away. */
  readonly hang?: boolean;
  /** Answer with a fixed Markdown sample (bold, a list, code, math, a table) instead of prose. */
  readonly markdown?: boolean;
  /** Output tokens when `maxTokens` does not limit the answer. */
  readonly length?: number;
  /** Tokens per second for this answer. */
  readonly rate?: number;
  /** Milliseconds before this answer's first token. */
  readonly ttft?: number;
  /** Ask for this tool (when the request's `toolConfig` offers it). */
  readonly tool?: ToolDirective;
  /**
   * Ask for the tool this many times in one turn (`tool-calls=N`, 1 to 100), as a model may
   * ask for several tools at once. @default 1
   */
  readonly toolCalls?: number;
  /**
   * Answer exactly this text (given base64url-encoded, so its words never appear in the
   * question: tests of what happens when a model says something the question did not).
   */
  readonly say?: string;
  /** ApplyGuardrail: content filters it reports as detected (`guardrail=VIOLENCE:HIGH,INSULTS:LOW`). */
  readonly guardrailFilters?: readonly GuardrailFilterDirective[];
  /** ApplyGuardrail: denied topics it reports as detected (`guardrail-topic=Self-harm`). */
  readonly guardrailTopics?: readonly string[];
  /** ApplyGuardrail: answer with this error instead (`guardrail-fail=ServiceUnavailableException`). */
  readonly guardrailFail?: GuardrailFailure;
  /** ApplyGuardrail: never answer (`guardrail-hang`). */
  readonly guardrailHang?: boolean;
  /** ApplyGuardrail: answer after this many milliseconds (`guardrail-latency=N`). */
  readonly guardrailLatency?: number;
  /** Answer a safety-judge prompt with this verdict, as JSON (`judge=VIOLENCE:MEDIUM`, `judge=NONE`). */
  readonly judge?: JudgeDirective;
}

/** The message text without directives, and the directives it carried. */
export interface ParsedDirectives {
  readonly text: string;
  readonly directives: Directives;
}

const DIRECTIVE_PATTERN = /\[\[emulator:([a-z-]+)(?:=(.*?))?\]\]/g;

/**
 * Extracts `[[emulator:…]]` directives from a message. Unknown or malformed
 * directives are removed from the text but ignored, so a typo never reaches
 * the answer. A tool input is JSON and must not itself contain `]]`.
 */
export function parseDirectives(message: string): ParsedDirectives {
  const found: {
    -readonly [K in keyof Directives]: Directives[K];
  } = {};
  const text = message.replace(DIRECTIVE_PATTERN, (_whole, name: string, value?: string) => {
    switch (name) {
      case 'fail-at':
        found.failAt = nonNegativeInteger(value);
        break;
      case 'fail-with':
        found.failWith = STREAM_EXCEPTION_TYPES.find((type) => type === value);
        break;
      case 'throttle':
        found.throttle = true;
        break;
      case 'hang':
        found.hang = true;
        break;
      case 'markdown':
        found.markdown = true;
        break;
      case 'length':
        found.length = nonNegativeInteger(value);
        break;
      case 'rate': {
        const rate = Number(value);
        found.rate = Number.isFinite(rate) && rate > 0 ? rate : undefined;
        break;
      }
      case 'ttft':
        found.ttft = nonNegativeInteger(value);
        break;
      case 'tool':
        found.tool = value === undefined ? undefined : parseToolDirective(value);
        break;
      case 'tool-calls': {
        const n = nonNegativeInteger(value);
        found.toolCalls = n !== undefined && n >= 1 && n <= 100 ? n : undefined;
        break;
      }
      case 'guardrail':
        found.guardrailFilters = (value ?? '').split(',').flatMap((part) => {
          const [type = '', confidence = 'HIGH'] = part.trim().toUpperCase().split(':');
          return FILTER_TYPES.includes(type) && CONFIDENCES.includes(confidence)
            ? [{ type, confidence } as GuardrailFilterDirective]
            : [];
        });
        break;
      case 'guardrail-topic':
        found.guardrailTopics = (value ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
        break;
      case 'guardrail-fail':
        found.guardrailFail =
          GUARDRAIL_FAILURES.find((type) => type === value) ?? 'ServiceUnavailableException';
        break;
      case 'guardrail-hang':
        found.guardrailHang = true;
        break;
      case 'guardrail-latency':
        found.guardrailLatency = nonNegativeInteger(value);
        break;
      case 'judge': {
        const [category = '', severity = 'HIGH'] = (value ?? '').trim().toUpperCase().split(':');
        found.judge =
          JUDGE_CATEGORIES.includes(category) && CONFIDENCES.includes(severity)
            ? ({ category, severity } as JudgeDirective)
            : undefined;
        break;
      }
      case 'say':
        found.say = value && /^[A-Za-z0-9_-]+=*$/.test(value) ? decodeSay(value) : undefined;
        break;
    }
    return '';
  });
  const directives = Object.fromEntries(
    Object.entries(found).filter(([, value]) => value !== undefined),
  ) as Directives;
  return { text: text.replace(/[ \t]{2,}/g, ' ').trim(), directives };
}

function decodeSay(value: string): string | undefined {
  const text = Buffer.from(value, 'base64url').toString('utf8');
  return text.trim() ? text : undefined;
}

/** The verdict a judge directive answers with: `{"category":"SELF_HARM","severity":"HIGH"}`. */
export const judgeVerdictText = (judge: JudgeDirective): string =>
  JSON.stringify(
    judge.category === 'NONE'
      ? { category: 'NONE', severity: 'LOW', reason: 'emulated judge: no concern' }
      : { category: judge.category, severity: judge.severity, reason: 'emulated judge' },
  );

/** The `say` directive for `text` (what tests write into a question). */
export const sayDirective = (text: string): string =>
  `[[emulator:say=${Buffer.from(text, 'utf8').toString('base64url')}]]`;

function nonNegativeInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function parseToolDirective(value: string): ToolDirective | undefined {
  const separator = value.indexOf(':');
  const name = (separator === -1 ? value : value.slice(0, separator)).trim();
  if (name === '') return undefined;
  if (separator === -1) return { name };
  try {
    const input: unknown = JSON.parse(value.slice(separator + 1));
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return { name };
    return { name, input: input as Record<string, unknown> };
  } catch {
    return { name };
  }
}
