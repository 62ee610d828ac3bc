import { creditAmount } from '@aula/runtime';
import type { CustomToolCallResolvers } from '../generated/graphql';

/** One audited call (`CustomToolCallRow`): the student as a `User`, money as `CreditAmount`. */
export const CustomToolCall: CustomToolCallResolvers = {
  user: (call) => ({ id: call.userId }),
  cost: (call) => creditAmount(BigInt(call.costMicro)),
};
