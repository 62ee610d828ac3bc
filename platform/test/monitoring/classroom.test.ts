import { graphql, type TestPlatform } from '@aula/platform/testing';
import { SEND, startClassroom, type Activity, type Classroom } from './classroom-fixture';
import {
  codeOf,
  eventually,
  nodesOf,
  readAllPages,
  type TestPerson,
  type TestSubscription,
} from './testing';

const COMMENT = `mutation($i: CommentOnMessageInput!) { commentOnMessage(input: $i) { id content author { id } } }`;

/** A supervisor's tools around a live class, end to end: private comments, the roster, the audit trail, chatbot keywords. */
describe('monitoring: a supervisor’s tools, end to end', () => {
  let c: Classroom;
  let platform: TestPlatform;
  let admin: string;
  let teacher: TestPerson;
  let student: TestPerson;
  let classId: string;
  let sessionId: string;
  let activity: TestSubscription<Activity>;
  let run: Classroom['run'];
  let send: Classroom['send'];
  let flaggedMessageId: string;

  // Booting every subgraph can take a while on a busy machine.
  beforeAll(async () => {
    c = await startClassroom();
    ({ platform, admin, teacher, student, classId, sessionId, activity, run, send } = c);
  }, 180_000);
  afterAll(async () => {
    await c?.close();
  });

  it('keeps private comments away from the student', async () => {
    await send('Everyone hates you, loser [[emulator:length=2]]');
    const flag = await activity.next(
      (e) => e.kind === 'FLAG_RAISED' && e.flag?.category === 'BULLYING',
      'flag',
    );
    flaggedMessageId = flag.messageId;
    const comment = await run<{ commentOnMessage: { id: string } }>(teacher.token, COMMENT, {
      i: { sessionId, messageId: flaggedMessageId, content: 'Talked to the counsellor.' },
    });
    expect(comment.commentOnMessage.id).toEqual(expect.any(String));
    const listed = await run<{ messageComments: { edges: Array<{ node: { content: string } }> } }>(
      teacher.token,
      `query($m: ID!) { messageComments(messageId: $m) { edges { node { content } } } }`,
      { m: flaggedMessageId },
    );
    expect(nodesOf(listed.messageComments)).toEqual([{ content: 'Talked to the counsellor.' }]);
    // More comments, written back to back, page oldest first with no comment twice or left out.
    for (const content of ['Called home.', 'Follow-up on Monday.'])
      await run(teacher.token, COMMENT, { i: { sessionId, messageId: flaggedMessageId, content } });
    const pages = await readAllPages<{ content: string }>(
      platform.url,
      `query($m: ID!, $first: Int, $after: String) { messageComments(messageId: $m, first: $first, after: $after) {
        edges { cursor node { content } } pageInfo { hasNextPage endCursor } } }`,
      { m: flaggedMessageId },
      teacher.token,
      2,
      (data) => data.messageComments as never,
    );
    expect(pages.map((page) => page.map((c) => c.content))).toEqual([
      ['Talked to the counsellor.', 'Called home.'],
      ['Follow-up on Monday.'],
    ]);
    expect(
      codeOf(
        await graphql(
          platform.url,
          `
            query ($m: ID!) {
              messageComments(messageId: $m, first: 101) {
                edges {
                  cursor
                }
              }
            }
          `,
          { m: flaggedMessageId },
          teacher.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await graphql(
          platform.url,
          `
            query ($m: ID!) {
              messageComments(messageId: $m) {
                edges {
                  cursor
                }
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
    const roster = await run<{ classRoster: { edges: Array<{ node: unknown }> } }>(
      teacher.token,
      `query($c: ID!) { classRoster(classId: $c) { edges { node { openFlagCount student { id displayName lastChatAt chatSessionsToday openFlagCount credits { available { credits } } } } } } }`,
      { c: classId },
    );
    const [entry] = nodesOf(roster.classRoster) as Array<{
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

  it('audits the supervisor watching and opening the conversation, once per minute', async () => {
    await run(teacher.token, `query($s: ID!) { chatSession(id: $s) { id } }`, { s: sessionId });
    const entries = await eventually(async () => {
      const log = await run<{
        conversationAccessLog: {
          edges: Array<{
            node: { kind: string; operation: string; at: string; viewer: { id: string } };
          }>;
        };
      }>(
        admin,
        `query($s: ID) { conversationAccessLog(filter: { sessionId: $s }, first: 100) { edges { node { kind operation at viewer { id } } } } }`,
        { s: sessionId },
      );
      const teachers = log.conversationAccessLog.edges
        .map(({ node }) => node)
        .filter((n) => n.viewer.id === teacher.id);
      if (!teachers.length) throw new Error('no audit entry yet');
      return teachers;
    });
    // One entry per kind of access and minute: watching and opening again within the minute
    // add nothing (a write on the student's behalf, WROTE, is its own kind).
    const minutes = entries.map(
      (e) => `${e.kind}@${Math.floor(new Date(e.at).getTime() / 60_000)}`,
    );
    expect(new Set(minutes).size).toBe(entries.length);
    expect(
      entries.some((e) => e.kind === 'WATCHED' && e.operation === 'subscription chatStream'),
    ).toBe(true);
    const mine = await run<{
      whoViewedMyConversations: { edges: Array<{ node: { viewer: { displayName: string } } }> };
    }>(student.token, `{ whoViewedMyConversations { edges { node { viewer { displayName } } } } }`);
    expect(mine.whoViewedMyConversations.edges.map((e) => e.node.viewer.displayName)).toContain(
      'Ms Alder',
    );
  });

  it('flags the keywords a teacher set on a chatbot published to the class', async () => {
    const created = await run<{ createChatbot: { id: string } }>(
      teacher.token,
      `mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }`,
      {
        i: {
          name: 'Cell biology helper',
          systemPrompt: 'You help students with cell biology.',
          modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
          guardrails: { blockedTopics: [], blockedKeywords: ['answer key'] },
        },
      },
    );
    const chatbotId = created.createChatbot.id;
    await run(
      teacher.token,
      `mutation($id: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $id, audience: $a) { id } }`,
      {
        id: chatbotId,
        a: { everyone: false, classIds: [classId] },
      },
    );
    const session = (
      await run<{ startChat: { id: string } }>(
        student.token,
        'mutation($c: ID) { startChat(chatbotId: $c) { id } }',
        { c: chatbotId },
      )
    ).startChat.id;
    await run(student.token, SEND, {
      s: session,
      t: 'Can you send me the ANSWER KEY for the test? [[emulator:length=3]]',
    });
    const flag = await activity.next(
      (e) => e.kind === 'FLAG_RAISED' && e.sessionId === session,
      'keyword flag',
    );
    expect(flag.flag).toMatchObject({ category: 'KEYWORD', source: 'STUDENT_MESSAGE' });
    expect(flag.flag!.excerpt).toContain('ANSWER KEY');
  });
});
