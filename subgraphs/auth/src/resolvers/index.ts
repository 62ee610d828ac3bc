import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { ltiMutation, ltiQuery } from '../lti';
import { ApiKey } from './ApiKey';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { User } from './User';
import { IdentityProvider, ssoMutation, ssoQuery } from '../oidc/resolvers';

/** The auth subgraph's resolvers: one module per GraphQL type, named after it. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: { ...Query, ...ssoQuery, ...ltiQuery },
  Mutation: { ...Mutation, ...ssoMutation, ...ltiMutation },
  User,
  ApiKey,
  IdentityProvider,
};
