import { graphql } from '../../generated';

export const AccountMeQuery = graphql(`
  query AccountMe {
    me {
      id
      email
      displayName
      role
      status
      createdAt
      lastLoginAt
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const WhoViewedQuery = graphql(`
  query WhoViewedMyConversations($first: Int) {
    whoViewedMyConversations(first: $first) {
      edges {
        node {
          id
          kind
          at
          sessionId
          viewer {
            id
            displayName
          }
        }
      }
    }
  }
`);
