import { creditAmount } from '@aula/runtime';
import type { LedgerEntryResolvers } from '../generated/graphql';

/** `LedgerEntry` over its row (`LedgerRow`): money as `CreditAmount`, people as references. */
export const LedgerEntry: LedgerEntryResolvers = {
  amount: (entry) => creditAmount(entry.amount),
  actor: (entry) => (entry.actorId ? { id: entry.actorId } : null),
};
