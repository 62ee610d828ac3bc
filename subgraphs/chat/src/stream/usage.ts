import { estimateTokens, type ModelRequest, type ModelTurn } from '../bedrock';

/** Running usage of every model call of one answer, all charged to one reservation. */
export class UsageMeter {
  inputTokens = 0;
  outputTokens = 0;
  estimated = false;

  add(turn: ModelTurn, request: ModelRequest): void {
    if (turn.usage) {
      this.inputTokens += turn.usage.inputTokens;
      this.outputTokens += turn.usage.outputTokens;
      return;
    }
    // Bedrock bills a call it started even when its stream broke before `metadata`
    // (the only place usage is reported), so estimate from what we sent and received.
    if (!turn.started) return;
    this.estimated = true;
    this.inputTokens += estimateTokens(request.systemPrompt + JSON.stringify(request.messages));
    this.outputTokens += estimateTokens(
      turn.text + turn.toolUses.map((u) => u.name + u.rawInput).join(''),
    );
  }
}
