import { getTokenizer } from '@anthropic-ai/tokenizer';
import type { ModelRequest } from './bedrock';

/**
 * What a model call may cost at most: its prompt counted with a tokenizer for the model family
 * (rounded up, never down) plus every token it may generate. The answer's reservation must
 * cover this before the call starts (see `stream/budget.ts`).
 */

/** Chat-template tokens a model adds per message (role markers, separators). */
const PER_MESSAGE_TOKENS = 8;
/** Tokens a model adds to every request (begin/end markers). */
const PER_REQUEST_TOKENS = 16;
/**
 * Tokens Claude adds when tools are offered: Anthropic documents a tool-use system prompt of
 * 159 to 530 tokens depending on the model, on top of the tool definitions themselves.
 */
const TOOL_PROMPT_TOKENS = 600;
/**
 * `@anthropic-ai/tokenizer` is the Claude 2 vocabulary; Claude 3 and later count somewhat
 * differently, so its count is inflated by this factor to stay an upper bound.
 */
const CLAUDE_MARGIN = 1.3;

let claude: ReturnType<typeof getTokenizer> | undefined;

/** Builds the Claude encoder (a few hundred milliseconds) before the first answer needs it. */
export function warmTokenizer(): void {
  claude ??= getTokenizer();
}

function claudeTokens(text: string): number {
  warmTokenizer();
  return claude!.encode(text.normalize('NFKC'), 'all').length;
}

/** Whether Anthropic's tokenizer applies to a Bedrock model id (`anthropic.…`, `us.anthropic.…`). */
export const isClaude = (modelId: string) => /(^|\.)anthropic\./.test(modelId);

/**
 * The most prompt tokens a model can report for `request`. Claude models: Anthropic's
 * tokenizer x {@link CLAUDE_MARGIN}. Any other model: one token per UTF-8 byte, which bounds
 * every byte-level BPE tokenizer (each token covers at least one byte). Both add the
 * per-message, per-request and tool-prompt overheads.
 */
export function promptTokenBound(request: ModelRequest): number {
  const parts: string[] = [request.systemPrompt];
  for (const message of request.messages) {
    for (const block of message.content ?? []) {
      parts.push(block.text ?? JSON.stringify(block));
    }
  }
  if (request.tools.length) parts.push(JSON.stringify({ tools: request.tools }));
  const text = parts.join('\n');
  const counted = isClaude(request.modelId)
    ? Math.ceil(claudeTokens(text) * CLAUDE_MARGIN)
    : Buffer.byteLength(text, 'utf8');
  return (
    counted +
    PER_REQUEST_TOKENS +
    PER_MESSAGE_TOKENS * request.messages.length +
    (request.tools.length ? TOOL_PROMPT_TOKENS : 0)
  );
}

/**
 * Output tokens of text that streamed without a usage report: Claude's tokenizer (with margin)
 * or one per byte. Never more than the call's `maxTokens`, which the model cannot exceed.
 */
export function outputTokenBound(modelId: string, text: string, maxTokens: number): number {
  if (!text) return 0;
  const counted = isClaude(modelId)
    ? Math.ceil(claudeTokens(text) * CLAUDE_MARGIN)
    : Buffer.byteLength(text, 'utf8');
  return Math.min(counted, maxTokens);
}
