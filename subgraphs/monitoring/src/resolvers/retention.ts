import { requireService } from '@aula/runtime';
import { conversationHold } from '../flags';
import type { Resolvers } from '../generated/graphql';

/** Whether a conversation a student deleted must still be kept for their supervisors. */
export const retentionResolvers: Resolvers = {
  Query: {
    conversationHold: async (_p, { sessionId }, ctx) => {
      requireService(ctx, 'chat');
      return conversationHold(ctx.db, sessionId, ctx.flaggedRetentionDays);
    },
  },
};
