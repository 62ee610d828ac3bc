/** One tool call as chat stores it on its message and streams it. */
export interface StoredToolCall {
  toolUseId: string;
  name: string;
  /** JSON text of the arguments. */
  input: string;
  output: string | null;
  isError: boolean;
}

/** A chat message as events and resolvers carry it (a `chat.messages` row, dates as Date or ISO text). */
export interface MessageRecord {
  id: string;
  sessionId: string;
  ownerId: string;
  role: 'USER' | 'ASSISTANT' | 'SUPERVISOR';
  authorId: string | null;
  /**
   * The API key an integration sent a USER message with on the student's behalf (then
   * `authorId` is the key's owner); null or absent otherwise.
   */
  apiKeyId?: string | null;
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
  readonly sessionId: string;
  readonly messageId: string;
  readonly sequence: number;
  /** ISO 8601. */
  readonly at: string;
}

/** Settlement figures, in micro-credits as decimal strings (null when accounting could not say). */
export interface SettlementPayload {
  usage: UsagePayload;
  creditsChargedMicro: string | null;
  newBalanceMicro: string | null;
}

/** Every event published on `chat.stream.<sessionId>`, exactly as it crosses the bus. */
export type ChatStreamPayload =
  | (Base & { readonly __typename: 'ChatStreamStarted'; readonly message: MessageRecord })
  | (Base & {
      readonly __typename: 'ChatStreamSnapshot';
      readonly text: string;
      readonly toolCalls: StoredToolCall[];
    })
  | (Base & { readonly __typename: 'ChatStreamTextDelta'; readonly text: string })
  | (Base & { readonly __typename: 'ChatStreamToolCall'; readonly toolCall: StoredToolCall })
  | (Base & { readonly __typename: 'ChatStreamToolResult'; readonly toolCall: StoredToolCall })
  | (Base & { readonly __typename: 'ChatStreamSupervisorNote'; readonly message: MessageRecord })
  | (Base & {
      readonly __typename: 'ChatStreamCompleted';
      readonly message: MessageRecord;
    } & SettlementPayload)
  | (Base & {
      readonly __typename: 'ChatStreamStopped';
      readonly message: MessageRecord;
      readonly reason: string;
    } & SettlementPayload)
  | (Base & {
      readonly __typename: 'ChatStreamFailed';
      readonly message: MessageRecord;
      readonly reason: string;
    } & SettlementPayload);
