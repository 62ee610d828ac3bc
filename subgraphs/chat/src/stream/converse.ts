import type { ContentBlock, Message } from '@aws-sdk/client-bedrock-runtime';
import { failSpan, tracer } from '@aula/runtime';
import { SpanKind } from '@opentelemetry/api';
import {
  assistantBlocks,
  parseToolInput,
  runModelTurn,
  type ModelRequest,
  type ModelTurn,
} from '../bedrock';
import type { StoredToolCall } from '../db/schema';
import type { ChatbotRuntime } from '../chatbots';
import type { ChatTool, ToolOutcome } from '../tools';
import { promptTokenBound } from '../tokens';
import type { AnswerBudget } from './budget';
import type { GenerationJob, PipelineDeps } from './pipeline';
import { callCustomTool } from './custom-call';
import type { MessageStreamPublisher } from './publisher';
import type { UsageMeter } from './usage';

/** How an answer ended, as stored. */
export type Ending = { status: 'COMPLETE' | 'STOPPED' | 'FAILED'; reason: string | null };

/** The loop noticed the abort signal; why it fired decides the status. */
export const ABORTED = 'aborted' as const;

/** What the model/tool loop works with. */
export interface ConverseContext {
  readonly deps: PipelineDeps;
  readonly job: GenerationJob;
  readonly signal: AbortSignal;
  readonly meter: UsageMeter;
  readonly toolCalls: StoredToolCall[];
  readonly publisher: MessageStreamPublisher;
  /**
   * The answer's budget, once its reservation is granted. The first call starts before that
   * (its worst case is exactly what the reservation asks for); every later call waits for it.
   */
  readonly budget: () => Promise<AnswerBudget>;
  /** Flushes coalesced text, so a tool event never overtakes the text before it. */
  readonly flushText: () => void;
  /** Called as each model call starts, with its limits (for an orphaned answer's charge). */
  readonly onCall: (promptTokens: number, maxTokens: number) => void;
  readonly onText: (text: string) => void;
}

/**
 * Most tool calls one answer may make, whatever the model asks for in one turn: the answer's
 * `toolCalls` (stored with the message and shown in every snapshot) stay a short list.
 */
export const MAX_TOOL_CALLS_PER_ANSWER = 20;

/** Told to the student when the answer cannot continue for want of credits. */
export const OUT_OF_CREDITS =
  'You ran out of credits while this answer was being written, so it stops here. Ask your teacher or an admin for more credits.';

/**
 * The model/tool loop: one model call, then (when it asks for tools) the tools and another
 * call, at most `maxToolRounds` rounds and {@link MAX_TOOL_CALLS_PER_ANSWER} tool calls. Before every call after the first the answer's budget
 * must cover that call's worst case. Returns how the answer ended unless a model call throws.
 */
