import type { Logger } from '@aula/runtime';
import {
  strongestPerCategory,
  type Detection,
  type InspectRequest,
  type SafetyDetector,
  type SafetyLayer,
} from './detector';
import type { createLocalDetector } from './local-detector';

/** A request to the whole pipeline. */
export interface PipelineRequest extends InspectRequest {
  /** The local detector already judged this text (a streamed answer): run the other layers only. */
  readonly skipLocal?: boolean;
  /** Who the text belongs to, so a judge's cost can be recorded against them. */
  readonly studentId?: string;
}

/** How one layer went for one text: it judged it, failed, ran out of time, or was not needed. */
export type LayerOutcome = 'ran' | 'failed' | 'timed-out' | 'skipped';

/** One layer's part in a verdict, recorded on every flag (`guardrail:failed`). */
export interface LayerRun {
  readonly layer: SafetyLayer;
  readonly outcome: LayerOutcome;
}

/** What the layers found in one text, and which of them judged it. */
export interface Verdict {
  readonly detections: Detection[];
  readonly layers: readonly LayerRun[];
}

/** A verdict's layers as flags store them: `local:ran`, `guardrail:failed` … */
export const layerNames = (layers: readonly LayerRun[]): string[] =>
  layers.map((run) => `${run.layer}:${run.outcome}`);

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
  inspect(request: PipelineRequest): Promise<Verdict>;
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
  /** Bedrock Guardrails (`ApplyGuardrail`), when `MONITORING_GUARDRAIL_ID` is set. */
  readonly guardrail?: SafetyDetector;
  /** The model judge, when `MONITORING_JUDGE_MODEL_ID` is set. */
  readonly judge?: SafetyJudge;
  /** Longest the judge may take before its answer is ignored. @default 1500 */
  readonly judgeBudgetMs?: number;
  readonly logger: Logger;
}

/** Builds the layered detector from its configured layers. */
export function createSafetyPipeline(options: SafetyPipelineOptions): SafetyPipeline {
  const budget = options.judgeBudgetMs ?? 1500;
  const { local, guardrail, judge, logger } = options;

  // A failed layer never passes silently: it is logged as an error and recorded on the flags
  // of the same text, and the other layers' findings stand.
  const layer = async (
    name: SafetyLayer,
    run: () => Promise<Detection[] | typeof LATE>,
    runs: LayerRun[],
  ): Promise<Detection[]> => {
    try {
      const found = await run();
      if (found === LATE) {
        logger.warn({ layer: name }, 'safety layer ran out of time; its verdict is ignored');
        runs.push({ layer: name, outcome: 'timed-out' });
        return [];
      }
      runs.push({ layer: name, outcome: 'ran' });
      return found;
    } catch (error) {
      logger.error({ err: error, layer: name }, 'safety layer failed; the other layers stand');
      runs.push({ layer: name, outcome: 'failed' });
      return [];
    }
  };

  return {
    hasRemoteLayers: Boolean(guardrail || judge),
    local: (request) => local.inspectSync(request),
    async inspect(request) {
      const runs: LayerRun[] = [];
      const first = request.skipLocal ? [] : local.inspectSync(request);
      if (!request.skipLocal) runs.push({ layer: 'local', outcome: 'ran' });
      const second = guardrail
        ? await layer('guardrail', () => guardrail.inspect(request), runs)
        : [];
      let merged = strongestPerCategory([...first, ...second]);
      const uncertain = merged.filter((d) => !d.certain);
      if (judge && uncertain.length) {
        const verdict = await layer(
          'judge',
          () => withinBudget(judge.inspect({ ...request, uncertain }), budget),
          runs,
        );
        merged = strongestPerCategory([...merged, ...verdict]);
      } else if (judge) {
        runs.push({ layer: 'judge', outcome: 'skipped' });
      }
      return { detections: merged, layers: runs };
    },
  };
}

const LATE = Symbol('late');

/** Resolves with `promise`, or with {@link LATE} once `ms` have passed (a late judge is ignored). */
async function withinBudget<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
