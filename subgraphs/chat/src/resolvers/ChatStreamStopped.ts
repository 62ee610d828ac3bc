import type { ChatStreamStoppedResolvers } from '../generated/graphql';
import { settlementAmounts } from '../stream/fields';

/** Its settlement's amounts as `CreditAmount`. */
export const ChatStreamStopped: ChatStreamStoppedResolvers = settlementAmounts;
