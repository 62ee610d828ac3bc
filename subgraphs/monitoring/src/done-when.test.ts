import { graphql, startTestPlatform, type TestPlatform } from '@aula/gateway/src/testing/platform';
import { testRedisUrl } from '@aula/runtime/src/testing';
import {
  adminToken,
  codeOf,
  createPerson,
  eventually,
  subscribe,
  type TestPerson,
  type TestSubscription,
} from './testing';

const ACTIVITY = `subscription($c: ID!) { classActivity(classId: $c) {
  kind sessionId messageId student { id displayName } flag { id category severity source excerpt stoppedAnswer }
} }`;
const STREAM = `subscription($s: ID!) { chatStream(sessionId: $s) {
  __typename messageId sequence
  ... on ChatStreamTextDelta { text }
  ... on ChatStreamSupervisorNote { message { id role content author { id displayName } } }
  ... on ChatStreamStopped { reason }
  ... on ChatStreamCompleted { message { content } }
} }`;
const SEND = `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }`;
const NOTE = `mutation($s: ID!, $c: String!) { postSupervisorNote(sessionId: $s, content: $c) { messageId content supervisor { id displayName } student { id } } }`;
const COMMENT = `mutation($i: CommentOnMessageInput!) { commentOnMessage(input: $i) { id content author { id } } }`;

interface Activity {
  kind: string;
  sessionId: string;
  messageId: string;
  student: { id: string; displayName: string };
  flag: {
    id: string;
    category: string;
    severity: string;
    source: string;
    excerpt: string;
    stoppedAnswer: boolean;
  } | null;
}
interface StreamEvent {
  __typename: string;
  messageId: string;
  sequence: number;
  text?: string;
  message?: {
    id: string;
    role: string;
    content: string;
    author: { id: string; displayName: string };
  };
}
const TERMINAL = ['ChatStreamCompleted', 'ChatStreamStopped', 'ChatStreamFailed'];
const textOf = (events: StreamEvent[], messageId: string) =>
  events
    .filter((e) => e.messageId === messageId && e.__typename === 'ChatStreamTextDelta')
    .map((e) => e.text)
    .join('');

/**
 * Issue 7's "done when", end to end through the gateway with every subgraph running: a
 * supervisor sees their class live, watches an answer token by token on the student's own
 * stream, gets a flag the moment the student writes something concerning, and replies
 * with a note the student sees — and a supervisor of another class can do none of it.
 */
