import { requireCreditReader } from '../access';
import type { UserResolvers } from '../generated/graphql';

/** Accounting's field on `User`: their credit balance, for those who may read it. */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  credits: async (user, _args, ctx) => {
    await requireCreditReader(ctx, user.id);
    return ctx.balances.load(user.id);
  },
};
