import { graphql } from '../../../generated';

export const BudgetsQuery = graphql(`
  query AdminBudgets($after: String) {
    supervisorBudgets(first: 50, after: $after) {
      edges {
        node {
          supervisor {
            id
            displayName
            email
          }
          granted {
            credits
          }
          remaining {
            credits
          }
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    users(role: SUPERVISOR, status: ACTIVE, first: 200) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const AdjustBudgetMutation = graphql(`
  mutation AdminAdjustBudget($supervisorId: ID!, $amount: Float!) {
    adjustSupervisorBudget(supervisorId: $supervisorId, amount: $amount) {
      supervisor {
        id
      }
      remaining {
        credits
      }
    }
  }
`);
