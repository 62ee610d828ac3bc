import type { ChatStreamFailedResolvers } from '../generated/graphql';
import { settlementAmounts } from '../stream/fields';

/** Its settlement's amounts as `CreditAmount`. */
export const ChatStreamFailed: ChatStreamFailedResolvers = settlementAmounts;
