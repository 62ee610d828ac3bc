import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { accountMutations, accountQueries, userResolvers } from './accounts';
import { apiKeyMutations, apiKeyQueries, apiKeyResolvers } from './api-keys';
import { directoryQueries } from './directory';
import { sessionMutations } from './sessions';

/** The auth subgraph's resolvers. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: { ...accountQueries, ...apiKeyQueries, ...directoryQueries },
  Mutation: { ...sessionMutations, ...accountMutations, ...apiKeyMutations },
  User: userResolvers,
  ApiKey: apiKeyResolvers,
};
