/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What chat reports when a supervisor or admin opens or watches a student's conversation. */
export type ConversationAccessInput = {
  /** How they looked at it. */
  kind: ConversationAccessKind;
  /** The operation that reached the content, such as `query classRoster`. */
  operation?: string | null | undefined;
  /** The session looked at. */
  sessionId: string | number;
  /** Whose conversation it is. */
  studentId: string | number;
  /** Who looked. */
  viewerId: string | number;
};

/** How a supervisor or admin looked at a student's conversation. */
export type ConversationAccessKind =
  /** Opened the conversation or read its messages, by any path of the graph. */
  | 'OPENED'
  /** Watched an answer live on the conversation's stream. */
  | 'WATCHED'
  /** Wrote in the conversation on the student's behalf, through an API key with CHAT_WRITE. */
  | 'WROTE';

/** Service only: a course's roster as an LMS reports it. */
export type LmsRosterInput = {
  /** The class linked to the course; null creates one. */
  classId?: string | number | null | undefined;
  /** The course's title, the new class's name. */
  className: string;
  /** Whether these lists are the whole roster (anyone not listed leaves the class). */
  complete: boolean;
  /** Aula accounts of the course's learners. */
  studentIds: Array<string | number>;
  /** Aula accounts of the course's instructors. */
  supervisorIds: Array<string | number>;
};

export type IsSupervisorOfQueryVariables = Exact<{
  supervisorId: string | number;
  studentId: string | number;
}>;


export type IsSupervisorOfQuery = { isSupervisorOf: boolean };

export type SupervisionSinceQueryVariables = Exact<{
  supervisorId: string | number;
  studentId: string | number;
}>;


export type SupervisionSinceQuery = { supervisionSince: string | null };

export type ConversationHoldQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type ConversationHoldQuery = { conversationHold: { held: boolean, until: string | null } };

export type ClassIdsOfStudentQueryVariables = Exact<{
  studentId: string | number;
}>;


export type ClassIdsOfStudentQuery = { classIdsOfStudent: Array<string> };

export type ClassIdsOfSupervisorQueryVariables = Exact<{
  supervisorId: string | number;
}>;


export type ClassIdsOfSupervisorQuery = { classIdsOfSupervisor: Array<string> };

export type StudentIdsOfClassQueryVariables = Exact<{
  classId: string | number;
}>;


export type StudentIdsOfClassQuery = { studentIdsOfClass: Array<string> };

export type ClassRosterStudentIdsQueryVariables = Exact<{
  classId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type ClassRosterStudentIdsQuery = { classRoster: { edges: Array<{ node: { visibleFrom: string, visibleUntil: string | null, student: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SupervisedClassIdsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SupervisedClassIdsQuery = { myClasses: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AllClassIdsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AllClassIdsQuery = { classes: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordConversationAccessMutationVariables = Exact<{
  input: ConversationAccessInput;
}>;


export type RecordConversationAccessMutation = { recordConversationAccess: boolean };

export type ApplyLmsRosterMutationVariables = Exact<{
  input: LmsRosterInput;
}>;


export type ApplyLmsRosterMutation = { applyLmsRoster: string };

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

export const IsSupervisorOfDocument = new TypedDocumentString(`
    query IsSupervisorOf($supervisorId: ID!, $studentId: ID!) {
  isSupervisorOf(supervisorId: $supervisorId, studentId: $studentId)
}
    `) as unknown as TypedDocumentString<IsSupervisorOfQuery, IsSupervisorOfQueryVariables>;
export const SupervisionSinceDocument = new TypedDocumentString(`
    query SupervisionSince($supervisorId: ID!, $studentId: ID!) {
  supervisionSince(supervisorId: $supervisorId, studentId: $studentId)
}
    `) as unknown as TypedDocumentString<SupervisionSinceQuery, SupervisionSinceQueryVariables>;
export const ConversationHoldDocument = new TypedDocumentString(`
    query ConversationHold($sessionId: ID!) {
  conversationHold(sessionId: $sessionId) {
    held
    until
  }
}
    `) as unknown as TypedDocumentString<ConversationHoldQuery, ConversationHoldQueryVariables>;
export const ClassIdsOfStudentDocument = new TypedDocumentString(`
    query ClassIdsOfStudent($studentId: ID!) {
  classIdsOfStudent(studentId: $studentId)
}
    `) as unknown as TypedDocumentString<ClassIdsOfStudentQuery, ClassIdsOfStudentQueryVariables>;
export const ClassIdsOfSupervisorDocument = new TypedDocumentString(`
    query ClassIdsOfSupervisor($supervisorId: ID!) {
  classIdsOfSupervisor(supervisorId: $supervisorId)
}
    `) as unknown as TypedDocumentString<ClassIdsOfSupervisorQuery, ClassIdsOfSupervisorQueryVariables>;
export const StudentIdsOfClassDocument = new TypedDocumentString(`
    query StudentIdsOfClass($classId: ID!) {
  studentIdsOfClass(classId: $classId)
}
    `) as unknown as TypedDocumentString<StudentIdsOfClassQuery, StudentIdsOfClassQueryVariables>;
export const ClassRosterStudentIdsDocument = new TypedDocumentString(`
    query ClassRosterStudentIds($classId: ID!, $first: Int!, $after: String) {
  classRoster(classId: $classId, first: $first, after: $after) {
    edges {
      node {
        student {
          id
        }
        visibleFrom
        visibleUntil
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ClassRosterStudentIdsQuery, ClassRosterStudentIdsQueryVariables>;
export const SupervisedClassIdsDocument = new TypedDocumentString(`
    query SupervisedClassIds($first: Int!, $after: String) {
  myClasses(includeArchived: true, first: $first, after: $after) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisedClassIdsQuery, SupervisedClassIdsQueryVariables>;
export const AllClassIdsDocument = new TypedDocumentString(`
    query AllClassIds($first: Int!, $after: String) {
  classes(includeArchived: true, first: $first, after: $after) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AllClassIdsQuery, AllClassIdsQueryVariables>;
export const RecordConversationAccessDocument = new TypedDocumentString(`
    mutation RecordConversationAccess($input: ConversationAccessInput!) {
  recordConversationAccess(input: $input)
}
    `) as unknown as TypedDocumentString<RecordConversationAccessMutation, RecordConversationAccessMutationVariables>;
export const ApplyLmsRosterDocument = new TypedDocumentString(`
    mutation ApplyLmsRoster($input: LmsRosterInput!) {
  applyLmsRoster(input: $input)
}
    `) as unknown as TypedDocumentString<ApplyLmsRosterMutation, ApplyLmsRosterMutationVariables>;