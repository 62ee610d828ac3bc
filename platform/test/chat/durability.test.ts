import { eventually, TEST_TOKENS } from '@aula/platform/testing';
import { signServiceToken, type Database } from '@aula/runtime';
import { openTestDatabase } from '@aula/runtime/src/testing';
import { eq } from 'drizzle-orm';
import { messages, settlementOutbox } from '@aula/chat/src/db/schema';
import {
  isTerminal,
  reconstruct,
  startChatHarness,
  type ChatHarness,
  type TestUser,
} from './harness';
import { startDatabaseOutage, startServiceOutage } from './outages';
import { databaseUrlOf, startChatProcess, startChatReplica, type ChatReplica } from './replica';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

const START = 'mutation { startChat { id } }';
const SEND = 'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }';
const RESERVATION = `query($r: ID!) { creditReservation(id: $r) { status inputTokens outputTokens
  reserved { microCredits } charged { microCredits } shortfall { microCredits } } }`;
const PENDING = 'query($r: [ID!]!) { settlementPending(reservationIds: $r) }';
/** The stream as chat itself serves it (no other subgraph's fields). */
const DIRECT_STREAM = `subscription($s: ID!) { chatStream(sessionId: $s) { __typename sessionId messageId sequence
  ... on ChatStreamSnapshot { text } ... on ChatStreamTextDelta { text } } }`;
/** Short settings, so an outage of a few seconds spans many retries. */
const FAST = { CHAT_SETTLEMENT_RETRY_MS: '100', CHAT_ANSWER_HEARTBEAT_MS: '300' };

