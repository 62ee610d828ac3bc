import { graphql } from '../../../generated';

export const UserBalancesQuery = graphql(`
  query AdminUserBalances($search: String, $role: Role, $first: Int) {
    users(search: $search, role: $role, status: ACTIVE, first: $first) {
      totalCount
      edges {
        node {
          id
          email
          displayName
          role
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
            nextExpiry {
              at
              amount {
                credits
              }
            }
          }
        }
      }
    }
  }
`);

export const AllocateCreditsMutation = graphql(`
  mutation AdminAllocateCredits(
    $userId: ID!
    $amount: Float!
    $expiresAt: DateTime
    $note: String
  ) {
    allocateCredits(userId: $userId, amount: $amount, expiresAt: $expiresAt, note: $note) {
      id
      amount {
        credits
      }
      user {
        id
        displayName
      }
    }
  }
`);

export const AllocateCreditsBulkMutation = graphql(`
  mutation AdminAllocateCreditsBulk(
    $userIds: [ID!]!
    $amount: Float!
    $expiresAt: DateTime
    $note: String
  ) {
    allocateCreditsBulk(userIds: $userIds, amount: $amount, expiresAt: $expiresAt, note: $note) {
      id
      user {
        id
      }
    }
  }
`);
