import {
  CHAT_ACTIVITY,
  CREDITS_LOW,
  creditAmount,
  type ChatActivity,
  type CreditsLowEvent,
  type Db,
  type EventBus,
  type Logger,
} from '@aula/runtime';
import type { FlagModel } from '../mappers';
import { enqueueEvent } from './outbox';

/** How a finished answer ended, by its `chat.activity` kind. */
const OUTCOMES: Partial<Record<ChatActivity['kind'], string>> = {
  completed: 'COMPLETED',
  stopped: 'STOPPED',
  failed: 'FAILED',
};

/**
 * Where webhook events come from: flags this replica raised (`flagRaised`, called once per
 * flag), answers that ended (`chat.activity`) and people whose credits fell low
 * (`accounting.credits-low`). Payloads carry ids and figures, never message text. Every
 * replica hears the bus; the event key lets one outbox row per endpoint win.
 */
export function createWebhookSources(options: { db: Db; bus: EventBus; logger: Logger }) {
  const { db, logger } = options;
  const enqueue = (...args: Parameters<typeof enqueueEvent>) =>
    enqueueEvent(...args).catch((error: unknown) =>
      logger.error({ err: error, event: args[1], key: args[2] }, 'webhook not queued'),
    );
  const onActivity = async (event: ChatActivity) => {
    const outcome = OUTCOMES[event.kind];
    if (!outcome) return;
    await enqueue(db, 'ANSWER_FINISHED', `answer:${event.messageId}`, {
      studentId: event.userId,
      sessionId: event.sessionId,
      messageId: event.messageId,
      chatbotId: event.chatbotId,
      outcome,
      finishedAt: event.at,
    });
  };
  const onCreditsLow = async (event: CreditsLowEvent) => {
    await enqueue(db, 'CREDITS_LOW', `credits-low:${event.userId}:${event.at}`, {
      studentId: event.userId,
      available: creditAmount(event.availableMicroCredits),
      threshold: creditAmount(event.thresholdMicroCredits),
      at: event.at,
    });
  };
  return {
    /** Queues `flag.raised` for a flag this replica stored. */
    async flagRaised(flag: FlagModel): Promise<void> {
      await enqueue(db, 'FLAG_RAISED', `flag:${flag.id}`, {
        flagId: flag.id,
        studentId: flag.studentId,
        sessionId: flag.sessionId,
        messageId: flag.messageId,
        chatbotId: flag.chatbotId,
        category: flag.category,
        severity: flag.severity,
        source: flag.source,
        raisedAt: flag.createdAt,
      });
    },
    /** Listens to the bus until the returned function is called. */
    async listen(): Promise<() => void> {
      const stops = await Promise.all([
        options.bus.subscribe(CHAT_ACTIVITY, (event) => void onActivity(event)),
        options.bus.subscribe(CREDITS_LOW, (event) => void onCreditsLow(event)),
      ]);
      return () => stops.forEach((stop) => stop());
    },
  };
}
