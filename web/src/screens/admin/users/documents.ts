import { graphql } from '../../../generated';

/** One page of users for the admin table. */
export const UsersQuery = graphql(`
  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {
    users(search: $search, role: $role, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          displayName
          role
          status
          lastLoginAt
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
      role
      status
      lastLoginAt
    }
  }
`);

export const ImportUsersMutation = graphql(`
  mutation AdminImportUsers($csv: String!) {
    importUsers(csv: $csv) {
      createdCount
      failedCount
      rows {
        line
        email
        generatedPassword
        user {
          id
          displayName
          role
        }
        error {
          code
          message
        }
      }
    }
  }
`);

export const SetRoleMutation = graphql(`
  mutation AdminSetRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

export const SuspendMutation = graphql(`
  mutation AdminSuspend($userId: ID!) {
    suspendUser(userId: $userId) {
      id
      status
    }
  }
`);

export const ReactivateMutation = graphql(`
  mutation AdminReactivate($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      status
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation AdminResetPassword($userId: ID!) {
    resetUserPassword(userId: $userId) {
      generatedPassword
      user {
        id
      }
    }
  }
`);

export const ExportUserChatsQuery = graphql(`
  query AdminExportUserChats($userId: ID!) {
    exportUserChats(userId: $userId, format: JSON) {
      fileName
      content
      sessionCount
    }
  }
`);
