import { ConfigError, commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** Everything the content subgraph reads from its environment. */
export const contentEnv = {
  ...commonEnv,
  /** Largest course document accepted by `uploadMaterial`, in UTF-8 bytes. */
  CONTENT_MAX_MATERIAL_BYTES: env.positiveInt(200_000),
  /** Words per searchable passage of a material. */
  CONTENT_CHUNK_WORDS: env.positiveInt(180),
  /** Words each passage shares with the previous one, so an answer spanning a boundary is still found. */
  CONTENT_CHUNK_OVERLAP_WORDS: z.coerce
    .number({ message: 'expected a number' })
    .int('expected a whole number')
    .min(0, 'expected zero or more')
    .default(40),
  /** Model a new chatbot uses until its owner picks another; must be on accounting's price list to publish. */
  CONTENT_DEFAULT_MODEL_ID: z
    .string()
    .min(1, 'expected a Bedrock model id')
    .default('anthropic.claude-3-haiku-20240307-v1:0'),
  /** How long a student's or supervisor's class list from monitoring is reused (dropped early on `supervision.changed`). */
  CONTENT_CLASS_CACHE_TTL_MS: env.positiveInt(30_000),
};

/** The parsed content configuration. */
export type ContentConfig = z.infer<z.ZodObject<typeof contentEnv>>;

/** Parses the content subgraph's environment once; throws one clear line when it is wrong. */
export function loadContentConfig(source: NodeJS.ProcessEnv): ContentConfig {
  const config = parseConfig(contentEnv, source);
  if (config.CONTENT_CHUNK_OVERLAP_WORDS >= config.CONTENT_CHUNK_WORDS) {
    // Overlap as large as the passage would never advance through the text.
    throw new ConfigError(
      `Invalid configuration: CONTENT_CHUNK_OVERLAP_WORDS: expected fewer than CONTENT_CHUNK_WORDS (${config.CONTENT_CHUNK_WORDS}) (got ${config.CONTENT_CHUNK_OVERLAP_WORDS})`,
    );
  }
  return config;
}