type Reservation = {
  status: string;
  inputTokens: number | null;
  outputTokens: number | null;
  charged: { microCredits: string };
  shortfall: { microCredits: string };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('settlement survives outages', () => {
  let h: ChatHarness;
  let student: TestUser;
  const reservation = async (id: string) =>
    (await h.run<{ creditReservation: Reservation }>(h.admin, RESERVATION, { r: id }))
      .creditReservation;
  const rowOf = async (database: Database, id: string) =>
    (await database.db.select().from(messages).where(eq(messages.id, id)))[0]!;
  /** Waits for the answer's charge to appear, then checks accounting agrees to the micro-credit. */
  const expectFinalized = async (database: Database, messageId: string) => {
    const charged = await eventually(
      async () => {
        const row = await rowOf(database, messageId);
        return row.creditsChargedMicro !== null ? row : false;
      },
      'the settlement',
      120_000,
    );
    const settled = await reservation(charged.reservationId!);
    expect(settled.status).toBe('FINALIZED');
    expect(settled.shortfall.microCredits).toBe('0');
    expect(String(charged.creditsChargedMicro)).toBe(settled.charged.microCredits);
    return charged;
  };
  /** Asks a chat replica, as accounting's reaper does, which settlements are pending. */
  const pending = async (chatUrl: string, reservationIds: string[]) => {
    const response = await fetch(chatUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${signServiceToken(TEST_TOKENS, 'accounting')}`,
      },
      body: JSON.stringify({ query: PENDING, variables: { r: reservationIds } }),
    });
    return ((await response.json()) as { data: { settlementPending: string[] } }).data
      .settlementPending;
  };

  beforeAll(async () => {
    h = await startChatHarness();
    student = await h.person('STUDENT', 100);
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await h?.close();
  });

  it('keeps a finished answer’s settlement while accounting is down and charges it exactly when it is back', async () => {
    const database = await openTestDatabase();
    const accounting = await startServiceOutage(h.platform.subgraphs.accounting!.url);
    let replica: ChatReplica | undefined;
    try {
      replica = await startChatReplica(h, { database, accountingUrl: accounting.url, env: FAST });
      const sessionId = (await replica.run<{ startChat: { id: string } }>(student, START)).startChat
        .id;
      const { sendMessage } = await replica.run<{ sendMessage: { id: string } }>(student, SEND, {
        s: sessionId,
        t: 'Explain erosion [[emulator:length=30]] [[emulator:rate=60]]',
      });
      // Reserved; now accounting goes away before the answer ends.
      accounting.mode = 'down';
      const stored = await eventually(
        async () => {
          const row = await rowOf(database, sendMessage.id);
          return row.status !== 'STREAMING' ? row : false;
        },
        'the settlement',
        120_000,
      );
      expect(stored.status).toBe('COMPLETE');
      expect(stored.creditsChargedMicro).toBeNull();
      // Many retries later (the outage spans doublings from 100 ms), still owed, still reserved.
      await eventually(
        async () => {
          const entry = await (
            await database.db
              .select()
              .from(settlementOutbox)
              .where(eq(settlementOutbox.messageId, sendMessage.id))
          )[0];
          return (entry?.attempts ?? 0) >= 4 ? entry : false;
        },
        'the settlement',
        120_000,
      );
      expect(await pending(replica.url, [stored.reservationId!])).toEqual([stored.reservationId]);
      expect((await reservation(stored.reservationId!)).status).toBe('ACTIVE');

      accounting.mode = 'up';
      const charged = await eventually(
        async () => {
          const row = await rowOf(database, sendMessage.id);
          return row.creditsChargedMicro !== null ? row : false;
        },
        'the settlement',
        120_000,
      );
      const settled = await reservation(stored.reservationId!);
      expect(settled.status).toBe('FINALIZED');
      expect([settled.inputTokens, settled.outputTokens]).toEqual([
        stored.inputTokens,
        stored.outputTokens,
      ]);
      expect(settled.shortfall.microCredits).toBe('0');
      expect(String(charged.creditsChargedMicro)).toBe(settled.charged.microCredits);
      expect(await database.db.select().from(settlementOutbox)).toEqual([]);
      expect(await pending(replica.url, [stored.reservationId!])).toEqual([]);
    } finally {
      await replica?.close();
      await accounting.close();
      await database.close();
    }
  });

  const postgres = Boolean(process.env.TEST_DATABASE_URL);
  (postgres ? it : it.skip)(
    'settles an answer stored just before its chat process was killed',
    async () => {
      const database = await openTestDatabase();
      const accounting = await startServiceOutage(h.platform.subgraphs.accounting!.url);
      let survivor: ChatReplica | undefined;
      // The killed process settles nothing: accounting holds its settlement call unanswered.
      accounting.mode = 'hold-settlements';
      const child = await startChatProcess(h, database, {
        ...FAST,
        ACCOUNTING_SUBGRAPH_URL: accounting.url,
      });
      try {
        const sessionId = (await child.run<{ startChat: { id: string } }>(student, START)).startChat
          .id;
        const { sendMessage } = await child.run<{ sendMessage: { id: string } }>(student, SEND, {
          s: sessionId,
          t: 'Explain tides [[emulator:length=20]] [[emulator:rate=200]]',
        });
        await eventually(
          async () => {
            const n = await accounting.settlements;
            return n > 0 ? n : false;
          },
          'the settlement',
          120_000,
        );
        child.kill();
        const stored = await rowOf(database, sendMessage.id);
        expect(stored.status).toBe('COMPLETE');
        expect((await reservation(stored.reservationId!)).status).toBe('ACTIVE');

        survivor = await startChatReplica(h, { database, env: FAST });
        const charged = await expectFinalized(database, sendMessage.id);
        expect(charged.content).toBe(stored.content);
      } finally {
        child.kill();
        await survivor?.close();
        await accounting.close();
        await database.close();
      }
    },
  );

  (postgres ? it : it.skip)(
    'stores a whole answer and settles it when PostgreSQL drops every connection mid-answer',
    async () => {
      const database = await openTestDatabase();
      const address = await databaseUrlOf(database);
      const outage = await startDatabaseOutage(address);
      const { openDatabase } = await import('@aula/runtime');
      const throughHop = await openDatabase({ url: outage.url, poolSize: 4 });
      let replica: ChatReplica | undefined;
      try {
        replica = await startChatReplica(h, { database: throughHop, env: FAST });
        const sessionId = (await replica.run<{ startChat: { id: string } }>(student, START))
          .startChat.id;
        const watcher = h.watch(student, sessionId, { url: replica.wsUrl, query: DIRECT_STREAM });
        // graphql-ws does not acknowledge a subscribe: give it a moment before the answer starts.
        await sleep(300);
        const { sendMessage } = await replica.run<{ sendMessage: { id: string } }>(student, SEND, {
          s: sessionId,
          t: 'Describe volcanoes [[emulator:length=60]] [[emulator:rate=60]]',
        });
        await watcher.until(
          (e) => e.messageId === sendMessage.id && e.__typename === 'ChatStreamTextDelta',
        );
        // As a restart looks to chat: every connection dropped, new ones refused, then back.
        outage.cut();
        await sleep(2500);
        outage.restore();
        const events = await watcher.until((e) => isTerminal(e) && e.messageId === sendMessage.id);
        const end = events.find((e) => isTerminal(e) && e.messageId === sendMessage.id)!;
        expect(end.__typename).toBe('ChatStreamCompleted');
        const stored = await rowOf(database, sendMessage.id);
        expect(stored.status).toBe('COMPLETE');
        expect(stored.content).toBe(reconstruct(events, sendMessage.id));
        expect(stored.outputTokens).toBe(60);
        await expectFinalized(database, sendMessage.id);
        watcher.stop();
      } finally {
        await replica?.close();
        await throughHop.close();
        await outage.close();
        await database.close();
      }
    },
  );
});
