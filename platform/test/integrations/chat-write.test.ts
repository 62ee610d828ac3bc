import type { TestUser } from '../chat/harness';
import { BOOT_TIMEOUT_MS, startIntegrationFixture, type IntegrationFixture } from './fixture';

const START = `mutation($c: ID, $t: String, $s: ID) { startChat(chatbotId: $c, message: $t, studentId: $s) { id owner { id } } }`;
const SEND = `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }`;
const MESSAGES = `query($s: ID!) { chatSession(id: $s) { owner { id } isStreaming
  messages(first: 50) { edges { node { role content author { id } apiKeyId } } } } }`;
const WHO_VIEWED = `{ whoViewedMyConversations(first: 20) { edges { node { viewer { id } sessionId kind operation } } } }`;
const SPENT = `query($u: ID!) { user(id: $u) { credits { spent { microCredits } } } }`;

interface Message {
  role: string;
  content: string;
  author: { id: string } | null;
  apiKeyId: string | null;
}

describe('CHAT_WRITE: an integration chats on a student’s behalf through the gateway', () => {
  let f: IntegrationFixture;
  let teacher: TestUser;
  let student: TestUser;
  let stranger: TestUser;
  let key: TestUser;

  /** The student's view of a conversation, once no answer is being written in it. */
  const conversation = async (sessionId: string) => {
    for (;;) {
      const { chatSession } = await f.run<{
        chatSession: {
          owner: { id: string };
          isStreaming: boolean;
          messages: { edges: Array<{ node: Message }> };
        };
      }>(student, MESSAGES, { s: sessionId });
      if (!chatSession.isStreaming) return chatSession.messages.edges.map((e) => e.node);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    f = await startIntegrationFixture();
    [teacher, student, stranger] = await Promise.all([
      f.person('SUPERVISOR'),
      f.person('STUDENT', 10),
      f.person('STUDENT', 10),
    ]);
    await f.classOf([teacher], [student]);
    key = await f.apiKey(teacher, ['CHAT_WRITE']);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => f?.close());

  it('starts a conversation and sends messages the student sees as sent by the integration', async () => {
    const { startChat } = await f.run<{ startChat: { id: string; owner: { id: string } } }>(
      key,
      START,
      { t: 'Homework check-in from the LMS [[emulator:length=3]]', s: student.id },
    );
    expect(startChat.owner.id).toBe(student.id);
    await conversation(startChat.id);
    await f.run(key, SEND, { s: startChat.id, t: 'And a follow-up [[emulator:length=3]]' });
    // The student answers in the same conversation themselves.
    await conversation(startChat.id);
    await f.run(student, SEND, { s: startChat.id, t: 'My own question [[emulator:length=3]]' });

    const messages = await conversation(startChat.id);
    const questions = messages.filter((m) => m.role === 'USER');
    expect(questions).toEqual([
      expect.objectContaining({ author: { id: teacher.id }, apiKeyId: expect.any(String) }),
      expect.objectContaining({ author: { id: teacher.id }, apiKeyId: questions[0]!.apiKeyId }),
      expect.objectContaining({ author: { id: student.id }, apiKeyId: null }),
    ]);
    expect(messages.filter((m) => m.role === 'ASSISTANT')).toHaveLength(3);
    // Answers are the student's, paid from their credits.
    const { user } = await f.run<{ user: { credits: { spent: { microCredits: string } } } }>(
      f.admin,
      SPENT,
      { u: student.id },
    );
    expect(BigInt(user.credits.spent.microCredits)).toBeGreaterThan(0n);

    // The student's access log names the key's owner writing in that conversation.
    const { whoViewedMyConversations } = await f.run<{
      whoViewedMyConversations: {
        edges: Array<{ node: { viewer: { id: string }; sessionId: string; kind: string } }>;
      };
    }>(student, WHO_VIEWED);
    expect(whoViewedMyConversations.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        viewer: { id: teacher.id },
        sessionId: startChat.id,
        kind: 'WROTE',
        operation: 'mutation startChat',
      }),
    );
  });

  it('refuses students outside the owner’s classes, keys without the scope, and people', async () => {
    expect(await f.codes(key, START, { t: 'Hello', s: stranger.id })).toEqual(['FORBIDDEN']);
    const theirs = (await f.run<{ startChat: { id: string } }>(stranger, START, {})).startChat.id;
    expect(await f.codes(key, SEND, { s: theirs, t: 'Hello' })).toEqual(['FORBIDDEN']);

    const readOnly = await f.apiKey(teacher, ['CHAT_READ']);
    expect(await f.codes(readOnly, START, { t: 'Hello', s: student.id })).toEqual(['FORBIDDEN']);
    // Signed in, a teacher writes notes, never messages as the student.
    expect(await f.codes(teacher, START, { t: 'Hello', s: student.id })).toEqual(['FORBIDDEN']);
    const own = (await f.run<{ startChat: { id: string } }>(student, START, {})).startChat.id;
    expect(await f.codes(teacher, SEND, { s: own, t: 'Hello' })).toEqual(['FORBIDDEN']);
    expect(await f.codes(readOnly, SEND, { s: own, t: 'Hello' })).toEqual(['FORBIDDEN']);
  });
});
