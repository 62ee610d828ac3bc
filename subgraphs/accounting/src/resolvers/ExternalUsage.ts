import { creditAmount } from '@aula/runtime';
import type { ExternalUsageResolvers } from '../generated/graphql';
import { refundGrantOf } from '../reservation-list';

/** `ExternalUsage` over its row (`ExternalUsageRow`): money as `CreditAmount`, people as references. */
export const ExternalUsage: ExternalUsageResolvers = {
  user: (usage) => ({ id: usage.userId }),
  amount: (usage) => creditAmount(usage.amount),
  recordedBy: (usage) => ({ id: usage.recordedBy }),
  availableAfter: (usage) => creditAmount(usage.availableAfter),
  reversal: (usage, _args, ctx) => refundGrantOf(ctx.db, usage.id),
};
