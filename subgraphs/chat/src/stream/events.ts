import type { StoredToolCall } from '../db/schema';

/** A chat message as events and resolvers carry it (a `chat.messages` row, dates as Date or ISO text). */
export interface MessageRecord {
  id: string;
  sessionId: string;
  ownerId: string;
  role: 'USER' | 'ASSISTANT' | 'SUPERVISOR';
  authorId: string | null;
  content: string;
  status: 'STREAMING' | 'COMPLETE' | 'STOPPED' | 'FAILED';
  statusReason: string | null;
  model: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  usageEstimated: boolean;
  creditsChargedMicro: number | null;
  reservationId: string | null;
  toolCalls: StoredToolCall[];
  createdAt: Date | string;
  completedAt: Date | string | null;
}

/** Token usage as events carry it. */
export interface UsagePayload {
  inputTokens: number;
  outputTokens: number;
  estimated: boolean;
}

interface Base {
  sessionId: string;
  messageId: string;
  sequence: number;
  /** ISO 8601. */
  at: string;
}

/** Settlement figures, in micro-credits as decimal strings (null when accounting could not say). */
export interface SettlementPayload {
  usage: UsagePayload;
  creditsChargedMicro: string | null;
  newBalanceMicro: string | null;
}

/** Every event published on `chat.stream.<sessionId>`, exactly as it crosses the bus. */
export type ChatStreamPayload =
  | (Base & { __typename: 'ChatStreamStarted'; message: MessageRecord })
  | (Base & { __typename: 'ChatStreamSnapshot'; text: string; toolCalls: StoredToolCall[] })
  | (Base & { __typename: 'ChatStreamTextDelta'; text: string })
  | (Base & { __typename: 'ChatStreamToolCall'; toolCall: StoredToolCall })
  | (Base & { __typename: 'ChatStreamToolResult'; toolCall: StoredToolCall })
  | (Base & { __typename: 'ChatStreamSupervisorNote'; message: MessageRecord })
  | (Base & { __typename: 'ChatStreamCompleted'; message: MessageRecord } & SettlementPayload)
  | (Base & {
      __typename: 'ChatStreamStopped';
      message: MessageRecord;
      reason: string;
    } & SettlementPayload)
  | (Base & {
      __typename: 'ChatStreamFailed';
      message: MessageRecord;
      reason: string;
    } & SettlementPayload);

/** The bus channel carrying one session's stream events. */
export const streamChannel = (sessionId: string) => `chat.stream.${sessionId}`;

/** The bus channel on which any replica (or monitoring) asks for a generation to stop. */
export const CANCEL_CHANNEL = 'chat.cancel';

/** The bus channel of conversation activity for monitoring (see CONTRACTS.md). */
export const ACTIVITY_CHANNEL = 'chat.activity';

/** A `chat.cancel` message. */
export interface CancelRequest {
  messageId: string;
  reason: string;
}

/** A `chat.activity` message. */
export interface ActivityEvent {
  kind: 'started' | 'delta' | 'completed' | 'stopped' | 'failed' | 'user-message';
  sessionId: string;
  messageId: string;
  userId: string;
  chatbotId: string | null;
  text: string;
  at: string;
}
