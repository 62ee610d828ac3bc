/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChatSessionOwnerQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type ChatSessionOwnerQuery = { chatSessionOwner: string | null };

export type ChatMessagePlaceQueryVariables = Exact<{
  messageId: string | number;
}>;


export type ChatMessagePlaceQuery = { chatMessagePlace: { sessionId: string, ownerId: string, createdAt: string } | null };

export type AppendSupervisorNoteMutationVariables = Exact<{
  sessionId: string | number;
  supervisorId: string | number;
  content: string;
}>;


export type AppendSupervisorNoteMutation = { appendSupervisorNote: { id: string, createdAt: string } };

export type StopAnswerMutationVariables = Exact<{
  messageId: string | number;
  reason: string;
}>;


export type StopAnswerMutation = { stopAnswer: boolean };

export type SettlementPendingQueryVariables = Exact<{
  reservationIds: Array<string | number> | string | number;
}>;


export type SettlementPendingQuery = { settlementPending: Array<string> };

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

export const ChatSessionOwnerDocument = new TypedDocumentString(`
    query ChatSessionOwner($sessionId: ID!) {
  chatSessionOwner(sessionId: $sessionId)
}
    `) as unknown as TypedDocumentString<ChatSessionOwnerQuery, ChatSessionOwnerQueryVariables>;
export const ChatMessagePlaceDocument = new TypedDocumentString(`
    query ChatMessagePlace($messageId: ID!) {
  chatMessagePlace(messageId: $messageId) {
    sessionId
    ownerId
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ChatMessagePlaceQuery, ChatMessagePlaceQueryVariables>;
export const AppendSupervisorNoteDocument = new TypedDocumentString(`
    mutation AppendSupervisorNote($sessionId: ID!, $supervisorId: ID!, $content: String!) {
  appendSupervisorNote(
    sessionId: $sessionId
    supervisorId: $supervisorId
    content: $content
  ) {
    id
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AppendSupervisorNoteMutation, AppendSupervisorNoteMutationVariables>;
export const StopAnswerDocument = new TypedDocumentString(`
    mutation StopAnswer($messageId: ID!, $reason: String!) {
  stopAnswer(messageId: $messageId, reason: $reason)
}
    `) as unknown as TypedDocumentString<StopAnswerMutation, StopAnswerMutationVariables>;
export const SettlementPendingDocument = new TypedDocumentString(`
    query SettlementPending($reservationIds: [ID!]!) {
  settlementPending(reservationIds: $reservationIds)
}
    `) as unknown as TypedDocumentString<SettlementPendingQuery, SettlementPendingQueryVariables>;