import { graphql } from '../../../generated';

/** Everything the per-student page shows, in one request. */
export const StudentOverviewQuery = graphql(`
  query StudentOverview($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
      role
      status
      openFlagCount
      lastChatAt
      chatSessionsToday
      credits {
        available {
          credits
        }
        reserved {
          credits
        }
        spent {
          credits
        }
        granted {
          credits
        }
      }
      supervisorNotes(first: 20) {
        edges {
          node {
            messageId
            sessionId
            content
            createdAt
            supervisor {
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
    flags(filter: { studentId: $id }, first: 20) {
      edges {
        node {
          ...FlagFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** One page of a student's conversations (listing them records nothing; opening one does). */
export const StudentSessionsQuery = graphql(`
  query StudentSessions($id: ID!, $first: Int, $after: String) {
    user(id: $id) {
      id
      chatSessions(first: $first, after: $after) {
        edges {
          node {
            id
            title
            createdAt
            updatedAt
            isStreaming
            deletedByOwnerAt
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
