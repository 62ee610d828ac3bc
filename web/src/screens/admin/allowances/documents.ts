import { graphql } from '../../../generated';

export const AllowancesQuery = graphql(`
  query AdminAllowances($after: String) {
    creditAllowances(first: 25, after: $after) {
      edges {
        node {
          id
          user {
            id
            displayName
          }
          classId
          amount {
            credits
          }
          period
          rollover
          nextRunAt
          lastRunAt
          active
          createdBy {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    classes(includeArchived: true, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const AllowanceTargetsQuery = graphql(`
  query AdminAllowanceTargets {
    users(role: STUDENT, status: ACTIVE, first: 200) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
    classes(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateAllowanceMutation = graphql(`
  mutation AdminCreateAllowance($input: CreditAllowanceInput!) {
    createCreditAllowance(input: $input) {
      id
      active
    }
  }
`);

export const CancelAllowanceMutation = graphql(`
  mutation AdminCancelAllowance($id: ID!) {
    cancelCreditAllowance(id: $id) {
      id
      active
    }
  }
`);
