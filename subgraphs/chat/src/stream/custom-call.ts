import type { RequestedToolUse } from '../bedrock';
import { recordCustomToolCall, type CustomToolCallOutcome } from '../custom-tools/audit';
import { argumentProblems } from '../custom-tools/input-schema';
import { callLambdaTool } from '../custom-tools/lambda';
import { callMcpTool, type ToolAnswer } from '../custom-tools/mcp';
import { ToolCallFailure, type OutboundLimits } from '../custom-tools/outbound';
import type { CustomToolRow } from '../custom-tools/registry';
import type { ToolOutcome } from '../tools';
import { OUT_OF_CREDITS, type ConverseContext, type Ending } from './converse';

/** What a custom tool call gives the loop: the result for the model, and an ending when the answer must stop. */
export interface CustomCallResult {
  readonly outcome: ToolOutcome;
  readonly stop?: Ending;
}

/** The model's arguments as JSON, or undefined when they are not JSON at all. */
function parseArguments(raw: string): unknown {
  if (!raw.trim()) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Runs one custom tool call of an answer: checks the model's arguments against the tool's
 * schema (a mismatch goes back to the model, uncharged), holds the tool's price in the answer's
 * reservation like a model round (when it cannot be paid the call is not made and the answer
 * ends as the hard cap ends it), calls the tool within its timeout, charges the price when the
 * tool answered (OK or its own error) and releases it otherwise, and audits the call.
 */
export async function callCustomTool(
  ctx: ConverseContext,
  tool: CustomToolRow,
  use: RequestedToolUse,
): Promise<CustomCallResult> {
  const { deps, job, meter } = ctx;
  const startedAt = new Date();
  const cost = BigInt(tool.costMicro);
  const audit = async (
    outcome: CustomToolCallOutcome,
    error: string | null,
    durationMs: number,
    charged: bigint,
  ) => {
    await recordCustomToolCall(deps.db, {
      toolId: tool.id,
      toolName: tool.name,
      userId: job.answer.ownerId,
      chatbotId: job.chatbot.chatbotId,
      sessionId: job.answer.sessionId,
      messageId: job.answer.id,
      toolUseId: use.toolUseId,
      outcome,
      error,
      durationMs,
      costMicro: Number(charged),
      startedAt,
    }).catch((err: unknown) =>
      deps.logger.error(
        { err, messageId: job.answer.id, toolId: tool.id },
        'could not audit a custom tool call',
      ),
    );
  };

  const args = parseArguments(use.rawInput);
  const problems =
    args === undefined ? 'the arguments are not JSON' : argumentProblems(tool.inputSchema, args);
  if (problems) {
    await audit('INVALID_ARGUMENTS', problems, 0, 0n);
    return {
      outcome: {
        output: `The ${tool.name} tool was not called: its arguments do not match its input schema (${problems}). Correct them and call it again.`,
        isError: true,
      },
    };
  }

  if (cost > 0n) {
    const budget = await ctx.budget();
    const refused = await budget.holdFixed(
      { inputTokens: meter.inputTokens, outputTokens: meter.outputTokens },
      cost,
    );
    if (refused) {
      const unpaid = refused === 'INSUFFICIENT_CREDITS';
      await audit(
        'NOT_AFFORDABLE',
        unpaid
          ? 'The student’s credits could not pay for the call.'
          : 'Accounting could not be asked.',
        0,
        0n,
      );
      return {
        outcome: {
          output: `The ${tool.name} tool was not called: there are not enough credits for it.`,
          isError: true,
        },
        stop: unpaid
          ? { status: 'STOPPED', reason: OUT_OF_CREDITS }
          : {
              status: 'FAILED',
              reason:
                'Credits for the rest of this answer could not be reserved. Please try again.',
            },
      };
    }
  }

  const timeout = AbortSignal.timeout(tool.timeoutMs);
  const limits: OutboundLimits = {
    signal: AbortSignal.any([ctx.signal, timeout]),
    timedOut: () => timeout.aborted && !ctx.signal.aborted,
    timeoutMs: tool.timeoutMs,
  };
  const began = performance.now();
  let answer: ToolAnswer | null = null;
  let failure: ToolCallFailure | null = null;
  try {
    answer =
      tool.kind === 'MCP'
        ? await callMcpTool(
            { url: tool.mcpUrl!, toolName: tool.mcpToolName!, authHeader: tool.mcpAuthHeader },
            args as Record<string, unknown>,
            limits,
          )
        : await callLambdaTool(
            deps.lambda,
            {
              functionName: tool.lambdaFunction!,
              region: tool.lambdaRegion!,
              endpoint: tool.lambdaEndpoint,
            },
            args as Record<string, unknown>,
            limits,
          );
  } catch (error) {
    failure =
      error instanceof ToolCallFailure
        ? error
        : new ToolCallFailure('UNREACHABLE', 'The tool failed unexpectedly.');
  }
  const durationMs = Math.round(performance.now() - began);
  if (answer) {
    meter.toolCostMicro += tool.costMicro;
    await audit(
      answer.isError ? 'TOOL_ERROR' : 'OK',
      answer.isError ? answer.text.slice(0, 500) : null,
      durationMs,
      cost,
    );
    return { outcome: { output: answer.text, isError: answer.isError } };
  }
  if (cost > 0n) (await ctx.budget()).releaseFixed(cost);
  const reason = ctx.signal.aborted
    ? 'The answer was stopped while the tool ran.'
    : failure!.message;
  await audit(failure!.kind, reason, durationMs, 0n);
  return { outcome: { output: `The ${tool.name} tool failed: ${reason}`, isError: true } };
}
