import { creditAmount } from '@aula/runtime';
import type { ModelPriceResolvers } from '../generated/graphql';

/** `ModelPrice` over its row (`PriceRow`): money as `CreditAmount`, people as references. */
export const ModelPrice: ModelPriceResolvers = {
  inputPer1k: (price) => creditAmount(price.inputPer1k),
  outputPer1k: (price) => creditAmount(price.outputPer1k),
  setBy: (price) => (price.setBy ? { id: price.setBy } : null),
};
