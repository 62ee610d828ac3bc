/**
 * Mission control's tile store: class activity opens a tile per student and follows their
 * conversation's `chatStream`; deltas fold in order (duplicates dropped); a student moving to
 * another conversation is followed there; and listeners hear at most once per frame, only for
 * the tiles that changed. Pure logic, run without a browser.
 */
import type { StreamEvent } from '../web/src/screens/chat/conversationState';
import { MissionStore, TILE_TEXT_CHARS } from '../web/src/screens/supervisor/mission/missionStore';

const at = '2026-11-30T10:00:00.000Z';

function answer(id: string, sessionId: string, content: string, status = 'COMPLETED') {
  return {
    id,
    sessionId,
    role: 'ASSISTANT' as const,
    content,
    status: status as 'COMPLETED',
    statusReason: null,
    createdAt: at,
    completedAt: at,
    creditsCharged: null,
    toolCalls: [],
    author: null,
  };
}

function harness() {
  const streams = new Map<string, (event: StreamEvent) => void>();
  const lost = new Map<string, () => void>();
  const stopped: string[] = [];
  const frames: Array<() => void> = [];
  const store = new MissionStore(
    (sessionId, onEvent, onLost) => {
      streams.set(sessionId, onEvent);
      lost.set(sessionId, onLost);
      return () => stopped.push(sessionId);
    },
    (run) => frames.push(run),
    () => undefined,
  );
  const frame = () => frames.splice(0).forEach((run) => run());
  const delta = (sessionId: string, messageId: string, sequence: number, text: string) =>
    streams.get(sessionId)!({
      __typename: 'ChatStreamTextDelta',
      sessionId,
      messageId,
      sequence,
      at,
      text,
    } as unknown as StreamEvent);
  return { store, streams, lost, stopped, frames, frame, delta };
}

const started = (studentId: string, name: string, sessionId: string, messageId: string) => ({
  kind: 'ANSWER_STARTED',
  studentId,
  name,
  sessionId,
  messageId,
  at,
});

test('a started answer opens a tile that streams token by token, in order, without repeats', () => {
  const { store, frame, delta, streams } = harness();
  store.activity(started('u1', 'Zoe', 's1', 'm1'));
  store.activity(started('u2', 'Ada', 's2', 'm2'));
  frame();
  expect(store.ids()).toEqual(['u2', 'u1']);
  expect(store.tile('u1')).toMatchObject({ status: 'STREAMING', text: '', sessionId: 's1' });
  delta('s1', 'm1', 1, 'Cells ');
  delta('s1', 'm1', 2, 'are ');
  delta('s1', 'm1', 2, 'are ');
  delta('s1', 'm1', 3, 'small.');
  frame();
  expect(store.tile('u1')!.text).toBe('Cells are small.');
  streams.get('s1')!({
    __typename: 'ChatStreamCompleted',
    sessionId: 's1',
    messageId: 'm1',
    sequence: 4,
    at,
    message: answer('m1', 's1', 'Cells are small.'),
  } as unknown as StreamEvent);
  frame();
  expect(store.tile('u1')).toMatchObject({ status: 'COMPLETED', text: 'Cells are small.' });
});

test('listeners hear once per frame, only about tiles that changed', () => {
  const { store, frame, delta } = harness();
  store.activity(started('u1', 'Zoe', 's1', 'm1'));
  store.activity(started('u2', 'Ada', 's2', 'm2'));
  frame();
  const heard: string[] = [];
  store.subscribe('u1', () => heard.push('u1'));
  store.subscribe('u2', () => heard.push('u2'));
  store.subscribe('*', () => heard.push('*'));
  for (let i = 1; i <= 50; i += 1) delta('s1', 'm1', i, 'x');
  frame();
  expect(heard).toEqual(['u1']);
  expect(store.tile('u1')!.text).toHaveLength(50);
});

test('a snapshot brings a late joiner the text so far; long answers keep their end', () => {
  const { store, frame, streams, delta } = harness();
  store.activity(started('u1', 'Zoe', 's1', 'm1'));
  streams.get('s1')!({
    __typename: 'ChatStreamSnapshot',
    sessionId: 's1',
    messageId: 'm1',
    sequence: 7,
    at,
    text: 'So far',
    toolCalls: [],
  } as unknown as StreamEvent);
  delta('s1', 'm1', 5, ' stale');
  delta('s1', 'm1', 8, ', more');
  frame();
  expect(store.tile('u1')!.text).toBe('So far, more');
  delta('s1', 'm1', 9, 'y'.repeat(TILE_TEXT_CHARS + 10));
  frame();
  expect(store.tile('u1')!.text).toHaveLength(TILE_TEXT_CHARS);
});

test('a student who moves to another conversation is followed there; closing stops every stream', () => {
  const { store, frame, stopped } = harness();
  store.activity(started('u1', 'Zoe', 's1', 'm1'));
  store.activity({
    ...started('u1', 'Zoe', 's9', 'm9'),
    kind: 'STUDENT_MESSAGE',
    at: '2026-11-30T10:01:00.000Z',
  });
  frame();
  expect(stopped).toEqual(['s1']);
  expect(store.tile('u1')).toMatchObject({ sessionId: 's9', status: 'WAITING', text: '' });
  store.flag('u1');
  frame();
  expect(store.tile('u1')!.flagged).toBe(true);
  store.close();
  expect(stopped).toEqual(['s1', 's9']);
});

test('a lost stream marks its tile and can be followed again; the feed ends an answer whose end it missed', () => {
  const { store, frame, lost, stopped } = harness();
  store.activity(started('u1', 'Zoe', 's1', 'm1'));
  lost.get('s1')!();
  frame();
  expect(store.tile('u1')!.lost).toBe(true);
  store.refollow('u1');
  frame();
  expect(store.tile('u1')!.lost).toBe(false);
  expect(stopped).toEqual(['s1']);
  store.activity({ ...started('u1', 'Zoe', 's1', 'm1'), kind: 'ANSWER_FINISHED' });
  frame();
  expect(store.tile('u1')!.status).toBe('COMPLETED');
});
