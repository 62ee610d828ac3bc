import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { UserRef, SessionModel, AnswerCostEstimateModel, MessageModel, ToolCallModel, UsageModel, StreamEventModel, StartedModel, SnapshotModel, TextDeltaModel, ToolCallEventModel, ToolResultEventModel, SupervisorNoteModel, CompletedModel, StoppedModel, FailedModel, CustomToolModel, CustomToolCallModel } from '../mappers';
import { ChatSubgraphContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO 8601 string in UTC (for example 2026-11-29T13:51:00.000Z). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * What an answer to one message would reserve now (`estimateAnswerCost`), and whether the student
 * who would pay has enough available credits.
 */
export type AnswerCostEstimate = {
  __typename?: 'AnswerCostEstimate';
  /** Whether `available` covers `reserved`, so the message would not be refused with INSUFFICIENT_CREDITS. */
  affordable: Scalars['Boolean']['output'];
  /** The student's available credits now. */
  available: CreditAmount;
  /** The chatbot asked about. */
  chatbotId: Scalars['ID']['output'];
  /** The most tokens the answer may generate (the chatbot's maxOutputTokens). */
  maxOutputTokens: Scalars['Int']['output'];
  /** The model of the chatbot's published version. */
  modelId: Scalars['ID']['output'];
  /**
   * The prompt's token bound for the message as the first of a new conversation (system prompt,
   * tools and the message, counted with the same tokenizer and margins as a real answer).
   */
  promptTokens: Scalars['Int']['output'];
  /**
   * What sending the message now would reserve: (promptTokens x input price + maxOutputTokens x
   * output price) x 1.2 at the price in force, rounded up to a micro-credit, by the same rule as
   * the reservation itself. The answer is later charged its real usage, usually much less.
   */
  reserved: CreditAmount;
  /** The student who would pay: the caller, or the student named in `studentId`. */
  student: User;
};

/** An exported file of conversations, ready to save. */
export type ChatExport = {
  __typename?: 'ChatExport';
  /** The file's content. */
  content: Scalars['String']['output'];
  /** The file's media type (`text/markdown` or `application/json`). */
  contentType: Scalars['String']['output'];
  /** A file name to save it under. */
  fileName: Scalars['String']['output'];
  /** How many messages it holds. */
  messageCount: Scalars['Int']['output'];
  /** How many conversations it holds. */
  sessionCount: Scalars['Int']['output'];
};

/** The file formats a conversation export comes in. */
export type ChatExportFormat =
  /** JSON: the conversations and their messages as structured data (ids, roles, times, text, tool calls). */
  | 'JSON'
  /** Markdown: one heading per conversation, each message under its author and time. */
  | 'MARKDOWN';

/** One message in a conversation. */
export type ChatMessage = {
  __typename?: 'ChatMessage';
  /** The API key an integration sent this USER message with on the student's behalf; null otherwise. */
  apiKeyId: Maybe<Scalars['ID']['output']>;
  /**
   * The person who wrote a USER or SUPERVISOR message; null for ASSISTANT messages. For a message an
   * integration sent on the student's behalf, the owner of its API key.
   */
  author: Maybe<User>;
  /** When an ASSISTANT message finished (in any way); null while streaming. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The text so far (complete unless `status` is STREAMING). Reading it as anyone but the conversation's owner is recorded (once per viewer, conversation and minute) before it is returned. */
  content: Scalars['String']['output'];
  /** When the message was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What this answer cost; null until settled or for non-assistant messages. */
  creditsCharged: Maybe<CreditAmount>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Tokens read by the model for this answer; null until settled or for non-assistant messages. */
  inputTokens: Maybe<Scalars['Int']['output']>;
  /** The model that wrote an ASSISTANT message; null otherwise. */
  model: Maybe<Scalars['String']['output']>;
  /** Tokens written by the model for this answer; null until settled or for non-assistant messages. */
  outputTokens: Maybe<Scalars['Int']['output']>;
  /** Who wrote it. */
  role: ChatMessageRole;
  /** The conversation this message belongs to. */
  sessionId: Scalars['ID']['output'];
  /** Where the message is in its life. */
  status: ChatMessageStatus;
  /** Why the answer stopped or failed, in words a person can act on; null otherwise. */
  statusReason: Maybe<Scalars['String']['output']>;
  /** The tools the chatbot used while writing this answer, in order: at most 20 (an answer stops calling tools there). */
  toolCalls: Array<ChatToolCall>;
};

/** A page of messages. */
export type ChatMessageConnection = {
  __typename?: 'ChatMessageConnection';
  /** The messages on this page with their cursors. */
  edges: Array<ChatMessageEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A message with its cursor. */
export type ChatMessageEdge = {
  __typename?: 'ChatMessageEdge';
  /** Pass as `after` to continue after this message. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: ChatMessage;
};

/** Where a message sits, for monitoring's checks on comments (service only). */
export type ChatMessagePlace = {
  __typename?: 'ChatMessagePlace';
  /** When the message was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The person who owns that conversation. */
  ownerId: Scalars['ID']['output'];
  /** The conversation the message belongs to. */
  sessionId: Scalars['ID']['output'];
};

/** Who wrote a chat message. */
export type ChatMessageRole =
  /** The chatbot. */
  | 'ASSISTANT'
  /** A supervising teacher's note, visible to the student. */
  | 'SUPERVISOR'
  /** The person chatting. */
  | 'USER';

/** Where a message is in its life. */
export type ChatMessageStatus =
  /** Finished normally. */
  | 'COMPLETE'
  /** The model or a service failed before it finished; keeps what was written. */
  | 'FAILED'
  /** Stopped by a person (or cut off at the time limit) before it finished; keeps what was written. */
  | 'STOPPED'
  /** The answer is being written. */
  | 'STREAMING';

/**
 * One message found by `searchMyChats`: the message, its conversation and an excerpt around the
 * words that matched.
 */
export type ChatSearchHit = {
  __typename?: 'ChatSearchHit';
  /** The message that matched. */
  message: ChatMessage;
  /** The conversation the message is in. */
  session: ChatSession;
  /** A short excerpt of the message around the matching words (plain text). */
  snippet: Scalars['String']['output'];
};

/** A page of search results. */
export type ChatSearchHitConnection = {
  __typename?: 'ChatSearchHitConnection';
  /** The results on this page with their cursors. */
  edges: Array<ChatSearchHitEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A search result with its cursor. */
export type ChatSearchHitEdge = {
  __typename?: 'ChatSearchHitEdge';
  /** Pass as `after` to continue after this result. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: ChatSearchHit;
};

/**
 * One conversation between a person and a chatbot. Its owner, admins, and the owner's
 * supervisors read it; a supervisor sees only the conversations and messages written since
 * their tie to the student began (see `Class`), and every read of its messages by someone
 * other than the owner is recorded in the conversation access log.
 */
export type ChatSession = {
  __typename?: 'ChatSession';
  /** The chatbot chatted with; null for the built-in default tutor. */
  chatbotId: Maybe<Scalars['ID']['output']>;
  /** The chatbot version whose configuration answered the latest message; null for the built-in default tutor. */
  chatbotVersionId: Maybe<Scalars['ID']['output']>;
  /** When the conversation was started. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * When its owner deleted it while a safety flag held it; null otherwise. The owner no longer
   * sees such a conversation; their supervisors and admins do until the flag is resolved and the
   * retention period (MONITORING_FLAGGED_CONVERSATION_RETENTION_DAYS) has passed, then it is really deleted.
   */
  deletedByOwnerAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether an answer is being written right now. */
  isStreaming: Scalars['Boolean']['output'];
  /**
   * The messages, oldest first (for a supervisor, those written since their tie began). Page
   * forwards with `first`/`after`, or backwards from the newest with `last`/`before` (a chat
   * opens at its latest messages): with `last`, `first` and `after` are ignored, the page holds
   * the newest `last` messages before `before`, still oldest first, and `pageInfo.hasPreviousPage`
   * with `startCursor` lead to older ones.
   */
  messages: ChatMessageConnection;
  /** The person whose conversation it is; only they (or an integration on their behalf, see `startChat`) may send messages in it. */
  owner: User;
  /** A short name for the conversation, editable by its owner (a supervisor sees a neutral title for one started before their tie). */
  title: Scalars['String']['output'];
  /** When anything in the conversation last changed (a message, a rename). */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * One conversation between a person and a chatbot. Its owner, admins, and the owner's
 * supervisors read it; a supervisor sees only the conversations and messages written since
 * their tie to the student began (see `Class`), and every read of its messages by someone
 * other than the owner is recorded in the conversation access log.
 */
export type ChatSessionMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of conversations. */
export type ChatSessionConnection = {
  __typename?: 'ChatSessionConnection';
  /** The conversations on this page with their cursors. */
  edges: Array<ChatSessionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
};

/** A conversation with its cursor. */
export type ChatSessionEdge = {
  __typename?: 'ChatSessionEdge';
  /** Pass as `after` to continue after this conversation. */
  cursor: Scalars['String']['output'];
  /** The conversation. */
  node: ChatSession;
};

/** The answer finished normally and has been charged. */
export type ChatStreamCompleted = ChatStreamEvent & {
  __typename?: 'ChatStreamCompleted';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** What the answer cost; null if accounting could not be reached (the reservation then expires). */
  creditsCharged: Maybe<CreditAmount>;
  /** The stored message. */
  message: ChatMessage;
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** The owner's available credits after the charge; null if unknown. */
  newBalance: Maybe<CreditAmount>;
  /** Position of this event within its message (the last). */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** Tokens the model reported. */
  usage: ChatTokenUsage;
};

/**
 * One event of a conversation's live stream. `sequence` counts up from 1 within each message,
 * so a subscriber can prove it missed nothing and saw nothing twice.
 */
export type ChatStreamEvent = {
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** Position of this event within its message, from 1. */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
};

/** The answer failed; what was written is kept and charged. */
export type ChatStreamFailed = ChatStreamEvent & {
  __typename?: 'ChatStreamFailed';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** What the partial answer cost; null if accounting could not be reached. */
  creditsCharged: Maybe<CreditAmount>;
  /** The stored message. */
  message: ChatMessage;
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** The owner's available credits after the charge; null if unknown. */
  newBalance: Maybe<CreditAmount>;
  /** What went wrong, safe to show. */
  reason: Scalars['String']['output'];
  /** Position of this event within its message (the last). */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** Tokens used until the failure. */
  usage: ChatTokenUsage;
};

/**
 * For a subscriber who joined while an answer was being written: everything up to and
 * including `sequence`. Live events follow from `sequence + 1`.
 */
export type ChatStreamSnapshot = ChatStreamEvent & {
  __typename?: 'ChatStreamSnapshot';
  /** When the snapshot was read. */
  at: Scalars['DateTime']['output'];
  /** The message being written. */
  messageId: Scalars['ID']['output'];
  /** The last sequence number this snapshot covers. */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** The text written so far. */
  text: Scalars['String']['output'];
  /** The tools used so far (at most 20 an answer). */
  toolCalls: Array<ChatToolCall>;
};

/** An answer has started; `message` is the pending ASSISTANT message. */
export type ChatStreamStarted = ChatStreamEvent & {
  __typename?: 'ChatStreamStarted';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The pending assistant message. */
  message: ChatMessage;
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** Always 1. */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
};

/** The answer was stopped (by a person or the time limit); what was written is kept and charged. */
export type ChatStreamStopped = ChatStreamEvent & {
  __typename?: 'ChatStreamStopped';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** What the partial answer cost; null if accounting could not be reached. */
  creditsCharged: Maybe<CreditAmount>;
  /** The stored message. */
  message: ChatMessage;
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** The owner's available credits after the charge; null if unknown. */
  newBalance: Maybe<CreditAmount>;
  /** Why it stopped. */
  reason: Scalars['String']['output'];
  /** Position of this event within its message (the last). */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** Tokens used until the stop. */
  usage: ChatTokenUsage;
};

/** A supervising teacher added a note to the conversation. */
export type ChatStreamSupervisorNote = ChatStreamEvent & {
  __typename?: 'ChatStreamSupervisorNote';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The note, a SUPERVISOR message. */
  message: ChatMessage;
  /** The note's message id. */
  messageId: Scalars['ID']['output'];
  /** Always 1. */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
};

/** More text of the answer (several model tokens, batched in a short window). */
export type ChatStreamTextDelta = ChatStreamEvent & {
  __typename?: 'ChatStreamTextDelta';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** Position of this event within its message. */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** The text to append. */
  text: Scalars['String']['output'];
};

/** The chatbot asked to use a tool. */
export type ChatStreamToolCall = ChatStreamEvent & {
  __typename?: 'ChatStreamToolCall';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** Position of this event within its message. */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** The call (without output yet). */
  toolCall: ChatToolCall;
};

/** A tool finished; the answer continues with its result. */
export type ChatStreamToolResult = ChatStreamEvent & {
  __typename?: 'ChatStreamToolResult';
  /** When the event was published. */
  at: Scalars['DateTime']['output'];
  /** The message this event belongs to. */
  messageId: Scalars['ID']['output'];
  /** Position of this event within its message. */
  sequence: Scalars['Int']['output'];
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** The call with its output. */
  toolCall: ChatToolCall;
};

/** Tokens a model call used, as the model reported them. */
export type ChatTokenUsage = {
  __typename?: 'ChatTokenUsage';
  /** True when the model never reported usage (the stream broke first) and the output count was estimated from the text. */
  estimated: Scalars['Boolean']['output'];
  /** Tokens read by the model (prompt, history, tool results), summed over every model call of the answer. */
  inputTokens: Scalars['Int']['output'];
  /** Tokens written by the model, summed over every model call of the answer. */
  outputTokens: Scalars['Int']['output'];
};

/** One tool the chatbot used while answering. */
export type ChatToolCall = {
  __typename?: 'ChatToolCall';
  /** The arguments the model passed, as a JSON string. */
  input: Scalars['String']['output'];
  /** True when the tool refused or failed; `output` then says why. */
  isError: Scalars['Boolean']['output'];
  /** The tool's name, such as `calculator`. */
  name: Scalars['String']['output'];
  /** What the tool returned to the model; null while it runs. */
  output: Maybe<Scalars['String']['output']>;
  /** The model's identifier for this call. */
  toolUseId: Scalars['ID']['output'];
};

/**
 * An amount of credits, the one money type of this API. Amounts are stored and summed exactly
 * as integer micro-credits (1 credit = 1,000,000 micro-credits); `microCredits` is that exact
 * value, `credits` the nearest floating-point number to it, for display only.
 */
export type CreditAmount = {
  __typename?: 'CreditAmount';
  /** The amount in credits, for display: the nearest double to the exact value. */
  credits: Scalars['Float']['output'];
  /** The exact amount as an integer number of micro-credits, written as a decimal string. */
  microCredits: Scalars['String']['output'];
};

/**
 * A tool administrators register for chatbots to offer (issue 18). Chatbot authors enable it on a
 * chatbot (`ChatbotInput.customToolIds`); while it is not disabled, chat offers it to the model in
 * that chatbot's answers, checks the model's arguments against `inputSchema`, calls it within
 * `timeoutMs`, charges `cost` from the answer's reservation and writes an audit entry
 * (`customToolCalls`). Supervisors and admins see it; where it lives only admins.
 */
export type CustomTool = {
  __typename?: 'CustomTool';
  /** What each call costs the student, charged from the answer's reservation. */
  cost: CreditAmount;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** What the tool does, told to the model (1 to 1,000 characters). */
  description: Scalars['String']['output'];
  /** Whether it is disabled: never offered to a model again. */
  disabled: Scalars['Boolean']['output'];
  /** LAMBDA: a Lambda endpoint other than AWS's (a VPC endpoint, a local emulator); null when AWS's, and for people who are not admins. */
  endpoint: Maybe<Scalars['String']['output']>;
  /** LAMBDA: the function name or ARN; null for MCP tools and for people who are not admins. */
  functionName: Maybe<Scalars['String']['output']>;
  /** MCP: whether an Authorization header is sent (its value is never shown); false for LAMBDA tools. */
  hasAuthHeader: Scalars['Boolean']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The JSON Schema (draft 2020-12 or 07) of the tool's arguments, as a JSON string. */
  inputSchema: Scalars['String']['output'];
  /** How it is reached. */
  kind: CustomToolKind;
  /** MCP: the tool's name on that server; null for LAMBDA tools and for people who are not admins. */
  mcpToolName: Maybe<Scalars['String']['output']>;
  /** The name the model sees (letters, digits, `_` and `-`, 1 to 64 characters, starting with a letter), unique among tools not disabled. */
  name: Scalars['String']['output'];
  /** LAMBDA: the function's AWS region; null for MCP tools and for people who are not admins. */
  region: Maybe<Scalars['String']['output']>;
  /** MCP: the server's streamable HTTP URL (the only address chat calls for it); null for LAMBDA tools and for people who are not admins. */
  serverUrl: Maybe<Scalars['String']['output']>;
  /** How long one call may take, in milliseconds (100 to 30,000). */
  timeoutMs: Scalars['Int']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One call of a custom tool, as audited. */
export type CustomToolCall = {
  __typename?: 'CustomToolCall';
  /** The chatbot that offered it. */
  chatbotId: Maybe<Scalars['ID']['output']>;
  /** What the student was charged for it (zero unless the tool answered: OK or TOOL_ERROR). */
  cost: CreditAmount;
  /** How long the call took, in milliseconds (0 when it was not made). */
  durationMs: Scalars['Int']['output'];
  /** Why it failed, in words; null when OK. */
  error: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The answer that called it. */
  messageId: Scalars['ID']['output'];
  /** How it ended. */
  outcome: CustomToolCallOutcome;
  /** The conversation. */
  sessionId: Scalars['ID']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** The tool's id. */
  toolId: Scalars['ID']['output'];
  /** The tool's name at the time of the call. */
  toolName: Scalars['String']['output'];
  /** The student whose answer called it (who pays). */
  user: User;
};

/** A page of custom tool calls. */
export type CustomToolCallConnection = {
  __typename?: 'CustomToolCallConnection';
  /** The calls on this page. */
  edges: Array<CustomToolCallEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One custom tool call in a page. */
export type CustomToolCallEdge = {
  __typename?: 'CustomToolCallEdge';
  /** Pass as `after` to continue after this call. */
  cursor: Scalars['String']['output'];
  /** The call. */
  node: CustomToolCall;
};

/** How one custom tool call ended. */
export type CustomToolCallOutcome =
  /** The model's arguments did not match the tool's input schema; the tool was not called. */
  | 'INVALID_ARGUMENTS'
  /** The student's credits could not pay for the call; it was not made and the answer ended. */
  | 'NOT_AFFORDABLE'
  /** The tool answered; its result went to the model. */
  | 'OK'
  /** The tool's answer was larger than chat accepts (64 KiB). */
  | 'RESPONSE_TOO_LARGE'
  /** The tool did not answer within its timeout. */
  | 'TIMEOUT'
  /** The tool answered with an error of its own (an MCP `isError` result, a Lambda function error); the model was told. */
  | 'TOOL_ERROR'
  /** The tool's server could not be reached, or answered outside the protocol. */
  | 'UNREACHABLE';

/** A page of custom tools. */
export type CustomToolConnection = {
  __typename?: 'CustomToolConnection';
  /** The tools on this page. */
  edges: Array<CustomToolEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One custom tool in a page. */
export type CustomToolEdge = {
  __typename?: 'CustomToolEdge';
  /** Pass as `after` to continue after this tool. */
  cursor: Scalars['String']['output'];
  /** The tool. */
  node: CustomTool;
};

/** How a custom tool is reached. */
export type CustomToolKind =
  /** An AWS Lambda function, invoked synchronously with the model's arguments as its JSON payload. */
  | 'LAMBDA'
  /** A tool on an MCP server, over streamable HTTP (the tool is listed and called per the Model Context Protocol). */
  | 'MCP';

export type Mutation = {
  __typename?: 'Mutation';
  /** Service only (monitoring): stores a supervisor's note in a conversation and pushes it on the live stream. */
  appendSupervisorNote: ChatMessage;
  /** Deletes one of your conversations and its messages (not while an answer is being written). One with an open or recently resolved safety flag disappears for you at once but is kept for your supervisors until the flag's retention period has passed. Returns true. */
  deleteChatSession: Scalars['Boolean']['output'];
  /** Administrators: disables a custom tool for good; no model is offered it again. Its audit stays. Returns the tool. */
  disableCustomTool: CustomTool;
  /** Administrators: registers a custom tool chatbots may offer. Its input schema is checked; BAD_USER_INPUT says what is wrong. */
  registerCustomTool: CustomTool;
  /** Renames one of your conversations. */
  renameChatSession: ChatSession;
  /**
   * Sends a message in your conversation. Credits for the answer are reserved first (refused with
   * INSUFFICIENT_CREDITS when too few); the answer is written in the background and returned at once
   * as a STREAMING message — follow it with `chatStream`. An API key with `CHAT_WRITE` may also send
   * in a conversation of a student its owner supervises, on the student's behalf (see `startChat`).
   */
  sendMessage: ChatMessage;
  /**
   * Starts a conversation with a chatbot published to you, or with the built-in tutor when
   * `chatbotId` is omitted. With `message`, the conversation starts with that message sent as by
   * `sendMessage`, and when the message is refused (for example INSUFFICIENT_CREDITS) no
   * conversation is left behind.
   */
  startChat: ChatSession;
  /**
   * Service only (monitoring): asks whichever chat replica writes an answer to stop it, as a person's
   * stop would (what was written is kept and charged). An answer that is not being written is left
   * alone. Returns true once the request is passed on; it does not wait for the answer to settle.
   */
  stopAnswer: Scalars['Boolean']['output'];
  /** Stops an answer being written; what was written is kept and charged. The owner, their supervisors and admins may stop it. */
  stopGeneration: ChatMessage;
  /** Administrators: changes a custom tool (not when disabled); chatbots that enabled it use the change from their next answer. */
  updateCustomTool: CustomTool;
};


export type MutationAppendSupervisorNoteArgs = {
  content: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
  supervisorId: Scalars['ID']['input'];
};


export type MutationDeleteChatSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableCustomToolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterCustomToolArgs = {
  input: RegisterCustomToolInput;
};


export type MutationRenameChatSessionArgs = {
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationSendMessageArgs = {
  content: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationStartChatArgs = {
  chatbotId?: InputMaybe<Scalars['ID']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  studentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationStopAnswerArgs = {
  messageId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationStopGenerationArgs = {
  messageId: Scalars['ID']['input'];
};


export type MutationUpdateCustomToolArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomToolInput;
};

/**
 * Where a page of a connection ends. Every list of this API that can grow is a Relay
 * connection, `XConnection { edges: [XEdge!]! pageInfo: PageInfo! }` with `XEdge { cursor
 * node }`, read forward with `first` (the page size) and `after` (the `endCursor` of the page
 * before). Cursors are opaque: pass them back unchanged. Money is always `CreditAmount`; every
 * error carries one `ErrorCode` in `extensions.code`.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item on this page, to pass as `after`; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * Whether items come before this page. Known when paging backwards (`last`/`before`, where a
   * list offers it); false when paging forwards.
   */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item on this page, to pass as `before`; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Service only (monitoring): where a message sits (its conversation, owner and time); null when there is no such message. */
  chatMessagePlace: Maybe<ChatMessagePlace>;
  /** One conversation. Its owner, their supervisors and admins may read it. */
  chatSession: Maybe<ChatSession>;
  /** Service only (monitoring): the id of the person who owns a conversation; null when there is no such conversation. */
  chatSessionOwner: Maybe<Scalars['ID']['output']>;
  /** One custom tool; null when there is none. Supervisors and admins. */
  customTool: Maybe<CustomTool>;
  /** Administrators: the audit of custom tool calls, newest first. */
  customToolCalls: CustomToolCallConnection;
  /**
   * Custom tools (chatbot authors enable them on chatbots), newest first; disabled ones only for
   * admins who ask for them. Supervisors and admins.
   */
  customTools: CustomToolConnection;
  /**
   * What sending `content` to `chatbotId` as the first message of a new conversation would reserve
   * now, and whether the student who would pay can afford it. Nothing is reserved or stored. The
   * student themselves, or (with `studentId`) an administrator or a supervisor of that student;
   * API keys need `chat:read`. NOT_FOUND when the chatbot is not published to the student.
   */
  estimateAnswerCost: AnswerCostEstimate;
  /** One of the signed-in person's own conversations as a file to download, with every message. */
  exportMyChatSession: ChatExport;
  /**
   * Administrators: every conversation of one person (including those they deleted while a safety
   * flag held them) as one file, for safeguarding or a data-subject request. Each conversation
   * exported is recorded in the conversation access log, which the person sees.
   */
  exportUserChats: ChatExport;
  /** The signed-in person's conversations, most recently active first. */
  myChatSessions: ChatSessionConnection;
  /**
   * Full-text search over the signed-in person's own conversations: every message (theirs, the
   * chatbot's and their teachers' notes) containing all the words of `query` (a phrase in quotes,
   * `-word` to exclude), newest first. Conversations they deleted are not searched.
   */
  searchMyChats: ChatSearchHitConnection;
  /**
   * Service only (accounting's reaper): of these reservations, the ones chat still owes a settlement
   * for (stored in its outbox, not yet acknowledged) or is still writing an answer against. The
   * reaper leaves those alone.
   */
  settlementPending: Array<Scalars['ID']['output']>;
};


export type QueryChatMessagePlaceArgs = {
  messageId: Scalars['ID']['input'];
};


export type QueryChatSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChatSessionOwnerArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryCustomToolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomToolCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  toolId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCustomToolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEstimateAnswerCostArgs = {
  chatbotId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  studentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportMyChatSessionArgs = {
  format: ChatExportFormat;
  sessionId: Scalars['ID']['input'];
};


export type QueryExportUserChatsArgs = {
  format: ChatExportFormat;
  userId: Scalars['ID']['input'];
};


export type QueryMyChatSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchMyChatsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySettlementPendingArgs = {
  reservationIds: Array<Scalars['ID']['input']>;
};

/**
 * What an administrator registers. MCP tools need `serverUrl` and `mcpToolName`; LAMBDA tools
 * need `functionName` and `region`.
 */
export type RegisterCustomToolInput = {
  /** MCP: the value of the Authorization header sent to the server (for example `Bearer …`); stored, never shown. */
  authHeader?: InputMaybe<Scalars['String']['input']>;
  /** What each call costs, in micro-credits as a decimal string of a whole number from 0 to 100,000,000 (100 credits). */
  costMicroCredits: Scalars['String']['input'];
  /** What the tool does, told to the model (1 to 1,000 characters). */
  description: Scalars['String']['input'];
  /** LAMBDA: a Lambda endpoint URL other than AWS's; omitted for AWS. */
  endpoint?: InputMaybe<Scalars['String']['input']>;
  /** LAMBDA: the function name or ARN (with an optional version or alias). */
  functionName?: InputMaybe<Scalars['String']['input']>;
  /** The JSON Schema of the arguments, as a JSON string: an object schema, checked on save. */
  inputSchema: Scalars['String']['input'];
  /** How it is reached. */
  kind: CustomToolKind;
  /** MCP: the tool's name on that server. */
  mcpToolName?: InputMaybe<Scalars['String']['input']>;
  /** The name the model sees: letters, digits, `_` and `-`, 1 to 64 characters, starting with a letter; not `calculator` or `search_course_materials`. */
  name: Scalars['String']['input'];
  /** LAMBDA: the AWS region, such as `eu-west-1`. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** MCP: the server's streamable HTTP URL (http or https, no credentials in it). */
  serverUrl?: InputMaybe<Scalars['String']['input']>;
  /** How long one call may take, in milliseconds, 100 to 30,000. */
  timeoutMs: Scalars['Int']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The live events of a conversation, for its owner, their supervisors and admins. Joining while an
   * answer is being written first yields a ChatStreamSnapshot, then the live events after it.
   */
  chatStream: ChatStreamEvent;
};


export type SubscriptionChatStreamArgs = {
  sessionId: Scalars['ID']['input'];
};

/** Changes to a custom tool; omitted fields stay as they are. Its kind cannot change. */
export type UpdateCustomToolInput = {
  /** MCP: a new Authorization header value; an empty string removes it. */
  authHeader?: InputMaybe<Scalars['String']['input']>;
  /** A new cost per call in micro-credits, as on registration. */
  costMicroCredits?: InputMaybe<Scalars['String']['input']>;
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** LAMBDA: a new endpoint URL; an empty string returns to AWS's. */
  endpoint?: InputMaybe<Scalars['String']['input']>;
  /** LAMBDA: a new function name or ARN. */
  functionName?: InputMaybe<Scalars['String']['input']>;
  /** A new JSON Schema of the arguments, as a JSON string. */
  inputSchema?: InputMaybe<Scalars['String']['input']>;
  /** MCP: a new tool name on the server. */
  mcpToolName?: InputMaybe<Scalars['String']['input']>;
  /** A new name (same rules as on registration). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** LAMBDA: a new region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** MCP: a new server URL. */
  serverUrl?: InputMaybe<Scalars['String']['input']>;
  /** A new timeout in milliseconds, 100 to 30,000. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person who uses Aula (owned by the auth subgraph). Chat adds what it knows about their chatting.
 * Readable by the person themself, their supervisors and admins.
 */
export type User = {
  __typename?: 'User';
  /** This person's conversations, most recently active first (for a supervisor, those started or written in since their tie began). Listing is not reading: an audit entry is made only when message content is returned. */
  chatSessions: ChatSessionConnection;
  /** How many chat sessions this person started today (UTC). */
  chatSessionsToday: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** When this person last sent a chat message; null if never. */
  lastChatAt: Maybe<Scalars['DateTime']['output']>;
};


/**
 * A person who uses Aula (owned by the auth subgraph). Chat adds what it knows about their chatting.
 * Readable by the person themself, their supervisors and admins.
 */
export type UserChatSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ChatMessage: ChatMessage;
  ChatSession: ChatSession;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ChatMessage:
    ( { __typename: 'ChatMessage' }
    & GraphQLRecursivePick<FederationTypes['ChatMessage'], {"id":true}> );
  ChatSession:
    ( { __typename: 'ChatSession' }
    & GraphQLRecursivePick<FederationTypes['ChatSession'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnswerCostEstimate: ResolverTypeWrapper<AnswerCostEstimateModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChatExport: ResolverTypeWrapper<ChatExport>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ChatExportFormat: ChatExportFormat;
  ChatMessage: ResolverTypeWrapper<MessageModel>;
  ChatMessageConnection: ResolverTypeWrapper<Omit<ChatMessageConnection, 'edges'> & { edges: Array<ResolversTypes['ChatMessageEdge']> }>;
  ChatMessageEdge: ResolverTypeWrapper<Omit<ChatMessageEdge, 'node'> & { node: ResolversTypes['ChatMessage'] }>;
  ChatMessagePlace: ResolverTypeWrapper<ChatMessagePlace>;
  ChatMessageRole: ChatMessageRole;
  ChatMessageStatus: ChatMessageStatus;
  ChatSearchHit: ResolverTypeWrapper<Omit<ChatSearchHit, 'message' | 'session'> & { message: ResolversTypes['ChatMessage'], session: ResolversTypes['ChatSession'] }>;
  ChatSearchHitConnection: ResolverTypeWrapper<Omit<ChatSearchHitConnection, 'edges'> & { edges: Array<ResolversTypes['ChatSearchHitEdge']> }>;
  ChatSearchHitEdge: ResolverTypeWrapper<Omit<ChatSearchHitEdge, 'node'> & { node: ResolversTypes['ChatSearchHit'] }>;
  ChatSession: ResolverTypeWrapper<SessionModel>;
  ChatSessionConnection: ResolverTypeWrapper<Omit<ChatSessionConnection, 'edges'> & { edges: Array<ResolversTypes['ChatSessionEdge']> }>;
  ChatSessionEdge: ResolverTypeWrapper<Omit<ChatSessionEdge, 'node'> & { node: ResolversTypes['ChatSession'] }>;
  ChatStreamCompleted: ResolverTypeWrapper<CompletedModel>;
  ChatStreamEvent: ResolverTypeWrapper<StreamEventModel>;
  ChatStreamFailed: ResolverTypeWrapper<FailedModel>;
  ChatStreamSnapshot: ResolverTypeWrapper<SnapshotModel>;
  ChatStreamStarted: ResolverTypeWrapper<StartedModel>;
  ChatStreamStopped: ResolverTypeWrapper<StoppedModel>;
  ChatStreamSupervisorNote: ResolverTypeWrapper<SupervisorNoteModel>;
  ChatStreamTextDelta: ResolverTypeWrapper<TextDeltaModel>;
  ChatStreamToolCall: ResolverTypeWrapper<ToolCallEventModel>;
  ChatStreamToolResult: ResolverTypeWrapper<ToolResultEventModel>;
  ChatTokenUsage: ResolverTypeWrapper<UsageModel>;
  ChatToolCall: ResolverTypeWrapper<ToolCallModel>;
  CreditAmount: ResolverTypeWrapper<CreditAmount>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CustomTool: ResolverTypeWrapper<CustomToolModel>;
  CustomToolCall: ResolverTypeWrapper<CustomToolCallModel>;
  CustomToolCallConnection: ResolverTypeWrapper<Omit<CustomToolCallConnection, 'edges'> & { edges: Array<ResolversTypes['CustomToolCallEdge']> }>;
  CustomToolCallEdge: ResolverTypeWrapper<Omit<CustomToolCallEdge, 'node'> & { node: ResolversTypes['CustomToolCall'] }>;
  CustomToolCallOutcome: CustomToolCallOutcome;
  CustomToolConnection: ResolverTypeWrapper<Omit<CustomToolConnection, 'edges'> & { edges: Array<ResolversTypes['CustomToolEdge']> }>;
  CustomToolEdge: ResolverTypeWrapper<Omit<CustomToolEdge, 'node'> & { node: ResolversTypes['CustomTool'] }>;
  CustomToolKind: CustomToolKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterCustomToolInput: RegisterCustomToolInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCustomToolInput: UpdateCustomToolInput;
  User: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnswerCostEstimate: AnswerCostEstimateModel;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ChatExport: ChatExport;
  String: Scalars['String']['output'];
  ChatMessage: MessageModel;
  ChatMessageConnection: Omit<ChatMessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChatMessageEdge']> };
  ChatMessageEdge: Omit<ChatMessageEdge, 'node'> & { node: ResolversParentTypes['ChatMessage'] };
  ChatMessagePlace: ChatMessagePlace;
  ChatSearchHit: Omit<ChatSearchHit, 'message' | 'session'> & { message: ResolversParentTypes['ChatMessage'], session: ResolversParentTypes['ChatSession'] };
  ChatSearchHitConnection: Omit<ChatSearchHitConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChatSearchHitEdge']> };
  ChatSearchHitEdge: Omit<ChatSearchHitEdge, 'node'> & { node: ResolversParentTypes['ChatSearchHit'] };
  ChatSession: SessionModel;
  ChatSessionConnection: Omit<ChatSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChatSessionEdge']> };
  ChatSessionEdge: Omit<ChatSessionEdge, 'node'> & { node: ResolversParentTypes['ChatSession'] };
  ChatStreamCompleted: CompletedModel;
  ChatStreamEvent: StreamEventModel;
  ChatStreamFailed: FailedModel;
  ChatStreamSnapshot: SnapshotModel;
  ChatStreamStarted: StartedModel;
  ChatStreamStopped: StoppedModel;
  ChatStreamSupervisorNote: SupervisorNoteModel;
  ChatStreamTextDelta: TextDeltaModel;
  ChatStreamToolCall: ToolCallEventModel;
  ChatStreamToolResult: ToolResultEventModel;
  ChatTokenUsage: UsageModel;
  ChatToolCall: ToolCallModel;
  CreditAmount: CreditAmount;
  Float: Scalars['Float']['output'];
  CustomTool: CustomToolModel;
  CustomToolCall: CustomToolCallModel;
  CustomToolCallConnection: Omit<CustomToolCallConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomToolCallEdge']> };
  CustomToolCallEdge: Omit<CustomToolCallEdge, 'node'> & { node: ResolversParentTypes['CustomToolCall'] };
  CustomToolConnection: Omit<CustomToolConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomToolEdge']> };
  CustomToolEdge: Omit<CustomToolEdge, 'node'> & { node: ResolversParentTypes['CustomTool'] };
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterCustomToolInput: RegisterCustomToolInput;
  Subscription: Record<PropertyKey, never>;
  UpdateCustomToolInput: UpdateCustomToolInput;
  User: UserRef;
}>;

export type AnswerCostEstimateResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['AnswerCostEstimate'] = ResolversParentTypes['AnswerCostEstimate']> = ResolversObject<{
  affordable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  chatbotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxOutputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modelId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promptTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  student?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ChatExportResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatExport'] = ResolversParentTypes['ChatExport']> = ResolversObject<{
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChatMessageResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatMessage'] = ResolversParentTypes['ChatMessage'], FederationReferenceType extends FederationReferenceTypes['ChatMessage'] = FederationReferenceTypes['ChatMessage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChatMessage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apiKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditsCharged?: Resolver<Maybe<ResolversTypes['CreditAmount']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputTokens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outputTokens?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ChatMessageRole'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChatMessageStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toolCalls?: Resolver<Array<ResolversTypes['ChatToolCall']>, ParentType, ContextType>;
}>;

export type ChatMessageConnectionResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatMessageConnection'] = ResolversParentTypes['ChatMessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChatMessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChatMessageEdgeResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatMessageEdge'] = ResolversParentTypes['ChatMessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
}>;

export type ChatMessagePlaceResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatMessagePlace'] = ResolversParentTypes['ChatMessagePlace']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ChatSearchHitResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatSearchHit'] = ResolversParentTypes['ChatSearchHit']> = ResolversObject<{
  message?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['ChatSession'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChatSearchHitConnectionResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatSearchHitConnection'] = ResolversParentTypes['ChatSearchHitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChatSearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChatSearchHitEdgeResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatSearchHitEdge'] = ResolversParentTypes['ChatSearchHitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChatSearchHit'], ParentType, ContextType>;
}>;

export type ChatSessionResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatSession'] = ResolversParentTypes['ChatSession'], FederationReferenceType extends FederationReferenceTypes['ChatSession'] = FederationReferenceTypes['ChatSession']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChatSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chatbotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  chatbotVersionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedByOwnerAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isStreaming?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  messages?: Resolver<ResolversTypes['ChatMessageConnection'], ParentType, ContextType, RequireFields<ChatSessionMessagesArgs, 'first'>>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ChatSessionConnectionResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatSessionConnection'] = ResolversParentTypes['ChatSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChatSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChatSessionEdgeResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatSessionEdge'] = ResolversParentTypes['ChatSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChatSession'], ParentType, ContextType>;
}>;

export type ChatStreamCompletedResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamCompleted'] = ResolversParentTypes['ChatStreamCompleted']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditsCharged?: Resolver<Maybe<ResolversTypes['CreditAmount']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newBalance?: Resolver<Maybe<ResolversTypes['CreditAmount']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['ChatTokenUsage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamEventResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamEvent'] = ResolversParentTypes['ChatStreamEvent']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ChatStreamCompleted' | 'ChatStreamFailed' | 'ChatStreamSnapshot' | 'ChatStreamStarted' | 'ChatStreamStopped' | 'ChatStreamSupervisorNote' | 'ChatStreamTextDelta' | 'ChatStreamToolCall' | 'ChatStreamToolResult', ParentType, ContextType>;
}>;

export type ChatStreamFailedResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamFailed'] = ResolversParentTypes['ChatStreamFailed']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditsCharged?: Resolver<Maybe<ResolversTypes['CreditAmount']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newBalance?: Resolver<Maybe<ResolversTypes['CreditAmount']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['ChatTokenUsage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamSnapshotResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamSnapshot'] = ResolversParentTypes['ChatStreamSnapshot']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toolCalls?: Resolver<Array<ResolversTypes['ChatToolCall']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamStartedResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamStarted'] = ResolversParentTypes['ChatStreamStarted']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamStoppedResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamStopped'] = ResolversParentTypes['ChatStreamStopped']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditsCharged?: Resolver<Maybe<ResolversTypes['CreditAmount']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newBalance?: Resolver<Maybe<ResolversTypes['CreditAmount']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['ChatTokenUsage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamSupervisorNoteResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamSupervisorNote'] = ResolversParentTypes['ChatStreamSupervisorNote']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamTextDeltaResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamTextDelta'] = ResolversParentTypes['ChatStreamTextDelta']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamToolCallResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamToolCall'] = ResolversParentTypes['ChatStreamToolCall']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toolCall?: Resolver<ResolversTypes['ChatToolCall'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatStreamToolResultResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatStreamToolResult'] = ResolversParentTypes['ChatStreamToolResult']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toolCall?: Resolver<ResolversTypes['ChatToolCall'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChatTokenUsageResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatTokenUsage'] = ResolversParentTypes['ChatTokenUsage']> = ResolversObject<{
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChatToolCallResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['ChatToolCall'] = ResolversParentTypes['ChatToolCall']> = ResolversObject<{
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toolUseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CreditAmountResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['CreditAmount'] = ResolversParentTypes['CreditAmount']> = ResolversObject<{
  credits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  microCredits?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomToolResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['CustomTool'] = ResolversParentTypes['CustomTool']> = ResolversObject<{
  cost?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endpoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  functionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasAuthHeader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputSchema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomToolKind'], ParentType, ContextType>;
  mcpToolName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeoutMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomToolCallResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['CustomToolCall'] = ResolversParentTypes['CustomToolCall']> = ResolversObject<{
  chatbotId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['CreditAmount'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CustomToolCallOutcome'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  toolId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toolName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CustomToolCallConnectionResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['CustomToolCallConnection'] = ResolversParentTypes['CustomToolCallConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomToolCallEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomToolCallEdgeResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['CustomToolCallEdge'] = ResolversParentTypes['CustomToolCallEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomToolCall'], ParentType, ContextType>;
}>;

export type CustomToolConnectionResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['CustomToolConnection'] = ResolversParentTypes['CustomToolConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomToolEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomToolEdgeResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['CustomToolEdge'] = ResolversParentTypes['CustomToolEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomTool'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  appendSupervisorNote?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType, RequireFields<MutationAppendSupervisorNoteArgs, 'content' | 'sessionId' | 'supervisorId'>>;
  deleteChatSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteChatSessionArgs, 'id'>>;
  disableCustomTool?: Resolver<ResolversTypes['CustomTool'], ParentType, ContextType, RequireFields<MutationDisableCustomToolArgs, 'id'>>;
  registerCustomTool?: Resolver<ResolversTypes['CustomTool'], ParentType, ContextType, RequireFields<MutationRegisterCustomToolArgs, 'input'>>;
  renameChatSession?: Resolver<ResolversTypes['ChatSession'], ParentType, ContextType, RequireFields<MutationRenameChatSessionArgs, 'id' | 'title'>>;
  sendMessage?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType, RequireFields<MutationSendMessageArgs, 'content' | 'sessionId'>>;
  startChat?: Resolver<ResolversTypes['ChatSession'], ParentType, ContextType, Partial<MutationStartChatArgs>>;
  stopAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationStopAnswerArgs, 'messageId' | 'reason'>>;
  stopGeneration?: Resolver<ResolversTypes['ChatMessage'], ParentType, ContextType, RequireFields<MutationStopGenerationArgs, 'messageId'>>;
  updateCustomTool?: Resolver<ResolversTypes['CustomTool'], ParentType, ContextType, RequireFields<MutationUpdateCustomToolArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  chatMessagePlace?: Resolver<Maybe<ResolversTypes['ChatMessagePlace']>, ParentType, ContextType, RequireFields<QueryChatMessagePlaceArgs, 'messageId'>>;
  chatSession?: Resolver<Maybe<ResolversTypes['ChatSession']>, ParentType, ContextType, RequireFields<QueryChatSessionArgs, 'id'>>;
  chatSessionOwner?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryChatSessionOwnerArgs, 'sessionId'>>;
  customTool?: Resolver<Maybe<ResolversTypes['CustomTool']>, ParentType, ContextType, RequireFields<QueryCustomToolArgs, 'id'>>;
  customToolCalls?: Resolver<ResolversTypes['CustomToolCallConnection'], ParentType, ContextType, RequireFields<QueryCustomToolCallsArgs, 'first'>>;
  customTools?: Resolver<ResolversTypes['CustomToolConnection'], ParentType, ContextType, RequireFields<QueryCustomToolsArgs, 'first' | 'includeDisabled'>>;
  estimateAnswerCost?: Resolver<ResolversTypes['AnswerCostEstimate'], ParentType, ContextType, RequireFields<QueryEstimateAnswerCostArgs, 'chatbotId' | 'content'>>;
  exportMyChatSession?: Resolver<ResolversTypes['ChatExport'], ParentType, ContextType, RequireFields<QueryExportMyChatSessionArgs, 'format' | 'sessionId'>>;
  exportUserChats?: Resolver<ResolversTypes['ChatExport'], ParentType, ContextType, RequireFields<QueryExportUserChatsArgs, 'format' | 'userId'>>;
  myChatSessions?: Resolver<ResolversTypes['ChatSessionConnection'], ParentType, ContextType, RequireFields<QueryMyChatSessionsArgs, 'first'>>;
  searchMyChats?: Resolver<ResolversTypes['ChatSearchHitConnection'], ParentType, ContextType, RequireFields<QuerySearchMyChatsArgs, 'first' | 'query'>>;
  settlementPending?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QuerySettlementPendingArgs, 'reservationIds'>>;
}>;

export type SubscriptionResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  chatStream?: SubscriptionResolver<ResolversTypes['ChatStreamEvent'], "chatStream", ParentType, ContextType, RequireFields<SubscriptionChatStreamArgs, 'sessionId'>>;
}>;

export type UserResolvers<ContextType = ChatSubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chatSessions?: Resolver<ResolversTypes['ChatSessionConnection'], ParentType, ContextType, RequireFields<UserChatSessionsArgs, 'first'>>;
  chatSessionsToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChatAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ChatSubgraphContext> = ResolversObject<{
  AnswerCostEstimate?: AnswerCostEstimateResolvers<ContextType>;
  ChatExport?: ChatExportResolvers<ContextType>;
  ChatMessage?: ChatMessageResolvers<ContextType>;
  ChatMessageConnection?: ChatMessageConnectionResolvers<ContextType>;
  ChatMessageEdge?: ChatMessageEdgeResolvers<ContextType>;
  ChatMessagePlace?: ChatMessagePlaceResolvers<ContextType>;
  ChatSearchHit?: ChatSearchHitResolvers<ContextType>;
  ChatSearchHitConnection?: ChatSearchHitConnectionResolvers<ContextType>;
  ChatSearchHitEdge?: ChatSearchHitEdgeResolvers<ContextType>;
  ChatSession?: ChatSessionResolvers<ContextType>;
  ChatSessionConnection?: ChatSessionConnectionResolvers<ContextType>;
  ChatSessionEdge?: ChatSessionEdgeResolvers<ContextType>;
  ChatStreamCompleted?: ChatStreamCompletedResolvers<ContextType>;
  ChatStreamEvent?: ChatStreamEventResolvers<ContextType>;
  ChatStreamFailed?: ChatStreamFailedResolvers<ContextType>;
  ChatStreamSnapshot?: ChatStreamSnapshotResolvers<ContextType>;
  ChatStreamStarted?: ChatStreamStartedResolvers<ContextType>;
  ChatStreamStopped?: ChatStreamStoppedResolvers<ContextType>;
  ChatStreamSupervisorNote?: ChatStreamSupervisorNoteResolvers<ContextType>;
  ChatStreamTextDelta?: ChatStreamTextDeltaResolvers<ContextType>;
  ChatStreamToolCall?: ChatStreamToolCallResolvers<ContextType>;
  ChatStreamToolResult?: ChatStreamToolResultResolvers<ContextType>;
  ChatTokenUsage?: ChatTokenUsageResolvers<ContextType>;
  ChatToolCall?: ChatToolCallResolvers<ContextType>;
  CreditAmount?: CreditAmountResolvers<ContextType>;
  CustomTool?: CustomToolResolvers<ContextType>;
  CustomToolCall?: CustomToolCallResolvers<ContextType>;
  CustomToolCallConnection?: CustomToolCallConnectionResolvers<ContextType>;
  CustomToolCallEdge?: CustomToolCallEdgeResolvers<ContextType>;
  CustomToolConnection?: CustomToolConnectionResolvers<ContextType>;
  CustomToolEdge?: CustomToolEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

