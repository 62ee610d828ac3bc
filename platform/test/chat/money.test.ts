import { eq } from 'drizzle-orm';
import { messages } from '@aula/chat/src/db/schema';
import { startChatHarness, type ChatHarness, type TestUser } from './harness';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

const START = 'mutation { startChat { id } }';
const SEND = 'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }';
const RESERVATION = `query($r: ID!) { creditReservation(id: $r) { status
  reserved { microCredits } charged { microCredits } shortfall { microCredits }
  inputPricePerMillionTokens { microCredits } outputPricePerMillionTokens { microCredits }
  inputTokens outputTokens } }`;
const CREDITS = `query($u: ID!) { user(id: $u) { credits {
  available { microCredits } reserved { microCredits } granted { microCredits } spent { microCredits } } } }`;

type Reservation = {
  status: string;
  reserved: { microCredits: string };
  charged: { microCredits: string };
  shortfall: { microCredits: string };
  inputPricePerMillionTokens: { microCredits: string };
  outputPricePerMillionTokens: { microCredits: string };
  inputTokens: number | null;
  outputTokens: number | null;
};

/** The cost accounting charges, computed independently from the frozen prices. */
const costOf = (r: Reservation) => {
  const exact =
    BigInt(r.inputTokens ?? 0) * BigInt(r.inputPricePerMillionTokens.microCredits) +
    BigInt(r.outputTokens ?? 0) * BigInt(r.outputPricePerMillionTokens.microCredits);
  return (exact + 999_999n) / 1_000_000n;
};

/** 3,900 one-letter words: about four times the tokens a characters ÷ 4 estimate expects. */
const SHORT_WORDS = Array.from({ length: 3900 }, (_, i) => 'abcdefghij'[i % 10]).join(' ');
/** Chinese and Russian: one or more tokens per character. */
const NON_ENGLISH =
  '请解释一下光合作用的过程，以及植物为什么需要阳光、水和二氧化碳。'.repeat(40) +
  ' Объясни, пожалуйста, как работает фотосинтез. '.repeat(20);

