import { graphql } from '../../generated';

/** A chatbot as its managers edit it (the working draft). */
export const ChatbotEditFields = graphql(`
  fragment ChatbotEditFields on Chatbot {
    id
    name
    description
    avatarEmoji
    persona
    systemPrompt
    modelId
    temperature
    maxOutputTokens
    enabledTools
    customToolIds
    starterPrompts
    status
    hasUnpublishedChanges
    updatedAt
    guardrails {
      blockedTopics
      blockedKeywords
    }
    audience {
      everyone
      classIds
    }
    currentVersion {
      id
      number
      publishedAt
    }
    owner {
      id
      displayName
    }
  }
`);

export const ManagedChatbotsQuery = graphql(`
  query ManagedChatbots($status: ChatbotStatus) {
    managedChatbots(status: $status, first: 100) {
      edges {
        node {
          ...ChatbotEditFields
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    chatbotTemplates {
      id
      name
      description
      avatarEmoji
    }
  }
`);

export const ChatbotEditQuery = graphql(`
  query ChatbotEdit($id: ID!) {
    chatbot(id: $id) {
      ...ChatbotEditFields
    }
    modelPrices {
      modelId
    }
  }
`);

export const ModelIdsQuery = graphql(`
  query ModelIds {
    modelPrices {
      modelId
    }
  }
`);

export const CreateChatbotMutation = graphql(`
  mutation CreateChatbot($input: ChatbotInput!) {
    createChatbot(input: $input) {
      ...ChatbotEditFields
    }
  }
`);

export const UpdateChatbotMutation = graphql(`
  mutation UpdateChatbot($id: ID!, $input: ChatbotInput!) {
    updateChatbot(id: $id, input: $input) {
      ...ChatbotEditFields
    }
  }
`);

export const PublishChatbotMutation = graphql(`
  mutation PublishChatbot($id: ID!, $audience: ChatbotAudienceInput) {
    publishChatbot(id: $id, audience: $audience) {
      ...ChatbotEditFields
    }
  }
`);

export const DeleteChatbotMutation = graphql(`
  mutation DeleteChatbot($id: ID!) {
    deleteChatbot(id: $id) {
      outcome
    }
  }
`);

export const CopyTemplateMutation = graphql(`
  mutation CopyChatbotTemplate($templateId: ID!) {
    copyChatbotTemplate(templateId: $templateId) {
      id
    }
  }
`);

/** The custom tools admins registered, which a chatbot's author may enable. */
export const CustomToolsQuery = graphql(`
  query CustomTools {
    customTools(first: 100) {
      edges {
        node {
          id
          name
          description
          cost {
            credits
          }
        }
      }
    }
  }
`);
