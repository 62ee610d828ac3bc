import type { ChatStreamCompletedResolvers } from '../generated/graphql';
import { settlementAmounts } from '../stream/fields';

/** Its settlement's amounts as `CreditAmount`. */
export const ChatStreamCompleted: ChatStreamCompletedResolvers = settlementAmounts;
