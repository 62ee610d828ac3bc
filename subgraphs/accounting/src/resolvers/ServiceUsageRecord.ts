import { creditAmount } from '@aula/runtime';
import type { ServiceUsageRecordResolvers } from '../generated/graphql';

/** `ServiceUsageRecord` over its model: the cost as `CreditAmount`. */
export const ServiceUsageRecord: ServiceUsageRecordResolvers = {
  cost: (record) => creditAmount(record.cost),
};