describe('monitoring: supervising a class live, end to end', () => {
  let platform: TestPlatform;
  let admin: string;
  let teacher: TestPerson;
  let stranger: TestPerson;
  let student: TestPerson;
  let classId: string;
  let sessionId: string;
  let activity: TestSubscription<Activity>;
  let own: TestSubscription<StreamEvent>;
  let watching: TestSubscription<StreamEvent>;
  let flaggedMessageId: string;

  const run = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(platform.url, query, variables, token);
    if (result.errors?.length)
      throw new Error(`${String(codeOf(result))}: ${result.errors[0]!.message}`);
    return result.data!;
  };
  const send = async (text: string) =>
    (await run<{ sendMessage: { id: string } }>(student.token, SEND, { s: sessionId, t: text }))
      .sendMessage.id;

  beforeAll(async () => {
    const redis = testRedisUrl();
    platform = await startTestPlatform(redis ? { REDIS_URL: redis } : {});
    admin = adminToken();
    [teacher, stranger, student] = await Promise.all([
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Alder'),
      createPerson(platform, admin, 'SUPERVISOR', 'Mr Birch'),
      createPerson(platform, admin, 'STUDENT', 'Ada'),
    ]);
    await run(
      admin,
      'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
      { u: student.id, a: 100 },
    );
    const create = `mutation($i: CreateClassInput!) { createClass(input: $i) { id } }`;
    classId = (
      await run<{ createClass: { id: string } }>(teacher.token, create, {
        i: { name: '7A Biology', studentIds: [student.id] },
      })
    ).createClass.id;
    await run(stranger.token, create, { i: { name: '8C Chemistry' } });
    sessionId = (
      await run<{ startChat: { id: string } }>(student.token, 'mutation { startChat { id } }')
    ).startChat.id;

    activity = subscribe<Activity>(platform.wsUrl, ACTIVITY, { c: classId }, teacher.token);
    own = subscribe<StreamEvent>(platform.wsUrl, STREAM, { s: sessionId }, student.token);
    watching = subscribe<StreamEvent>(platform.wsUrl, STREAM, { s: sessionId }, teacher.token);
    // No subscription is acknowledged: short answers are sent until all three have seen one end.
    await eventually(async () => {
      const answer = await send('Hello [[emulator:length=2]]');
      const ended = (e: { messageId: string; __typename?: string; kind?: string }) =>
        e.messageId === answer &&
        (TERMINAL.includes(e.__typename ?? '') || e.kind === 'ANSWER_FINISHED');
      await own.next(ended, 'primer (student)');
      await watching.next(ended, 'primer (teacher)', 2000);
      await activity.next(ended, 'primer (class feed)', 2000);
    }, 10);
  });
  afterAll(async () => {
    await Promise.all([activity, own, watching].map((s) => s?.close()));
    await platform?.close();
  });

  it('shows the class live and lets the supervisor watch the answer token by token on the same stream', async () => {
    const answer = await send(
      'Explain photosynthesis to me [[emulator:length=40]] [[emulator:rate=200]]',
    );
    await activity.next(
      (e) => e.kind === 'ANSWER_STARTED' && e.messageId === answer,
      'answer started',
    );
    await own.next(
      (e) => e.messageId === answer && TERMINAL.includes(e.__typename),
      'end of answer (student)',
    );
    const end = await watching.next(
      (e) => e.messageId === answer && TERMINAL.includes(e.__typename),
      'end of answer (teacher)',
    );
    expect(end.__typename).toBe('ChatStreamCompleted');
    const finished = await activity.next(
      (e) => e.kind === 'ANSWER_FINISHED' && e.messageId === answer,
      'answer finished',
    );
    expect(finished).toMatchObject({ sessionId, student: { id: student.id, displayName: 'Ada' } });
    const teacherSaw = watching.events.filter((e) => e.messageId === answer);
    const studentSaw = own.events.filter((e) => e.messageId === answer);
    expect(teacherSaw.filter((e) => e.__typename === 'ChatStreamTextDelta').length).toBeGreaterThan(
      1,
    );
    expect(teacherSaw.map((e) => e.sequence)).toEqual(studentSaw.map((e) => e.sequence));
    expect(textOf(watching.events, answer)).toBe(textOf(own.events, answer));
    expect(textOf(own.events, answer).length).toBeGreaterThan(0);
  });

  it('raises a flag to the supervisor the moment the student writes something concerning', async () => {
    const answer = await send('I want to kill myself, nothing matters [[emulator:length=8]]');
    const flag = await activity.next(
      (e) =>
        e.kind === 'FLAG_RAISED' && e.sessionId === sessionId && e.flag?.category === 'SELF_HARM',
      'flag',
    );
    expect(flag.flag).toMatchObject({ severity: 'HIGH', source: 'STUDENT_MESSAGE' });
    expect(flag.flag!.excerpt).toContain('kill myself');
    const message = await activity.next(
      (e) => e.kind === 'STUDENT_MESSAGE' && e.messageId === flag.messageId,
      'student message',
    );
    expect(message.student).toEqual({ id: student.id, displayName: 'Ada' });
    flaggedMessageId = message.messageId;
    await own.next(
      (e) => e.messageId === answer && TERMINAL.includes(e.__typename),
      'end of the answer',
    );
    const inbox = await run<{ flags: { nodes: Array<{ messageId: string; category: string }> } }>(
      teacher.token,
      `query($c: ID!) { flags(filter: { classId: $c, status: OPEN }) { nodes { messageId category } } }`,
      { c: classId },
    );
    expect(inbox.flags.nodes).toContainEqual({
      messageId: flaggedMessageId,
      category: 'SELF_HARM',
    });
  });

  it('stops an answer at once when it turns to a stop category, and tells the supervisor', async () => {
    // The emulator's answer repeats the question's words; "pornography" streams as two word pieces.
    const answer = await send(
      'Tell me about pornography [[emulator:length=300]] [[emulator:rate=40]]',
    );
    const end = await own.next(
      (e) => e.messageId === answer && TERMINAL.includes(e.__typename),
      'end of the answer',
    );
    expect(end).toMatchObject({
      __typename: 'ChatStreamStopped',
      reason: expect.stringContaining('safety'),
    });
    const flag = await activity.next(
      (e) => e.kind === 'FLAG_RAISED' && e.messageId === answer,
      'answer flag',
    );
    expect(flag.flag).toMatchObject({
      category: 'SEXUAL',
      severity: 'HIGH',
      source: 'ANSWER',
      stoppedAnswer: true,
    });
    await activity.next(
      (e) => e.kind === 'ANSWER_STOPPED' && e.messageId === answer,
      'answer stopped',
    );
  });

  it('delivers the supervisor’s note into the student’s own stream, marked as from the teacher', async () => {
    const posted = await run<{ postSupervisorNote: { messageId: string } }>(teacher.token, NOTE, {
      s: sessionId,
      c: 'I saw your message. Come and find me after class, Ada.',
    });
    expect(posted.postSupervisorNote).toMatchObject({
      content: 'I saw your message. Come and find me after class, Ada.',
      supervisor: { id: teacher.id, displayName: 'Ms Alder' },
      student: { id: student.id },
    });
    const note = await own.next((e) => e.__typename === 'ChatStreamSupervisorNote', 'note');
    expect(note.message).toMatchObject({
      id: posted.postSupervisorNote.messageId,
      role: 'SUPERVISOR',
      content: 'I saw your message. Come and find me after class, Ada.',
      author: { id: teacher.id, displayName: 'Ms Alder' },
    });
  });

  it('keeps private comments away from the student', async () => {
    const comment = await run<{ commentOnMessage: { id: string } }>(teacher.token, COMMENT, {
      i: { sessionId, messageId: flaggedMessageId, content: 'Talked to the counsellor.' },
    });
    expect(comment.commentOnMessage.id).toEqual(expect.any(String));
    const listed = await run<{ messageComments: Array<{ content: string }> }>(
      teacher.token,
      `query($m: ID!) { messageComments(messageId: $m) { content } }`,
      { m: flaggedMessageId },
    );
    expect(listed.messageComments).toEqual([{ content: 'Talked to the counsellor.' }]);
    expect(
      codeOf(
        await graphql(
          platform.url,
          `
            query ($m: ID!) {
              messageComments(messageId: $m) {
                content
              }
            }
          `,
          { m: flaggedMessageId },
          student.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const conversation = JSON.stringify(
      await run(
        student.token,
        `query($s: ID!) { chatSession(id: $s) { messages(first: 200) { edges { node { content } } } } }`,
        { s: sessionId },
      ),
    );
    expect(conversation).not.toContain('counsellor');
  });

  it('shows the roster with activity, sessions today, credits and open flags through the graph', async () => {
    const roster = await run<{ classRoster: Array<Record<string, unknown>> }>(
      teacher.token,
      `query($c: ID!) { classRoster(classId: $c) { openFlagCount student { id displayName lastChatAt chatSessionsToday openFlagCount credits { available { credits } } } } }`,
      { c: classId },
    );
    const [entry] = roster.classRoster as Array<{
      openFlagCount: number;
      student: Record<string, unknown>;
    }>;
    expect(entry!.openFlagCount).toBeGreaterThanOrEqual(1);
    expect(entry!.student).toMatchObject({
      id: student.id,
      displayName: 'Ada',
      chatSessionsToday: 1,
      lastChatAt: expect.any(String),
      openFlagCount: entry!.openFlagCount,
    });
    expect(
      (entry!.student.credits as { available: { credits: number } }).available.credits,
    ).toBeLessThan(100);
  });

  it('audits the supervisor opening and watching the conversation', async () => {
    await run(teacher.token, `query($s: ID!) { chatSession(id: $s) { id } }`, { s: sessionId });
    const kinds = await eventually(async () => {
      const log = await run<{
        conversationAccessLog: { nodes: Array<{ kind: string; viewer: { id: string } }> };
      }>(
        admin,
        `query($s: ID) { conversationAccessLog(filter: { sessionId: $s }, first: 100) { nodes { kind viewer { id } } } }`,
        { s: sessionId },
      );
      const seen = new Set(
        log.conversationAccessLog.nodes
          .filter((n) => n.viewer.id === teacher.id)
          .map((n) => n.kind),
      );
      if (!seen.has('OPENED') || !seen.has('WATCHED'))
        throw new Error(`audit so far: ${[...seen].join(', ')}`);
      return seen;
    });
    expect([...kinds].sort()).toEqual(['OPENED', 'WATCHED']);
    const mine = await run<{
      whoViewedMyConversations: { nodes: Array<{ viewer: { displayName: string } }> };
    }>(student.token, `{ whoViewedMyConversations { nodes { viewer { displayName } } } }`);
    expect(mine.whoViewedMyConversations.nodes.map((n) => n.viewer.displayName)).toContain(
      'Ms Alder',
    );
  });

  it('lets a supervisor of another class do none of it', async () => {
    const refusedFeed = subscribe<Activity>(
      platform.wsUrl,
      ACTIVITY,
      { c: classId },
      stranger.token,
    );
    expect(JSON.stringify((await refusedFeed.ended).error)).toContain('FORBIDDEN');
    await refusedFeed.close();
    const refusedStream = subscribe<StreamEvent>(
      platform.wsUrl,
      STREAM,
      { s: sessionId },
      stranger.token,
    );
    expect(JSON.stringify((await refusedStream.ended).error)).toContain('FORBIDDEN');
    await refusedStream.close();
    const attempts: Array<[string, Record<string, unknown>]> = [
      [`query($s: ID!) { chatSession(id: $s) { id } }`, { s: sessionId }],
      [`query($c: ID!) { classRoster(classId: $c) { openFlagCount } }`, { c: classId }],
      [`query($u: ID!) { user(id: $u) { credits { available { credits } } } }`, { u: student.id }],
      [NOTE, { s: sessionId, c: 'Hello from another class' }],
      [COMMENT, { i: { sessionId, messageId: flaggedMessageId, content: 'Not my student' } }],
      [`query($c: ID!) { flags(filter: { classId: $c }) { nodes { id } } }`, { c: classId }],
    ];
    for (const [query, variables] of attempts) {
      expect([
        query,
        codeOf(await graphql(platform.url, query, variables, stranger.token)),
      ]).toEqual([query, 'FORBIDDEN']);
    }
    const answer = await send(
      'Tell me a long story about cells [[emulator:length=400]] [[emulator:rate=20]]',
    );
    await own.next((e) => e.messageId === answer, 'answer started');
    const stop = `mutation($m: ID!) { stopGeneration(messageId: $m) { id status } }`;
    expect(codeOf(await graphql(platform.url, stop, { m: answer }, stranger.token))).toBe(
      'FORBIDDEN',
    );
    const stopped = await run<{ stopGeneration: { status: string } }>(teacher.token, stop, {
      m: answer,
    });
    expect(stopped.stopGeneration.status).toBe('STOPPED');
    const inbox = await run<{ flags: { nodes: unknown[] } }>(
      stranger.token,
      `{ flags { nodes { id } } }`,
    );
    expect(inbox.flags.nodes).toEqual([]);
  });

  it('withdraws the supervisor’s access the moment the student leaves the class', async () => {
    await run(
      teacher.token,
      `mutation($c: ID!, $u: [ID!]!) { unenrollStudents(classId: $c, userIds: $u) { id } }`,
      { c: classId, u: [student.id] },
    );
    await eventually(async () => {
      const code = codeOf(
        await graphql(
          platform.url,
          `
            query ($s: ID!) {
              chatSession(id: $s) {
                id
              }
            }
          `,
          { s: sessionId },
          teacher.token,
        ),
      );
      if (code !== 'FORBIDDEN') throw new Error(`still allowed (${String(code)})`);
    });
    expect(
      codeOf(await graphql(platform.url, NOTE, { s: sessionId, c: 'Still there?' }, teacher.token)),
    ).toBe('FORBIDDEN');
    const late = subscribe<StreamEvent>(platform.wsUrl, STREAM, { s: sessionId }, teacher.token);
    expect(JSON.stringify((await late.ended).error)).toContain('FORBIDDEN');
    await late.close();
  });
});
