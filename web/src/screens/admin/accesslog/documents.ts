import { graphql } from '../../../generated';

export const AccessLogQuery = graphql(`
  query AdminAccessLog($filter: ConversationAccessFilter, $after: String) {
    conversationAccessLog(filter: $filter, first: 25, after: $after) {
      edges {
        node {
          id
          viewer {
            id
            displayName
          }
          student {
            id
            displayName
          }
          sessionId
          kind
          operation
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AccessLogPeopleQuery = graphql(`
  query AdminAccessLogPeople {
    staff: users(role: SUPERVISOR, first: 200) {
      edges {
        node {
          id
          displayName
        }
      }
    }
    admins: users(role: ADMIN, first: 200) {
      edges {
        node {
          id
          displayName
        }
      }
    }
    students: users(role: STUDENT, first: 200) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);
