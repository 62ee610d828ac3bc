import {
  badInput,
  decodeCursor,
  forbidden,
  requireRole,
  requireScope,
  pageSize,
  requireSession,
  toConnection,
  unauthenticated,
  type Role,
} from '@aula/runtime';
import type { MutationResolvers, QueryResolvers, UserResolvers } from '../generated/graphql';
import type { AuthSubgraphContext } from '../context';
import { importUsers } from '../import-users';
import {
  findUserById,
  getUser,
  listUsers,
  setLocale,
  SUPPORTED_LOCALES,
  supportedLocale,
  userPosition,
} from '../users';
import { signedIn } from './sessions';

/** Reading users. */
export const accountQueries: Pick<QueryResolvers, 'me' | 'user' | 'users'> = {
  me: async (_parent, _args, ctx) => {
    const p = ctx.principal;
    if (!p || p.kind === 'service') return null;
    return findUserById(ctx.db, p.userId);
  },
  user: async (_parent, { id }, ctx) => {
    const person = requireScope(ctx, 'users:read');
    if (person.userId === id || person.role === 'ADMIN') return findUserById(ctx.db, id);
    // Supervisors may read the students they look after; monitoring holds that relationship.
    if (
      person.role === 'SUPERVISOR' &&
      (await ctx.auth.supervision.canSupervise(person.userId, id))
    ) {
      return findUserById(ctx.db, id);
    }
    throw forbidden('You may only read your own account and those of students you supervise.');
  },
  users: async (_parent, { first, after, ...filter }, ctx) => {
    // An admin's API key with `users:read` may list users too; nobody else may.
    if (requireScope(ctx, 'users:read').role !== 'ADMIN')
      throw forbidden('Only administrators can list users.');
    const size = pageSize(first, { fallback: 50, max: 200 });
    const page = await listUsers(ctx.db, filter, size, decodeCursor(after, 'text'));
    return { ...toConnection(page.rows, size, userPosition), totalCount: page.totalCount };
  },
};

/** Account management, for administrators and for oneself. */
export const accountMutations: Pick<
  MutationResolvers,
  | 'register'
  | 'changePassword'
  | 'createUser'
  | 'importUsers'
  | 'setUserRole'
  | 'suspendUser'
  | 'reactivateUser'
  | 'resetUserPassword'
  | 'setMyLocale'
> = {
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
};

/**
 * Who may see a user's private fields: the person, administrators, and (for `email` only)
 * the person's supervisors and the monitoring service, which e-mails flag alerts. Everyone
 * else gets null, not an error (see the schema).
 */
async function maySee(
  ctx: AuthSubgraphContext,
  userId: string,
  field: 'email' | 'status' | 'lastLoginAt' | 'locale',
): Promise<boolean> {
  if (ctx.signedInNow.has(userId)) return true;
  const p = ctx.principal;
  // Monitoring e-mails flag alerts to supervisors (the UserContacts operation); no other service reads addresses.
  if (p?.kind === 'service') return field === 'email' && p.service === 'monitoring';
  if (!p) return false;
  if (p.userId === userId || p.role === 'ADMIN') return true;
  return (
    field === 'email' &&
    p.role === 'SUPERVISOR' &&
    (await ctx.auth.supervision.canSupervise(p.userId, userId))
  );
}

/** The `User` entity. */
export const userResolvers: UserResolvers = {
  email: async (user, _args, ctx) => ((await maySee(ctx, user.id, 'email')) ? user.email : null),
  status: async (user, _args, ctx) => ((await maySee(ctx, user.id, 'status')) ? user.status : null),
  lastLoginAt: async (user, _args, ctx) =>
    (await maySee(ctx, user.id, 'lastLoginAt')) ? user.lastLoginAt : null,
  locale: async (user, _args, ctx) =>
    (await maySee(ctx, user.id, 'locale')) ? (user.locale ?? null) : null,
  // Other subgraphs reference users by id and the field that led here authorised the reference,
  // but this subgraph can be called directly: without a caller it answers nobody.
  __resolveReference: async (ref, ctx) => {
    if (!ctx.principal) throw unauthenticated();
    return getUser(ctx.db, ref.id).catch(() => null);
  },
};

/** Account administration is for administrators signed in as themselves, never for API keys. */
function adminSession(ctx: Parameters<typeof requireSession>[0]) {
  requireSession(ctx);
  return requireRole(ctx, 'ADMIN');
}
