import { DateTimeScalar } from '@aula/runtime';
import { requireCreditReader } from '../access';
import { balanceOf } from '../balance';
import type { Resolvers } from '../generated/graphql';
import { presentBalance } from '../present';
import { mutationResolvers } from './mutations';
import { queryResolvers } from './queries';

/** The accounting subgraph's resolvers. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  User: {
    __resolveReference: (ref) => ({ id: ref.id }),
    credits: async (user, _args, ctx) => {
      await requireCreditReader(ctx, user.id);
      return presentBalance(await balanceOf(ctx.db, user.id));
    },
  },
};
