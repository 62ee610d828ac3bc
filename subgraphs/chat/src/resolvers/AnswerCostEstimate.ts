import { creditAmount } from '@aula/runtime';
import type { AnswerCostEstimateResolvers } from '../generated/graphql';

/** An estimate (`AnswerCostEstimate` of chat-service.ts): money as `CreditAmount`, the payer as a `User`. */
export const AnswerCostEstimate: AnswerCostEstimateResolvers = {
  student: (estimate) => ({ id: estimate.userId }),
  reserved: (estimate) => creditAmount(estimate.reservedMicro),
  available: (estimate) => creditAmount(estimate.availableMicro),
  affordable: (estimate) => estimate.availableMicro >= estimate.reservedMicro,
};
