/**
 * The `ApplyGuardrail` operation (`POST /guardrail/{id}/version/{version}/apply`) on its real
 * restJson wire format. A real guardrail judges text with models the emulator does not have,
 * so what it finds is driven by directives in the text (tests decide what the guardrail
 * "saw"); e-mail addresses and phone numbers are found on their own, as Bedrock's
 * sensitive-information filter does.
 */
import type { Directives, GuardrailFilterDirective } from './directives';
import { parseDirectives } from './directives';
import type { ResponseSink } from './protocol';
import { writeServiceError } from './protocol';
import { untilAborted } from './stream';

/** The apply path, with its guardrail identifier and version. */
export const GUARDRAIL_ROUTE = /^\/guardrail\/([^/]+)\/version\/([^/]+)\/apply$/;

const IDENTIFIER =
  /^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+))$/;
const VERSION = /^(([1-9][0-9]{0,7})|(DRAFT))$/;

/** What Bedrock returns in place of blocked text unless a guardrail is configured otherwise. */
export const BLOCKED_MESSAGING = 'Sorry, the model cannot answer this question.';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?<!\d)(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{3,4}[\s.-]?\d{3,4}(?!\d)/g;

interface ApplyRequest {
  readonly source: 'INPUT' | 'OUTPUT';
  readonly texts: string[];
}

function parseApply(body: string): ApplyRequest | string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'The request body is not valid JSON.';
  }
  const { source, content } = (json ?? {}) as { source?: unknown; content?: unknown };
  if (source !== 'INPUT' && source !== 'OUTPUT')
    return "1 validation error detected: Value at 'source' failed to satisfy constraint: Member must satisfy enum value set: [INPUT, OUTPUT]";
  if (!Array.isArray(content) || content.length === 0)
    return "1 validation error detected: Value at 'content' failed to satisfy constraint: Member must have length greater than or equal to 1";
  const texts: string[] = [];
  for (const block of content) {
    const text = (block as { text?: { text?: unknown } } | null)?.text?.text;
    if (typeof text !== 'string') return 'Each content block must be a text block with text.';
    texts.push(text);
  }
  return { source, texts };
}

/** Answers one ApplyGuardrail request. */
export async function respondApplyGuardrail(
  response: ResponseSink,
  route: RegExpExecArray,
  body: string,
  requestId: string,
  signal: AbortSignal,
): Promise<void> {
  const identifier = decodeURIComponent(route[1] ?? '');
  const version = decodeURIComponent(route[2] ?? '');
  if (!IDENTIFIER.test(identifier) || !VERSION.test(version)) {
    writeServiceError(
      response,
      'ValidationException',
      `The guardrail identifier or version is not valid: ${identifier} ${version}.`,
      requestId,
    );
    return;
  }
  const parsed = parseApply(body);
  if (typeof parsed === 'string') {
    writeServiceError(response, 'ValidationException', parsed, requestId);
    return;
  }
  const startedAt = performance.now();
  const directives: Directives = Object.assign(
    {},
    ...parsed.texts.map((text) => parseDirectives(text).directives),
  );
  if (directives.guardrailHang) {
    await untilAborted(signal);
    return;
  }
  if (directives.guardrailFail) {
    writeServiceError(
      response,
      directives.guardrailFail,
      'The emulated guardrail is unavailable.',
      requestId,
    );
    return;
  }
  if (directives.guardrailLatency) {
    await new Promise((resolve) => setTimeout(resolve, directives.guardrailLatency));
    if (signal.aborted) return;
  }
  const texts = parsed.texts.map((text) => parseDirectives(text).text);
  const filters = (directives.guardrailFilters ?? []).map((f: GuardrailFilterDirective) => ({
    type: f.type,
    confidence: f.confidence,
    filterStrength: 'HIGH',
    action: 'BLOCKED',
    detected: true,
  }));
  const topics = (directives.guardrailTopics ?? []).map((name) => ({
    name,
    type: 'DENY',
    action: 'BLOCKED',
    detected: true,
  }));
  const piiEntities = texts.flatMap((text) => [
    ...[...text.matchAll(EMAIL)].map((m) => ({
      match: m[0],
      type: 'EMAIL',
      action: 'ANONYMIZED',
      detected: true,
    })),
    ...[...text.replace(EMAIL, ' ').matchAll(PHONE)]
      .filter((m) => m[0].replace(/\D/g, '').length >= 9)
      .map((m) => ({ match: m[0].trim(), type: 'PHONE', action: 'ANONYMIZED', detected: true })),
  ]);
  const intervened = filters.length > 0 || topics.length > 0 || piiEntities.length > 0;
  const blocked = filters.length > 0 || topics.length > 0;
  const characters = parsed.texts.reduce((sum, text) => sum + text.length, 0);
  const units = Math.max(1, Math.ceil(characters / 1000));
  const usage = {
    topicPolicyUnits: units,
    contentPolicyUnits: units,
    wordPolicyUnits: units,
    sensitiveInformationPolicyUnits: units,
    sensitiveInformationPolicyFreeUnits: 0,
    contextualGroundingPolicyUnits: 0,
  };
  const coverage = { textCharacters: { guarded: characters, total: characters } };
  const assessment = {
    ...(topics.length ? { topicPolicy: { topics } } : {}),
    ...(filters.length ? { contentPolicy: { filters } } : {}),
    ...(piiEntities.length ? { sensitiveInformationPolicy: { piiEntities, regexes: [] } } : {}),
    invocationMetrics: {
      guardrailProcessingLatency: Math.round(performance.now() - startedAt),
      usage,
      guardrailCoverage: coverage,
    },
  };
  const anonymized = (text: string) =>
    piiEntities.reduce((out, e) => out.split(e.match).join(`{${e.type}}`), text);
  response.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': requestId });
  response.end(
    JSON.stringify({
      usage,
      action: intervened ? 'GUARDRAIL_INTERVENED' : 'NONE',
      ...(intervened ? { actionReason: 'Guardrail blocked.' } : {}),
      outputs: intervened
        ? blocked
          ? [{ text: BLOCKED_MESSAGING }]
          : texts.map((text) => ({ text: anonymized(text) }))
        : [],
      assessments: [assessment],
      guardrailCoverage: coverage,
    }),
  );
}
