import {
  appError,
  badInput,
  CHAT_ACTIVITY,
  chatStreamChannel,
  ErrorCode,
  notFound,
  type ChatActivity,
  type Principal,
  type ServiceClient,
} from '@aula/runtime';
import { eq } from 'drizzle-orm';
import type { ConversationAccess } from './access';
import { estimateTokens } from './bedrock';
import { chatbotFor } from './chatbots';
import { toConverseMessages } from './conversation-messages';
import { sessions } from './db/schema';
import {
  attachReservation,
  beginExchange,
  conversationHistory,
  discardExchange,
  finishAnswer,
  findMessage,
  insertSupervisorNote,
  staleAnswers,
  type MessageRow,
} from './messages';
import { findSession, type SessionRow } from './sessions';
import type { ChatStreamPayload } from './stream/events';
import { startGeneration, type PipelineDeps } from './stream/pipeline';
import { settleReservation } from './stream/settlement';
import { toolsFor } from './tools';

/** Limits and sizes from the configuration. */
export interface ChatSettings {
  readonly maxMessageChars: number;
  readonly messagesPerMinute: number;
  readonly maxConcurrentStreams: number;
  readonly historyMessages: number;
  /** How long past the time limit a STREAMING answer may stay before it counts as abandoned. */
  readonly staleGraceMs: number;
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
   * Stores the person's message, reserves credits, and starts the answer in the
   * background. Returns the pending answer. A refused reservation removes the
   * exchange again and rethrows accounting's error unchanged.
   */
  async sendMessage(userId: string, session: SessionRow, content: string): Promise<MessageRow> {
    const text = this.checkContent(content);
    const { db, logger } = this.pipeline;
    const chatbot = await chatbotFor(
      this.services,
      this.isAvailable('content'),
      session.chatbotId,
      userId,
    );
    const { userMessage, answer } = await beginExchange(db, {
      sessionId: session.id,
      ownerId: userId,
      content: text,
      limits: {
        messagesPerMinute: this.settings.messagesPerMinute,
        maxConcurrentStreams: this.settings.maxConcurrentStreams,
      },
    });
    const tools = toolsFor(chatbot.tools, {
      contentAvailable: this.isAvailable('content'),
      chatbotId: chatbot.chatbotId,
    });
    const history = await conversationHistory(
      db,
      session.id,
      userMessage.createdAt,
      this.settings.historyMessages,
    );
    const converse = toConverseMessages([...history, userMessage]);
    const promptText =
      chatbot.systemPrompt +
      converse.map((m) => JSON.stringify(m.content)).join('') +
      JSON.stringify(tools.map((t) => t.spec));

    let reservationId: string;
    try {
      const reservation = await this.pipeline.credits.reserve({
        sessionId: session.id,
        userId,
        modelId: chatbot.modelId,
        estimatedInputTokens: estimateTokens(promptText),
        maxOutputTokens: chatbot.maxOutputTokens,
        clientKey: answer.id,
        expiresInSeconds: Math.ceil(this.pipeline.maxDurationMs / 1000),
      });
      reservationId = reservation.id;
    } catch (error) {
      await discardExchange(db, [userMessage.id, answer.id]).catch((e: unknown) =>
        logger.error({ err: e }, 'could not remove a refused exchange'),
      );
      throw error;
    }
    const pending = await attachReservation(db, answer.id, reservationId, chatbot.modelId);
    if (chatbot.versionId !== session.chatbotVersionId) {
      await db
        .update(sessions)
        .set({ chatbotVersionId: chatbot.versionId })
        .where(eq(sessions.id, session.id));
    }
    const activity: ChatActivity = {
      kind: 'user-message',
      sessionId: session.id,
      messageId: userMessage.id,
      userId,
      chatbotId: chatbot.chatbotId,
      text,
      at: new Date().toISOString(),
    };
    void this.pipeline.bus.publish(CHAT_ACTIVITY, activity).catch(() => undefined);
    void startGeneration(this.pipeline, {
      answer: { ...pending, reservationId },
      chatbot,
      tools,
      messages: converse,
    });
    return pending;
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

  /**
   * Settles answers still STREAMING long past the time limit: the replica running
   * them died. What they wrote is read from the snapshot; their usage is estimated,
   * since Bedrock's report died with the replica.
   */
  async sweepStale(): Promise<number> {
    const { db, logger, registry, snapshots } = this.pipeline;
    const cutoff = new Date(Date.now() - this.pipeline.maxDurationMs - this.settings.staleGraceMs);
    let swept = 0;
    for (const stale of await staleAnswers(db, cutoff)) {
      if (registry.has(stale.id)) continue;
      const snapshot = await snapshots.read(stale.sessionId).catch(() => null);
      const text = snapshot?.messageId === stale.id ? snapshot.text : '';
      const history = await conversationHistory(
        db,
        stale.sessionId,
        new Date(stale.createdAt),
        this.settings.historyMessages,
      );
      const usage = {
        inputTokens: estimateTokens(history.map((m) => m.content).join('')),
        outputTokens: estimateTokens(text),
      };
      const stored = await finishAnswer(db, stale.id, {
        content: text,
        status: 'FAILED',
        statusReason: 'The server writing this answer stopped unexpectedly. Please ask again.',
        ...usage,
        usageEstimated: true,
        toolCalls: snapshot?.messageId === stale.id ? snapshot.toolCalls : stale.toolCalls,
      });
      if (!stored) continue;
      swept += 1;
      if (stale.reservationId) {
        await settleReservation(this.pipeline.credits, logger, {
          reservationId: stale.reservationId,
          complete: false,
          usage,
          messageId: stale.id,
        });
      }
      logger.warn({ messageId: stale.id }, 'settled an answer whose generation had died');
    }
    return swept;
  }

  /** Refuses sending in someone else's conversation. */
  static requireOwner(userId: string, session: SessionRow): void {
    if (session.ownerId !== userId) {
      throw appError(
        ErrorCode.FORBIDDEN,
        'Only the person who started this conversation can send messages in it.',
      );
    }
  }
}
