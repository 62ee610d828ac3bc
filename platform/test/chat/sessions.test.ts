import { codeOf, eventually, graphql } from '@aula/platform/testing';
import {
  isTerminal,
  startChatHarness,
  type ChatHarness,
  type StreamEvent,
  type TestUser,
} from './harness';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

const START = 'mutation($c: ID) { startChat(chatbotId: $c) { id title chatbotId owner { id } } }';
const SEND =
  'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id status } }';
const STOP = 'mutation($m: ID!) { stopGeneration(messageId: $m) { id status statusReason } }';
const MINE = `query($f: Int, $a: String) { myChatSessions(first: $f, after: $a) {
  edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;
const ACTIVITY = 'query($u: ID!) { user(id: $u) { id lastChatAt chatSessionsToday } }';

describe('chat sessions, supervision and limits through the gateway', () => {
  let h: ChatHarness;
  let teacher: TestUser;
  let pupil: TestUser;

  const startChat = async (who: TestUser) =>
    (await h.run<{ startChat: { id: string } }>(who, START)).startChat.id;
  const send = async (who: TestUser, sessionId: string, text: string) =>
    (await h.run<{ sendMessage: { id: string } }>(who, SEND, { s: sessionId, t: text }))
      .sendMessage;
  const ended = (id: string) => (e: StreamEvent) => isTerminal(e) && e.messageId === id;

  beforeAll(async () => {
    h = await startChatHarness({
      CHAT_MESSAGES_PER_MINUTE: '4',
      CHAT_MAX_MESSAGE_CHARS: '200',
      CHAT_MAX_CONCURRENT_STREAMS: '2',
    });
    teacher = await h.person('SUPERVISOR');
    pupil = await h.person('STUDENT', 50);
    await h.run(h.admin, 'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }', {
      i: { name: 'Physics 7b', supervisorIds: [teacher.id], studentIds: [pupil.id] },
    });
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('lets the student’s supervisor watch the same stream, post a note into it and stop the answer', async () => {
    const sessionId = await startChat(pupil);
    const own = h.watch(pupil, sessionId);
    const watching = h.watch(teacher, sessionId);
    await h.live(pupil, sessionId, [own, watching]);

    const pending = await send(
      pupil,
      sessionId,
      'Explain the tides [[emulator:length=3000]] [[emulator:rate=40]]',
    );
    await watching.until(
      (e) => e.messageId === pending.id && e.__typename === 'ChatStreamTextDelta',
    );
    const note = await h.run<{ postSupervisorNote: { messageId: string } }>(
      teacher,
      'mutation($s: ID!, $c: String!) { postSupervisorNote(sessionId: $s, content: $c) { messageId } }',
      {
        s: sessionId,
        c: 'Remember the Moon!',
      },
    );
    expect(note.postSupervisorNote.messageId).toBeTruthy();
    const noted = await own.until((e) => e.__typename === 'ChatStreamSupervisorNote');
    // The author's name is auth's field, resolved by the gateway for each event.
    expect(noted.find((e) => e.__typename === 'ChatStreamSupervisorNote')).toMatchObject({
      sequence: 1,
      messageId: note.postSupervisorNote.messageId,
      message: {
        role: 'SUPERVISOR',
        content: 'Remember the Moon!',
        author: { id: teacher.id, displayName: 'Test supervisor' },
      },
    });

    const stopped = await h.run<{ stopGeneration: { status: string; statusReason: string } }>(
      teacher,
      STOP,
      { m: pending.id },
    );
    expect(stopped.stopGeneration).toEqual({
      id: pending.id,
      status: 'STOPPED',
      statusReason: 'Stopped by a supervisor.',
    });
    const mine = (await own.until(ended(pending.id))).filter((e) => e.messageId === pending.id);
    const theirs = (await watching.until(ended(pending.id))).filter(
      (e) => e.messageId === pending.id,
    );
    expect(theirs).toEqual(mine);

    const log = await h.run<{
      conversationAccessLog: {
        edges: Array<{ node: { kind: string; sessionId: string; viewer: { id: string } } }>;
      };
    }>(
      h.admin,
      'query { conversationAccessLog(first: 50) { edges { node { kind sessionId viewer { id } } } } }',
    );
    expect(log.conversationAccessLog.edges).toContainEqual({
      node: { kind: 'WATCHED', sessionId, viewer: { id: teacher.id } },
    });
    own.stop();
    watching.stop();
  });

  it('reads the first and latest messages of many conversations in one request, continuing by cursor', async () => {
    const learner = await h.person('STUDENT', 50);
    const [a, b, c] = [
      await startChat(learner),
      await startChat(learner),
      await startChat(learner),
    ];
    for (const [sessionId, text] of [
      [a, 'One'],
      [a, 'Two'],
      [b, 'Three'],
    ] as const) {
      await send(learner, sessionId, text);
      await eventually(async () => {
        const { chatSession } = await h.run<{ chatSession: { isStreaming: boolean } }>(
          learner,
          'query($i: ID!) { chatSession(id: $i) { isStreaming } }',
          { i: sessionId },
        );
        expect(chatSession.isStreaming).toBe(false);
      });
    }
    const PAGE =
      '{ edges { cursor node { id role content } } pageInfo { hasNextPage hasPreviousPage endCursor } }';
    interface Page {
      edges: Array<{ cursor: string; node: { id: string; role: string; content: string } }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    }
    const listed = await h.run<{
      myChatSessions: { edges: Array<{ node: { id: string; first: Page; latest: Page } }> };
    }>(
      learner,
      `{ myChatSessions(first: 10) { edges { node { id first: messages(first: 3) ${PAGE}
        latest: messages(last: 1) ${PAGE} } } } }`,
    );
    const bySession = new Map(listed.myChatSessions.edges.map((edge) => [edge.node.id, edge.node]));
    const roles = (page: Page) =>
      page.edges.map(
        (edge) => `${edge.node.role}:${edge.node.role === 'USER' ? edge.node.content : ''}`,
      );
    expect(roles(bySession.get(a)!.first)).toEqual(['USER:One', 'ASSISTANT:', 'USER:Two']);
    expect(bySession.get(a)!.first.pageInfo.hasNextPage).toBe(true);
    expect(roles(bySession.get(a)!.latest)).toEqual(['ASSISTANT:']);
    expect(bySession.get(a)!.latest.pageInfo.hasPreviousPage).toBe(true);
    expect(roles(bySession.get(b)!.first)).toEqual(['USER:Three', 'ASSISTANT:']);
    expect(bySession.get(b)!.first.pageInfo.hasNextPage).toBe(false);
    expect(bySession.get(c)!.first.edges).toEqual([]);
    expect(bySession.get(c)!.latest.edges).toEqual([]);

    // The cursor of a page read together continues like any other.
    const rest = await h.run<{ chatSession: { messages: Page } }>(
      learner,
      `query($i: ID!, $a: String) { chatSession(id: $i) { messages(first: 3, after: $a) ${PAGE} } }`,
      { i: a, a: bySession.get(a)!.first.pageInfo.endCursor },
    );
    expect(rest.chatSession.messages.edges.map((edge) => edge.node.id)).toEqual(
      bySession.get(a)!.latest.edges.map((edge) => edge.node.id),
    );
    expect(rest.chatSession.messages.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through a person’s sessions, renames and deletes them, and reports their activity', async () => {
    const learner = await h.person('STUDENT', 10);
    const ids = [await startChat(learner), await startChat(learner), await startChat(learner)];
    const first = await h.run<{
      myChatSessions: {
        edges: Array<{ node: { id: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(learner, MINE, { f: 2 });
    expect(first.myChatSessions.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(first.myChatSessions.pageInfo.hasNextPage).toBe(true);
    const rest = await h.run<{
      myChatSessions: {
        edges: Array<{ node: { id: string } }>;
        pageInfo: { hasNextPage: boolean };
      };
    }>(learner, MINE, {
      f: 2,
      a: first.myChatSessions.pageInfo.endCursor,
    });
    expect(rest.myChatSessions.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(rest.myChatSessions.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await h.raw(learner, MINE, { a: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');

    const renamed = await h.run<{ renameChatSession: { title: string } }>(
      learner,
      'mutation($i: ID!) { renameChatSession(id: $i, title: "  Fractions  ") { title } }',
      { i: ids[0] },
    );
    expect(renamed.renameChatSession.title).toBe('Fractions');
    expect(
      codeOf(
        await h.raw(
          pupil,
          'mutation($i: ID!) { renameChatSession(id: $i, title: "mine") { title } }',
          { i: ids[0] },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      await h.run(learner, 'mutation($i: ID!) { deleteChatSession(id: $i) }', { i: ids[1] }),
    ).toEqual({ deleteChatSession: true });
    expect(
      codeOf(await h.raw(learner, 'query($i: ID!) { chatSession(id: $i) { id } }', { i: ids[1] })),
    ).toBe('NOT_FOUND');

    const before = await h.run<{ user: { lastChatAt: string | null; chatSessionsToday: number } }>(
      learner,
      ACTIVITY,
      { u: learner.id },
    );
    expect(before.user).toEqual({ id: learner.id, lastChatAt: null, chatSessionsToday: 2 });
    const watch = h.watch(learner, ids[0]!);
    await h.live(learner, ids[0]!, [watch]);
    const answer = await send(learner, ids[0]!, 'What is a half of a third? [[emulator:length=4]]');
    await watch.until(ended(answer.id));
    watch.stop();
    const after = await h.run<{ user: { lastChatAt: string | null } }>(h.admin, ACTIVITY, {
      u: learner.id,
    });
    expect(after.user.lastChatAt).not.toBeNull();
    expect(codeOf(await h.raw(pupil, ACTIVITY, { u: learner.id }))).toBe('FORBIDDEN');
    const session = await h.run<{ chatSession: { title: string } }>(
      learner,
      'query($i: ID!) { chatSession(id: $i) { title } }',
      { i: ids[0] },
    );
    expect(session.chatSession.title).toBe('Fractions');
  });

  it('refuses messages that are too long, too frequent, or beyond the concurrent streams', async () => {
    const chatty = await h.person('STUDENT', 50);
    const sessionId = await startChat(chatty);
    const tooLong = await h.raw(chatty, SEND, { s: sessionId, t: 'x'.repeat(201) });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.message).toBe(
      'Messages can be at most 200 characters; this one has 201.',
    );
    expect(codeOf(await h.raw(chatty, SEND, { s: sessionId, t: '   ' }))).toBe('BAD_USER_INPUT');

    const own = h.watch(chatty, sessionId);
    for (let i = 0; i < 4; i += 1) {
      const sent = await send(chatty, sessionId, `Question ${i} [[emulator:length=2]]`);
      await own.until(ended(sent.id));
    }
    // Someone over a limit never reaches the model, not even for a moment.
    const modelRequests = () => h.platform.bedrock!.requests;
    const asked = modelRequests();
    const fifth = await h.raw(chatty, SEND, { s: sessionId, t: 'One more' });
    expect(codeOf(fifth)).toBe('RATE_LIMITED');
    expect(modelRequests()).toBe(asked);
    expect(fifth.errors?.[0]?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
    own.stop();

    const busy = await h.person('STUDENT', 50);
    const [a, b, c] = [await startChat(busy), await startChat(busy), await startChat(busy)];
    const first = await send(busy, a, 'Think hard [[emulator:hang]]');
    const again = await h.raw(busy, SEND, { s: a, t: 'Hello?' });
    expect(codeOf(again)).toBe('CONFLICT');
    const second = await send(busy, b, 'Think harder [[emulator:hang]]');
    const askedBusy = modelRequests();
    const third = await h.raw(busy, SEND, { s: c, t: 'And this?' });
    expect(codeOf(third)).toBe('RATE_LIMITED');
    expect(modelRequests()).toBe(askedBusy);
    expect(third.errors?.[0]?.message).toContain('2 answers being written');
    for (const pending of [first, second]) {
      const stopped = await h.run<{ stopGeneration: { status: string } }>(busy, STOP, {
        m: pending.id,
      });
      expect(stopped.stopGeneration.status).toBe('STOPPED');
    }
    const credits = await h.run<{ user: { credits: { reserved: { microCredits: string } } } }>(
      h.admin,
      'query($u: ID!) { user(id: $u) { credits { reserved { microCredits } } } }',
      {
        u: busy.id,
      },
    );
    expect(credits.user.credits.reserved.microCredits).toBe('0');
  });

  it('refuses a message in a conversation deleted after its owner wrote in it', async () => {
    const writer = await h.person('STUDENT', 10);
    const sessionId = await startChat(writer);
    const watch = h.watch(writer, sessionId);
    await h.live(writer, sessionId, [watch]);
    const answer = await send(writer, sessionId, 'Hello there [[emulator:length=2]]');
    await watch.until(ended(answer.id));
    watch.stop();
    expect(
      await h.run(writer, 'mutation($i: ID!) { deleteChatSession(id: $i) }', { i: sessionId }),
    ).toEqual({ deleteChatSession: true });
    // This replica knows the conversation from the first message; storing the next one finds it gone.
    const asked = h.platform.bedrock!.requests;
    const late = await h.raw(writer, SEND, { s: sessionId, t: 'Still there?' });
    expect(codeOf(late)).toBe('NOT_FOUND');
    expect(late.errors?.[0]?.message).toBe('That conversation was not found.');
    expect(h.platform.bedrock!.requests).toBe(asked);
  });

  it('lists a student’s sessions for their supervisor through the class roster, and for nobody else', async () => {
    const sessionId = await startChat(pupil);
    const ROSTER = `query($c: ID!) { classRoster(classId: $c, first: 10) { edges { node { student { id chatSessions(first: 20) { edges { node { id } } } } } } } }`;
    const classes = await h.run<{ myClasses: { edges: Array<{ node: { id: string } }> } }>(
      teacher,
      '{ myClasses(first: 1) { edges { node { id } } } }',
    );
    const roster = await h.run<{
      classRoster: {
        edges: Array<{
          node: {
            student: { id: string; chatSessions: { edges: Array<{ node: { id: string } }> } };
          };
        }>;
      };
    }>(teacher, ROSTER, { c: classes.myClasses.edges[0]!.node.id });
    const listed = roster.classRoster.edges
      .map((edge) => edge.node)
      .find((entry) => entry.student.id === pupil.id)!
      .student.chatSessions.edges.map((e) => e.node.id);
    expect(listed).toContain(sessionId);
    const outsider = await h.person('SUPERVISOR');
    const USER_SESSIONS =
      'query($u: ID!) { _entities(representations: [{ __typename: "User", id: $u }]) { ... on User { chatSessions { edges { node { id } } } } } }';
    const direct = await fetch(h.platform.subgraphs.chat!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${outsider.token}` },
      body: JSON.stringify({ query: USER_SESSIONS, variables: { u: pupil.id } }),
    });
    const body = (await direct.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps service-only operations from people', async () => {
    const sessionId = await startChat(pupil);
    // Hidden from the public API (@inaccessible), and refused by the chat subgraph itself.
    const chatUrl = h.platform.subgraphs.chat?.url ?? '';
    const note = await graphql(
      chatUrl,
      'mutation($s: ID!, $u: ID!) { appendSupervisorNote(sessionId: $s, supervisorId: $u, content: "hi") { id } }',
      { s: sessionId, u: teacher.id },
      teacher.token,
    );
    expect(codeOf(note)).toBe('FORBIDDEN');
    const owner = await graphql(
      chatUrl,
      'query($s: ID!) { chatSessionOwner(sessionId: $s) }',
      { s: sessionId },
      h.admin.token,
    );
    expect(codeOf(owner)).toBe('FORBIDDEN');
  });
});
