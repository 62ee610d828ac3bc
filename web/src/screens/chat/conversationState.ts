import type { ChatStreamSubscription, MessageFieldsFragment } from '../../generated/graphql';

/** A message as the conversation view shows it. */
export type Message = MessageFieldsFragment;

/** One event of the session's `chatStream`. */
export type StreamEvent = ChatStreamSubscription['chatStream'];

/** The conversation as the view knows it: messages in order, and how far each stream got. */
export interface ConversationState {
  readonly order: readonly string[];
  readonly byId: Readonly<Record<string, Message>>;
  /** The last sequence number applied per message; events at or below it are duplicates. */
  readonly sequence: Readonly<Record<string, number>>;
  /** Set when a sequence number was skipped: the text may miss a piece until the final message. */
  readonly gap: Readonly<Record<string, boolean>>;
}

/** What changes the conversation. */
export type ConversationAction =
  | { readonly type: 'loaded'; readonly messages: readonly Message[] }
  | { readonly type: 'upsert'; readonly message: Message }
  | { readonly type: 'event'; readonly event: StreamEvent };

export const emptyConversation: ConversationState = { order: [], byId: {}, sequence: {}, gap: {} };

function put(state: ConversationState, message: Message): ConversationState {
  const known = message.id in state.byId;
  return {
    ...state,
    order: known ? state.order : [...state.order, message.id],
    byId: { ...state.byId, [message.id]: message },
  };
}

function upsertToolCall(message: Message, call: Message['toolCalls'][number]): Message {
  const known = message.toolCalls.some((c) => c.toolUseId === call.toolUseId);
  const toolCalls = known
    ? message.toolCalls.map((c) => (c.toolUseId === call.toolUseId ? call : c))
    : [...message.toolCalls, call];
  return { ...message, toolCalls };
}

/** A STREAMING placeholder for an answer whose first event arrives before its message does. */
function placeholder(event: StreamEvent): Message {
  return {
    id: event.messageId,
    sessionId: event.sessionId,
    role: 'ASSISTANT',
    content: '',
    status: 'STREAMING',
    statusReason: null,
    createdAt: new Date().toISOString(),
    completedAt: null,
    creditsCharged: null,
    toolCalls: [],
    author: null,
  };
}

function applyEvent(state: ConversationState, event: StreamEvent): ConversationState {
  const id = event.messageId;
  const last = state.sequence[id] ?? 0;
  // Messages carried whole (started, notes, final states) are idempotent; only deltas need ordering.
  if (event.__typename !== 'ChatStreamSnapshot' && event.sequence <= last) return state;
  const withSeq = (next: ConversationState, gap = false): ConversationState => ({
    ...next,
    sequence: { ...next.sequence, [id]: Math.max(last, event.sequence) },
    gap: gap ? { ...next.gap, [id]: true } : next.gap,
  });
  const current = state.byId[id] ?? placeholder(event);

  switch (event.__typename) {
    case 'ChatStreamStarted':
    case 'ChatStreamSupervisorNote':
      return withSeq(put(state, event.message));
    case 'ChatStreamSnapshot':
      // Everything up to `sequence`: replaces what we had, whatever order it came in.
      if (event.sequence < last) return state;
      return withSeq(put(state, { ...current, content: event.text, toolCalls: event.toolCalls }));
    case 'ChatStreamTextDelta':
      return withSeq(
        put(state, { ...current, content: current.content + event.text }),
        event.sequence > last + 1 && last > 0,
      );
    case 'ChatStreamToolCall':
    case 'ChatStreamToolResult':
      return withSeq(put(state, upsertToolCall(current, event.toolCall)));
    case 'ChatStreamCompleted':
    case 'ChatStreamStopped':
    case 'ChatStreamFailed': {
      // The stored final message is the truth: it also repairs any gap.
      const next = withSeq(put(state, event.message));
      const { [id]: _repaired, ...gap } = next.gap;
      return { ...next, gap };
    }
  }
}

/** Folds loads, local upserts and stream events into the conversation. */
export function conversationReducer(
  state: ConversationState,
  action: ConversationAction,
): ConversationState {
  switch (action.type) {
    case 'loaded': {
      let next = state;
      for (const message of action.messages) {
        const mine = next.byId[message.id];
        // A streaming answer we are already following live is ahead of the stored copy.
        if (mine && message.status === 'STREAMING' && next.sequence[message.id] !== undefined)
          continue;
        next = put(next, message);
      }
      return { ...next, order: sortByCreation(next) };
    }
    case 'upsert': {
      const mine = state.byId[action.message.id];
      if (mine && mine.status !== 'STREAMING' && action.message.status === 'STREAMING')
        return state;
      if (
        mine &&
        action.message.status === 'STREAMING' &&
        state.sequence[action.message.id] !== undefined
      )
        return state;
      return put(state, action.message);
    }
    case 'event':
      return applyEvent(state, action.event);
  }
}

function sortByCreation(state: ConversationState): string[] {
  return [...state.order].sort((a, b) => {
    const left = state.byId[a]?.createdAt ?? '';
    const right = state.byId[b]?.createdAt ?? '';
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
