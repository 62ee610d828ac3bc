import { toolsOf } from '../chatbot-settings';
import type { ChatbotTemplateResolvers } from '../generated/graphql';

/** A template over its row. */
export const ChatbotTemplate: ChatbotTemplateResolvers = {
  enabledTools: (t) => toolsOf(t.enabledTools),
};
