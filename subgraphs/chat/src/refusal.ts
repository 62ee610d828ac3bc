import { CHAT_ACTIVITY, type BlockedTermHit, type ChatActivity } from '@aula/runtime';
import type { ChatbotRuntime } from './chatbots';
import { blockedActivity, refusalOf } from './guardrails';
import { beginExchange, type MessageRow, type SendLimits, type Sender } from './messages';
import type { SendTarget } from './send-targets';
import type { PipelineDeps } from './stream/pipeline';
import { MessageStreamPublisher } from './stream/publisher';

/**
 * Answers a message that touches one of the chatbot's blocked topics or keywords with the
 * chatbot's refusal text: the question and the refusal are stored (within the sender's usual
 * limits), the refusal is streamed to everyone watching the conversation as an answer that
 * started and completed at once, nothing is sent to the model and nothing is charged, and
 * `chat.activity` tells monitoring what was blocked so it is recorded as a flag.
 */
export async function answerWithRefusal(
  deps: Pick<PipelineDeps, 'db' | 'bus' | 'snapshots' | 'logger'>,
  input: {
    userId: string;
    session: SendTarget;
    text: string;
    /** Who wrote the question when not its owner. */
    sentBy?: Sender;
    chatbot: ChatbotRuntime;
    hit: BlockedTermHit;
    limits: SendLimits;
    /** How long the stream's snapshot outlives the refusal (as for any answer). */
    snapshotTtlMs: number;
  },
): Promise<MessageRow> {
  const { session, chatbot } = input;
  const at = Date.now();
  const { userMessage, answer } = await beginExchange(deps.db, {
    sessionId: session.id,
    ownerId: input.userId,
    content: input.text,
    sentBy: input.sentBy,
    limits: input.limits,
    model: chatbot.modelId,
    chatbotVersionId: chatbot.versionId,
    at,
    refusal: refusalOf(chatbot),
  });
  const publisher = new MessageStreamPublisher({
    bus: deps.bus,
    snapshots: deps.snapshots,
    logger: deps.logger,
    sessionId: session.id,
    messageId: answer.id,
    snapshotTtlMs: input.snapshotTtlMs,
  });
  void publisher.publish({
    __typename: 'ChatStreamStarted',
    message: { ...answer, status: 'STREAMING', content: '', completedAt: null },
  });
  void publisher.publish({
    __typename: 'ChatStreamCompleted',
    message: answer,
    usage: { inputTokens: 0, outputTokens: 0, estimated: false },
    creditsChargedMicro: '0',
    newBalanceMicro: null,
  });
  const activity: ChatActivity = {
    kind: 'user-message',
    sessionId: session.id,
    messageId: userMessage.id,
    userId: input.userId,
    chatbotId: chatbot.chatbotId,
    text: input.text,
    at: new Date(at).toISOString(),
    blocked: blockedActivity(input.text, input.hit),
  };
  await Promise.all([
    publisher.drain(),
    deps.bus
      .publish(CHAT_ACTIVITY, activity)
      .catch((error: unknown) =>
        deps.logger.warn({ err: error, messageId: userMessage.id }, 'could not report a refusal'),
      ),
  ]);
  return answer;
}
