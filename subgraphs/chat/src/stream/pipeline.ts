import type { BedrockRuntimeClient, Message } from '@aws-sdk/client-bedrock-runtime';
import { context, trace } from '@opentelemetry/api';
import {
  CHAT_ACTIVITY,
  tracer,
  type ChatActivity,
  type Db,
  type EventBus,
  type Logger,
  type ServiceClient,
} from '@aula/runtime';
import type { CreditReservations, ReservationTerms } from '../accounting';
import { safeFailureReason, type SentModelRequest } from '../bedrock';
import type { ChatbotRuntime } from '../chatbots';
import { AnswerGuard, BLOCKED_ANSWER_REASON, refusalOf } from '../guardrails';
import type { StoredToolCall } from '../db/schema';
import { attachReservation, type AnswerOutcome, type MessageRow } from '../messages';
import type { LambdaClients } from '../custom-tools/lambda';
import type { ChatTool } from '../tools';
import { AnswerBudget } from './budget';
import { StreamCoalescer } from './coalescer';
import { ABORTED, converse, type Ending } from './converse';
import { storeAndSettle, type Finisher } from './finish';
import type { SettlementOutbox } from './outbox';
import type { ChatMetrics } from './metrics';
import { MessageStreamPublisher } from './publisher';
import type { AbortCause, GenerationHandle, GenerationRegistry } from './registry';
import type { SnapshotStore } from './snapshot';
import { UsageMeter } from './usage';

/** What every generation needs; one per chat replica. */
export interface PipelineDeps {
  readonly db: Db;
  readonly bus: EventBus;
  readonly snapshots: SnapshotStore;
  readonly logger: Logger;
  readonly bedrock: BedrockRuntimeClient;
  readonly registry: GenerationRegistry;
  readonly credits: CreditReservations;
  readonly outbox: SettlementOutbox;
  readonly content: ServiceClient;
  /** Clients of the Lambda functions custom tools invoke. */
  readonly lambda: LambdaClients;
  readonly coalesceMs: number;
  readonly maxDurationMs: number;
  readonly maxToolRounds: number;
  /** First delay between attempts to store a finished answer while the database is away. */
  readonly retryMs: number;
  readonly metrics: ChatMetrics;
}

/** One answer to write. */
export interface GenerationJob {
  /** The pending ASSISTANT message (its reservation is being made). */
  readonly answer: MessageRow;
  /** The registry entry taken when the answer was created. */
  readonly handle: GenerationHandle;
  readonly chatbot: ChatbotRuntime;
  readonly tools: readonly ChatTool[];
  /** The conversation to send, ending with the person's new message. */
  readonly messages: Message[];
  /** The first call's prompt bound: the reservation covers it plus `maxOutputTokens`. */
  readonly firstPromptTokens: number;
  /** Makes the reservation; called after the first model call has been started. */
  readonly reserve: () => Promise<ReservationTerms>;
  /**
   * The first model call, when it was sent before the job started (as the exchange was being
   * stored): the same request the first call would send, aborted with the job's signal.
   */
  readonly firstRequest?: SentModelRequest;
}

/** A generation under way. */
export interface Generation {
  /** Resolves once the reservation is granted; rejects with accounting's refusal. */
  readonly reserved: Promise<ReservationTerms>;
  /** Resolves once the granted reservation is recorded on the answer. */
  readonly recorded: () => Promise<unknown>;
  /** Resolves once the answer is stored, settled (or owed) and its terminal event published. */
  readonly done: Promise<void>;
}

/**
 * Writes one answer in the background. The first model call starts at once, while the
 * reservation is being made; nothing is published until the reservation is granted, and a
 * refused reservation aborts the call and publishes nothing. Why this never lets an answer cost
 * more than its reservation: the first call's worst case (prompt bound + `maxTokens`) is
 * exactly what the reservation asks for, all or nothing; every later call waits for the granted
 * reservation and fits itself into it (`AnswerBudget`). Then the answer is stored with its
 * settlement owed (one transaction), settled, and only then its terminal event published.
 */
