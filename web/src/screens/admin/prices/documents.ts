import { graphql } from '../../../generated';

export const ModelPricesQuery = graphql(`
  query ModelPrices {
    modelPrices {
      modelId
      effectiveFrom
      inputPer1k {
        credits
      }
      outputPer1k {
        credits
      }
      setBy {
        id
        displayName
      }
    }
  }
`);

export const PriceHistoryQuery = graphql(`
  query ModelPriceHistory($modelId: ID!) {
    modelPriceHistory(modelId: $modelId, first: 100) {
      edges {
        node {
          modelId
          effectiveFrom
          inputPer1k {
            credits
          }
          outputPer1k {
            credits
          }
          setBy {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const SetModelPriceMutation = graphql(`
  mutation SetModelPrice($modelId: ID!, $inputPer1k: Float!, $outputPer1k: Float!) {
    setModelPrice(modelId: $modelId, inputPer1k: $inputPer1k, outputPer1k: $outputPer1k) {
      modelId
      effectiveFrom
      inputPer1k {
        credits
      }
      outputPer1k {
        credits
      }
    }
  }
`);
