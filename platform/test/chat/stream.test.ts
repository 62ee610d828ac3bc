import {
  isTerminal,
  reconstruct,
  sequencesOf,
  startChatHarness,
  type ChatHarness,
  type StreamEvent,
  type TestUser,
} from './harness';
import { eventually } from '@aula/platform/testing';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

const START = 'mutation($c: ID) { startChat(chatbotId: $c) { id title owner { id } } }';
const SEND =
  'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id status role model } }';
const STOP =
  'mutation($m: ID!) { stopGeneration(messageId: $m) { id status content statusReason outputTokens creditsCharged { microCredits } } }';
const MESSAGE = `query($s: ID!) { chatSession(id: $s) { id isStreaming messages { edges { node {
  id role status content model inputTokens outputTokens creditsCharged { microCredits } statusReason
  toolCalls { name input output isError } author { id } } } } } }`;
const BALANCE =
  'query($u: ID!) { user(id: $u) { credits { available { microCredits } reserved { microCredits } } } }';

type Message = {
  id: string;
  role: string;
  status: string;
  content: string;
  inputTokens: number | null;
  outputTokens: number | null;
  creditsCharged: { microCredits: string } | null;
  statusReason: string | null;
  toolCalls: Array<{ name: string; input: string; output: string; isError: boolean }>;
};

