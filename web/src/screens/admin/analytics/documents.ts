import { graphql } from '../../../generated';

export const AnalyticsQuery = graphql(`
  query AdminAnalytics($from: DateTime!, $to: DateTime!) {
    byDay: usage(filter: { from: $from, to: $to, groupBy: [DAY] }) {
      rows {
        day
        streams
        inputTokens
        outputTokens
        charged {
          credits
          microCredits
        }
      }
      totals {
        streams
        inputTokens
        outputTokens
        charged {
          credits
          microCredits
        }
      }
    }
    byModel: usage(filter: { from: $from, to: $to, groupBy: [MODEL] }) {
      rows {
        modelId
        streams
        inputTokens
        outputTokens
        charged {
          credits
          microCredits
        }
      }
    }
    byStudent: usage(filter: { from: $from, to: $to, groupBy: [USER] }) {
      rows {
        user {
          id
          displayName
          email
        }
        streams
        inputTokens
        outputTokens
        charged {
          credits
          microCredits
        }
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
    classes(includeArchived: true, first: 100) {
      edges {
        node {
          id
          name
          archived
        }
      }
    }
  }
`);

export const ClassUsageQuery = graphql(`
  query AdminClassUsage($classId: ID!, $from: DateTime!, $to: DateTime!) {
    usage(filter: { classId: $classId, from: $from, to: $to }) {
      totals {
        streams
        inputTokens
        outputTokens
        charged {
          credits
          microCredits
        }
      }
    }
  }
`);
