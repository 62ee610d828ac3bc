import { chatStreamChannel } from '@aula/runtime';
import type { AnswerOutcome, MessageRow } from '../messages';
import { streamingAnswersBefore } from '../messages';
import { outputTokenBound } from '../tokens';
import { storeAndSettle } from './finish';
import type { AnswerHeartbeats } from './heartbeat';
import type { PipelineDeps } from './pipeline';
import { MessageStreamPublisher } from './publisher';
import type { StreamSnapshot } from './snapshot';

/** Shown on an answer whose replica died while writing it. */
export const ORPHAN_REASON =
  'The server writing this answer stopped unexpectedly. Please ask again.';

/**
 * Fails the answers whose writer stopped heartbeating (its replica died): keeps the text it
 * had published (the stream snapshot holds every delivered delta), charges what streamed,
 * shows the charge on the message, releases the rest of the reservation and publishes the
 * terminal event on the answer's stream. A STREAMING row proves the answer incomplete: its
 * writer stores it before publishing its end, so no subscriber saw an end this would contradict.
 * Returns how many answers it took over.
 */
export async function recoverOrphans(
  deps: PipelineDeps,
  heartbeats: AnswerHeartbeats,
): Promise<number> {
  const cutoff = new Date(Date.now() - heartbeats.timeoutMs);
  let recovered = 0;
  for (const answer of await streamingAnswersBefore(deps.db, cutoff)) {
    if (deps.registry.has(answer.id) || !heartbeats.isOrphaned(answer.id)) continue;
    const read = await deps.snapshots.read(answer.sessionId).catch(() => null);
    const snapshot = read?.messageId === answer.id ? read : null;
    // The dead writer may have stored its last event in the snapshot without publishing it:
    // publish it again so every watcher has what the stored text will hold.
    if (snapshot?.last) {
      await deps.bus
        .publish(chatStreamChannel(answer.sessionId), snapshot.last)
        .catch((err: unknown) =>
          deps.logger.warn({ err, messageId: answer.id }, 'could not re-send the last event'),
        );
    }
    const stored = await storeAndSettle(
      {
        deps,
        publisher: takeOverPublisher(deps, answer, snapshot),
      },
      answer,
      orphanOutcome(answer, snapshot),
      0,
    );
    if (!stored) continue;
    deps.metrics.answerEnded('recovered');
    recovered += 1;
    deps.logger.warn({ messageId: answer.id }, 'failed an answer whose replica stopped');
  }
  return recovered;
}

/**
 * A publisher for the rest of an answer another replica was writing: it numbers on from the
 * snapshot's last event (from 1 when the snapshot is gone) and keeps the snapshot a minute.
 */
export function takeOverPublisher(
  deps: Pick<PipelineDeps, 'bus' | 'snapshots' | 'logger'>,
  answer: Pick<MessageRow, 'id' | 'sessionId'>,
  snapshot: StreamSnapshot | null,
): MessageStreamPublisher {
  return new MessageStreamPublisher({
    bus: deps.bus,
    snapshots: deps.snapshots,
    logger: deps.logger,
    sessionId: answer.sessionId,
    messageId: answer.id,
    snapshotTtlMs: 60_000,
    ...(snapshot ? { resumeFrom: snapshot } : {}),
  });
}

/**
 * What an orphaned answer stores: the snapshot's text and tool calls (or the row's, when the
 * snapshot is gone), and the tokens its writer had accounted for plus what the call under way
 * streamed, within that call's `maxTokens`.
 */
function orphanOutcome(answer: MessageRow, snapshot: StreamSnapshot | null): AnswerOutcome {
  const billing = snapshot?.billing;
  const text = snapshot?.text ?? answer.content;
  return {
    content: text,
    status: 'FAILED',
    statusReason: ORPHAN_REASON,
    inputTokens: billing?.inputTokens ?? 0,
    outputTokens: billing
      ? billing.outputTokens +
        outputTokenBound(billing.modelId, text.slice(billing.textOffset), billing.maxTokens)
      : 0,
    usageEstimated: true,
    toolCalls: snapshot?.toolCalls ?? answer.toolCalls,
    toolCostMicro: billing?.toolCostMicro ?? 0,
  };
}
