import type { ApiKeyResolvers } from '../generated/graphql';
import { scopeToGraphQL } from '../scopes';
import { getUser } from '../users';

/** The `ApiKey` type over its row. */
export const ApiKey: ApiKeyResolvers = {
  scopes: (key) => key.scopes.map(scopeToGraphQL),
  owner: (key, _args, ctx) => getUser(ctx.db, key.ownerId),
};
