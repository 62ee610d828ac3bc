import type { ChatbotEditFieldsFragment, ChatbotInput, ChatbotTool } from '../../generated/graphql';

/** The editor's form state: text fields as typed, lists as one item per line or comma. */
export interface ChatbotDraft {
  name: string;
  description: string;
  avatarEmoji: string;
  persona: string;
  systemPrompt: string;
  modelId: string;
  temperature: string;
  maxOutputTokens: string;
  enabledTools: ChatbotTool[];
  /** Ids of the custom tools enabled. */
  customToolIds: string[];
  starterPrompts: string;
  blockedTopics: string;
  blockedKeywords: string;
}

/** A blank draft: the server fills the model and parameter defaults when they are left empty. */
export const blankDraft: ChatbotDraft = {
  name: '',
  description: '',
  avatarEmoji: '',
  persona: '',
  systemPrompt: '',
  modelId: '',
  temperature: '0.7',
  maxOutputTokens: '1024',
  enabledTools: [],
  customToolIds: [],
  starterPrompts: '',
  blockedTopics: '',
  blockedKeywords: '',
};

/** The form state for an existing chatbot. */
export function draftFrom(bot: ChatbotEditFieldsFragment): ChatbotDraft {
  return {
    name: bot.name,
    description: bot.description,
    avatarEmoji: bot.avatarEmoji ?? '',
    persona: bot.persona,
    systemPrompt: bot.systemPrompt ?? '',
    modelId: bot.modelId,
    temperature: String(bot.temperature),
    maxOutputTokens: String(bot.maxOutputTokens),
    enabledTools: [...bot.enabledTools],
    customToolIds: [...bot.customToolIds],
    starterPrompts: bot.starterPrompts.join('\n'),
    blockedTopics: bot.guardrails?.blockedTopics.join(', ') ?? '',
    blockedKeywords: bot.guardrails?.blockedKeywords.join(', ') ?? '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
const items = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The API input for a draft; the server validates ranges and says what to fix. */
export function inputFrom(draft: ChatbotDraft): ChatbotInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    avatarEmoji: draft.avatarEmoji.trim(),
    persona: draft.persona.trim(),
    systemPrompt: draft.systemPrompt,
    modelId: draft.modelId.trim() || null,
    temperature: draft.temperature === '' ? null : Number(draft.temperature),
    maxOutputTokens:
      draft.maxOutputTokens === '' ? null : Math.trunc(Number(draft.maxOutputTokens)),
    enabledTools: draft.enabledTools,
    customToolIds: draft.customToolIds,
    starterPrompts: lines(draft.starterPrompts),
    guardrails: {
      blockedTopics: items(draft.blockedTopics),
      blockedKeywords: items(draft.blockedKeywords),
    },
  };
}
