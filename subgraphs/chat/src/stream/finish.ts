import { finishAnswer, type AnswerOutcome, type MessageRow } from '../messages';
import type { ChatActivity } from '@aula/runtime';
import type { MessageRecord, SettlementPayload } from './events';
import type { PipelineDeps } from './pipeline';
import type { MessageStreamPublisher, OutgoingEvent } from './publisher';

/** Gives up storing a finished answer after this long; its replica's heartbeat then stops. */
const STORE_GIVE_UP_MS = 10 * 60_000;

/** What ending an answer needs. */
export interface Finisher {
  readonly deps: Pick<PipelineDeps, 'db' | 'logger' | 'outbox' | 'retryMs'>;
  readonly publisher: MessageStreamPublisher;
  readonly activity?: (kind: ChatActivity['kind'], text: string) => void;
}

/**
 * Ends an answer in the only safe order: store it durably together with the settlement it owes
 * (retrying while the database is away: the answer's replica keeps heartbeating meanwhile, so
 * nobody else takes it over), deliver the settlement once (the outbox retries it later if
 * accounting is away), and only then publish the terminal event. A subscriber that saw the end
 * can always reload the message and find the same text.
 */
export async function storeAndSettle(
  finisher: Finisher,
  answer: MessageRow,
  outcome: AnswerOutcome,
  ownerLeaseMs: number,
): Promise<MessageRow | null> {
  const { deps, publisher } = finisher;
  const stored = await storeDurably(deps, answer, outcome, ownerLeaseMs);
  // Someone else finished it (or the database never came back): they publish, not us.
  if (!stored) return null;
  const delivered = answer.reservationId
    ? await deps.outbox.deliverNow(answer.id).catch((error: unknown) => {
        deps.logger.warn({ err: error, messageId: answer.id }, 'settlement left to the outbox');
        return null;
      })
    : null;
  const record: MessageRecord = delivered?.message ?? stored;
  void publisher.publish(
    terminalEvent(outcome, record, {
      creditsChargedMicro: delivered?.settlement.chargedMicro ?? null,
      newBalanceMicro: delivered?.settlement.availableAfterMicro ?? null,
    }),
  );
  finisher.activity?.(
    outcome.status === 'COMPLETE'
      ? 'completed'
      : outcome.status === 'STOPPED'
        ? 'stopped'
        : 'failed',
    outcome.content,
  );
  await publisher.drain();
  return stored;
}

/** The terminal event of a stored answer: Completed, Stopped or Failed, as its status says. */
export function terminalEvent(
  outcome: Pick<
    AnswerOutcome,
    'status' | 'statusReason' | 'inputTokens' | 'outputTokens' | 'usageEstimated'
  >,
  message: MessageRecord,
  /** What the settlement charged, when it was delivered before the end went out. */
  charge: Omit<SettlementPayload, 'usage'>,
): OutgoingEvent {
  const settled = {
    message,
    usage: {
      inputTokens: outcome.inputTokens,
      outputTokens: outcome.outputTokens,
      estimated: outcome.usageEstimated,
    },
    ...charge,
  };
  if (outcome.status === 'COMPLETE') return { __typename: 'ChatStreamCompleted', ...settled };
  if (outcome.status === 'STOPPED')
    return {
      __typename: 'ChatStreamStopped',
      ...settled,
      reason: outcome.statusReason ?? 'Stopped.',
    };
  return {
    __typename: 'ChatStreamFailed',
    ...settled,
    reason: outcome.statusReason ?? 'The answer failed.',
  };
}

async function storeDurably(
  deps: Finisher['deps'],
  answer: MessageRow,
  outcome: AnswerOutcome,
  ownerLeaseMs: number,
): Promise<MessageRow | null> {
  const settlement = answer.reservationId
    ? {
        reservationId: answer.reservationId,
        complete: outcome.status === 'COMPLETE',
        ownerLeaseMs,
      }
    : null;
  const giveUpAt = Date.now() + STORE_GIVE_UP_MS;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await finishAnswer(deps.db, answer.id, outcome, settlement);
    } catch (error) {
      if (Date.now() > giveUpAt) {
        deps.logger.error(
          { err: error, messageId: answer.id },
          'gave up storing a finished answer',
        );
        return null;
      }
      const delay = Math.min(30_000, deps.retryMs * 2 ** Math.min(attempt, 10));
      deps.logger.warn(
        { err: error, messageId: answer.id, retryInMs: delay },
        'could not store a finished answer; retrying',
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
