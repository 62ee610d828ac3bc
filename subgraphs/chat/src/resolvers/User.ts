import { forbidden, requireScopeOrService } from '@aula/runtime';
import type { UserResolvers } from '../generated/graphql';
import { CHAT_READ } from '../guards';
import { lastChatAt } from '../messages';
import { countSessionsSince, sessionPage } from '../sessions';

/** Chat's fields on `User`: their conversations and chat activity, for those who may see them. */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  lastChatAt: async (user, _args, ctx) => {
    await ctx.access.require(
      requireScopeOrService(ctx, CHAT_READ),
      user.id,
      "this person's chat activity",
    );
    return lastChatAt(ctx.db, user.id);
  },
  chatSessions: async (user, { first, after }, ctx) => {
    const principal = requireScopeOrService(ctx, CHAT_READ);
    const grant = await ctx.access.require(principal, user.id, "this person's conversations");
    return sessionPage(ctx.db, user.id, first, after, {
      includeDeleted: grant !== 'owner',
      activeSince: await ctx.access.readableFrom(principal, user.id),
    });
  },
  chatSessionsToday: async (user, _args, ctx) => {
    if (!(await ctx.access.grant(requireScopeOrService(ctx, CHAT_READ), user.id)))
      throw forbidden("You may not see this person's chat activity.");
    const midnight = new Date();
    midnight.setUTCHours(0, 0, 0, 0);
    return countSessionsSince(ctx.db, user.id, midnight);
  },
};
