import { requireSession } from '@aula/runtime';
import type { AuthSubgraphContext } from '../context';
import type { MutationResolvers } from '../generated/graphql';

/** Signing in and out, and refreshing. */
export const sessionMutations: Pick<
  MutationResolvers,
  'login' | 'refreshToken' | 'logout' | 'logoutEverywhere'
> = {
  login: async (_parent, { email, password }, ctx) =>
    signedIn(ctx, await ctx.auth.accounts.signIn(email, password, ctx.clientAddress)),
  refreshToken: async (_parent, { refreshToken }, ctx) =>
    signedIn(ctx, await ctx.auth.sessions.refresh(refreshToken)),
  logout: async (_parent, { refreshToken }, ctx) => ctx.auth.sessions.logout(refreshToken),
  logoutEverywhere: async (_parent, _args, ctx) => {
    const session = requireSession(ctx);
    return ctx.auth.accounts.endEverywhere(session.userId, 'signed-out-everywhere');
  },
};

/** Lets the person who just signed in see their own private fields in the answer. */
export function signedIn<T extends { user: { id: string } }>(
  ctx: AuthSubgraphContext,
  session: T,
): T {
  ctx.signedInNow.add(session.user.id);
  return session;
}
