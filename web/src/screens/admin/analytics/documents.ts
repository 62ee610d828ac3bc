import { graphql } from '../../../generated';

/** The amounts every usage row and total has (fragment masking is off: they read as fields). */
export const UsageAmounts = graphql(`
  fragment UsageAmounts on UsageRow {
    streams
    inputTokens
    outputTokens
    charged {
      credits
      microCredits
    }
  }
`);

/** The period's totals and streaming outcomes; the grouped rows come page by page. */
export const AnalyticsQuery = graphql(`
  query AdminAnalytics($from: DateTime!, $to: DateTime!) {
    usage(filter: { from: $from, to: $to }) {
      totals {
        ...UsageAmounts
      }
    }
    streaming: streamingAnalytics(from: $from, to: $to) {
      day
      streams
      active
      finalized
      aborted
      expired
      abortedShare
      averageReserved {
        credits
      }
      averageCharged {
        credits
      }
    }
  }
`);

/** One page of usage rows grouped as the filter says (a person, a class, a model or a day each). */
export const UsageRowsQuery = graphql(`
  query AdminUsageRows($filter: UsageFilter!, $first: Int!, $after: String) {
    usage(filter: $filter) {
      rows(first: $first, after: $after) {
        edges {
          node {
            day
            modelId
            user {
              id
              displayName
              email
            }
            class {
              id
              name
            }
            ...UsageAmounts
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
