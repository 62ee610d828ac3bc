import { ConfigError, commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** Everything the content subgraph reads from its environment. */
export const contentEnv = {
  ...commonEnv,
  /**
   * Largest searchable text of one material, in UTF-8 bytes: the document sent to
   * `uploadMaterial`, or the text extracted from an uploaded file.
   */
  CONTENT_MAX_MATERIAL_BYTES: env.positiveInt(200_000),
  /** Largest file accepted by `POST /uploads/materials` (PDF, Word, Markdown, text, HTML), in bytes. */
  CONTENT_MAX_UPLOAD_BYTES: env.positiveInt(10_485_760),
  /**
   * Most bytes an uploaded Word file's ZIP archive may unpack to, all parts together: a
   * larger one (a "zip bomb") is refused before it is extracted.
   */
  CONTENT_MAX_DOCX_UNPACKED_BYTES: env.positiveInt(52_428_800),
  /** Most parts (ZIP entries) an uploaded Word file may hold. */
  CONTENT_MAX_DOCX_ENTRIES: env.positiveInt(2_000),
  /**
   * S3 bucket that keeps uploaded files. Unset: they are kept in PostgreSQL with the material.
   * Credentials come from CONTENT_S3_ACCESS_KEY_ID/CONTENT_S3_SECRET_ACCESS_KEY when set,
   * otherwise from the AWS SDK's default chain (environment, profile, instance role).
   */
  CONTENT_S3_BUCKET: z.string().min(1, 'expected a bucket name').optional(),
  /** S3 endpoint for an S3-compatible store (MinIO, s3rver); unset uses AWS's own for the region. */
  CONTENT_S3_ENDPOINT: env.url(['http', 'https']).optional(),
  /** Region of the bucket. */
  CONTENT_S3_REGION: z.string().min(1, 'expected an AWS region').default('us-east-1'),
  /** Address the bucket in the path (`endpoint/bucket/key`), as most S3-compatible stores need. */
  CONTENT_S3_FORCE_PATH_STYLE: env.flag(false),
  /** Access key id for the bucket; unset uses the AWS SDK's default credential chain. */
  CONTENT_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  /** Secret access key for the bucket, with CONTENT_S3_ACCESS_KEY_ID. */
  CONTENT_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
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
export function loadContentConfig(source?: NodeJS.ProcessEnv): ContentConfig {
  const config = parseConfig(contentEnv, source);
  if (config.CONTENT_CHUNK_OVERLAP_WORDS >= config.CONTENT_CHUNK_WORDS) {
    // Overlap as large as the passage would never advance through the text.
    throw new ConfigError(
      `Invalid configuration: CONTENT_CHUNK_OVERLAP_WORDS: expected fewer than CONTENT_CHUNK_WORDS (${config.CONTENT_CHUNK_WORDS}) (got ${config.CONTENT_CHUNK_OVERLAP_WORDS})`,
    );
  }
  if (Boolean(config.CONTENT_S3_ACCESS_KEY_ID) !== Boolean(config.CONTENT_S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid configuration: CONTENT_S3_ACCESS_KEY_ID and CONTENT_S3_SECRET_ACCESS_KEY: expected both or neither',
    );
  }
  return config;
}
