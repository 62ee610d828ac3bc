/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n": typeof types.AccountMeDocument,
    "\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $offset: Int) {\n    users(search: $search, role: $role, status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        email\n        displayName\n        role\n        status\n        lastLoginAt\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.AdminImportUsersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.AdminSetRoleDocument,
    "\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminSuspendDocument,
    "\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminReactivateDocument,
    "\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AdminResetPasswordDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n": types.AccountMeDocument,
    "\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $offset: Int) {\n    users(search: $search, role: $role, status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        email\n        displayName\n        role\n        status\n        lastLoginAt\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n": types.AdminImportUsersDocument,
    "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.AdminSetRoleDocument,
    "\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.AdminSuspendDocument,
    "\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n": types.AdminReactivateDocument,
    "\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n": types.AdminResetPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n"): (typeof documents)["\n  query AccountMe {\n    me {\n      id\n      email\n      displayName\n      role\n      status\n      createdAt\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $offset: Int) {\n    users(search: $search, role: $role, status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        email\n        displayName\n        role\n        status\n        lastLoginAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($search: String, $role: Role, $status: UserStatus, $first: Int, $offset: Int) {\n    users(search: $search, role: $role, status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        email\n        displayName\n        role\n        status\n        lastLoginAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      status\n      lastLoginAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportUsers($csv: String!) {\n    importUsers(csv: $csv) {\n      createdCount\n      failedCount\n      rows {\n        line\n        email\n        generatedPassword\n        user {\n          id\n          displayName\n          role\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSuspend($userId: ID!) {\n    suspendUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivate($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetPassword($userId: ID!) {\n    resetUserPassword(userId: $userId) {\n      generatedPassword\n      user {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;