import { appError, ErrorCode, operations, type ServiceClient } from '@aula/runtime';

/** What the pipeline needs to know about the chatbot answering. */
export interface ChatbotRuntime {
  /** null for the built-in tutor. */
  chatbotId: string | null;
  versionId: string | null;
  modelId: string;
  systemPrompt: string;
  temperature: number;
  maxOutputTokens: number;
  /** Chat's tool names, such as `calculator`. */
  tools: string[];
  /** Ids of the custom tools the chatbot enables (those disabled since are skipped). */
  customToolIds: string[];
  /** Topics chat refuses (before the model is asked) and stops answers on. */
  blockedTopics: string[];
  /** Keywords chat refuses and stops answers on. */
  blockedKeywords: string[];
  /** The chatbot's refusal text; null for chat's default. */
  refusalMessage: string | null;
}

/**
 * The built-in tutor, used when a chat is started without choosing a chatbot (the only
 * choice when the content subgraph is not part of the platform). See subgraphs/chat/README.md.
 */
export const DEFAULT_CHATBOT: ChatbotRuntime = {
  chatbotId: null,
  versionId: null,
  modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
  systemPrompt:
    'You are a patient, encouraging tutor for school students. Explain step by step, check understanding ' +
    'with a short question when it helps, and never simply hand over answers to homework: guide the student ' +
    'to them. Use the calculator tool for any arithmetic instead of computing in your head.',
  temperature: 0.7,
  maxOutputTokens: 1024,
  tools: ['calculator'],
  customToolIds: [],
  blockedTopics: [],
  blockedKeywords: [],
  refusalMessage: null,
};

/**
 * Finds the configuration a person may chat with: content's current published
 * version of `chatbotId` (which also checks the person may see it), or the
 * built-in tutor when no chatbot is named.
 */
export async function chatbotFor(
  client: ServiceClient,
  contentAvailable: boolean,
  chatbotId: string | null,
  userId: string,
): Promise<ChatbotRuntime> {
  if (!chatbotId) return DEFAULT_CHATBOT;
  if (!contentAvailable) {
    throw appError(
      ErrorCode.SERVICE_UNAVAILABLE,
      'Chatbots are not available on this installation; start a chat without choosing one to talk to the built-in tutor.',
    );
  }
  const data = await client.request(operations.content.ChatbotForChat, { chatbotId, userId });
  const { guardrailKeywords, ...chatbot } = data.chatbotForChat;
  return { ...chatbot, blockedKeywords: guardrailKeywords };
}
