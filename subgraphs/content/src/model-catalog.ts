import {
  appError,
  badInput,
  ErrorCode,
  operations,
  type Logger,
  type ServiceClient,
} from '@aula/runtime';

/** The models a chatbot may use: those accounting can charge for. */
export interface ModelCatalog {
  /**
   * Resolves when accounting has a price in force for `modelId`; otherwise throws
   * `BAD_USER_INPUT` (unknown model) or `SERVICE_UNAVAILABLE` (accounting cannot be asked).
   */
  assertKnown(modelId: string): Promise<void>;
}

/** Checks models against accounting's price list (`isKnownModel`, service identity). */
export function createModelCatalog(options: {
  client: ServiceClient;
  logger: Logger;
}): ModelCatalog {
  return {
    async assertKnown(modelId) {
      let known: boolean;
      try {
        const data = await options.client.request(operations.accounting.IsKnownModel, { modelId });
        known = data.isKnownModel === true;
      } catch (error) {
        options.logger.warn({ err: error }, 'accounting could not check a model id');
        // A chatbot whose model cannot be priced would fail every chat, so refuse rather than guess.
        throw appError(
          ErrorCode.SERVICE_UNAVAILABLE,
          `The model "${modelId}" cannot be checked against the price list right now because the accounting service is not available. Try again shortly.`,
          { field: 'modelId' },
        );
      }
      if (!known) {
        throw badInput(
          `Unknown model "${modelId}": accounting has no price for it. Choose a model from the price list (the modelPrices query).`,
          { field: 'modelId' },
        );
      }
    },
  };
}
