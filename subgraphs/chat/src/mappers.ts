import type { ChatStreamPayload, MessageRecord } from './stream/events';

export type { SessionRow as SessionModel } from './sessions';
export type { AnswerCostEstimate as AnswerCostEstimateModel } from './chat-service';
export type { StoredToolCall as ToolCallModel } from './db/schema';
export type { UsagePayload as UsageModel } from './stream/events';
export type { CustomToolRow as CustomToolModel } from './custom-tools/registry';
export type { CustomToolCallRow as CustomToolCallModel } from './custom-tools/audit';

/** A message as resolvers receive it (a row, or the same shape after crossing the bus). */
export type MessageModel = MessageRecord;

/** A user known to chat only by id; auth resolves the rest. */
export interface UserRef {
  id: string;
}

/** Any stream event as it crosses the bus. */
export type StreamEventModel = ChatStreamPayload;
type Of<T extends ChatStreamPayload['__typename']> = Extract<ChatStreamPayload, { __typename: T }>;
/** Each stream event type's payload. */
export type StartedModel = Of<'ChatStreamStarted'>;
export type SnapshotModel = Of<'ChatStreamSnapshot'>;
export type TextDeltaModel = Of<'ChatStreamTextDelta'>;
export type ToolCallEventModel = Of<'ChatStreamToolCall'>;
export type ToolResultEventModel = Of<'ChatStreamToolResult'>;
export type SupervisorNoteModel = Of<'ChatStreamSupervisorNote'>;
export type CompletedModel = Of<'ChatStreamCompleted'>;
export type StoppedModel = Of<'ChatStreamStopped'>;
export type FailedModel = Of<'ChatStreamFailed'>;