export async function converse(ctx: ConverseContext): Promise<Ending | typeof ABORTED> {
  const { deps, job, signal, meter, publisher } = ctx;
  const conversation = [...job.messages];
  const toolsByName = new Map(job.tools.map((tool) => [tool.name, tool]));
  let lastChar = '';
  for (let round = 0; ; round += 1) {
    // Text after a tool call is a new paragraph: keep it from running into the text before.
    let opensRound = round > 0;
    const roundText = (delta: string) => {
      if (!delta) return;
      if (opensRound && lastChar && !/\s/.test(lastChar) && !/^\s/.test(delta)) {
        delta = `\n\n${delta}`;
      }
      opensRound = false;
      lastChar = delta.slice(-1);
      ctx.onText(delta);
    };
    const base = modelRequestBase(job.chatbot, conversation, job.tools);
    let promptTokens = job.firstPromptTokens;
    let maxTokens = job.chatbot.maxOutputTokens;
    if (round > 0) {
      promptTokens = promptTokenBound({ ...base, maxOutputTokens: maxTokens });
      const allowance = await (
        await ctx.budget()
      ).allow(
        { inputTokens: meter.inputTokens, outputTokens: meter.outputTokens },
        promptTokens,
        maxTokens,
      );
      if (signal.aborted) return ABORTED;
      if ('refused' in allowance) {
        return allowance.refused === 'INSUFFICIENT_CREDITS'
          ? { status: 'STOPPED', reason: OUT_OF_CREDITS }
          : {
              status: 'FAILED',
              reason:
                'Credits for the rest of this answer could not be reserved. Please try again.',
            };
      }
      maxTokens = allowance.maxTokens;
    }
    const request: ModelRequest = { ...base, maxOutputTokens: maxTokens };
    ctx.onCall(promptTokens, maxTokens);
    const turn: ModelTurn = { started: false, text: '', toolUses: [] };
    // The first call may have been sent already, as the exchange was being stored.
    const sent = round === 0 ? job.firstRequest : undefined;
    const callStarted = sent?.sentAt ?? performance.now();
    let firstText = true;
    let ok = false;
    // One client span per model call (the Bedrock SDK's own HTTP/2 traffic is not instrumented).
    const span = tracer.startSpan('bedrock ConverseStream', {
      kind: SpanKind.CLIENT,
      attributes: {
        'gen_ai.system': 'aws.bedrock',
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': request.modelId,
        'gen_ai.request.max_tokens': maxTokens,
        'aula.tool_round': round,
      },
    });
    try {
      await runModelTurn(
        deps.bedrock,
        request,
        turn,
        signal,
        (delta) => {
          if (firstText && delta) {
            firstText = false;
            const seconds = (performance.now() - callStarted) / 1000;
            deps.metrics.firstToken(seconds);
            span.addEvent('first token', { 'aula.time_to_first_token_ms': seconds * 1000 });
          }
          roundText(delta);
        },
        sent?.response,
      );
      ok = true;
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      meter.add(turn, { modelId: request.modelId, promptTokens, maxTokens });
      deps.metrics.modelCall(ok, turn.usage);
      if (turn.usage) {
        span.setAttribute('gen_ai.usage.input_tokens', turn.usage.inputTokens);
        span.setAttribute('gen_ai.usage.output_tokens', turn.usage.outputTokens);
      }
      if (turn.stopReason) span.setAttribute('gen_ai.response.finish_reasons', [turn.stopReason]);
      span.end();
    }
    // An abort over HTTP/2 can end the loop without an error: only the signal tells.
    if (signal.aborted) return ABORTED;
    if (!turn.stopReason && !turn.usage) {
      return { status: 'FAILED', reason: 'The model’s answer was cut off. Please try again.' };
    }
    if (turn.stopReason !== 'tool_use' || turn.toolUses.length === 0) {
      const cut = turn.stopReason === 'max_tokens';
      return {
        status: 'COMPLETE',
        reason: cut
          ? maxTokens < job.chatbot.maxOutputTokens
            ? OUT_OF_CREDITS
            : 'The answer reached its length limit.'
          : null,
      };
    }
    if (round >= deps.maxToolRounds) {
      return {
        status: 'COMPLETE',
        reason: `The chatbot reached its limit of ${deps.maxToolRounds} tool rounds for one answer.`,
      };
    }
    if (ctx.toolCalls.length + turn.toolUses.length > MAX_TOOL_CALLS_PER_ANSWER) {
      return {
        status: 'COMPLETE',
        reason: `The chatbot reached its limit of ${MAX_TOOL_CALLS_PER_ANSWER} tool calls for one answer.`,
      };
    }
    // Tool events are published: only once the reservation is granted (it is by now, usually).
    await ctx.budget();
    conversation.push({ role: 'assistant', content: assistantBlocks(turn) });
    ctx.flushText();
    const results: ContentBlock[] = [];
    for (const use of turn.toolUses) {
      const call: StoredToolCall = {
        toolUseId: use.toolUseId,
        name: use.name,
        input: use.rawInput || '{}',
        output: null,
        isError: false,
      };
      ctx.toolCalls.push(call);
      void publisher.publish({ __typename: 'ChatStreamToolCall', toolCall: { ...call } });
      const tool = toolsByName.get(use.name);
      let stop: Ending | undefined;
      let result: ToolOutcome;
      if (tool?.custom) {
        ({ outcome: result, stop } = await callCustomTool(ctx, tool.custom, use));
      } else {
        result = tool
          ? await tool
              .run(parseToolInput(use.rawInput), {
                userId: job.answer.ownerId,
                chatbotId: job.chatbot.chatbotId,
                content: deps.content,
              })
              .catch(() => ({ output: `The ${use.name} tool failed unexpectedly.`, isError: true }))
          : { output: `There is no tool named "${use.name}".`, isError: true };
      }
      call.output = result.output;
      call.isError = result.isError;
      void publisher.publish({ __typename: 'ChatStreamToolResult', toolCall: { ...call } });
      results.push({
        toolResult: {
          toolUseId: use.toolUseId,
          content: [{ text: result.output }],
          status: result.isError ? 'error' : 'success',
        },
      });
      if (signal.aborted) return ABORTED;
      // The answer cannot pay for a tool it asked for: it ends here, as the hard cap ends it.
      if (stop) return stop;
    }
    conversation.push({ role: 'user', content: results });
  }
}

/**
 * A model call's request without its output limit: the chatbot's model, prompt and
 * temperature, the conversation and the tools offered. The first call's is also what
 * `sendMessage` sends early, so both must come from here.
 */
export function modelRequestBase(
  chatbot: ChatbotRuntime,
  messages: Message[],
  tools: readonly ChatTool[],
): Omit<ModelRequest, 'maxOutputTokens'> {
  return {
    modelId: chatbot.modelId,
    systemPrompt: chatbot.systemPrompt,
    messages,
    temperature: chatbot.temperature,
    tools: tools.map((tool) => tool.spec),
  };
}
