import { creditAmount, notFound } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import type { SettlementPayload } from '../stream/events';
import { endWhenAccessEnds } from '../stream/revocation';
import { resumePositionOf, subscribeToSession } from '../stream/subscription';
import { findSession } from '../sessions';
import { requireReader } from './guards';

/** Settlement amounts travel as exact decimal strings; null while unknown. */
const amountOrNull = (micro: string | null) => (micro === null ? null : creditAmount(micro));

const settled = {
  creditsCharged: (event: SettlementPayload) => amountOrNull(event.creditsChargedMicro),
  newBalance: (event: SettlementPayload) => amountOrNull(event.newBalanceMicro),
};

/** The `chatStream` subscription and its event types. */
export const streamResolvers: Resolvers = {
  Subscription: {
    chatStream: {
      subscribe: async (_parent, { sessionId }, ctx) => {
        const principal = requireReader(ctx);
        const session = await findSession(ctx.db, sessionId);
        if (!session) throw notFound('That conversation');
        const grant = await ctx.access.require(principal, session.ownerId);
        ctx.access.record(principal, grant, session.ownerId, session.id, 'WATCHED');
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
  ChatStreamCompleted: settled,
  ChatStreamStopped: settled,
  ChatStreamFailed: settled,
};
