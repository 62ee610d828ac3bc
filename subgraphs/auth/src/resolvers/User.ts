import { relationTo, unauthenticated } from '@aula/runtime';
import type { AuthSubgraphContext } from '../context';
import type { UserResolvers } from '../generated/graphql';
import { getUser } from '../users';

/** The `User` entity over its row; private fields are null for those who may not see them. */
export const User: UserResolvers = {
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
  if (field === 'email') return (await relationTo(p, userId, ctx.auth.supervision)) !== null;
  return p.userId === userId || p.role === 'ADMIN';
}
