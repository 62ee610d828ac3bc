import { creditAmount } from '@aula/runtime';
import type { UsageRowResolvers } from '../generated/graphql';

/** `UsageRow` over its row (`UsageRowModel`): money as `CreditAmount`, people and classes as references. */
export const UsageRow: UsageRowResolvers = {
  user: (row) => (row.userId ? { id: row.userId } : null),
  class: (row) => (row.classId ? { id: row.classId } : null),
  charged: (row) => creditAmount(row.charged),
  shortfall: (row) => creditAmount(row.shortfall),
};
