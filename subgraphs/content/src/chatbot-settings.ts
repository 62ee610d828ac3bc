import { badInput, isUuid } from '@aula/runtime';

/** A tool as the graph names it. */
export type ChatbotToolName = 'CALCULATOR' | 'SEARCH_COURSE_MATERIALS';

/** How the chat service names each tool (see subgraphs/CONTRACTS.md). */
export const chatToolNames: Record<ChatbotToolName, string> = {
  CALCULATOR: 'calculator',
  SEARCH_COURSE_MATERIALS: 'search_course_materials',
};

/** The configurable part of a chatbot, as stored in drafts, versions and templates. */
export interface ChatbotSettings {
  name: string;
  description: string;
  avatarEmoji: string | null;
  persona: string;
  systemPrompt: string;
  modelId: string;
  temperature: number;
  maxOutputTokens: number;
  enabledTools: string[];
  customToolIds: string[];
  starterPrompts: string[];
  blockedTopics: string[];
  blockedKeywords: string[];
  /** Empty: chat's default refusal. */
  refusalMessage: string;
}

/** `ChatbotInput` as it arrives from GraphQL: every field optional, null meaning "not given". */
export interface ChatbotSettingsInput {
  name?: string | null;
  description?: string | null;
  avatarEmoji?: string | null;
  persona?: string | null;
  systemPrompt?: string | null;
  modelId?: string | null;
  temperature?: number | null;
  maxOutputTokens?: number | null;
  enabledTools?: readonly ChatbotToolName[] | null;
  customToolIds?: readonly string[] | null;
  starterPrompts?: readonly string[] | null;
  guardrails?: {
    blockedTopics: readonly string[];
    blockedKeywords: readonly string[];
    refusalMessage?: string | null;
  } | null;
}

/** The limits `validateSettings` enforces, named so error messages and docs agree. */
export const LIMITS = {
  name: 80,
  description: 500,
  avatarEmoji: 16,
  persona: 1_000,
  systemPrompt: 20_000,
  modelId: 200,
  maxOutputTokens: 8_192,
  customTools: 10,
  starterPrompts: 6,
  starterPrompt: 200,
  blockedTopics: 50,
  blockedKeywords: 200,
  guardrailEntry: 100,
  refusalMessage: 500,
} as const;

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function boundedText(
  field: string,
  value: string,
  max: number,
  options: { required?: boolean } = {},
): string {
  const text = value.trim();
  if (options.required && text.length === 0)
    throw badInput(`The ${field} must not be empty.`, { field });
  if (text.length > max) {
    throw badInput(`The ${field} is ${text.length} characters long; the limit is ${max}.`, {
      field,
      max,
    });
  }
  return text;
}

function textList(
  field: string,
  values: readonly string[],
  maxItems: number,
  maxLength: number,
): string[] {
  if (values.length > maxItems)
    throw badInput(`At most ${maxItems} ${field} are allowed; got ${values.length}.`, { field });
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const entry = boundedText(`entry in ${field}`, raw, maxLength, { required: true });
    // Case-insensitive duplicates add nothing for students or for keyword matching.
    if (seen.has(entry.toLowerCase())) continue;
    seen.add(entry.toLowerCase());
    result.push(entry);
  }
  return result;
}

/**
 * Checks and normalises a `ChatbotInput`: trims text, enforces {@link LIMITS}, and throws
 * `BAD_USER_INPUT` naming the field on the first problem. Returns only the fields given.
 * Whether the model is on the price list is checked separately (it needs accounting).
 */
