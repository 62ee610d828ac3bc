import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** Everything the chat subgraph reads from its environment. */
export const chatEnv = {
  ...commonEnv,
  /** Overrides the Bedrock Runtime endpoint (the local emulator, a VPC endpoint). */
  BEDROCK_ENDPOINT: env.url(['http', 'https']).optional(),
  /** AWS region of Bedrock. */
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** Explicit AWS credentials; when unset the SDK's default provider chain is used. */
  AWS_ACCESS_KEY_ID: z.string().min(1).optional(),
  AWS_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  AWS_SESSION_TOKEN: z.string().min(1).optional(),
  /** Longest accepted user message, in characters. */
  CHAT_MAX_MESSAGE_CHARS: env.positiveInt(8000),
  /** Messages one person may send per minute, across all their conversations. */
  CHAT_MESSAGES_PER_MINUTE: env.positiveInt(20),
  /** Answers one person may have streaming at once. */
  CHAT_MAX_CONCURRENT_STREAMS: env.positiveInt(2),
  /** Window in which text deltas are batched into one event, in milliseconds. */
  CHAT_STREAM_COALESCE_MS: z.coerce
    .number({ message: 'expected a number' })
    .int('expected a whole number')
    .min(0, 'expected 0 or more')
    .default(20),
  /**
   * Longest an answer may stream before it is cut off, in seconds. Each reservation asks
   * accounting for this plus a minute to settle as its own deadline.
   */
  CHAT_MAX_STREAMING_SECONDS: env.positiveInt(120),
  /** Most tool rounds one answer may take before the model must answer with what it has. */
  CHAT_MAX_TOOL_ROUNDS: env.positiveInt(4),
  /** How many earlier messages of the conversation are sent to the model as context. */
  CHAT_HISTORY_MESSAGES: env.positiveInt(30),
  /**
   * How often each replica names the answers it is writing, in milliseconds. An answer not
   * named for three beats has lost its replica and is failed by another.
   */
  CHAT_ANSWER_HEARTBEAT_MS: env.positiveInt(2000),
  /**
   * First delay before a settlement accounting did not acknowledge (or an answer the database
   * did not store) is tried again, in milliseconds; it doubles per attempt up to 60 times this.
   */
  CHAT_SETTLEMENT_RETRY_MS: env.positiveInt(1000),
  /**
   * Longest a supervisor's or admin's stream holds events while monitoring cannot record their
   * look, in seconds: recording is tried again meanwhile and, once it works, a snapshot fills
   * the gap; past this the stream ends with SERVICE_UNAVAILABLE (the gateway subscribes again).
   */
  CHAT_UNRECORDED_HOLD_SECONDS: env.positiveInt(20),
};

/** The parsed chat configuration. */
export type ChatConfig = z.infer<z.ZodObject<typeof chatEnv>>;

/** Parses the chat subgraph's environment once; throws one clear line when it is wrong. */
export const loadChatConfig = (source?: NodeJS.ProcessEnv): ChatConfig =>
  parseConfig(chatEnv, source);
