import {
  badInput,
  CHAT_ACTIVITY,
  chatStreamChannel,
  notFound,
  type ChatActivity,
  type Principal,
  type ServiceClient,
} from '@aula/runtime';
import type { ConversationAccess } from './access';
import { sendModelRequest, type SentModelRequest } from './bedrock';
import { chatbotFor, type ChatbotRuntime } from './chatbots';
import { blockedTermIn } from './guardrails';
import { toConverseMessages } from './conversation-messages';
import {
  beginExchange,
  conversationHistory,
  discardExchange,
  findMessage,
  insertSupervisorNote,
  type MessageRow,
  type Sender,
} from './messages';
import { findSession } from './sessions';
import type { SendTarget } from './send-targets';
import type { ChatStreamPayload } from './stream/events';
import { modelRequestBase } from './stream/converse';
import { startGeneration, type PipelineDeps } from './stream/pipeline';
import { answerWithRefusal } from './refusal';
import { promptTokenBound } from './tokens';
import { toolsFor, type ChatTool } from './tools';
import { activeCustomTools, type CustomToolRow } from './custom-tools/registry';

/** Limits and sizes from the configuration. */
export interface ChatSettings {
  readonly maxMessageChars: number;
  readonly messagesPerMinute: number;
  readonly maxConcurrentStreams: number;
  readonly historyMessages: number;
  /** The deadline asked for each reservation: the streaming limit plus time to settle. */
  readonly reservationSeconds: number;
}

/** What an answer to one message would reserve now (`estimateAnswerCost`), in micro-credits. */
export interface AnswerCostEstimate {
  readonly userId: string;
  readonly chatbotId: string;
  readonly modelId: string;
  readonly promptTokens: number;
  readonly maxOutputTokens: number;
  readonly reservedMicro: bigint;
  readonly availableMicro: bigint;
}

/** How long `stopGeneration` waits for the answer to be stored and settled before returning it. */
const STOP_WAIT_MS = 10_000;

/**
 * The chat use cases that span storage, accounting, content and the stream:
 * sending a message, stopping an answer, supervisor notes, and settling answers
 * whose replica died.
 */
export class ChatService {
  constructor(
    private readonly pipeline: PipelineDeps,
    private readonly access: ConversationAccess,
    private readonly services: ServiceClient,
    private readonly isAvailable: (service: string) => boolean,
    private readonly settings: ChatSettings,
  ) {}

  /** Validates message text: not blank, not longer than the configured limit. */
  checkContent(content: string): string {
    const text = content.trim();
    if (!text) throw badInput('Write a message before sending.');
    if (text.length > this.settings.maxMessageChars) {
      throw badInput(
        `Messages can be at most ${this.settings.maxMessageChars} characters; this one has ${text.length}.`,
        {
          maxMessageChars: this.settings.maxMessageChars,
        },
      );
    }
    return text;
  }

