/**
 * The non-streaming `Converse` operation: the same answer as ConverseStream,
 * returned as one JSON document once the emulated model has "finished".
 */
import type { AnswerPlan } from './answer';
import type { ResponseSink } from './protocol';
import { writeServiceError } from './protocol';
import type { Delivery } from './stream';
import { tokenDueAt, untilAborted, waitUntil } from './stream';

/** Answers a Converse request, honouring the same delays and faults as the stream. */
export async function respondConverse(
  response: ResponseSink,
  plan: AnswerPlan,
  delivery: Delivery,
  signal: AbortSignal,
): Promise<void> {
  try {
    if (delivery.hang) {
      await untilAborted(signal);
      return;
    }
    if (delivery.failAt !== undefined && delivery.failAt <= plan.outputTokens) {
      await waitUntil(delivery.startedAt, tokenDueAt(delivery, delivery.failAt), signal);
      writeServiceError(
        response,
        'ModelErrorException',
        `The emulated model failed after ${delivery.failAt} output tokens.`,
        delivery.requestId,
      );
      return;
    }
    await waitUntil(delivery.startedAt, tokenDueAt(delivery, plan.outputTokens), signal);
    const content = plan.blocks.map((block) =>
      block.kind === 'text'
        ? { text: block.tokens.join('') }
        : {
            toolUse: {
              toolUseId: block.toolUseId,
              name: block.name,
              input: parseToolInput(block.tokens.join('')),
            },
          },
    );
    signal.throwIfAborted();
    response.writeHead(200, {
      'content-type': 'application/json',
      'x-amzn-requestid': delivery.requestId,
    });
    response.end(
      JSON.stringify({
        output: { message: { role: 'assistant', content } },
        stopReason: plan.stopReason,
        usage: {
          inputTokens: delivery.inputTokens,
          outputTokens: plan.outputTokens,
          totalTokens: delivery.inputTokens + plan.outputTokens,
        },
        metrics: { latencyMs: Math.round(performance.now() - delivery.startedAt) },
      }),
    );
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

/** A tool input cut short by maxTokens is not valid JSON; Bedrock then returns it empty. */
function parseToolInput(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return {};
  }
}
