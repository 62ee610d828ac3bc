import { graphql } from '../../../generated';

export const CaughtEmailsQuery = graphql(`
  query AdminCaughtEmails($after: String) {
    caughtEmails(first: 25, after: $after) {
      edges {
        node {
          id
          to
          subject
          text
          receivedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
