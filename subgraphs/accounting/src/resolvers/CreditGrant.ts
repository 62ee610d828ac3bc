import { creditAmount } from '@aula/runtime';
import type { CreditGrantResolvers } from '../generated/graphql';

/** `CreditGrant` over its row (`GrantRow`): money as `CreditAmount`, people as references. */
export const CreditGrant: CreditGrantResolvers = {
  user: (grant) => ({ id: grant.userId }),
  amount: (grant) => creditAmount(grant.amount),
  remaining: (grant) => creditAmount(grant.remaining),
  grantedBy: (grant) => (grant.grantedBy ? { id: grant.grantedBy } : null),
};
