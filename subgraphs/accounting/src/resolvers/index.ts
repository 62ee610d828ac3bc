import { DateTimeScalar } from '@aula/runtime';
import { requireCreditReader } from '../access';
import { balanceOf } from '../balance';
import type { Resolvers } from '../generated/graphql';
import { presentBalance, presentGrant } from '../present';
import { refundGrantOf } from '../reservation-list';
import { mutationResolvers } from './mutations';
import { queryResolvers } from './queries';

/** The accounting subgraph's resolvers. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  CreditReservation: {
    // Whoever could read the reservation may see whether and how it was refunded.
    refund: async (reservation, _args, ctx) => {
      const grant = await refundGrantOf(ctx.db, reservation.id);
      return grant ? presentGrant(grant) : null;
    },
  },
  User: {
    __resolveReference: (ref) => ({ id: ref.id }),
    credits: async (user, _args, ctx) => {
      await requireCreditReader(ctx, user.id);
      return presentBalance(await balanceOf(ctx.db, user.id));
    },
  },
};
