import type { Logger } from '@aula/runtime';
import {
  strongestPerCategory,
  type Detection,
  type InspectRequest,
  type SafetyDetector,
} from './detector';
import type { createLocalDetector } from './local-detector';

/** A request to the whole pipeline. */
export interface PipelineRequest extends InspectRequest {
  /** The local detector already judged this text (a streamed answer): run the other layers only. */
  readonly skipLocal?: boolean;
  /** Who the text belongs to, so a judge's cost can be recorded against them. */
  readonly studentId?: string;
}

/** The layered detector monitoring runs. */
export interface SafetyPipeline {
  /** Whether any layer beyond the local detector is configured. */
  readonly hasRemoteLayers: boolean;
  /** The local detector alone, synchronously (every streamed batch; the stop path). */
  local(request: InspectRequest): Detection[];
  /**
   * Every layer: the local detector, Bedrock Guardrails when configured, and the judge for
   * what the first layers found uncertain, within its latency budget. A layer that fails
   * is logged and skipped; the local detector's findings always stand.
   */
  inspect(request: PipelineRequest): Promise<Detection[]>;
}

/** A judge: asked only about texts the other layers found uncertain. */
export interface SafetyJudge extends SafetyDetector {
  inspect(
    request: PipelineRequest & { readonly uncertain: readonly Detection[] },
  ): Promise<Detection[]>;
}

/** Options for {@link createSafetyPipeline}. */
export interface SafetyPipelineOptions {
  readonly local: ReturnType<typeof createLocalDetector>;
  /** Bedrock Guardrails (`ApplyGuardrail`), when `BEDROCK_GUARDRAIL_ID` is set. */
  readonly guardrail?: SafetyDetector;
  /** The model judge, when `SAFETY_JUDGE_MODEL_ID` is set. */
  readonly judge?: SafetyJudge;
  /** Longest the judge may take before its answer is ignored. @default 1500 */
  readonly judgeBudgetMs?: number;
  readonly logger: Logger;
}

/** Builds the layered detector from its configured layers. */
export function createSafetyPipeline(options: SafetyPipelineOptions): SafetyPipeline {
  const budget = options.judgeBudgetMs ?? 1500;
  const { local, guardrail, judge, logger } = options;

  const layer = async (
    detector: SafetyDetector,
    run: () => Promise<Detection[]>,
  ): Promise<Detection[]> => {
    try {
      return await run();
    } catch (error) {
      logger.warn(
        { err: error, layer: detector.name },
        'safety layer failed; continuing without it',
      );
      return [];
    }
  };

  return {
    hasRemoteLayers: Boolean(guardrail || judge),
    local: (request) => local.inspectSync(request),
    async inspect(request) {
      const first = request.skipLocal ? [] : local.inspectSync(request);
      const second = guardrail ? await layer(guardrail, () => guardrail.inspect(request)) : [];
      let merged = strongestPerCategory([...first, ...second]);
      const uncertain = merged.filter((d) => !d.certain);
      if (judge && uncertain.length) {
        const verdict = await layer(judge, () =>
          withinBudget(judge.inspect({ ...request, uncertain }), budget),
        );
        merged = strongestPerCategory([...merged, ...verdict]);
      }
      return merged;
    },
  };
}

/** Resolves with `promise`, or with nothing once `ms` have passed (a late judge is ignored). */
async function withinBudget(promise: Promise<Detection[]>, ms: number): Promise<Detection[]> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Detection[]>((resolve) => {
    timer = setTimeout(() => resolve([]), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