export function startGeneration(deps: PipelineDeps, job: GenerationJob): Generation {
  const { answer, handle } = job;
  // One span per streamed answer, from the first model call to the settled terminal event; the
  // reservation, model calls, publishing and settlement run inside it.
  const span = tracer.startSpan('chat answer', {
    attributes: {
      'aula.session_id': answer.sessionId,
      'aula.message_id': answer.id,
      'gen_ai.request.model': job.chatbot.modelId,
    },
  });
  const inAnswer = trace.setSpan(context.active(), span);
  const ended = (outcome: Parameters<ChatMetrics['answerEnded']>[0]) => {
    span.setAttribute('aula.answer.outcome', outcome);
    deps.metrics.answerEnded(outcome);
  };
  const publisher = new MessageStreamPublisher({
    bus: deps.bus,
    snapshots: deps.snapshots,
    logger: deps.logger,
    sessionId: answer.sessionId,
    messageId: answer.id,
    snapshotTtlMs: deps.maxDurationMs + 120_000,
  });
  const guard = new AnswerGuard(job.chatbot);
  const activity = (kind: ChatActivity['kind'], text: string) => {
    const event: ChatActivity = {
      kind,
      sessionId: answer.sessionId,
      messageId: answer.id,
      userId: answer.ownerId,
      chatbotId: job.chatbot.chatbotId,
      text,
      at: new Date().toISOString(),
      ...(kind === 'stopped' && guard.blocked ? { blocked: guard.blocked } : {}),
    };
    void deps.bus.publish(CHAT_ACTIVITY, event).catch(() => undefined);
  };
  // Each batch is judged against the chatbot's guardrails before anyone sees it: the batch
  // that touches a blocked term is never published, and the answer stops at once.
  const coalescer = new StreamCoalescer(deps.coalesceMs, (text) => {
    if (!guard.admit(text)) {
      deps.registry.abort(answer.id, { kind: 'blocked' });
      return;
    }
    void publisher.publish({ __typename: 'ChatStreamTextDelta', text });
    activity('delta', text);
  });
  const timer = setTimeout(
    () => deps.registry.abort(answer.id, { kind: 'timeout' }),
    deps.maxDurationMs,
  );

  // Text that arrives before the reservation is granted waits here.
  let open = false;
  let early = '';
  let attached: Promise<unknown> = Promise.resolve();
  const reserved = context
    .with(inAnswer, () => job.reserve())
    .then(
      (terms) => {
        open = true;
        void publisher.publish({
          __typename: 'ChatStreamStarted',
          message: { ...answer, reservationId: terms.id },
        });
        activity('started', '');
        if (early) coalescer.push(early);
        early = '';
        // Recorded beside the first token, not before it; the stored answer records it again.
        attached = attachReservation(deps.db, answer.id, terms.id).catch((error: unknown) =>
          deps.logger.warn({ err: error, messageId: answer.id }, 'could not record a reservation'),
        );
        return terms;
      },
      (error: unknown) => {
        deps.registry.abort(answer.id, { kind: 'refused' });
        throw error;
      },
    );
  let budget: Promise<AnswerBudget> | undefined;
  const budgetOf = () =>
    (budget ??= reserved.then((terms) => new AnswerBudget(terms, deps.credits)));

  const meter = new UsageMeter();
  const toolCalls: StoredToolCall[] = [];
  let text = '';
  const run = async () => {
    let ending: Ending | typeof ABORTED;
    try {
      ending = await converse({
        deps,
        job,
        signal: handle.signal,
        meter,
        toolCalls,
        publisher,
        budget: budgetOf,
        flushText: () => coalescer.flush(),
        onCall: (promptTokens, maxTokens) => {
          coalescer.flush();
          publisher.setBilling({
            inputTokens: meter.inputTokens + promptTokens,
            outputTokens: meter.outputTokens,
            textOffset: publisher.publishedText.length + early.length,
            maxTokens,
            modelId: job.chatbot.modelId,
            toolCostMicro: meter.toolCostMicro,
          });
        },
        onText: (delta) => {
          text += delta;
          if (open) coalescer.push(delta);
          else early += delta;
        },
      });
    } catch (error) {
      if (!handle.signal.aborted)
        deps.logger.warn({ err: error, messageId: answer.id }, 'model call failed');
      ending = handle.signal.aborted
        ? ABORTED
        : { status: 'FAILED', reason: safeFailureReason(error) };
    }
    clearTimeout(timer);
    const terms = await reserved.catch(() => null);
    // Refused: the caller removes the exchange; nothing was published and nothing is owed.
    if (!terms || handle.cause()?.kind === 'refused') {
      ended('refused');
      return;
    }
    coalescer.flush();
    // The last batch (flushed only now) may have touched a blocked term too.
    if (guard.blocked) ending = { status: 'STOPPED', reason: BLOCKED_ANSWER_REASON };
    if (ending === ABORTED) ending = endingFor(handle.cause(), deps);
    ended(
      ending.status === 'COMPLETE'
        ? 'complete'
        : ending.status === 'STOPPED'
          ? 'stopped'
          : 'failed',
    );
    const outcome: AnswerOutcome = {
      // A blocked answer is replaced by the chatbot's refusal: its text is never kept.
      content: guard.blocked ? refusalOf(job.chatbot) : text,
      status: ending.status,
      statusReason: ending.reason,
      inputTokens: meter.inputTokens,
      outputTokens: meter.outputTokens,
      usageEstimated: meter.estimated,
      toolCalls,
      toolCostMicro: meter.toolCostMicro,
    };
    const finisher: Finisher = { deps, publisher, activity };
    await storeAndSettle(
      finisher,
      { ...answer, reservationId: terms.id },
      outcome,
      ownerLeaseFor(deps.retryMs),
    );
  };

  const done = context
    .with(inAnswer, run)
    .catch((error: unknown) =>
      deps.logger.error({ err: error, messageId: answer.id }, 'generation crashed'),
    )
    .finally(() => {
      clearTimeout(timer);
      handle.release();
      span.end();
    });
  return { reserved, recorded: () => attached, done };
}

/** How long a just-stored settlement is left to its own replica before any poller takes it. */
export const ownerLeaseFor = (retryMs: number) => retryMs * 10;

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
  return { status: 'STOPPED', reason: cause?.kind === 'stopped' ? cause.reason : 'Stopped.' };
}
