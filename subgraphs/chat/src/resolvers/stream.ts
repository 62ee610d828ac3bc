import { creditAmount } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import type { SettlementPayload } from '../stream/events';
import { endWhenAccessEnds } from '../stream/revocation';
import { resumePositionOf, subscribeToSession } from '../stream/subscription';
import { findSession } from '../sessions';
import type { GraphQLResolveInfo } from 'graphql';
import type { ChatSubgraphContext } from '../context';
import { operationOf, readableSession, requireReader } from './guards';

/** Settlement amounts travel as exact decimal strings; null while unknown. */
const amountOrNull = (micro: string | null) => (micro === null ? null : creditAmount(micro));

/** The text of a delta or snapshot, once its reading is on record. */
async function streamedText(
  event: { sessionId: string; text: string },
  _args: unknown,
  ctx: ChatSubgraphContext,
  info: GraphQLResolveInfo,
): Promise<string> {
  const principal = ctx.principal;
  if (principal && principal.kind !== 'service') {
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

const settled = {
  creditsCharged: (event: SettlementPayload) => amountOrNull(event.creditsChargedMicro),
  newBalance: (event: SettlementPayload) => amountOrNull(event.newBalanceMicro),
};

/** The `chatStream` subscription and its event types. */
export const streamResolvers: Resolvers = {
  Subscription: {
    chatStream: {
      subscribe: async (_parent, { sessionId }, ctx, info) => {
        const principal = requireReader(ctx);
        const { session, grant } = await readableSession(ctx, sessionId);
        await ctx.access.recordRead(principal, {
          ownerId: session.ownerId,
          sessionId: session.id,
          kind: 'WATCHED',
          operation: operationOf(ctx, info),
        });
        const stream = await subscribeToSession(
          ctx.bus,
          ctx.snapshots,
          session.id,
          resumePositionOf(ctx.operationExtensions?.resumeAfter),
        );
        if (grant !== 'supervisor') return stream as never;
        return endWhenAccessEnds(stream, {
          bus: ctx.bus,
          logger: ctx.logger,
          stillAllowed: async () =>
            (await ctx.access.grant(principal, session.ownerId)) === 'supervisor',
        }) as never;
      },
      resolve: (event: unknown) => event as never,
    },
  },
  ChatStreamEvent: {
    __resolveType: (event) => event.__typename,
  },
  // Streamed text is message content too: a watcher other than the owner stays on record each minute.
  ChatStreamTextDelta: { text: streamedText },
  ChatStreamSnapshot: { text: streamedText },
  ChatStreamCompleted: settled,
  ChatStreamStopped: settled,
  ChatStreamFailed: settled,
};