describe('the cost of an answer never exceeds its reservation', () => {
  let h: ChatHarness;

  /** Sends a message and waits until its answer is stored and its settlement acknowledged. */
  const answerOf = async (who: TestUser, sessionId: string, text: string) => {
    const { sendMessage } = await h.run<{ sendMessage: { id: string } }>(who, SEND, {
      s: sessionId,
      t: text,
    });
    let row: typeof messages.$inferSelect | undefined;
    for (;;) {
      [row] = await h.platform.database.db
        .select()
        .from(messages)
        .where(eq(messages.id, sendMessage.id));
      if (row && row.status !== 'STREAMING' && row.creditsChargedMicro !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { creditReservation } = await h.run<{ creditReservation: Reservation }>(
      h.admin,
      RESERVATION,
      { r: row.reservationId },
    );
    return { row, reservation: creditReservation };
  };
  const startChat = async (who: TestUser) =>
    (await h.run<{ startChat: { id: string } }>(who, START)).startChat.id;
  const credits = async (who: TestUser) =>
    (
      await h.run<{ user: { credits: Record<string, { microCredits: string }> } }>(
        h.admin,
        CREDITS,
        { u: who.id },
      )
    ).user.credits;
  /** The amount a reservation set aside before any extension: its oldest RESERVE ledger entry. */
  const firstReserveOf = async (who: TestUser, reservationId: string) => {
    const { creditLedger } = await h.run<{
      creditLedger: {
        edges: Array<{
          node: {
            id: string;
            kind: string;
            reservationId: string | null;
            amount: { microCredits: string };
          };
        }>;
      };
    }>(
      h.admin,
      `query($u: ID!) { creditLedger(userId: $u, first: 100) { edges { node {
        id kind reservationId amount { microCredits } } } } }`,
      { u: who.id },
    );
    const reserves = creditLedger.edges
      .map((edge) => edge.node)
      .filter((entry) => entry.kind === 'RESERVE' && entry.reservationId === reservationId)
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    return BigInt(reserves[0]!.amount.microCredits);
  };
  const expectWithin = (reservation: Reservation, chargedOnMessage: number | null) => {
    expect(reservation.shortfall.microCredits).toBe('0');
    expect(BigInt(reservation.charged.microCredits)).toBe(costOf(reservation));
    expect(BigInt(reservation.charged.microCredits)).toBeLessThanOrEqual(
      BigInt(reservation.reserved.microCredits),
    );
    expect(String(chargedOnMessage)).toBe(reservation.charged.microCredits);
  };

  beforeAll(async () => {
    h = await startChatHarness({ CHAT_MESSAGES_PER_MINUTE: '1000' });
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('holds for long prompts of short words, non-English text and a tool round, answered at once', async () => {
    const student = await h.person('STUDENT', 100);
    const prompts = [
      `${SHORT_WORDS} [[emulator:tool=calculator:{"expression":"2+2"}]] [[emulator:length=400]]`,
      `${NON_ENGLISH} 12 * 7 [[emulator:length=400]]`,
    ];
    const sessions = await Promise.all(prompts.map(() => startChat(student)));
    // Concurrent answers of one person: each is capped by its own reservation.
    const answers = await Promise.all(
      prompts.map((prompt, i) => answerOf(student, sessions[i]!, prompt)),
    );
    for (const { row, reservation } of answers) {
      expect(row.status).toBe('COMPLETE');
      expect(row.toolCalls.map((call) => call.name)).toEqual(['calculator']);
      expect(reservation.status).toBe('FINALIZED');
      expectWithin(reservation, row.creditsChargedMicro);
    }
    // The emulator counts Claude's tokens: far more than characters ÷ 4 would have reserved for.
    expect(answers[0]!.reservation.inputTokens!).toBeGreaterThan(2 * (SHORT_WORDS.length / 4));
    const after = await credits(student);
    expect(after.reserved!.microCredits).toBe('0');
    expect(BigInt(after.spent!.microCredits) + BigInt(after.available!.microCredits)).toBe(
      BigInt(after.granted!.microCredits),
    );
  });

  it('gives a tool round only what is left when more cannot be reserved, says so, and charges exactly', async () => {
    const prompt = `${SHORT_WORDS} [[emulator:tool=calculator:{"expression":"6*7"}]] [[emulator:length=3000]]`;
    // A well-funded twin sends the same first message, which tells the exact first reservation.
    const twin = await h.person('STUDENT', 100);
    const rich = await answerOf(twin, await startChat(twin), prompt);
    expect(rich.row.status).toBe('COMPLETE');
    expectWithin(rich.reservation, rich.row.creditsChargedMicro);

    // This student can pay for the first call's reservation and not one micro-credit more.
    const firstReserve = await h.person('STUDENT');
    const reservedForFirstCall = await firstReserveOf(twin, rich.row.reservationId!);
    // The twin's tool round needed more than its first reservation: it was extended.
    expect(BigInt(rich.reservation.reserved.microCredits)).toBeGreaterThan(reservedForFirstCall);
    await h.run(
      h.admin,
      'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
      {
        u: firstReserve.id,
        a: Number(reservedForFirstCall) / 1e6,
      },
    );
    const poor = await answerOf(firstReserve, await startChat(firstReserve), prompt);
    expect(poor.row.toolCalls.map((call) => call.name)).toEqual(['calculator']);
    expect(poor.row.statusReason).toMatch(/ran out of credits/);
    expect(poor.row.content.length).toBeGreaterThan(0);
    expectWithin(poor.reservation, poor.row.creditsChargedMicro);
    // Nothing was extended: the whole reservation was the first call's.
    expect(poor.reservation.reserved.microCredits).toBe(reservedForFirstCall.toString());
    const after = await credits(firstReserve);
    expect(after.reserved!.microCredits).toBe('0');
    expect(BigInt(after.spent!.microCredits) + BigInt(after.available!.microCredits)).toBe(
      reservedForFirstCall,
    );
  });
});
