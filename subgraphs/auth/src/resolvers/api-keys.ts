import {
  decodeCursor,
  pageSize,
  requireRole,
  requireService,
  SERVICE_NAMES,
  requireSession,
  toConnection,
} from '@aula/runtime';
import type { ApiKeyResolvers, MutationResolvers, QueryResolvers } from '../generated/graphql';
import { getUser } from '../users';
import { scopeFromGraphQL, scopeToGraphQL } from './scopes';

/** Listing keys, and the gateway's exchange. */
export const apiKeyQueries: Pick<
  QueryResolvers,
  'apiKeys' | 'exchangeApiKey' | 'recentTokenRevocations'
> = {
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
};

/** Creating and revoking keys: only people signed in as themselves, never another key. */
export const apiKeyMutations: Pick<MutationResolvers, 'createApiKey' | 'revokeApiKey'> = {
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

/** The `ApiKey` type over its row. */
export const apiKeyResolvers: ApiKeyResolvers = {
  scopes: (key) => key.scopes.map(scopeToGraphQL),
  owner: (key, _args, ctx) => getUser(ctx.db, key.ownerId),
};
