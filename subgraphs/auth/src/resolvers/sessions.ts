import { requireSession } from '@aula/runtime';
import type { MutationResolvers } from '../generated/graphql';

/** Signing in and out, and refreshing. */
export const sessionMutations: Pick<
  MutationResolvers,
  'login' | 'refreshToken' | 'logout' | 'logoutEverywhere'
> = {
  login: async (_parent, { email, password }, ctx) =>
    ctx.auth.accounts.signIn(email, password, ctx.clientAddress),
  refreshToken: async (_parent, { refreshToken }, ctx) => ctx.auth.sessions.refresh(refreshToken),
  logout: async (_parent, { refreshToken }, ctx) => ctx.auth.sessions.logout(refreshToken),
  logoutEverywhere: async (_parent, _args, ctx) => {
    const session = requireSession(ctx);
    return ctx.auth.sessions.endAllFor(session.userId);
  },
};
