import { requireScopeOrService } from '@aula/runtime';
import type { SubscriptionResolvers } from '../generated/graphql';
import { CHAT_READ, operationOf, readableSession } from '../guards';
import { holdUntilRecorded, markRecordedByStream } from '../stream/recorded';
import { endWhenAccessEnds } from '../stream/revocation';
import { resumePositionOf, subscribeToSession } from '../stream/subscription';

/** `chatStream`: a conversation's live answer, for its owner and those who may watch it. */
export const Subscription: SubscriptionResolvers = {
  chatStream: {
    subscribe: async (_parent, { sessionId }, ctx, info) => {
      const principal = requireScopeOrService(ctx, CHAT_READ);
      const { session, grant } = await readableSession(ctx, sessionId);
      const look = {
        ownerId: session.ownerId,
        sessionId: session.id,
        kind: 'WATCHED' as const,
        operation: operationOf(ctx, info),
      };
      await ctx.access.recordRead(principal, look);
      const stream = await subscribeToSession(
        ctx.bus,
        ctx.snapshots,
        session.id,
        resumePositionOf(ctx.operationExtensions?.resumeAfter),
      );
      if (grant === 'owner' || grant === 'service') return stream as never;
      // Someone else's look goes on record before each event reaches them; held, not lost, meanwhile.
      markRecordedByStream(ctx, session.id);
      const recorded = holdUntilRecorded(stream, {
        record: () => ctx.access.recordRead(principal, look),
        snapshots: ctx.snapshots,
        sessionId: session.id,
        holdMs: ctx.unrecordedHoldMs,
        logger: ctx.logger,
      });
      if (grant !== 'supervisor') return recorded as never;
      return endWhenAccessEnds(recorded, {
        bus: ctx.bus,
        logger: ctx.logger,
        stillAllowed: async () =>
          (await ctx.access.grant(principal, session.ownerId)) === 'supervisor',
      }) as never;
    },
    // A stream that could not put a look on record ends with why (SERVICE_UNAVAILABLE).
    resolve: (event: unknown) => {
      if (event instanceof Error) throw event;
      return event as never;
    },
  },
};
