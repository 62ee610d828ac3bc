import type { ModelTurn } from '../bedrock';
import { outputTokenBound } from '../tokens';

/** What one model call was allowed: its prompt bound and its `maxTokens`. */
export interface CallLimits {
  readonly modelId: string;
  readonly promptTokens: number;
  readonly maxTokens: number;
}

/** Running usage of every model call of one answer, all charged to one reservation. */
export class UsageMeter {
  inputTokens = 0;
  outputTokens = 0;
  estimated = false;
  /** The fixed prices of the custom tool calls charged so far, in micro-credits. */
  toolCostMicro = 0;

  add(turn: ModelTurn, limits: CallLimits): void {
    if (turn.usage) {
      this.inputTokens += turn.usage.inputTokens;
      this.outputTokens += turn.usage.outputTokens;
      return;
    }
    // Bedrock bills a call it started even when its stream broke before `metadata` (the only
    // place usage is reported). Charge the prompt's bound and what streamed, counted the same
    // way the reservation was sized, so the estimate stays within what was reserved.
    if (!turn.started) return;
    this.estimated = true;
    this.inputTokens += limits.promptTokens;
    this.outputTokens += outputTokenBound(
      limits.modelId,
      turn.text + turn.toolUses.map((u) => u.name + u.rawInput).join(''),
      limits.maxTokens,
    );
  }
}
