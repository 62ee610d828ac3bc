import {
  decodeCursor,
  pageSize,
  requireRole,
  requireScope,
  requireSelfOrSupervisor,
  requireService,
  requireSession,
  SERVICE_NAMES,
  toConnection,
} from '@aula/runtime';
import type { QueryResolvers } from '../generated/graphql';
import { findUserByEmail, findUserById, listUsers, userPosition } from '../users';

/** Reading users and keys, and the services' own reads (the gateway's key exchange, revocations). */
export const Query: QueryResolvers = {
  me: async (_parent, _args, ctx) => {
    const p = ctx.principal;
    if (!p || p.kind === 'service') return null;
    return findUserById(ctx.db, p.userId);
  },
  user: async (_parent, { id }, ctx) => {
    // Supervisors may read the students they look after; monitoring holds that relationship.
    await requireSelfOrSupervisor(
      requireScope(ctx, 'users:read'),
      id,
      ctx.auth.supervision,
      'You may only read your own account and those of students you supervise.',
    );
    return findUserById(ctx.db, id);
  },
  users: async (_parent, { first, after, ...filter }, ctx) => {
    // An admin's API key with `users:read` may list users too; nobody else may.
    requireScope(ctx, 'users:read', 'ADMIN');
    const size = pageSize(first, { fallback: 50, max: 200 });
    const page = await listUsers(ctx.db, filter, size, decodeCursor(after, 'text'));
    return { ...toConnection(page.rows, size, userPosition), totalCount: page.totalCount };
  },
  apiKeys: async (_parent, { includeInactive, first, after }, ctx) => {
    requireSession(ctx);
    const person = requireRole(ctx, 'ADMIN', 'SUPERVISOR');
    const size = pageSize(first);
    const rows = await ctx.auth.keys.list(
      person.role === 'ADMIN' ? undefined : person.userId,
      includeInactive ?? false,
      size,
      decodeCursor(after),
    );
    return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
  },
  exchangeApiKey: async (_parent, { secret }, ctx) => {
    requireService(ctx, 'gateway');
    return ctx.auth.keys.exchange(secret);
  },
  recentTokenRevocations: async (_parent, _args, ctx) => {
    // Every service verifies tokens, so every service reloads this list.
    requireService(ctx, ...SERVICE_NAMES);
    const revocations = await ctx.auth.revoker.recent();
    return revocations.map((r) => ({ userId: r.userId, revokedAt: new Date(r.revokedAt) }));
  },
  // Service-only lookups of people for other subgraphs.
  userIdByEmail: async (_parent, { email }, ctx) => {
    requireService(ctx, 'monitoring');
    const user = email.includes('@') ? await findUserByEmail(ctx.db, email) : null;
    return user && user.status === 'ACTIVE' ? user.id : null;
  },
};
