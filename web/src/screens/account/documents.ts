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
          operation
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

export const JoinClassMutation = graphql(`
  mutation JoinClass($code: String!) {
    joinClass(code: $code) {
      id
      name
    }
  }
`);

export const MyInvitationsQuery = graphql(`
  query MyClassInvitations {
    myClassInvitations(first: 50) {
      edges {
        node {
          id
          role
          class {
            id
            name
          }
          invitedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const RespondToInvitationMutation = graphql(`
  mutation RespondToClassInvitation($invitationId: ID!, $accept: Boolean!) {
    respondToClassInvitation(invitationId: $invitationId, accept: $accept) {
      id
      status
    }
  }
`);

export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($locale: String) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);
