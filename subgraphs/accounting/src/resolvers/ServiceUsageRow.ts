import { creditAmount } from '@aula/runtime';
import type { ServiceUsageRowResolvers } from '../generated/graphql';

/** `ServiceUsageRow` over its model: the cost as `CreditAmount`. */
export const ServiceUsageRow: ServiceUsageRowResolvers = {
  cost: (row) => creditAmount(row.cost),
};