describe('chat streaming through the gateway', () => {
  let h: ChatHarness;
  let student: TestUser;

  const startChat = async (who: TestUser) =>
    (await h.run<{ startChat: { id: string } }>(who, START)).startChat.id;
  const send = async (who: TestUser, sessionId: string, text: string) =>
    (
      await h.run<{ sendMessage: { id: string; status: string } }>(who, SEND, {
        s: sessionId,
        t: text,
      })
    ).sendMessage;
  const messages = async (who: TestUser, sessionId: string) =>
    (
      await h.run<{ chatSession: { messages: { edges: Array<{ node: Message }> } } }>(
        who,
        MESSAGE,
        { s: sessionId },
      )
    ).chatSession.messages.edges.map((e) => e.node);
  const balance = async (who: TestUser) =>
    (
      await h.run<{
        user: {
          credits: { available: { microCredits: string }; reserved: { microCredits: string } };
        };
      }>(h.admin, BALANCE, { u: who.id })
    ).user.credits;

  beforeAll(async () => {
    h = await startChatHarness({ CHAT_STREAM_COALESCE_MS: '20', CHAT_MAX_STREAMING_SECONDS: '6' });
    student = await h.person('STUDENT', 100);
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('streams a whole answer to the student and the same event sequence to an admin watching', async () => {
    const sessionId = await startChat(student);
    const own = h.watch(student, sessionId);
    const admin = h.watch(h.admin, sessionId);
    await h.live(student, sessionId, [own, admin]);
    const pending = await send(
      student,
      sessionId,
      'Explain photosynthesis [[emulator:length=80]] [[emulator:rate=400]]',
    );
    expect(pending.status).toBe('STREAMING');

    const ofAnswer = (all: StreamEvent[]) => all.filter((e) => e.messageId === pending.id);
    const events = ofAnswer(await own.until((e) => isTerminal(e) && e.messageId === pending.id));
    const watched = ofAnswer(await admin.until((e) => isTerminal(e) && e.messageId === pending.id));
    const done = events.find(isTerminal)!;
    expect(done.__typename).toBe('ChatStreamCompleted');
    expect(events[0]).toMatchObject({ __typename: 'ChatStreamStarted', sequence: 1 });
    expect(events.filter((e) => e.__typename === 'ChatStreamTextDelta').length).toBeGreaterThan(1);
    expect(sequencesOf(events, pending.id)).toEqual(events.map((_, i) => i + 1));
    expect(watched).toEqual(events);

    const stored = await messages(student, sessionId);
    const [, , question, answer] = stored;
    expect(question).toMatchObject({ role: 'USER', status: 'COMPLETE' });
    expect(answer).toMatchObject({ id: pending.id, role: 'ASSISTANT', status: 'COMPLETE' });
    expect(reconstruct(events, pending.id)).toBe(answer!.content);
    expect(answer!.content.length).toBeGreaterThan(0);
    const completed = done as unknown as {
      usage: { inputTokens: number; outputTokens: number; estimated: boolean };
      creditsCharged: { microCredits: string };
    };
    expect(completed.usage.estimated).toBe(false);
    expect(answer!.outputTokens).toBe(completed.usage.outputTokens);
    expect(answer!.inputTokens).toBe(completed.usage.inputTokens);
    expect(answer!.creditsCharged).toEqual(completed.creditsCharged);
    expect(BigInt(completed.creditsCharged.microCredits)).toBeGreaterThan(0n);
    const after = await balance(student);
    expect(after.reserved.microCredits).toBe('0');
    const charged = stored.reduce(
      (sum, m) => sum + BigInt(m.creditsCharged?.microCredits ?? 0),
      0n,
    );
    expect(BigInt(after.available.microCredits)).toBe(100_000_000n - charged);
    own.stop();
    admin.stop();
  });

  it('gives a late joiner the text so far, then the live events, with no gap and no duplicate', async () => {
    const sessionId = await startChat(student);
    const own = h.watch(student, sessionId);
    await h.live(student, sessionId, [own]);
    const pending = await send(
      student,
      sessionId,
      'Tell me about volcanoes [[emulator:length=150]] [[emulator:rate=60]]',
    );
    await own.until(
      (e) =>
        e.messageId === pending.id && e.__typename === 'ChatStreamTextDelta' && e.sequence >= 4,
    );

    const late = h.watch(h.admin, sessionId);
    const joined = (await late.until((e) => isTerminal(e) && e.messageId === pending.id)).filter(
      (e) => e.messageId === pending.id,
    );
    const full = (await own.until((e) => isTerminal(e) && e.messageId === pending.id)).filter(
      (e) => e.messageId === pending.id,
    );

    expect(joined[0]!.__typename).toBe('ChatStreamSnapshot');
    const covered = joined[0]!.sequence;
    expect(covered).toBeGreaterThanOrEqual(4);
    expect(joined.slice(1).map((e) => e.sequence)).toEqual(
      full.filter((e) => e.sequence > covered).map((e) => e.sequence),
    );
    expect(sequencesOf(joined, pending.id).slice(1)).toEqual(
      Array.from({ length: joined.length - 1 }, (_, i) => covered + 1 + i),
    );
    expect(joined[0]!.text).toBe(
      reconstruct(
        full.filter((e) => e.sequence <= covered),
        pending.id,
      ),
    );
    const stored = (await messages(student, sessionId)).find((m) => m.id === pending.id)!;
    expect(reconstruct(joined, pending.id)).toBe(stored.content);
    expect(reconstruct(full, pending.id)).toBe(stored.content);
    own.stop();
    late.stop();
  });

  it('stops an answer mid-stream, keeps the partial text and charges the partial usage', async () => {
    const sessionId = await startChat(student);
    const own = h.watch(student, sessionId);
    await h.live(student, sessionId, [own]);
    const pending = await send(
      student,
      sessionId,
      'Write a long essay [[emulator:length=2000]] [[emulator:rate=30]]',
    );
    await own.until(
      (e) =>
        e.messageId === pending.id && e.__typename === 'ChatStreamTextDelta' && e.sequence >= 3,
    );

    const stopped = (await h.run<{ stopGeneration: Message }>(student, STOP, { m: pending.id }))
      .stopGeneration;
    expect(stopped.status).toBe('STOPPED');
    expect(stopped.statusReason).toBe('Stopped by the student.');
    expect(stopped.content.length).toBeGreaterThan(0);
    expect(stopped.outputTokens).toBeGreaterThan(0);
    expect(stopped.outputTokens).toBeLessThan(2000);
    expect(BigInt(stopped.creditsCharged!.microCredits)).toBeGreaterThan(0n);

    const events = await own.until((e) => isTerminal(e) && e.messageId === pending.id);
    const end = events.find((e) => isTerminal(e) && e.messageId === pending.id)!;
    expect(end).toMatchObject({
      __typename: 'ChatStreamStopped',
      reason: 'Stopped by the student.',
    });
    expect(reconstruct(events, pending.id)).toBe(stopped.content);
    expect((end as unknown as { creditsCharged: unknown }).creditsCharged).toEqual(
      stopped.creditsCharged,
    );
    expect((await balance(student)).reserved.microCredits).toBe('0');
    // Stopping again is harmless and returns the stored answer.
    expect(
      (await h.run<{ stopGeneration: Message }>(student, STOP, { m: pending.id })).stopGeneration,
    ).toEqual(stopped);
    own.stop();
  });

  it('stores a FAILED answer with partial usage charged when the model faults mid-stream', async () => {
    const sessionId = await startChat(student);
    const own = h.watch(student, sessionId);
    await h.live(student, sessionId, [own]);
    const pending = await send(
      student,
      sessionId,
      'Explain gravity [[emulator:length=200]] [[emulator:fail-at=30]] [[emulator:rate=500]]',
    );
    const events = await own.until((e) => isTerminal(e) && e.messageId === pending.id);
    const end = events.find((e) => isTerminal(e) && e.messageId === pending.id)! as unknown as {
      __typename: string;
      reason: string;
      usage: { outputTokens: number; estimated: boolean };
      creditsCharged: { microCredits: string };
    };
    expect(end.__typename).toBe('ChatStreamFailed');
    expect(end.reason).toBe('The model stopped with an error partway through. Please try again.');
    const stored = (await messages(student, sessionId)).find((m) => m.id === pending.id)!;
    expect(stored.status).toBe('FAILED');
    expect(stored.content.length).toBeGreaterThan(0);
    expect(reconstruct(events, pending.id)).toBe(stored.content);
    expect(stored.outputTokens).toBe(end.usage.outputTokens);
    expect(end.usage.outputTokens).toBeGreaterThan(0);
    expect(BigInt(end.creditsCharged.microCredits)).toBeGreaterThan(0n);
    expect(stored.creditsCharged).toEqual(end.creditsCharged);
    expect((await balance(student)).reserved.microCredits).toBe('0');
    own.stop();
  });

  it('refuses with INSUFFICIENT_CREDITS before anything streams or is stored', async () => {
    const poor = await h.person('STUDENT', 0.000001);
    const sessionId = await startChat(poor);
    const result = await h.raw(poor, SEND, { s: sessionId, t: 'Hello there' });
    expect(result.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_CREDITS');
    expect(result.errors?.[0]?.extensions).toHaveProperty('requiredMicroCredits');
    const session = await h.run<{
      chatSession: { isStreaming: boolean; messages: { edges: unknown[] } };
    }>(poor, MESSAGE, { s: sessionId });
    expect(session.chatSession).toMatchObject({ isStreaming: false, messages: { edges: [] } });
  });

  it('refuses a stranger the stream and the conversation', async () => {
    const stranger = await h.person('STUDENT');
    const teacher = await h.person('SUPERVISOR');
    const sessionId = await startChat(student);
    for (const who of [stranger, teacher]) {
      const failure = await h.watch(who, sessionId).failed;
      expect(JSON.stringify(failure)).toContain('FORBIDDEN');
      const read = await h.raw(who, MESSAGE, { s: sessionId });
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const send = await h.raw(who, SEND, { s: sessionId, t: 'hi' });
      expect(send.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('runs a tool round trip inside one answer and keeps streaming after it', async () => {
    const sessionId = await startChat(student);
    const own = h.watch(student, sessionId);
    await h.live(student, sessionId, [own]);
    const pending = await send(
      student,
      sessionId,
      'What is 2+2? [[emulator:tool=calculator:{"expression":"(2+2)*10^2"}]] [[emulator:rate=500]]',
    );
    const events = (await own.until((e) => isTerminal(e) && e.messageId === pending.id)).filter(
      (e) => e.messageId === pending.id,
    );
    const kinds = events.map((e) => e.__typename);
    const call = kinds.indexOf('ChatStreamToolCall');
    const result = kinds.indexOf('ChatStreamToolResult');
    expect(call).toBeGreaterThan(0);
    expect(result).toBeGreaterThan(call);
    expect(kinds.slice(result + 1)).toContain('ChatStreamTextDelta');
    expect(kinds[kinds.length - 1]).toBe('ChatStreamCompleted');
    expect(events[result]).toMatchObject({
      toolCall: { name: 'calculator', output: '400', isError: false },
    });
    expect(sequencesOf(events, pending.id)).toEqual(events.map((_, i) => i + 1));
    const stored = (await messages(student, sessionId)).find((m) => m.id === pending.id)!;
    expect(stored.status).toBe('COMPLETE');
    expect(stored.toolCalls).toEqual([
      { name: 'calculator', input: '{"expression":"(2+2)*10^2"}', output: '400', isError: false },
    ]);
    expect(stored.content).toContain('400');
    // The text after the tool call starts a new paragraph instead of running on.
    expect(stored.content).toMatch(/\S\n\n\S/);
    expect(reconstruct(events, pending.id)).toBe(stored.content);
    own.stop();
  });

  it('makes at most 20 tool calls in one answer, whatever the model asks for at once', async () => {
    const sessionId = await startChat(student);
    const ask = (times: number) =>
      send(
        student,
        sessionId,
        `Add up [[emulator:tool=calculator:{"expression":"1+1"}]] [[emulator:tool-calls=${times}]] [[emulator:rate=500]]`,
      );
    const settled = async (id: string) =>
      eventually(async () => {
        const stored = (await messages(student, sessionId)).find((m) => m.id === id);
        if (!stored || stored.status === 'STREAMING') throw new Error('still streaming');
        return stored;
      });
    const twenty = await settled((await ask(20)).id);
    expect(twenty.status).toBe('COMPLETE');
    expect(twenty.toolCalls).toHaveLength(20);
    expect(twenty.toolCalls.every((c) => c.output === '2' && !c.isError)).toBe(true);
    const tooMany = await settled((await ask(21)).id);
    expect(tooMany).toMatchObject({
      status: 'COMPLETE',
      toolCalls: [],
      statusReason: 'The chatbot reached its limit of 20 tool calls for one answer.',
    });
  });

  it('returns a tool error to the model as the tool result, and the answer still completes', async () => {
    const sessionId = await startChat(student);
    const own = h.watch(student, sessionId);
    await h.live(student, sessionId, [own]);
    const pending = await send(
      student,
      sessionId,
      'Divide by zero [[emulator:tool=calculator:{"expression":"1/0"}]] [[emulator:rate=500]]',
    );
    const events = (await own.until((e) => isTerminal(e) && e.messageId === pending.id)).filter(
      (e) => e.messageId === pending.id,
    );
    expect(events.find((e) => e.__typename === 'ChatStreamToolResult')).toMatchObject({
      toolCall: { name: 'calculator', output: 'Division by zero is undefined.', isError: true },
    });
    expect(events[events.length - 1]!.__typename).toBe('ChatStreamCompleted');
    own.stop();
  });

  it('cuts an answer off at CHAT_MAX_STREAMING_SECONDS and settles what the model was sent', async () => {
    const sessionId = await startChat(student);
    const own = h.watch(student, sessionId);
    await h.live(student, sessionId, [own]);
    const pending = await send(student, sessionId, 'Are you there? [[emulator:hang]]');
    const events = await own.until((e) => isTerminal(e) && e.messageId === pending.id);
    const end = events.find((e) => isTerminal(e) && e.messageId === pending.id)! as unknown as {
      __typename: string;
      reason: string;
      usage: { inputTokens: number; outputTokens: number; estimated: boolean };
    };
    expect(end.__typename).toBe('ChatStreamStopped');
    expect(end.reason).toBe('The answer reached the 6-second time limit.');
    // Bedrock never reported usage: what was sent is estimated, nothing was generated.
    expect(end.usage).toMatchObject({ outputTokens: 0, estimated: true });
    expect(end.usage.inputTokens).toBeGreaterThan(0);
    const stored = (await messages(student, sessionId)).find((m) => m.id === pending.id)!;
    expect(stored).toMatchObject({
      status: 'STOPPED',
      content: '',
      outputTokens: 0,
      statusReason: end.reason,
    });
    expect((await balance(student)).reserved.microCredits).toBe('0');
    own.stop();
  });
});
