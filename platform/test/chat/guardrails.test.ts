import { sayDirective } from '@aula/bedrock-emulator';
import { graphql, startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { STREAM, TERMINAL, textOf, type StreamEvent } from '../monitoring/classroom-fixture';
import {
  adminToken,
  codeOf,
  createPerson,
  eventually,
  subscribe,
  type TestPerson,
  type TestSubscription,
} from '../monitoring/testing';

const REFUSAL = 'Let’s keep to cell biology here. Ask me about cells instead!';
const SEND_FULL = `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) {
  id status content model inputTokens outputTokens creditsCharged { microCredits }
} }`;
const BALANCE = `query { me { credits { available { microCredits } } } }`;
const FLAGS = `query($s: ID!) { flags(filter: { studentId: $s }, first: 50) { edges { node {
  category severity source rule excerpt messageId stoppedAnswer
} } } }`;

interface SentAnswer {
  id: string;
  status: string;
  content: string;
  model: string | null;
  inputTokens: number | null;
  creditsCharged: { microCredits: string } | null;
}
interface FlagNode {
  category: string;
  severity: string;
  source: string;
  rule: string;
  excerpt: string;
  messageId: string;
  stoppedAnswer: boolean;
}

/**
 * A chatbot's guardrails, enforced by chat end to end through the gateway: a student's
 * message touching a blocked topic or keyword is answered with the chatbot's refusal without
 * a model call or a charge, an answer touching one is stopped before the blocked text is
 * published and replaced by the refusal, and monitoring records both as flags.
 */
describe('chat: chatbot guardrails', () => {
  let platform: TestPlatform;
  let admin: string;
  let teacher: TestPerson;
  let student: TestPerson;
  let sessionId: string;
  let stream: TestSubscription<StreamEvent>;

  const run = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(platform.url, query, variables, token);
    if (result.errors?.length)
      throw new Error(`${String(codeOf(result))}: ${result.errors[0]!.message}`);
    return result.data!;
  };
  const send = async (text: string) =>
    (await run<{ sendMessage: SentAnswer }>(student.token, SEND_FULL, { s: sessionId, t: text }))
      .sendMessage;
  const flagOn = (messageId: string) =>
    eventually(async () => {
      const data = await run<{ flags: { edges: Array<{ node: FlagNode }> } }>(admin, FLAGS, {
        s: student.id,
      });
      const flag = data.flags.edges.map((e) => e.node).find((f) => f.messageId === messageId);
      if (!flag) throw new Error('no flag yet');
      return flag;
    }, 'the flag');

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = adminToken();
    [teacher, student] = await Promise.all([
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Alder'),
      createPerson(platform, admin, 'STUDENT', 'Ada'),
    ]);
    await run(
      admin,
      'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
      {
        u: student.id,
        a: 100,
      },
    );
    const classId = (
      await run<{ createClass: { id: string } }>(
        admin,
        `mutation($i: CreateClassInput!) { createClass(input: $i) { id } }`,
        { i: { name: '7A Biology', supervisorIds: [teacher.id], studentIds: [student.id] } },
      )
    ).createClass.id;
    const chatbotId = (
      await run<{ createChatbot: { id: string } }>(
        teacher.token,
        `mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }`,
        {
          i: {
            name: 'Cell biology helper',
            systemPrompt: 'You help students with cell biology.',
            modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
            guardrails: {
              blockedTopics: ['exam answers', 'video games'],
              blockedKeywords: ['fortnite'],
              refusalMessage: REFUSAL,
            },
          },
        },
      )
    ).createChatbot.id;
    await run(
      teacher.token,
      `mutation($id: ID!, $a: ChatbotAudienceInput) { publishChatbot(id: $id, audience: $a) { id } }`,
      { id: chatbotId, a: { everyone: false, classIds: [classId] } },
    );
    sessionId = (
      await run<{ startChat: { id: string } }>(
        student.token,
        'mutation($c: ID) { startChat(chatbotId: $c) { id } }',
        { c: chatbotId },
      )
    ).startChat.id;
    stream = subscribe<StreamEvent>(platform.wsUrl, STREAM, { s: sessionId }, student.token);
    // Subscriptions are not acknowledged: short answers until one is seen to end on the stream.
    await eventually(
      async () => {
        const { id } = await send('Hello [[emulator:length=2]]');
        await stream.next(
          (e) => e.messageId === id && TERMINAL.includes(e.__typename),
          'primer',
          10_000,
        );
        return true;
      },
      'the stream to carry an answer',
      120_000,
    );
  }, 300_000);
  afterAll(async () => {
    await stream?.close();
    await platform?.close();
  });

  const balance = async () =>
    (
      await run<{ me: { credits: { available: { microCredits: string } } } }>(
        student.token,
        BALANCE,
      )
    ).me.credits.available.microCredits;

  const messages = async () =>
    (
      await run<{
        chatSession: {
          messages: {
            edges: Array<{ node: { id: string; role: string; content: string; status: string } }>;
          };
        };
      }>(
        student.token,
        `query($s: ID!) { chatSession(id: $s) { messages(first: 200) { edges { node { id role content status } } } } }`,
        { s: sessionId },
      )
    ).chatSession.messages.edges.map((e) => e.node);
  /** The student's message an answer replied to. */
  const questionBefore = async (answerId: string) => {
    const all = await messages();
    return all[all.findIndex((m) => m.id === answerId) - 1]!.id;
  };

  it('answers a message on a blocked topic with the refusal, without asking the model or charging', async () => {
    const before = await balance();
    // Were this sent to the model, the emulator would refuse it with a throttling error.
    const answer = await send(
      'Can you just give me the ANSWERS for the exam? [[emulator:throttle]]',
    );
    expect(answer).toMatchObject({
      status: 'COMPLETE',
      content: REFUSAL,
      model: null,
      inputTokens: 0,
      creditsCharged: { microCredits: '0' },
    });
    expect(await balance()).toBe(before);
    const question = await questionBefore(answer.id);
    const flag = await flagOn(question);
    expect(flag).toMatchObject({
      category: 'KEYWORD',
      severity: 'LOW',
      source: 'STUDENT_MESSAGE',
      rule: 'chatbot:topic:exam answers',
    });
    expect(flag.excerpt).toContain('ANSWERS for the exam');
    // Everyone watching the conversation sees the refusal arrive as an answer.
    const completed = await stream.next(
      (e) => e.messageId === answer.id && TERMINAL.includes(e.__typename),
      'refusal on the stream',
    );
    expect(completed.__typename).toBe('ChatStreamCompleted');
  });

  it('refuses a blocked keyword however it is spelled, and lets other messages through', async () => {
    const refused = await send('who wants to play F0RTN1TE after school');
    expect(refused.content).toBe(REFUSAL);
    expect((await flagOn(await questionBefore(refused.id))).rule).toBe('chatbot:keyword:fortnite');
    const allowed = await send('How do cells divide? [[emulator:length=4]]');
    expect(allowed.status).toBe('STREAMING');
    const end = await stream.next(
      (e) => e.messageId === allowed.id && TERMINAL.includes(e.__typename),
      'an ordinary answer',
    );
    expect(end.__typename).toBe('ChatStreamCompleted');
  });

  it('stops an answer that touches a blocked term before the term is published, and replaces it', async () => {
    const said =
      'Cells divide by mitosis. By the way, my favourite video game is a lot of fun to play after class.';
    const answer = await send(`Tell me about mitosis ${sayDirective(said)} [[emulator:rate=400]]`);
    const end = await stream.next(
      (e) => e.messageId === answer.id && TERMINAL.includes(e.__typename),
      'the stopped answer',
    );
    expect(end.__typename).toBe('ChatStreamStopped');
    expect(end.reason).toMatch(/topic this chatbot does not cover/);
    expect(textOf(stream.events, answer.id)).not.toMatch(/video game/);
    const stored = (await messages()).find((m) => m.id === answer.id)!;
    expect(stored).toMatchObject({ content: REFUSAL, status: 'STOPPED' });
    const flag = await flagOn(answer.id);
    expect(flag).toMatchObject({
      category: 'KEYWORD',
      source: 'ANSWER',
      stoppedAnswer: true,
      rule: 'chatbot:topic:video games',
    });
    expect(flag.excerpt).toMatch(/video game/);
  });
});
