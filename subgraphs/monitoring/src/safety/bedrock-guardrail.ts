import {
  ApplyGuardrailCommand,
  type ApplyGuardrailCommandOutput,
  type BedrockRuntimeClient,
  type GuardrailAssessment,
} from '@aws-sdk/client-bedrock-runtime';
import type {
  Detection,
  InspectRequest,
  SafetyCategory,
  SafetyDetector,
  SafetySeverity,
} from './detector';

/** Options for {@link createBedrockGuardrail}. */
export interface BedrockGuardrailOptions {
  readonly client: BedrockRuntimeClient;
  /** `MONITORING_GUARDRAIL_ID`: the guardrail's id or ARN. */
  readonly guardrailId: string;
  /** `MONITORING_GUARDRAIL_VERSION`: a version number or `DRAFT`. */
  readonly guardrailVersion: string;
  /** Longest one call may take before it counts as failed. */
  readonly timeoutMs: number;
}

/** Bedrock's content-filter types, as our categories (prompt attacks are not a child's safety concern). */
const CONTENT_FILTERS: Readonly<Record<string, SafetyCategory | undefined>> = {
  VIOLENCE: 'VIOLENCE',
  SEXUAL: 'SEXUAL',
  HATE: 'BULLYING',
  INSULTS: 'BULLYING',
  MISCONDUCT: 'VIOLENCE',
};

/** A denied topic's category, read from the name the school gave it in the guardrail. */
function topicCategory(name: string): SafetyCategory {
  const n = name.toLowerCase();
  if (/self|suicid|harm|eating/.test(n)) return 'SELF_HARM';
  if (/sex|groom|porn|nude/.test(n)) return 'SEXUAL';
  if (/bull|harass|hate/.test(n)) return 'BULLYING';
  if (/violen|weapon|threat|terror/.test(n)) return 'VIOLENCE';
  return 'KEYWORD';
}

/** Bedrock's PII entity types that are a child's personal data (not, say, a URL or a vehicle id). */
const PERSONAL = new Set([
  'ADDRESS',
  'AGE',
  'EMAIL',
  'NAME',
  'PHONE',
  'USERNAME',
  'PASSWORD',
  'CREDIT_DEBIT_CARD_NUMBER',
  'US_SOCIAL_SECURITY_NUMBER',
  'UK_NATIONAL_INSURANCE_NUMBER',
  'CA_SOCIAL_INSURANCE_NUMBER',
  'US_PASSPORT_NUMBER',
  'DRIVER_ID',
  'PIN',
]);

const SEVERITY: Readonly<Record<string, SafetySeverity | undefined>> = {
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
};

/**
 * Maps one ApplyGuardrail answer to detections: content filters by type and confidence (LOW
 * confidence is uncertain: a question for the judge), denied topics by their names, and
 * personal data from the sensitive-information policy. Offsets point at the matched PII;
 * for the rest Bedrock says nothing about where, so the start of the text is used.
 */
export function detectionsOf(output: ApplyGuardrailCommandOutput, text: string): Detection[] {
  const whole = { start: 0, end: Math.min(text.length, 160) };
  const out: Detection[] = [];
  for (const assessment of output.assessments ?? ([] as GuardrailAssessment[])) {
    for (const filter of assessment.contentPolicy?.filters ?? []) {
      const category = CONTENT_FILTERS[filter.type ?? ''];
      const severity = SEVERITY[filter.confidence ?? ''];
      if (!category || !severity || filter.detected === false || filter.action === 'NONE') continue;
      out.push({
        category,
        severity,
        rule: `guardrail:content.${filter.type}`,
        layer: 'guardrail',
        certain: severity !== 'LOW',
        ...whole,
      });
    }
    for (const topic of assessment.topicPolicy?.topics ?? []) {
      if (topic.detected === false || topic.action === 'NONE' || !topic.name) continue;
      const category = topicCategory(topic.name);
      out.push({
        category,
        severity: category === 'KEYWORD' ? 'MEDIUM' : 'HIGH',
        rule: `guardrail:topic.${topic.name}`,
        layer: 'guardrail',
        certain: true,
        ...whole,
      });
    }
    for (const entity of assessment.sensitiveInformationPolicy?.piiEntities ?? []) {
      if (entity.detected === false || !PERSONAL.has(entity.type ?? '')) continue;
      const at = entity.match ? text.indexOf(entity.match) : -1;
      out.push({
        category: 'PERSONAL_DATA',
        severity: 'MEDIUM',
        rule: `guardrail:pii.${entity.type}`,
        layer: 'guardrail',
        certain: true,
        ...(at >= 0 ? { start: at, end: at + entity.match!.length } : whole),
      });
    }
  }
  return out;
}

/**
 * AWS Bedrock Guardrails as a safety layer: `ApplyGuardrail` on the student's message
 * (`INPUT`) or the answer (`OUTPUT`). A call that fails or outlasts `timeoutMs` throws; the
 * pipeline records the layer as failed and the local detector's findings stand.
 */
export function createBedrockGuardrail(options: BedrockGuardrailOptions): SafetyDetector {
  return {
    name: 'guardrail',
    async inspect(request: InspectRequest) {
      const output = await options.client.send(
        new ApplyGuardrailCommand({
          guardrailIdentifier: options.guardrailId,
          guardrailVersion: options.guardrailVersion,
          source: request.source === 'STUDENT_MESSAGE' ? 'INPUT' : 'OUTPUT',
          content: [{ text: { text: request.text } }],
        }),
        { abortSignal: AbortSignal.timeout(options.timeoutMs) },
      );
      return detectionsOf(output, request.text);
    },
  };
}
