/**
 * The part of a Converse / ConverseStream request body the emulator reads, parsed
 * defensively: the body comes off the wire, so anything Bedrock would reject is
 * reported as a ValidationException with a message saying what is wrong.
 */
import { countPromptTokens } from './tokens';

/** One content block of a message, as the Converse API serializes it. */
export interface ContentBlock {
  readonly text?: string;
  readonly toolUse?: { readonly toolUseId: string; readonly name: string; readonly input: unknown };
  readonly toolResult?: {
    readonly toolUseId: string;
    readonly content?: readonly { readonly text?: string; readonly json?: unknown }[];
    readonly status?: string;
  };
}

/** A conversation turn. */
export interface ConversationMessage {
  readonly role: 'user' | 'assistant';
  readonly content: readonly ContentBlock[];
}

/** The request fields that shape the emulator's answer. */
export interface ConverseRequest {
  readonly modelId: string;
  readonly messages: readonly ConversationMessage[];
  readonly system: readonly { readonly text?: string }[];
  readonly maxTokens?: number;
  /** Names of the tools `toolConfig` offers. */
  readonly toolNames: readonly string[];
  /** The raw `toolConfig`, counted into the input tokens like real tool definitions. */
  readonly toolConfig?: unknown;
}

/** A request Bedrock would refuse with HTTP 400 ValidationException. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
}

/** Parses and validates a request body; throws {@link InvalidRequestError}. */
export function parseConverseRequest(modelId: string, body: string): ConverseRequest {
  let parsed: unknown;
  try {
    parsed = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    throw new InvalidRequestError('The request body is not valid JSON.');
  }
  if (!isRecord(parsed)) throw new InvalidRequestError('The request body must be a JSON object.');
  const messages = parsed.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new InvalidRequestError('A conversation must contain at least one message.');
  }
  messages.forEach((message, index) => {
    if (!isRecord(message) || (message.role !== 'user' && message.role !== 'assistant')) {
      throw new InvalidRequestError(`messages.${index}.role must be "user" or "assistant".`);
    }
    if (!Array.isArray(message.content) || message.content.length === 0) {
      throw new InvalidRequestError(`messages.${index}.content must be a non-empty list.`);
    }
  });
  if ((messages[0] as ConversationMessage).role !== 'user') {
    throw new InvalidRequestError('A conversation must start with a user message.');
  }
  const inference = isRecord(parsed.inferenceConfig) ? parsed.inferenceConfig : {};
  const maxTokens = inference.maxTokens;
  if (maxTokens !== undefined && (!Number.isInteger(maxTokens) || (maxTokens as number) < 1)) {
    throw new InvalidRequestError('inferenceConfig.maxTokens must be an integer of at least 1.');
  }
  const toolConfig = isRecord(parsed.toolConfig) ? parsed.toolConfig : undefined;
  const toolNames = Array.isArray(toolConfig?.tools)
    ? toolConfig.tools.flatMap((tool: unknown) =>
        isRecord(tool) && isRecord(tool.toolSpec) && typeof tool.toolSpec.name === 'string'
          ? [tool.toolSpec.name]
          : [],
      )
    : [];
  return {
    modelId,
    messages: messages as ConversationMessage[],
    system: Array.isArray(parsed.system) ? (parsed.system as { text?: string }[]) : [],
    maxTokens: maxTokens as number | undefined,
    toolNames,
    toolConfig,
  };
}

/** Overhead a chat template adds per message (role markers and separators). */
const TOKENS_PER_MESSAGE = 4;

/**
 * Input tokens for a request, counted from the system prompt, every message and
 * the tool definitions with the model family's tokenizer, so the same request always
 * reports the same usage.
 */
export function countInputTokens(request: ConverseRequest): number {
  const count = (text: string) => countPromptTokens(request.modelId, text);
  let total = 0;
  for (const block of request.system) total += count(block.text ?? '');
  for (const message of request.messages) {
    total += TOKENS_PER_MESSAGE;
    for (const block of message.content) total += count(blockText(block));
  }
  if (request.toolConfig !== undefined) total += count(JSON.stringify(request.toolConfig));
  return total;
}

/** The text a content block contributes to the prompt, whatever its kind. */
export function blockText(block: ContentBlock): string {
  if (typeof block.text === 'string') return block.text;
  if (block.toolUse) return `${block.toolUse.name} ${JSON.stringify(block.toolUse.input ?? {})}`;
  if (block.toolResult) return toolResultText(block.toolResult);
  return '';
}

/** A tool result flattened to text, as the model would read it. */
export function toolResultText(result: NonNullable<ContentBlock['toolResult']>): string {
  return (result.content ?? [])
    .map((part) => (typeof part.text === 'string' ? part.text : JSON.stringify(part.json ?? null)))
    .join('\n');
}

/** Text of the latest user message that contains text (directives included). */
export function lastUserText(messages: readonly ConversationMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (message?.role !== 'user') continue;
    const texts = message.content.flatMap((block) =>
      typeof block.text === 'string' ? [block.text] : [],
    );
    if (texts.length > 0) return texts.join('\n');
  }
  return '';
}

/** Tool results in the final message, when the conversation ends with them. */
export function trailingToolResults(
  messages: readonly ConversationMessage[],
): { toolUseId: string; name: string; text: string }[] {
  const last = messages[messages.length - 1];
  if (last?.role !== 'user') return [];
  const names = new Map<string, string>();
  for (const message of messages) {
    for (const block of message.content) {
      if (block.toolUse) names.set(block.toolUse.toolUseId, block.toolUse.name);
    }
  }
  return last.content.flatMap((block) =>
    block.toolResult
      ? [
          {
            toolUseId: block.toolResult.toolUseId,
            name: names.get(block.toolResult.toolUseId) ?? 'tool',
            text: toolResultText(block.toolResult),
          },
        ]
      : [],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
