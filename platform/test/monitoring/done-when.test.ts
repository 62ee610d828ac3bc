import { graphql, type TestPlatform } from '@aula/platform/testing';
import { chatStreamChannel, type ChatStreamPayload } from '@aula/runtime';
import {
  ACTIVITY,
  startClassroom,
  STREAM,
  TERMINAL,
  textOf,
  type Activity,
  type Classroom,
  type StreamEvent,
} from './classroom-fixture';
import { codeOf, eventually, subscribe, type TestPerson, type TestSubscription } from './testing';

const NOTE = `mutation($s: ID!, $c: String!) { postSupervisorNote(sessionId: $s, content: $c) { messageId content supervisor { id displayName } student { id } } }`;
const COMMENT = `mutation($i: CommentOnMessageInput!) { commentOnMessage(input: $i) { id content author { id } } }`;

/**
 * Issue 7's "done when", end to end through the gateway with every subgraph running: a
 * supervisor sees their class live, watches an answer token by token on the student's own
 * stream, gets a flag the moment the student writes something concerning, and replies
 * with a note the student sees — and a supervisor of another class can do none of it.
 */
describe('monitoring: supervising a class live, end to end', () => {
  let c: Classroom;
  let platform: TestPlatform;
  let teacher: TestPerson;
  let stranger: TestPerson;
  let student: TestPerson;
  let classId: string;
  let sessionId: string;
  let activity: TestSubscription<Activity>;
  let own: TestSubscription<StreamEvent>;
  let watching: TestSubscription<StreamEvent>;
  let run: Classroom['run'];
  let send: Classroom['send'];
  let flaggedMessageId: string;

  // Booting every subgraph can take a while on a busy machine.
  beforeAll(async () => {
    c = await startClassroom();
    ({
      platform,
      teacher,
      stranger,
      student,
      classId,
      sessionId,
      activity,
      own,
      watching,
      run,
      send,
    } = c);
  }, 180_000);
  afterAll(async () => {
    await c?.close();
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
    const inbox = await run<{
      flags: { edges: Array<{ node: { messageId: string; category: string } }> };
    }>(
      teacher.token,
      `query($c: ID!) { flags(filter: { classId: $c, status: OPEN }) { edges { node { messageId category } } } }`,
      { c: classId },
    );
    expect(inbox.flags.edges).toContainEqual({
      node: { messageId: flaggedMessageId, category: 'SELF_HARM' },
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
      [
        `query($c: ID!) { classRoster(classId: $c) { edges { node { openFlagCount } } } }`,
        { c: classId },
      ],
      [`query($u: ID!) { user(id: $u) { credits { available { credits } } } }`, { u: student.id }],
      [NOTE, { s: sessionId, c: 'Hello from another class' }],
      [COMMENT, { i: { sessionId, messageId: flaggedMessageId, content: 'Not my student' } }],
      [
        `query($c: ID!) { flags(filter: { classId: $c }) { edges { node { id } } } }`,
        { c: classId },
      ],
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
    const inbox = await run<{ flags: { edges: unknown[] } }>(
      stranger.token,
      `{ flags { edges { node { id } } } }`,
    );
    expect(inbox.flags.edges).toEqual([]);
  });

  it('withdraws the supervisor’s access the moment the student leaves the class', async () => {
    // A stream the teacher is already watching must end too, not only new ones be refused.
    const watching = subscribe<StreamEvent>(
      platform.wsUrl,
      STREAM,
      { s: sessionId },
      teacher.token,
    );
    const probe: ChatStreamPayload = {
      __typename: 'ChatStreamTextDelta',
      sessionId,
      messageId: '00000000-0000-4000-8000-00000000beef',
      sequence: 1,
      at: new Date().toISOString(),
      text: 'probe',
    };
    await eventually(async () => {
      await platform.bus.publish(chatStreamChannel(sessionId), probe);
      await watching.next((e) => e.messageId === probe.messageId, 'probe', 500);
    });
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
    expect(await watching.ended).toEqual({});
    await watching.close();
    const late = subscribe<StreamEvent>(platform.wsUrl, STREAM, { s: sessionId }, teacher.token);
    expect(JSON.stringify((await late.ended).error)).toContain('FORBIDDEN');
    await late.close();
  });
});
