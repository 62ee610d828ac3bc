import { graphql } from '../../generated';

/** Everything a conversation view shows of one message; shared by queries and stream events. */
export const MessageFields = graphql(`
  fragment MessageFields on ChatMessage {
    id
    sessionId
    role
    content
    status
    statusReason
    createdAt
    completedAt
    creditsCharged {
      credits
    }
    toolCalls {
      toolUseId
      name
      input
      output
      isError
    }
    author {
      id
      displayName
    }
  }
`);

export const AvailableChatbotsQuery = graphql(`
  query AvailableChatbots {
    availableChatbots(first: 100) {
      edges {
        node {
          id
          name
          description
          avatarEmoji
          starterPrompts
        }
      }
    }
  }
`);

export const MySessionsQuery = graphql(`
  query MyChatSessions($first: Int, $after: String) {
    myChatSessions(first: $first, after: $after) {
      edges {
        node {
          id
          title
          chatbotId
          updatedAt
          isStreaming
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ChatSessionQuery = graphql(`
  query ChatSession($id: ID!) {
    chatSession(id: $id) {
      id
      title
      chatbotId
      isStreaming
      owner {
        id
        displayName
      }
      messages(last: 50) {
        edges {
          node {
            ...MessageFields
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
        }
      }
    }
  }
`);

export const EarlierMessagesQuery = graphql(`
  query EarlierMessages($id: ID!, $before: String!) {
    chatSession(id: $id) {
      id
      messages(last: 50, before: $before) {
        edges {
          node {
            ...MessageFields
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
        }
      }
    }
  }
`);

export const StartChatMutation = graphql(`
  mutation StartChat($chatbotId: ID, $message: String) {
    startChat(chatbotId: $chatbotId, message: $message) {
      id
      title
      chatbotId
      updatedAt
      isStreaming
    }
  }
`);

export const SendMessageMutation = graphql(`
  mutation SendMessage($sessionId: ID!, $content: String!) {
    sendMessage(sessionId: $sessionId, content: $content) {
      ...MessageFields
    }
  }
`);

export const StopGenerationMutation = graphql(`
  mutation StopGeneration($messageId: ID!) {
    stopGeneration(messageId: $messageId) {
      ...MessageFields
    }
  }
`);

export const ChatStreamSubscription = graphql(`
  subscription ChatStream($sessionId: ID!) {
    chatStream(sessionId: $sessionId) {
      __typename
      sessionId
      messageId
      sequence
      ... on ChatStreamStarted {
        message {
          ...MessageFields
        }
      }
      ... on ChatStreamSnapshot {
        text
        toolCalls {
          toolUseId
          name
          input
          output
          isError
        }
      }
      ... on ChatStreamTextDelta {
        text
      }
      ... on ChatStreamToolCall {
        toolCall {
          toolUseId
          name
          input
          output
          isError
        }
      }
      ... on ChatStreamToolResult {
        toolCall {
          toolUseId
          name
          input
          output
          isError
        }
      }
      ... on ChatStreamSupervisorNote {
        message {
          ...MessageFields
        }
      }
      ... on ChatStreamCompleted {
        message {
          ...MessageFields
        }
        newBalance {
          credits
        }
      }
      ... on ChatStreamStopped {
        message {
          ...MessageFields
        }
        reason
        newBalance {
          credits
        }
      }
      ... on ChatStreamFailed {
        message {
          ...MessageFields
        }
        reason
        newBalance {
          credits
        }
      }
    }
  }
`);

export const ChatbotQuery = graphql(`
  query ChatbotSummary($id: ID!) {
    chatbot(id: $id) {
      id
      name
      description
      avatarEmoji
      starterPrompts
    }
  }
`);

export const RenameSessionMutation = graphql(`
  mutation RenameChatSession($id: ID!, $title: String!) {
    renameChatSession(id: $id, title: $title) {
      id
      title
      updatedAt
    }
  }
`);

export const DeleteSessionMutation = graphql(`
  mutation DeleteChatSession($id: ID!) {
    deleteChatSession(id: $id)
  }
`);

export const SearchMyChatsQuery = graphql(`
  query SearchMyChats($query: String!, $first: Int, $after: String) {
    searchMyChats(query: $query, first: $first, after: $after) {
      edges {
        node {
          snippet
          session {
            id
            title
          }
          message {
            id
            role
            createdAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ExportMyChatSessionQuery = graphql(`
  query ExportMyChatSession($sessionId: ID!) {
    exportMyChatSession(sessionId: $sessionId, format: JSON) {
      fileName
      content
      messageCount
    }
  }
`);

/** What a care notice shows: the school's help resources in the student's language. */
export const CareOfferFields = graphql(`
  fragment CareOfferFields on CareOffer {
    messageId
    offeredAt
    resources {
      locale
      message
      resources {
        name
        contact
        description
      }
    }
  }
`);

/** The latest help offered in a conversation (offers come newest first): the one the notice shows. */
export const CareOffersQuery = graphql(`
  query CareOffers($sessionId: ID!, $locale: String) {
    careOffers(sessionId: $sessionId, locale: $locale, first: 1) {
      edges {
        node {
          ...CareOfferFields
        }
      }
    }
  }
`);

export const CareOfferedSubscription = graphql(`
  subscription CareOffered($sessionId: ID!, $locale: String) {
    careOffered(sessionId: $sessionId, locale: $locale) {
      ...CareOfferFields
    }
  }
`);
