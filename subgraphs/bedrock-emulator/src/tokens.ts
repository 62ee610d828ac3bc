import { getTokenizer } from '@anthropic-ai/tokenizer';

/**
 * A deterministic stand-in for a model tokenizer. Real tokenizers split text into
 * word pieces; this one does the same in a way that is cheap and stable, so token
 * counts are reproducible across runs and the stream has a realistic granularity.
 */

/** Longest piece a word is cut into; longer words become several tokens. */
const MAX_PIECE_LENGTH = 6;

/**
 * Splits text into word-piece tokens whose concatenation is exactly the input.
 * A token is optional leading whitespace plus up to {@link MAX_PIECE_LENGTH}
 * word characters, or a single punctuation mark.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /(\s*)([\p{L}\p{N}_']+|[^\s\p{L}\p{N}_']|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const space = match[1] ?? '';
    const body = match[2] ?? '';
    if (body === '') {
      // Trailing whitespace belongs to the last token so nothing is lost.
      if (space !== '') {
        if (tokens.length > 0) tokens[tokens.length - 1] += space;
        else tokens.push(space);
      }
      break;
    }
    for (let start = 0; start < body.length; start += MAX_PIECE_LENGTH) {
      const piece = body.slice(start, start + MAX_PIECE_LENGTH);
      tokens.push(start === 0 ? space + piece : piece);
    }
  }
  return tokens;
}

/** Number of tokens {@link tokenize} produces for the text. */
export function countTokens(text: string): number {
  return tokenize(text).length;
}

let claude: ReturnType<typeof getTokenizer> | undefined;

/**
 * Prompt tokens as the model family counts them: Anthropic's tokenizer for `anthropic.*`
 * models (short words, digits and non-Latin scripts cost far more than the word pieces
 * above), the word pieces otherwise. Callers' cost caps are only tested if this is realistic.
 */
export function countPromptTokens(modelId: string, text: string): number {
  if (!/(^|\.)anthropic\./.test(modelId)) return countTokens(text);
  // Building the encoder takes a few hundred milliseconds; one serves every request.
  claude ??= getTokenizer();
  return claude.encode(text.normalize('NFKC'), 'all').length;
}

/** 32-bit FNV-1a hash: a stable seed from a conversation. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seeded pseudo-random sequence (mulberry32); same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