  /**
   * Stores the person's message and the pending answer, starts the model call, and meanwhile
   * reserves credits for it. Returns the pending answer once the reservation is granted. A
   * refused reservation aborts the model call (nothing was published), removes the exchange
   * again and rethrows accounting's error unchanged. A message that touches one of the
   * chatbot's blocked topics or keywords is answered with its refusal instead (no model call).
   * `sentBy` marks a message an integration sent on the owner's behalf.
   */
  async sendMessage(
    userId: string,
    session: SendTarget,
    content: string,
    sentBy?: Sender,
  ): Promise<MessageRow> {
    const text = this.checkContent(content);
    const { db, logger, registry } = this.pipeline;
    const chatbot = await chatbotFor(
      this.services,
      this.isAvailable('content'),
      session.chatbotId,
      userId,
    );
    // The chatbot's custom tools as registered now (a disabled one is no longer offered).
    const custom = await activeCustomTools(db, chatbot.customToolIds);
    const hit = blockedTermIn(chatbot, text);
    if (hit) {
      return answerWithRefusal(this.pipeline, {
        userId,
        session,
        text,
        sentBy,
        chatbot,
        hit,
        limits: {
          messagesPerMinute: this.settings.messagesPerMinute,
          maxConcurrentStreams: this.settings.maxConcurrentStreams,
        },
        snapshotTtlMs: this.pipeline.maxDurationMs + 120_000,
      });
    }
    const at = Date.now();
    // The history before this question is read while the question is stored. The exchange is
    // stored in one round trip that first checks both limits under the person's lock, and the
    // first model call is sent the moment it returns: no one over a limit reaches the model.
    const history = conversationHistory(
      db,
      session.id,
      new Date(at),
      this.settings.historyMessages,
    );
    history.catch(() => undefined);
    const stored = await beginExchange(db, {
      sessionId: session.id,
      ownerId: userId,
      content: text,
      sentBy,
      limits: {
        messagesPerMinute: this.settings.messagesPerMinute,
        maxConcurrentStreams: this.settings.maxConcurrentStreams,
      },
      model: chatbot.modelId,
      chatbotVersionId: chatbot.versionId,
      at,
    });
    const { tools, converse } = this.firstCall(
      chatbot,
      [...(await history), { role: 'USER', content: text }],
      custom,
    );
    const early = new AbortController();
    const sentAt = performance.now();
    let requestSent!: () => void;
    const sent = new Promise<void>((resolve) => (requestSent = resolve));
    const response = sendModelRequest(
      this.pipeline.bedrock,
      { ...modelRequestBase(chatbot, converse, tools), maxOutputTokens: chatbot.maxOutputTokens },
      early.signal,
      requestSent,
    );
    // Read by the generation, or abandoned with the exchange.
    const settled = response.catch(() => undefined);
    const firstRequest: SentModelRequest = { response, sentAt };
    const { userMessage, answer } = stored;
    // Taken now, so this replica's heartbeat covers the answer from its first moment.
    const handle = registry.register(answer.id);
    // The early call ends with the answer (a stop, a timeout, a refused reservation).
    handle.signal.addEventListener('abort', () => early.abort(), { once: true });
    // The prompt is counted and the credits reserved once the request has left (or failed):
    // that work would otherwise run ahead of the request's own signing and sending.
    await Promise.race([sent, settled]);
    // HTTP/2 writes what was handed to it when the event loop next checks: let it.
    await new Promise((resolve) => setImmediate(resolve));
    let firstPromptTokens: number;
    try {
      firstPromptTokens = this.promptBound(chatbot, converse, tools);
    } catch (error) {
      early.abort();
      handle.release();
      await discardExchange(db, [userMessage.id, answer.id]).catch((e: unknown) =>
        logger.error({ err: e }, 'could not remove an exchange that was not started'),
      );
      throw error;
    }
    const generation = startGeneration(this.pipeline, {
      answer,
      handle,
      chatbot,
      tools,
      messages: converse,
      firstPromptTokens,
      firstRequest,
      reserve: () =>
        this.pipeline.credits.reserve({
          sessionId: session.id,
          userId,
          modelId: chatbot.modelId,
          estimatedInputTokens: firstPromptTokens,
          maxOutputTokens: chatbot.maxOutputTokens,
          clientKey: answer.id,
          expiresInSeconds: this.settings.reservationSeconds,
        }),
    });
    let reservationId: string;
    try {
      reservationId = (await generation.reserved).id;
      await generation.recorded();
    } catch (error) {
      await generation.done;
      await discardExchange(db, [userMessage.id, answer.id]).catch((e: unknown) =>
        logger.error({ err: e }, 'could not remove a refused exchange'),
      );
      throw error;
    }
    const activity: ChatActivity = {
      kind: 'user-message',
      sessionId: session.id,
      messageId: userMessage.id,
      userId,
      chatbotId: chatbot.chatbotId,
      text,
      at: new Date(at).toISOString(),
    };
    void this.pipeline.bus.publish(CHAT_ACTIVITY, activity).catch(() => undefined);
    return { ...answer, reservationId };
  }

  /**
   * The first model call of an answer to `rows` (the history and the question): the tools
   * offered and the Converse messages.
   */
  private firstCall(
    chatbot: ChatbotRuntime,
    rows: Pick<MessageRow, 'role' | 'content'>[],
    custom: readonly CustomToolRow[],
  ) {
    const tools = toolsFor(
      chatbot.tools,
      { contentAvailable: this.isAvailable('content'), chatbotId: chatbot.chatbotId },
      custom,
    );
    return { tools, converse: toConverseMessages(rows) };
  }

  /** The first call's prompt counted with the model's tokenizer: what its reservation covers. */
  private promptBound(
    chatbot: ChatbotRuntime,
    converse: ReturnType<typeof toConverseMessages>,
    tools: readonly ChatTool[],
  ): number {
    return promptTokenBound({
      modelId: chatbot.modelId,
      systemPrompt: chatbot.systemPrompt,
      messages: converse,
      temperature: chatbot.temperature,
      maxOutputTokens: chatbot.maxOutputTokens,
      tools: tools.map((t) => t.spec),
    });
  }

