import type { TestUser } from '../chat/harness';
import { BOOT_TIMEOUT_MS, startIntegrationFixture, type IntegrationFixture } from './fixture';

const ESTIMATE = `query($c: ID!, $t: String!, $s: ID) { estimateAnswerCost(chatbotId: $c, content: $t, studentId: $s) {
  student { id } chatbotId modelId promptTokens maxOutputTokens
  reserved { credits microCredits } available { microCredits } affordable } }`;
const START = `mutation($c: ID!, $t: String!) { startChat(chatbotId: $c, message: $t) { id } }`;
const RESERVATIONS = `query($u: ID!) { creditReservations(filter: { userId: $u }, first: 1) {
  edges { node { reserved { microCredits } } } } }`;
const PRICES =
  '{ modelPrices { modelId inputPer1k { microCredits } outputPer1k { microCredits } } }';

interface Estimate {
  student: { id: string };
  chatbotId: string;
  modelId: string;
  promptTokens: number;
  maxOutputTokens: number;
  reserved: { credits: number; microCredits: string };
  available: { microCredits: string };
  affordable: boolean;
}

const MESSAGE = 'Why does a ball thrown upwards slow down? [[emulator:length=3]]';

describe('estimateAnswerCost through the gateway', () => {
  let f: IntegrationFixture;
  let student: TestUser;
  let teacher: TestUser;
  let strangerTeacher: TestUser;
  let otherStudent: TestUser;
  let chatbotId: string;

  const estimate = async (who: TestUser, content: string, studentId?: string) =>
    (
      await f.run<{ estimateAnswerCost: Estimate }>(who, ESTIMATE, {
        c: chatbotId,
        t: content,
        s: studentId ?? null,
      })
    ).estimateAnswerCost;

  beforeAll(async () => {
    f = await startIntegrationFixture();
    [student, teacher, strangerTeacher, otherStudent] = await Promise.all([
      f.person('STUDENT', 10),
      f.person('SUPERVISOR'),
      f.person('SUPERVISOR'),
      f.person('STUDENT', 10),
    ]);
    await f.classOf([teacher], [student]);
    await f.classOf([strangerTeacher], [otherStudent]);
    chatbotId = await f.chatbot();
  }, BOOT_TIMEOUT_MS);
  afterAll(() => f?.close());

  it('quotes exactly what sending the message then reserves, by the ×1.2 rule at the current price', async () => {
    const quote = await estimate(student, MESSAGE);
    expect(quote).toMatchObject({
      student: { id: student.id },
      chatbotId,
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      maxOutputTokens: 600,
      available: { microCredits: '10000000' },
      affordable: true,
    });
    const { modelPrices } = await f.run<{
      modelPrices: Array<{
        modelId: string;
        inputPer1k: { microCredits: string };
        outputPer1k: { microCredits: string };
      }>;
    }>(student, PRICES);
    const price = modelPrices.find((p) => p.modelId === quote.modelId)!;
    const exact =
      BigInt(quote.promptTokens) * BigInt(price.inputPer1k.microCredits) +
      BigInt(quote.maxOutputTokens) * BigInt(price.outputPer1k.microCredits);
    // (tokens x price per 1k) / 1000 x 1.2, rounded up once.
    const expected = (exact * 12n + 9_999n) / 10_000n;
    expect(quote.reserved.microCredits).toBe(expected.toString());

    // The same message, sent: the reservation chat makes is the quote, to the micro-credit.
    await f.run(student, START, { c: chatbotId, t: MESSAGE });
    const { creditReservations } = await f.run<{
      creditReservations: { edges: Array<{ node: { reserved: { microCredits: string } } }> };
    }>(f.admin, RESERVATIONS, { u: student.id });
    expect(creditReservations.edges[0]!.node.reserved.microCredits).toBe(
      quote.reserved.microCredits,
    );
  });

  it('says a student who cannot pay cannot afford it, and sending is refused for exactly that amount', async () => {
    const poor = await f.person('STUDENT', 0.000001);
    const quote = await estimate(poor, MESSAGE);
    expect(quote).toMatchObject({ available: { microCredits: '1' }, affordable: false });
    const sent = await f.raw(poor, START, { c: chatbotId, t: MESSAGE });
    expect(sent.errors?.[0]?.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicroCredits: quote.reserved.microCredits,
    });
  });

  it('lets a supervisor and their API key ask for a student of their class, nobody else', async () => {
    const mine = await estimate(teacher, MESSAGE, student.id);
    expect(mine.student.id).toBe(student.id);
    expect(mine.available.microCredits).not.toBe('10000000'); // the first answer was paid from it

    const key = await f.apiKey(teacher, ['CHAT_READ']);
    expect((await estimate(key, MESSAGE, student.id)).reserved).toEqual(mine.reserved);

    const vars = { c: chatbotId, t: MESSAGE, s: student.id };
    expect(await f.codes(strangerTeacher, ESTIMATE, vars)).toEqual(['FORBIDDEN']);
    expect(await f.codes(otherStudent, ESTIMATE, vars)).toEqual(['FORBIDDEN']);
    const usageOnly = await f.apiKey(teacher, ['USAGE_READ']);
    expect(await f.codes(usageOnly, ESTIMATE, vars)).toEqual(['FORBIDDEN']);
    expect(await f.codes(f.admin, ESTIMATE, vars)).toEqual([]);
  });

  it('refuses a chatbot the student cannot see, and an empty message', async () => {
    expect(
      await f.codes(student, ESTIMATE, { c: '00000000-0000-4000-8000-000000000000', t: 'Hi' }),
    ).toEqual(['NOT_FOUND']);
    expect(await f.codes(student, ESTIMATE, { c: chatbotId, t: '   ' })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
