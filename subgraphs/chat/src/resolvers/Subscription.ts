import { requireScopeOrService } from '@aula/runtime';
import type { SubscriptionResolvers } from '../generated/graphql';
import { CHAT_READ, operationOf, readableSession } from '../guards';
import { endWhenAccessEnds } from '../stream/revocation';
import { resumePositionOf, subscribeToSession } from '../stream/subscription';

/** `chatStream`: a conversation's live answer, for its owner and those who may watch it. */
export const Subscription: SubscriptionResolvers = {
  chatStream: {
    subscribe: async (_parent, { sessionId }, ctx, info) => {
      const principal = requireScopeOrService(ctx, CHAT_READ);
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
};
