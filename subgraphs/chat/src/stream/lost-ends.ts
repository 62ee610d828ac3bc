import { chatStreamChannel } from '@aula/runtime';
import { findMessage, type MessageRow } from '../messages';
import { terminalEvent } from './finish';
import type { AnswerHeartbeats } from './heartbeat';
import type { PipelineDeps } from './pipeline';
import { takeOverPublisher } from './orphans';
import type { StreamSnapshot } from './snapshot';

/**
 * Publishes the end of answers whose writer died after storing them and before their terminal
 * event went out. A writer stores the answer, then settles it with accounting (seconds under
 * load), and only then publishes the end; dying in between leaves a row that is no longer
 * STREAMING, so `recoverOrphans` leaves it alone, and every watcher would wait for an end
 * that never comes. Candidates are the answers this replica heard heartbeats for that fell
 * silent without their writer saying it had ended them. For each stored one whose session's
 * snapshot is still this answer's:
 * - the snapshot says `streaming`: its `last` event is sent again (the writer may have stored it
 *   and died before publishing it), then the text the row holds beyond the snapshot (deltas the
 *   writer had queued), then the terminal event built from the row;
 * - the snapshot says `done`: its `final` event is sent again (the writer may have died between
 *   storing the snapshot and publishing).
 * Subscribers drop events they already have, so an answer judged silent by mistake (a lost
 * heartbeat) costs duplicates nobody sees. Returns how many ends it published.
 */
export async function announceLostEnds(
  deps: PipelineDeps,
  heartbeats: AnswerHeartbeats,
): Promise<number> {
  let announced = 0;
  for (const messageId of heartbeats.silent()) {
    if (deps.registry.has(messageId)) continue;
    try {
      const answer = await findMessage(deps.db, messageId);
      // Still STREAMING: an orphan, which recoverOrphans fails and ends.
      if (answer && answer.status !== 'STREAMING') {
        const snapshot = await deps.snapshots.read(answer.sessionId);
        // Another answer of the session has started since: this one's end is moot.
        if (snapshot?.messageId === answer.id) {
          await announce(deps, answer, snapshot);
          announced += 1;
          deps.logger.warn(
            { messageId, snapshot: snapshot.state },
            'published the end of an answer whose replica stopped',
          );
        }
      }
      heartbeats.forget(messageId);
    } catch (error) {
      // The database or Redis is away: tried again on the next sweep.
      deps.logger.warn({ err: error, messageId }, 'could not check a silent answer');
    }
  }
  return announced;
}

async function announce(deps: PipelineDeps, answer: MessageRow, snapshot: StreamSnapshot) {
  const channel = chatStreamChannel(answer.sessionId);
  if (snapshot.state === 'done') {
    if (snapshot.final) await deps.bus.publish(channel, snapshot.final);
    return;
  }
  if (snapshot.last) await deps.bus.publish(channel, snapshot.last);
  const publisher = takeOverPublisher(deps, answer, snapshot);
  // A blocked answer's row holds the refusal instead of its text: nothing to add then.
  if (answer.content.length > snapshot.text.length && answer.content.startsWith(snapshot.text))
    void publisher.publish({
      __typename: 'ChatStreamTextDelta',
      text: answer.content.slice(snapshot.text.length),
    });
  void publisher.publish(
    terminalEvent(
      {
        status: answer.status as 'COMPLETE' | 'STOPPED' | 'FAILED',
        statusReason: answer.statusReason,
        inputTokens: answer.inputTokens ?? 0,
        outputTokens: answer.outputTokens ?? 0,
        usageEstimated: answer.usageEstimated,
      },
      answer,
      {
        creditsChargedMicro:
          answer.creditsChargedMicro === null ? null : String(answer.creditsChargedMicro),
        newBalanceMicro: null,
      },
    ),
  );
  await publisher.drain();
}
