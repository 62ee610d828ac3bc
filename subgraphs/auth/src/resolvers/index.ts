import { DateTimeScalar, forbidden, requirePerson } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { findUserById } from '../users';

/** The auth subgraph's resolvers. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    me: async (_parent, _args, ctx) => {
      const p = ctx.principal;
      if (!p || p.kind === 'service') return null;
      return findUserById(ctx.db, p.userId);
    },
    user: async (_parent, { id }, ctx) => {
      const person = requirePerson(ctx);
      if (person.role !== 'ADMIN' && person.userId !== id) throw forbidden('You may only read your own account.');
      return findUserById(ctx.db, id);
    },
  },
  User: {
    // Other subgraphs reference users by id; the graph has already authorised the field that led here.
    __resolveReference: async (ref, ctx) => findUserById(ctx.db, ref.id),
  },
};
