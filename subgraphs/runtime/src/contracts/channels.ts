import { defineChannel, type Channel } from './channel';
import type { ChatStreamPayload } from './chat-stream';

/** One session's `chatStream` events (publisher: chat; readers: chat's subscription resolvers). */
export const chatStreamChannel = (sessionId: string): Channel<ChatStreamPayload> =>
  defineChannel<ChatStreamPayload>(`chat.stream.${sessionId}`, 'chat.stream');

/** A `chat.activity` message: what happened in a conversation, for monitoring. */
export interface ChatActivity {
  readonly kind: 'started' | 'delta' | 'completed' | 'stopped' | 'failed' | 'user-message';
  readonly sessionId: string;
  readonly messageId: string;
  /** The student whose conversation it is. */
  readonly userId: string;
  /** null for the built-in tutor. */
  readonly chatbotId: string | null;
  /** The student's message, or the coalesced batch of a `delta`; empty for the other kinds. */
  readonly text: string;
  /** ISO 8601. */
  readonly at: string;
  /**
   * Set when chat refused the student's message (`user-message`) or stopped the answer
   * (`stopped`) because it touched one of the chatbot's blocked topics or keywords; monitoring
   * records it as a flag.
   */
  readonly blocked?: BlockedActivity;
}

/** What a chatbot's guardrails blocked, as `chat.activity` reports it. */
export interface BlockedActivity {
  readonly kind: 'topic' | 'keyword';
  /** The topic or keyword as the chatbot's manager wrote it. */
  readonly term: string;
  /** A short excerpt around the evidence, from the blocked text (an answer's is never stored). */
  readonly excerpt: string;
}

/** Conversation activity (publisher: chat; reader: monitoring's flags and class activity). */
export const CHAT_ACTIVITY = defineChannel<ChatActivity>('chat.activity');

/** A `chat.cancel` message. */
export interface CancelRequest {
  readonly messageId: string;
  readonly reason: string;
}

/**
 * Stop one generation, on whichever chat replica runs it. Chat-internal: only chat publishes
 * and reads it; other services stop an answer through chat's `stopAnswer` operation.
 */
export const CHAT_CANCEL = defineChannel<CancelRequest>('chat.cancel');

/** A `supervision.changed` message; an absent list means "anything may have changed". */
export interface SupervisionChange {
  readonly studentIds?: readonly string[];
  readonly classIds?: readonly string[];
}

/**
 * Enrolment, supervision or archiving changed (publisher: monitoring; readers: every cache of
 * supervision answers, open supervisor streams, content's class lists).
 */
export const SUPERVISION_CHANGED = defineChannel<SupervisionChange>('supervision.changed');

/** An `auth.api-keys.revoked` message. */
export interface ApiKeysRevokedEvent {
  readonly keyIds: readonly string[];
}

/**
 * API keys were revoked or their owner suspended (publisher: auth; reader: gateways, which
 * drop the tokens they cached for those keys at once).
 */
export const API_KEYS_REVOKED = defineChannel<ApiKeysRevokedEvent>('auth.api-keys.revoked');

/** An `auth.user-tokens.revoked` message. */
export interface UserTokensRevokedEvent {
  readonly userId: string;
  /** Tokens issued at or before this instant (epoch milliseconds) are refused. */
  readonly revokedAt: number;
  /** Why, for logs. */
  readonly reason: 'suspended' | 'role-changed' | 'password-changed' | 'signed-out-everywhere';
}

/**
 * A person's access tokens were revoked: suspension, role change, password change or reset,
 * sign-out everywhere (publisher: auth; readers: every service's `RevocationList`, which
 * refuses the person's older tokens at once and closes their sockets).
 */
export const USER_TOKENS_REVOKED = defineChannel<UserTokensRevokedEvent>(
  'auth.user-tokens.revoked',
);

/** An `accounting.credits-low` message. */
export interface CreditsLowEvent {
  readonly userId: string;
  /** The person's available credits right after the charge, in micro-credits (decimal string). */
  readonly availableMicroCredits: string;
  /** The threshold they fell below, in micro-credits (decimal string). */
  readonly thresholdMicroCredits: string;
  /** ISO 8601: when they fell below it. */
  readonly at: string;
}

/**
 * A charge (a settled answer, an external usage) left a person's available credits below
 * accounting's threshold, announced once per fall (publisher: accounting, the replica that
 * charged; reader: monitoring's webhooks).
 */
export const CREDITS_LOW = defineChannel<CreditsLowEvent>('accounting.credits-low');
