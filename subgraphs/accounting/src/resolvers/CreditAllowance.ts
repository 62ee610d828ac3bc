import { creditAmount } from '@aula/runtime';
import type { CreditAllowanceResolvers } from '../generated/graphql';

/** `CreditAllowance` over its row (`AllowanceRow`): money as `CreditAmount`, people as references. */
export const CreditAllowance: CreditAllowanceResolvers = {
  user: (allowance) => (allowance.userId ? { id: allowance.userId } : null),
  amount: (allowance) => creditAmount(allowance.amount),
  createdBy: (allowance) => ({ id: allowance.createdBy }),
};
