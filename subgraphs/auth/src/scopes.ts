import type { ApiKeyScope as GraphQLScope } from './generated/graphql';

/** `USERS_READ` → `users:read`: the enum value as the scope string tokens carry. */
export const scopeFromGraphQL = (value: GraphQLScope): string =>
  value.toLowerCase().replace('_', ':');

/** `users:read` → `USERS_READ`. */
export const scopeToGraphQL = (scope: string): GraphQLScope =>
  scope.toUpperCase().replace(':', '_') as GraphQLScope;
