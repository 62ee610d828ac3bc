import { creditAmount } from '@aula/runtime';
import type { CreditExpiryResolvers } from '../generated/graphql';

/** The next credits to expire (`ExpiryModel`): the amount as `CreditAmount`. */
export const CreditExpiry: CreditExpiryResolvers = {
  amount: (expiry) => creditAmount(expiry.amount),
};
