/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChatbotForChatQueryVariables = Exact<{
  chatbotId: string | number;
  userId: string | number;
}>;


export type ChatbotForChatQuery = { chatbotForChat: { chatbotId: string, versionId: string, modelId: string, systemPrompt: string, temperature: number, maxOutputTokens: number, tools: Array<string>, customToolIds: Array<string>, guardrailKeywords: Array<string>, blockedTopics: Array<string>, refusalMessage: string | null } };

export type ChatbotGuardrailKeywordsQueryVariables = Exact<{
  chatbotId: string | number;
  userId: string | number;
}>;


export type ChatbotGuardrailKeywordsQuery = { chatbotForChat: { guardrailKeywords: Array<string> } };

export type SearchMaterialsQueryVariables = Exact<{
  chatbotId: string | number;
  query: string;
  first?: number | null | undefined;
  onBehalfOf?: string | number | null | undefined;
}>;


export type SearchMaterialsQuery = { searchMaterials: Array<{ title: string, source: string, content: string }> };

export type ChatbotForLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatbotForLinkQuery = { chatbot: { id: string } | null };

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

export const ChatbotForChatDocument = new TypedDocumentString(`
    query ChatbotForChat($chatbotId: ID!, $userId: ID!) {
  chatbotForChat(chatbotId: $chatbotId, userId: $userId) {
    chatbotId
    versionId
    modelId
    systemPrompt
    temperature
    maxOutputTokens
    tools
    customToolIds
    guardrailKeywords
    blockedTopics
    refusalMessage
  }
}
    `) as unknown as TypedDocumentString<ChatbotForChatQuery, ChatbotForChatQueryVariables>;
export const ChatbotGuardrailKeywordsDocument = new TypedDocumentString(`
    query ChatbotGuardrailKeywords($chatbotId: ID!, $userId: ID!) {
  chatbotForChat(chatbotId: $chatbotId, userId: $userId) {
    guardrailKeywords
  }
}
    `) as unknown as TypedDocumentString<ChatbotGuardrailKeywordsQuery, ChatbotGuardrailKeywordsQueryVariables>;
export const SearchMaterialsDocument = new TypedDocumentString(`
    query SearchMaterials($chatbotId: ID!, $query: String!, $first: Int, $onBehalfOf: ID) {
  searchMaterials(
    chatbotId: $chatbotId
    query: $query
    first: $first
    onBehalfOf: $onBehalfOf
  ) {
    title
    source
    content
  }
}
    `) as unknown as TypedDocumentString<SearchMaterialsQuery, SearchMaterialsQueryVariables>;
export const ChatbotForLinkDocument = new TypedDocumentString(`
    query ChatbotForLink($id: ID!) {
  chatbot(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChatbotForLinkQuery, ChatbotForLinkQueryVariables>;