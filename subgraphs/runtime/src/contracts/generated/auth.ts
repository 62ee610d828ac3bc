/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a person may do in Aula. */
export type Role =
  /** Runs the school's Aula: users, classes, credits, pricing and chatbots. */
  | 'ADMIN'
  /** Chats with the chatbots published to them. */
  | 'STUDENT'
  /** A teacher: builds chatbots and watches over the students of their classes. */
  | 'SUPERVISOR';

export type ExchangeApiKeyQueryVariables = Exact<{
  secret: string;
}>;


export type ExchangeApiKeyQuery = { exchangeApiKey: { accessToken: string, expiresAt: string, keyId: string } };

export type UserRolesQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type UserRolesQuery = { _entities: Array<{ id: string, role: Role } | null> };

export type RecentTokenRevocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentTokenRevocationsQuery = { recentTokenRevocations: Array<{ userId: string, revokedAt: string }> };

export type UserContactsQueryVariables = Exact<{
  representations: Array<unknown> | unknown;
}>;


export type UserContactsQuery = { _entities: Array<{ id: string, email: string | null, displayName: string, role: Role } | null> };

export type UserIdByEmailQueryVariables = Exact<{
  email: string;
}>;


export type UserIdByEmailQuery = { userIdByEmail: string | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExchangeApiKeyDocument = new TypedDocumentString(`
    query ExchangeApiKey($secret: String!) {
  exchangeApiKey(secret: $secret) {
    accessToken
    expiresAt
    keyId
  }
}
    `) as unknown as TypedDocumentString<ExchangeApiKeyQuery, ExchangeApiKeyQueryVariables>;
export const UserRolesDocument = new TypedDocumentString(`
    query UserRoles($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<UserRolesQuery, UserRolesQueryVariables>;
export const RecentTokenRevocationsDocument = new TypedDocumentString(`
    query RecentTokenRevocations {
  recentTokenRevocations {
    userId
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RecentTokenRevocationsQuery, RecentTokenRevocationsQueryVariables>;
export const UserContactsDocument = new TypedDocumentString(`
    query UserContacts($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User {
      id
      email
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<UserContactsQuery, UserContactsQueryVariables>;
export const UserIdByEmailDocument = new TypedDocumentString(`
    query UserIdByEmail($email: String!) {
  userIdByEmail(email: $email)
}
    `) as unknown as TypedDocumentString<UserIdByEmailQuery, UserIdByEmailQueryVariables>;