import type { BedrockRuntimeClient, ContentBlock, Message } from '@aws-sdk/client-bedrock-runtime';
import {
  CHAT_ACTIVITY,
  type ChatActivity,
  type Db,
  type EventBus,
  type Logger,
  type ServiceClient,
} from '@aula/runtime';
import type { CreditReservations } from '../accounting';
import {
  assistantBlocks,
  parseToolInput,
  runModelTurn,
  safeFailureReason,
  type ModelRequest,
  type ModelTurn,
} from '../bedrock';
import type { ChatbotRuntime } from '../chatbots';
import type { StoredToolCall } from '../db/schema';
import { finishAnswer, recordCharge, type AnswerOutcome, type MessageRow } from '../messages';
import type { ChatTool } from '../tools';
import { StreamCoalescer } from './coalescer';
import type { MessageRecord } from './events';
import { MessageStreamPublisher } from './publisher';
import type { AbortCause, GenerationRegistry } from './registry';
import { settleReservation } from './settlement';
import { UsageMeter } from './usage';
import type { SnapshotStore } from './snapshot';

/** What every generation needs; one per chat replica. */
export interface PipelineDeps {
  readonly db: Db;
  readonly bus: EventBus;
  readonly snapshots: SnapshotStore;
  readonly logger: Logger;
  readonly bedrock: BedrockRuntimeClient;
  readonly registry: GenerationRegistry;
  readonly credits: CreditReservations;
  readonly content: ServiceClient;
  readonly coalesceMs: number;
  readonly maxDurationMs: number;
  readonly maxToolRounds: number;
}

/** One answer to write. */
export interface GenerationJob {
  /** The pending ASSISTANT message, with its reservation attached. */
  readonly answer: MessageRow & { reservationId: string };
  readonly chatbot: ChatbotRuntime;
  readonly tools: readonly ChatTool[];
  /** The conversation to send, ending with the person's new message. */
  readonly messages: Message[];
}

type Ending = { status: AnswerOutcome['status']; reason: string | null };

/** The loop noticed the abort signal; why it fired decides the status. */
const ABORTED = 'aborted' as const;

/**
 * Writes one answer in the background: streams the model (running tools between
 * calls, at most `maxToolRounds` rounds), publishes coalesced events, then stores
 * the message and settles the reservation — whether it completed, was stopped,
 * timed out or failed. Never rejects; resolves once everything is settled.
 */
export function startGeneration(deps: PipelineDeps, job: GenerationJob): Promise<void> {
  const { answer } = job;
  const handle = deps.registry.register(answer.id);
  const publisher = new MessageStreamPublisher({
    bus: deps.bus,
    snapshots: deps.snapshots,
    logger: deps.logger,
    sessionId: answer.sessionId,
    messageId: answer.id,
    snapshotTtlMs: deps.maxDurationMs + 120_000,
  });
  const activity = (kind: ChatActivity['kind'], text: string) => {
    const event: ChatActivity = {
      kind,
      sessionId: answer.sessionId,
      messageId: answer.id,
      userId: answer.ownerId,
      chatbotId: job.chatbot.chatbotId,
      text,
      at: new Date().toISOString(),
    };
    void deps.bus.publish(CHAT_ACTIVITY, event).catch(() => undefined);
  };
  const coalescer = new StreamCoalescer(deps.coalesceMs, (text) => {
    void publisher.publish({ __typename: 'ChatStreamTextDelta', text });
    activity('delta', text);
  });

  void publisher.publish({ __typename: 'ChatStreamStarted', message: answer });
  activity('started', '');
  const timer = setTimeout(
    () => deps.registry.abort(answer.id, { kind: 'timeout' }),
    deps.maxDurationMs,
  );

  const run = async () => {
    const meter = new UsageMeter();
    const toolCalls: StoredToolCall[] = [];
    let text = '';
    let ending: Ending;
    try {
      const result = await converse(
        deps,
        job,
        handle.signal,
        meter,
        toolCalls,
        publisher,
        (delta) => {
          text += delta;
          coalescer.push(delta);
        },
      );
      ending = result === ABORTED ? endingFor(handle.cause(), deps) : result;
    } catch (error) {
      if (!handle.signal.aborted)
        deps.logger.warn({ err: error, messageId: answer.id }, 'model call failed');
      ending = handle.signal.aborted
        ? endingFor(handle.cause(), deps)
        : { status: 'FAILED', reason: safeFailureReason(error) };
    }
    clearTimeout(timer);
    coalescer.flush();

    const outcome: AnswerOutcome = {
      content: text,
      status: ending.status,
      statusReason: ending.reason,
      inputTokens: meter.inputTokens,
      outputTokens: meter.outputTokens,
      usageEstimated: meter.estimated,
      toolCalls,
    };
    const stored = await finishAnswer(deps.db, answer.id, outcome).catch((error: unknown) => {
      deps.logger.error({ err: error, messageId: answer.id }, 'could not store a finished answer');
      return null;
    });
    const settlement = await settleReservation(deps.credits, deps.logger, {
      reservationId: answer.reservationId,
      complete: ending.status === 'COMPLETE',
      usage: { inputTokens: meter.inputTokens, outputTokens: meter.outputTokens },
      messageId: answer.id,
    });
    let record: MessageRecord = stored ?? { ...answer, ...outcome, completedAt: new Date() };
    if (settlement) {
      const charged = Number(settlement.chargedMicro);
      record = (await recordCharge(deps.db, answer.id, charged).catch(() => null)) ?? {
        ...record,
        creditsChargedMicro: charged,
      };
    }
    const settled = {
      message: record,
      usage: {
        inputTokens: meter.inputTokens,
        outputTokens: meter.outputTokens,
        estimated: meter.estimated,
      },
      creditsChargedMicro: settlement?.chargedMicro ?? null,
      newBalanceMicro: settlement?.availableAfterMicro ?? null,
    };
    if (ending.status === 'COMPLETE') {
      void publisher.publish({ __typename: 'ChatStreamCompleted', ...settled });
      activity('completed', text);
    } else if (ending.status === 'STOPPED') {
      void publisher.publish({
        __typename: 'ChatStreamStopped',
        ...settled,
        reason: ending.reason ?? 'Stopped.',
      });
      activity('stopped', text);
    } else {
      void publisher.publish({
        __typename: 'ChatStreamFailed',
        ...settled,
        reason: ending.reason ?? 'The answer failed.',
      });
      activity('failed', text);
    }
    await publisher.drain();
  };

  return run()
    .catch((error: unknown) =>
      deps.logger.error({ err: error, messageId: answer.id }, 'generation crashed'),
    )
    .finally(() => handle.release());
}

