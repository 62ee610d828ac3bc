import { graphql } from '../../../generated';

export const PersonCreditsQuery = graphql(`
  query AdminPersonCredits($userId: ID!) {
    user(id: $userId) {
      id
      displayName
      email
      role
      status
      credits {
        available {
          credits
        }
        reserved {
          credits
        }
        granted {
          credits
        }
        spent {
          credits
        }
        expired {
          credits
        }
      }
    }
  }
`);

export const PersonGrantsQuery = graphql(`
  query AdminPersonGrants($userId: ID!, $after: String) {
    creditGrants(userId: $userId, first: 20, after: $after) {
      edges {
        node {
          id
          amount {
            credits
          }
          remaining {
            credits
          }
          expiresAt
          source
          grantedBy {
            id
            displayName
          }
          note
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PersonLedgerQuery = graphql(`
  query AdminPersonLedger($userId: ID!, $after: String) {
    creditLedger(userId: $userId, first: 25, after: $after) {
      edges {
        node {
          id
          kind
          amount {
            credits
          }
          reservationId
          actor {
            id
            displayName
          }
          note
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

export const PersonReservationsQuery = graphql(`
  query AdminPersonReservations($userId: ID!, $after: String) {
    creditReservations(filter: { userId: $userId }, first: 20, after: $after) {
      edges {
        node {
          id
          status
          modelId
          inputTokens
          outputTokens
          charged {
            credits
          }
          createdAt
          settledAt
          refund {
            id
            createdAt
            note
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RefundMutation = graphql(`
  mutation AdminRefund($id: ID!, $note: String) {
    refundReservation(id: $id, note: $note) {
      id
      amount {
        credits
      }
    }
  }
`);
