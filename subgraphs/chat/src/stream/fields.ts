import { creditAmount } from '@aula/runtime';
import type { GraphQLResolveInfo } from 'graphql';
import type { ChatSubgraphContext } from '../context';
import { operationOf } from '../guards';
import { findSession } from '../sessions';
import type { SettlementPayload } from './events';
import { isRecordedByStream } from './recorded';

// Fields several stream event types share.

/**
 * The text of a delta or snapshot, once its reading is on record (a watcher other than the
 * owner). A non-owner's `chatStream` records the look before it sends each event (and holds
 * events it cannot record yet, see `holdUntilRecorded`); only a stream that does not is
 * recorded here.
 */
export async function streamedText(
  event: { sessionId: string; text: string },
  _args: unknown,
  ctx: ChatSubgraphContext,
  info: GraphQLResolveInfo,
): Promise<string> {
  const principal = ctx.principal;
  if (principal && principal.kind !== 'service' && !isRecordedByStream(ctx, event.sessionId)) {
    const ownerId = await ownerOf(ctx, event.sessionId);
    if (ownerId)
      await ctx.access.recordRead(principal, {
        ownerId,
        sessionId: event.sessionId,
        kind: 'WATCHED',
        operation: operationOf(ctx, info),
      });
  }
  return event.text;
}

const owners = new Map<string, string>();

/** A session's owner, remembered: owners never change, and deltas arrive many times a second. */
async function ownerOf(ctx: ChatSubgraphContext, sessionId: string): Promise<string | null> {
  const known = owners.get(sessionId);
  if (known) return known;
  const session = await findSession(ctx.db, sessionId);
  if (!session) return null;
  if (owners.size >= 10_000) owners.delete(owners.keys().next().value!);
  owners.set(sessionId, session.ownerId);
  return session.ownerId;
}

/** Settlement amounts travel as exact decimal strings; null while unknown. */
const amountOrNull = (micro: string | null) => (micro === null ? null : creditAmount(micro));

/** The money fields of the events that end an answer (completed, stopped, failed). */
export const settlementAmounts = {
  creditsCharged: (event: SettlementPayload) => amountOrNull(event.creditsChargedMicro),
  newBalance: (event: SettlementPayload) => amountOrNull(event.newBalanceMicro),
};