/** The model/tool loop. Returns how the answer ended unless a model call throws. */
async function converse(
  deps: PipelineDeps,
  job: GenerationJob,
  signal: AbortSignal,
  meter: UsageMeter,
  toolCalls: StoredToolCall[],
  publisher: MessageStreamPublisher,
  onText: (text: string) => void,
): Promise<Ending | typeof ABORTED> {
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
      onText(delta);
    };
    const request: ModelRequest = {
      modelId: job.chatbot.modelId,
      systemPrompt: job.chatbot.systemPrompt,
      messages: conversation,
      temperature: job.chatbot.temperature,
      maxOutputTokens: job.chatbot.maxOutputTokens,
      tools: job.tools.map((tool) => tool.spec),
    };
    const turn: ModelTurn = { started: false, text: '', toolUses: [] };
    try {
      await runModelTurn(deps.bedrock, request, turn, signal, roundText);
    } finally {
      meter.add(turn, request);
    }
    // An abort over HTTP/2 can end the loop without an error: only the signal tells.
    if (signal.aborted) return ABORTED;
    if (!turn.stopReason && !turn.usage) {
      return { status: 'FAILED', reason: 'The model’s answer was cut off. Please try again.' };
    }
    if (turn.stopReason !== 'tool_use' || turn.toolUses.length === 0) {
      return {
        status: 'COMPLETE',
        reason: turn.stopReason === 'max_tokens' ? 'The answer reached its length limit.' : null,
      };
    }
    if (round >= deps.maxToolRounds) {
      return {
        status: 'COMPLETE',
        reason: `The chatbot reached its limit of ${deps.maxToolRounds} tool rounds for one answer.`,
      };
    }
    conversation.push({ role: 'assistant', content: assistantBlocks(turn) });
    const results: ContentBlock[] = [];
    for (const use of turn.toolUses) {
      const call: StoredToolCall = {
        toolUseId: use.toolUseId,
        name: use.name,
        input: use.rawInput || '{}',
        output: null,
        isError: false,
      };
      toolCalls.push(call);
      void publisher.publish({ __typename: 'ChatStreamToolCall', toolCall: { ...call } });
      const tool = toolsByName.get(use.name);
      const result = tool
        ? await tool
            .run(parseToolInput(use.rawInput), {
              userId: job.answer.ownerId,
              chatbotId: job.chatbot.chatbotId,
              content: deps.content,
            })
            .catch(() => ({ output: `The ${use.name} tool failed unexpectedly.`, isError: true }))
        : { output: `There is no tool named "${use.name}".`, isError: true };
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
    }
    conversation.push({ role: 'user', content: results });
  }
}

function endingFor(cause: AbortCause | undefined, deps: PipelineDeps): Ending {
  if (cause?.kind === 'timeout') {
    return {
      status: 'STOPPED',
      reason: `The answer reached the ${Math.round(deps.maxDurationMs / 1000)}-second time limit.`,
    };
  }
  if (cause?.kind === 'shutdown')
    return {
      status: 'FAILED',
      reason: 'The server restarted while writing the answer. Please try again.',
    };
  return { status: 'STOPPED', reason: cause?.reason ?? 'Stopped.' };
}
