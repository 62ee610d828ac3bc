import { creditAmount } from '@aula/runtime';
import type { CreditBalanceResolvers } from '../generated/graphql';

/** `CreditBalance` over its row (`Balance`): money as `CreditAmount`, people as references. */
export const CreditBalance: CreditBalanceResolvers = {
  available: (balance) => creditAmount(balance.available),
  reserved: (balance) => creditAmount(balance.reserved),
  granted: (balance) => creditAmount(balance.granted),
  spent: (balance) => creditAmount(balance.spent),
  expired: (balance) => creditAmount(balance.expired),
};
