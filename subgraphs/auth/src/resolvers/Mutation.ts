import { badInput, forbidden, requireRole, requireSession, type Role } from '@aula/runtime';
import type { AuthSubgraphContext } from '../context';
import type { MutationResolvers } from '../generated/graphql';
import { importUsers } from '../import-users';
import { scopeFromGraphQL } from '../scopes';
import { getUser, setLocale, SUPPORTED_LOCALES, supportedLocale } from '../users';

/** Signing in and out, account management (for administrators and oneself) and API keys. */
export const Mutation: MutationResolvers = {
  login: async (_parent, { email, password }, ctx) =>
    signedIn(ctx, await ctx.auth.accounts.signIn(email, password, ctx.clientAddress)),
  refreshToken: async (_parent, { refreshToken }, ctx) =>
    signedIn(ctx, await ctx.auth.sessions.refresh(refreshToken)),
  logout: async (_parent, { refreshToken }, ctx) => ctx.auth.sessions.logout(refreshToken),
  logoutEverywhere: async (_parent, _args, ctx) => {
    const session = requireSession(ctx);
    return ctx.auth.accounts.endEverywhere(session.userId, 'signed-out-everywhere');
  },
  register: async (_parent, { input }, ctx) => {
    if (!ctx.auth.selfRegistration) {
      throw forbidden('Self-registration is turned off here; ask an administrator for an account.');
    }
    return signedIn(ctx, await ctx.auth.accounts.register(input));
  },
  setMyLocale: async (_parent, { locale }, ctx) => {
    const session = requireSession(ctx);
    if (locale == null) return setLocale(ctx.db, session.userId, null);
    const supported = supportedLocale(locale);
    if (!supported) {
      throw badInput(
        `Aula's apps are written in ${SUPPORTED_LOCALES.join(', ')}; "${locale}" is not one of them.`,
        {
          field: 'locale',
        },
      );
    }
    return setLocale(ctx.db, session.userId, supported);
  },
  changePassword: async (_parent, { currentPassword, newPassword }, ctx) => {
    const session = requireSession(ctx);
    await ctx.auth.accounts.changePassword(session.userId, currentPassword, newPassword);
    return true;
  },
  createUser: async (_parent, { input }, ctx) => {
    adminSession(ctx);
    return ctx.auth.accounts.create({ ...input, role: (input.role ?? 'STUDENT') as Role });
  },
  importUsers: async (_parent, { csv }, ctx) => {
    adminSession(ctx);
    return importUsers(ctx.auth.accounts, csv);
  },
  setUserRole: async (_parent, { userId, role }, ctx) => {
    const admin = adminSession(ctx);
    return ctx.auth.accounts.setRole(admin.userId, userId, role);
  },
  suspendUser: async (_parent, { userId }, ctx) => {
    const admin = adminSession(ctx);
    return ctx.auth.accounts.suspend(admin.userId, userId);
  },
  reactivateUser: async (_parent, { userId }, ctx) => {
    adminSession(ctx);
    return ctx.auth.accounts.reactivate(userId);
  },
  resetUserPassword: async (_parent, { userId, newPassword }, ctx) => {
    adminSession(ctx);
    return ctx.auth.accounts.resetPassword(userId, newPassword);
  },
  // API keys: only people signed in as themselves, never another key.
  createApiKey: async (_parent, { input }, ctx) => {
    const session = requireSession(ctx);
    requireRole(ctx, 'ADMIN', 'SUPERVISOR');
    // The stored role, not the token's: a demotion takes effect for new keys at once.
    const owner = await getUser(ctx.db, session.userId);
    const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
    return ctx.auth.keys.create(owner, {
      name: input.name,
      scopes: input.scopes.map(scopeFromGraphQL),
      expiresAt,
    });
  },
  revokeApiKey: async (_parent, { id }, ctx) => {
    const session = requireSession(ctx);
    return ctx.auth.keys.revoke(session, id);
  },
};

/** Lets the person who just signed in see their own private fields in the answer. */
function signedIn<T extends { user: { id: string } }>(ctx: AuthSubgraphContext, session: T): T {
  ctx.signedInNow.add(session.user.id);
  return session;
}

/** Account administration is for administrators signed in as themselves, never for API keys. */
function adminSession(ctx: AuthSubgraphContext) {
  requireSession(ctx);
  return requireRole(ctx, 'ADMIN');
}