  /**
   * What `sendMessage` would reserve now for `content` as the first message of a new
   * conversation of `userId` with `chatbotId`: the same chatbot lookup (NOT_FOUND when it is not
   * published to them), prompt bound and tokenizer, priced by accounting's own reservation
   * function (x 1.2), with the person's available credits. Reserves nothing.
   */
  async estimateAnswerCost(
    userId: string,
    chatbotId: string,
    content: string,
  ): Promise<AnswerCostEstimate> {
    const text = this.checkContent(content);
    const chatbot = await chatbotFor(this.services, this.isAvailable('content'), chatbotId, userId);
    const custom = await activeCustomTools(this.pipeline.db, chatbot.customToolIds);
    const { tools, converse } = this.firstCall(chatbot, [{ role: 'USER', content: text }], custom);
    const firstPromptTokens = this.promptBound(chatbot, converse, tools);
    const quote = await this.pipeline.credits.quote({
      userId,
      modelId: chatbot.modelId,
      estimatedInputTokens: firstPromptTokens,
      maxOutputTokens: chatbot.maxOutputTokens,
    });
    return {
      userId,
      chatbotId,
      modelId: chatbot.modelId,
      promptTokens: firstPromptTokens,
      maxOutputTokens: chatbot.maxOutputTokens,
      reservedMicro: quote.amountMicro,
      availableMicro: quote.availableMicro,
    };
  }

  /**
   * Asks whichever replica runs the answer to stop it, waits (briefly) until it is
   * stored and settled, and returns it. Stopping a finished answer returns it unchanged.
   */
  async stopGeneration(principal: Principal | null, messageId: string): Promise<MessageRow> {
    const message = await findMessage(this.pipeline.db, messageId);
    if (!message) throw notFound('That message');
    const grant = await this.access.require(principal, message.ownerId, 'this answer');
    if (message.role !== 'ASSISTANT')
      throw badInput('Only an answer being written can be stopped.');
    if (message.status !== 'STREAMING') return message;
    const who = {
      owner: 'the student',
      supervisor: 'a supervisor',
      admin: 'an administrator',
      service: 'Aula’s safety monitoring',
    }[grant];
    const { bus } = this.pipeline;
    let unsubscribe: (() => void) | undefined;
    const settled = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, STOP_WAIT_MS);
      void bus
        .subscribe(chatStreamChannel(message.sessionId), (event) => {
          const terminal = [
            'ChatStreamCompleted',
            'ChatStreamStopped',
            'ChatStreamFailed',
          ].includes(event.__typename);
          if (terminal && event.messageId === messageId) {
            clearTimeout(timer);
            resolve();
          }
        })
        .then(async (stop) => {
          unsubscribe = stop;
          await this.pipeline.registry.requestStop(messageId, `Stopped by ${who}.`);
        });
    });
    await settled;
    unsubscribe?.();
    return (await findMessage(this.pipeline.db, messageId)) ?? message;
  }

  /**
   * Stops an answer for a service (monitoring's safety rules) with the reason it gives,
   * without waiting for it to settle; a request for an answer no replica runs is ignored there.
   */
  async stopAnswer(messageId: string, reason: string): Promise<void> {
    await this.pipeline.registry.requestStop(messageId, reason.slice(0, 500));
  }

  /** Stores a supervisor's note and pushes it on the conversation's stream. */
  async appendSupervisorNote(
    sessionId: string,
    supervisorId: string,
    content: string,
  ): Promise<MessageRow> {
    const text = this.checkContent(content);
    const session = await findSession(this.pipeline.db, sessionId);
    if (!session) throw notFound('That conversation');
    const note = await insertSupervisorNote(this.pipeline.db, {
      sessionId,
      ownerId: session.ownerId,
      supervisorId,
      content: text,
    });
    // Published directly, not through a message publisher: a note must not replace the
    // snapshot of an answer that may be streaming in the same conversation.
    const event: ChatStreamPayload = {
      __typename: 'ChatStreamSupervisorNote',
      sessionId,
      messageId: note.id,
      sequence: 1,
      at: new Date().toISOString(),
      message: note,
    };
    await this.pipeline.bus.publish(chatStreamChannel(sessionId), event);
    return note;
  }
}
