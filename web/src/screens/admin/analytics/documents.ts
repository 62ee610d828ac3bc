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

export const AnalyticsQuery = graphql(`
  query AdminAnalytics($from: DateTime!, $to: DateTime!) {
    byDay: usage(filter: { from: $from, to: $to, groupBy: [DAY] }) {
      rows {
        day
        ...UsageAmounts
      }
      totals {
        ...UsageAmounts
      }
    }
    byModel: usage(filter: { from: $from, to: $to, groupBy: [MODEL] }) {
      rows {
        modelId
        ...UsageAmounts
      }
    }
    byStudent: usage(filter: { from: $from, to: $to, groupBy: [USER] }) {
      rows {
        user {
          id
          displayName
          email
        }
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
        ...UsageAmounts
      }
    }
  }
`);
