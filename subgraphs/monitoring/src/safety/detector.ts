/**
 * The one interface every safety layer implements: the local detector, Bedrock
 * Guardrails and the model judge all take a text and say what they found in it.
 */

/** The categories a detector can report (the `FlagCategory` enum of the schema). */
export type SafetyCategory =
  'SELF_HARM' | 'VIOLENCE' | 'SEXUAL' | 'BULLYING' | 'PERSONAL_DATA' | 'KEYWORD';

/** How urgent a finding is. */
export type SafetySeverity = 'LOW' | 'MEDIUM' | 'HIGH';

/** Which layer produced a finding. */
export type SafetyLayer = 'local' | 'guardrail' | 'judge';

/** Where the text came from. */
export type SafetySource = 'STUDENT_MESSAGE' | 'ANSWER';

/** One concern found in a text. */
export interface Detection {
  readonly category: SafetyCategory;
  readonly severity: SafetySeverity;
  /** The rule or signal that fired, recorded on the flag: `local:self_harm.en.want_to_die`, `guardrail:VIOLENCE`, `judge:SELF_HARM`. */
  readonly rule: string;
  readonly layer: SafetyLayer;
  /**
   * `false` when the evidence is ambiguous (a weak phrase inside an academic or
   * figurative frame): not a flag by itself, a question for the model judge.
   */
  readonly certain: boolean;
  /** Where in the original text the evidence is (for the excerpt). */
  readonly start: number;
  readonly end: number;
}

/** What a detector is asked about. */
export interface InspectRequest {
  readonly text: string;
  readonly source: SafetySource;
  /** Extra words a class or chatbot asked to flag, matched as whole words. */
  readonly keywords?: readonly string[];
}

/** A safety layer. Implementations must not throw for ordinary text. */
export interface SafetyDetector {
  /** Short name, for logs. */
  readonly name: string;
  /** Finds concerns in one text; at most one certain detection per category. */
  inspect(request: InspectRequest): Promise<Detection[]>;
}

/** Ranks severities so the most urgent finding of a category wins. */
export const SEVERITY_RANK: Readonly<Record<SafetySeverity, number>> = {
  HIGH: 3,
  MEDIUM: 2,
  LOW: 1,
};

/**
 * Keeps the strongest finding per category: certain before uncertain, then the more
 * severe, then the earlier layer's (the local detector's evidence has exact offsets).
 */
export function strongestPerCategory(detections: readonly Detection[]): Detection[] {
  const best = new Map<SafetyCategory, Detection>();
  for (const d of detections) {
    const current = best.get(d.category);
    if (!current || outranks(d, current)) best.set(d.category, d);
  }
  return [...best.values()];
}

function outranks(a: Detection, b: Detection): boolean {
  if (a.certain !== b.certain) return a.certain;
  return SEVERITY_RANK[a.severity] > SEVERITY_RANK[b.severity];
}
