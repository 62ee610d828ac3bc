/**
 * The web app's fold of `chatStream` events into a conversation: ordering by sequence,
 * duplicates after a reconnect, snapshots for late joiners, and final messages repairing gaps.
 * Pure logic, so it runs without a browser (`npm run test:e2e` runs it with the browser suite).
 */
import {
  conversationReducer,
  emptyConversation,
  type ConversationState,
  type Message,
  type StreamEvent,
} from '../web/src/screens/chat/conversationState';

const sessionId = 's1';
const at = '2026-11-29T10:00:00.000Z';

function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 'a1',
    sessionId,
    role: 'ASSISTANT',
    content: '',
    status: 'STREAMING',
    statusReason: null,
    createdAt: at,
    completedAt: null,
    creditsCharged: null,
    toolCalls: [],
    author: null,
    ...overrides,
  };
}

const delta = (sequence: number, text: string, messageId = 'a1'): StreamEvent => ({
  __typename: 'ChatStreamTextDelta',
  sessionId,
  messageId,
  sequence,
  text,
});

function fold(
  events: StreamEvent[],
  start: ConversationState = emptyConversation,
): ConversationState {
  return events.reduce(
    (state, event) => conversationReducer(state, { type: 'event', event }),
    start,
  );
}

const text = (state: ConversationState, id = 'a1') => state.byId[id]?.content;

test('deltas append in sequence order and a repeated sequence is ignored', () => {
  const state = fold([
    {
      __typename: 'ChatStreamStarted',
      sessionId,
      messageId: 'a1',
      sequence: 1,
      message: message(),
    },
    delta(2, 'Hello'),
    delta(3, ', world'),
    delta(3, ', world'),
    delta(2, 'Hello'),
  ]);
  expect(text(state)).toBe('Hello, world');
  expect(state.order).toEqual(['a1']);
  expect(state.gap.a1).toBeUndefined();
});

test('a late joiner starts from the snapshot and continues with the live deltas after it', () => {
  const state = fold([
    {
      __typename: 'ChatStreamSnapshot',
      sessionId,
      messageId: 'a1',
      sequence: 7,
      text: 'So far',
      toolCalls: [],
    },
    delta(7, ' (already in the snapshot)'),
    delta(8, ' and more'),
  ]);
  expect(text(state)).toBe('So far and more');
});

test('a snapshot after a reconnect replaces the text, and an older one is ignored', () => {
  const live = fold([delta(1, 'A'), delta(2, 'B')]);
  const resumed = fold(
    [
      {
        __typename: 'ChatStreamSnapshot',
        sessionId,
        messageId: 'a1',
        sequence: 4,
        text: 'ABCD',
        toolCalls: [],
      },
    ],
    live,
  );
  expect(text(resumed)).toBe('ABCD');
  const stale = fold(
    [
      {
        __typename: 'ChatStreamSnapshot',
        sessionId,
        messageId: 'a1',
        sequence: 3,
        text: 'ABC',
        toolCalls: [],
      },
    ],
    resumed,
  );
  expect(text(stale)).toBe('ABCD');
});

test('a skipped sequence is marked as a gap, and the final message repairs it', () => {
  const gapped = fold([delta(1, 'One '), delta(3, 'three')]);
  expect(gapped.gap.a1).toBe(true);
  const done = fold(
    [
      {
        __typename: 'ChatStreamCompleted',
        sessionId,
        messageId: 'a1',
        sequence: 4,
        message: message({ content: 'One two three', status: 'COMPLETE' }),
        newBalance: { credits: 9.5 },
      },
    ],
    gapped,
  );
  expect(text(done)).toBe('One two three');
  expect(done.byId.a1?.status).toBe('COMPLETE');
  expect(done.gap.a1).toBeUndefined();
});

test('tool calls are added, then updated in place with their result', () => {
  const call = {
    toolUseId: 't1',
    name: 'calculator',
    input: '{"expression":"2+2"}',
    output: null,
    isError: false,
  };
  const state = fold([
    { __typename: 'ChatStreamToolCall', sessionId, messageId: 'a1', sequence: 1, toolCall: call },
    {
      __typename: 'ChatStreamToolResult',
      sessionId,
      messageId: 'a1',
      sequence: 2,
      toolCall: { ...call, output: '4' },
    },
  ]);
  expect(state.byId.a1?.toolCalls).toEqual([{ ...call, output: '4' }]);
});

test('the stored copy of an answer being followed live does not roll its text back', () => {
  const live = fold([delta(1, 'Live text')]);
  const loaded = conversationReducer(live, {
    type: 'loaded',
    messages: [
      message({
        id: 'u1',
        role: 'USER',
        content: 'Question',
        status: 'COMPLETE',
        createdAt: '2026-11-29T09:59:59.000Z',
      }),
      message(),
    ],
  });
  expect(text(loaded)).toBe('Live text');
  expect(loaded.order).toEqual(['u1', 'a1']);
  const stopped = conversationReducer(loaded, {
    type: 'upsert',
    message: message({ content: 'Live text', status: 'STOPPED' }),
  });
  expect(stopped.byId.a1?.status).toBe('STOPPED');
  const stale = conversationReducer(stopped, { type: 'upsert', message: message({ content: '' }) });
  expect(stale.byId.a1?.status).toBe('STOPPED');
});

test("a teacher's note arrives whole and sits after the messages before it", () => {
  const note = message({
    id: 'n1',
    role: 'SUPERVISOR',
    content: 'Well done',
    status: 'COMPLETE',
    author: { id: 't', displayName: 'Tess' },
  });
  const state = fold([
    delta(1, 'Answer'),
    {
      __typename: 'ChatStreamSupervisorNote',
      sessionId,
      messageId: 'n1',
      sequence: 1,
      message: note,
    },
  ]);
  expect(state.order).toEqual(['a1', 'n1']);
  expect(state.byId.n1?.content).toBe('Well done');
});