export function validateSettings(input: ChatbotSettingsInput): Partial<ChatbotSettings> {
  const out: Partial<ChatbotSettings> = {};
  if (given(input.name))
    out.name = boundedText('name', input.name, LIMITS.name, { required: true });
  if (given(input.description))
    out.description = boundedText('description', input.description, LIMITS.description);
  if (given(input.avatarEmoji)) {
    const emoji = boundedText('avatar emoji', input.avatarEmoji, LIMITS.avatarEmoji);
    if (emoji && (!/\p{Extended_Pictographic}/u.test(emoji) || /[\s\p{L}\p{N}]/u.test(emoji))) {
      throw badInput('The avatar must be an emoji, such as 🦉.', { field: 'avatarEmoji' });
    }
    out.avatarEmoji = emoji || null;
  }
  if (given(input.persona)) out.persona = boundedText('persona', input.persona, LIMITS.persona);
  if (given(input.systemPrompt)) {
    out.systemPrompt = boundedText('system prompt', input.systemPrompt, LIMITS.systemPrompt, {
      required: true,
    });
  }
  if (given(input.modelId)) {
    const modelId = boundedText('model id', input.modelId, LIMITS.modelId, { required: true });
    if (!/^[A-Za-z0-9._:/-]+$/.test(modelId)) {
      throw badInput(
        `"${modelId}" is not a Bedrock model id (such as anthropic.claude-3-haiku-20240307-v1:0).`,
        {
          field: 'modelId',
        },
      );
    }
    out.modelId = modelId;
  }
  if (given(input.temperature)) {
    if (!Number.isFinite(input.temperature) || input.temperature < 0 || input.temperature > 1) {
      throw badInput(`The temperature must be between 0 and 1; got ${input.temperature}.`, {
        field: 'temperature',
      });
    }
    out.temperature = input.temperature;
  }
  if (given(input.maxOutputTokens)) {
    const tokens = input.maxOutputTokens;
    if (!Number.isInteger(tokens) || tokens < 1 || tokens > LIMITS.maxOutputTokens) {
      throw badInput(
        `The answer token limit must be a whole number from 1 to ${LIMITS.maxOutputTokens}; got ${tokens}.`,
        {
          field: 'maxOutputTokens',
        },
      );
    }
    out.maxOutputTokens = tokens;
  }
  if (given(input.enabledTools)) out.enabledTools = [...new Set(input.enabledTools)];
  if (given(input.customToolIds)) {
    const ids = [...new Set(input.customToolIds)];
    if (ids.length > LIMITS.customTools || ids.some((id) => !isUuid(id))) {
      throw badInput(`Choose at most ${LIMITS.customTools} custom tools, by their ids.`, {
        field: 'customToolIds',
      });
    }
    out.customToolIds = ids;
  }
  if (given(input.starterPrompts)) {
    out.starterPrompts = textList(
      'starter prompts',
      input.starterPrompts,
      LIMITS.starterPrompts,
      LIMITS.starterPrompt,
    );
  }
  if (given(input.guardrails)) {
    const { blockedTopics, blockedKeywords } = input.guardrails;
    out.blockedTopics = textList(
      'blocked topics',
      blockedTopics,
      LIMITS.blockedTopics,
      LIMITS.guardrailEntry,
    );
    out.blockedKeywords = textList(
      'blocked keywords',
      blockedKeywords,
      LIMITS.blockedKeywords,
      LIMITS.guardrailEntry,
    );
    if (given(input.guardrails.refusalMessage))
      out.refusalMessage = boundedText(
        'refusal message',
        input.guardrails.refusalMessage,
        LIMITS.refusalMessage,
      );
  }
  return out;
}

/** Settings for a new draft: validated input over defaults; name and system prompt are required. */
export function newDraftSettings(
  input: ChatbotSettingsInput,
  defaultModelId: string,
): ChatbotSettings {
  const fields = validateSettings(input);
  if (fields.name === undefined) throw badInput('A chatbot needs a name.', { field: 'name' });
  if (fields.systemPrompt === undefined)
    throw badInput('A chatbot needs a system prompt.', { field: 'systemPrompt' });
  return {
    description: '',
    avatarEmoji: null,
    persona: '',
    modelId: defaultModelId,
    temperature: 0.7,
    maxOutputTokens: 1_024,
    enabledTools: [],
    customToolIds: [],
    starterPrompts: [],
    blockedTopics: [],
    blockedKeywords: [],
    refusalMessage: '',
    ...fields,
    name: fields.name,
    systemPrompt: fields.systemPrompt,
  };
}

/** Stored tool names as the graph's `ChatbotTool` values (validated on the way in). */
export const toolsOf = (names: readonly string[]) => names as ChatbotToolName[];

/** A draft's or version's guardrails as the `Guardrails` type. */
export const guardrailsOf = (c: {
  blockedTopics: string[];
  blockedKeywords: string[];
  refusalMessage: string;
}) => ({
  blockedTopics: c.blockedTopics,
  blockedKeywords: c.blockedKeywords,
  refusalMessage: c.refusalMessage || null,
});
