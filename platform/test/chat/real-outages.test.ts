import { eventually, TEST_ENV, TEST_TOKENS, testRedisUrl } from '@aula/platform/testing';
import { openDatabase, signServiceToken, type Database } from '@aula/runtime';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { findLedgerViolations } from '@aula/accounting/src/invariants';
import {
  ALLOCATE,
  BALANCE_ENTITY,
  balanceHolds,
  FINALIZE,
  RESERVATION,
  type BalanceView,
  type ReservationView,
} from '@aula/accounting/src/testing/operations';
import { messages, settlementOutbox } from '@aula/chat/src/db/schema';
import {
  isTerminal,
  reconstruct,
  startChatHarness,
  type ChatHarness,
  type TestUser,
} from './harness';
import {
  freePort,
  postgresBinaries,
  startTemporaryPostgres,
  type TemporaryPostgres,
} from './postgres-cluster';
import { requestAs, startChatReplica, type ChatReplica } from './replica';

/**
 * Real outages, not simulated ones: accounting runs as its own process that is killed and
 * started again after TEST_OUTAGE_MS, and PostgreSQL is a server of this test's own (initdb
 * on a free port, never the shared one) that is really stopped and started mid-answer. After
 * each, the answer is settled exactly once: one usage record, charges equal to what chat
 * stored, no shortfall, nothing left reserved, the outbox empty and every ledger invariant
 * holding. `npm run test:outages` runs the same with the 60 s accounting outage.
 */
const OUTAGE_MS = Number(process.env.TEST_OUTAGE_MS ?? 5_000);
const BOOT_TIMEOUT_MS = 300_000;
/** Short settings, so an outage of a few seconds spans many retries. */
const FAST = { CHAT_SETTLEMENT_RETRY_MS: '100', CHAT_ANSWER_HEARTBEAT_MS: '300' };

const START = 'mutation { startChat { id } }';
const SEND = 'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }';
/** The stream as chat itself serves it (no other subgraph's fields). */
const DIRECT_STREAM = `subscription($s: ID!) { chatStream(sessionId: $s) { __typename sessionId messageId sequence
  ... on ChatStreamSnapshot { text } ... on ChatStreamTextDelta { text } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Accounting as its own process (the standalone entry) on a fixed port, so it can come back. */
class AccountingProcess {
  private child: ChildProcess | undefined;
  readonly url: string;

  constructor(
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {
    this.url = `http://127.0.0.1:${port}/graphql`;
  }

  async start(admin: TestUser): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, '..', '..', '..', 'subgraphs', 'accounting', 'src', 'index.ts'),
      ],
      { env: { ...this.env, PORT: String(this.port) }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    this.child = child;
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`accounting exited with ${code}`))),
    );
    exited.catch(() => undefined);
    // Ready when it accepts a person's token (its revocation list has loaded from auth).
    await Promise.race([
      exited,
      eventually(
        () => requestAs(this.url, admin, '{ __typename }').then(() => true),
        'accounting to accept a token',
        60_000,
      ),
    ]);
  }

  /** SIGKILL: no shutdown hook runs, every connection drops, the port refuses. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
  }

  run<T>(who: TestUser, query: string, variables?: Record<string, unknown>): Promise<T> {
    return requestAs<T>(this.url, who, query, variables);
  }
}

const available = Boolean(postgresBinaries()) && Boolean(testRedisUrl());
if (!available)
  console.warn(
    'real-outages: skipped (needs PostgreSQL binaries and TEST_REDIS_URL for accounting)',
  );

(available ? describe : describe.skip)('settlement survives real outages', () => {
  let h: ChatHarness;
  let cluster: TemporaryPostgres;
  let accounting: AccountingProcess;
  let ledger: Database;

  beforeAll(async () => {
    cluster = await startTemporaryPostgres();
    cluster.createDatabase('accounting');
    cluster.createDatabase('chat');
    h = await startChatHarness();
    const settings: Record<string, string> = {
      ...(process.env as Record<string, string>),
      ...TEST_ENV,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      DATABASE_URL: cluster.urlOf('accounting'),
      REDIS_URL: testRedisUrl()!,
      REDIS_KEY_PREFIX: `aula-test-${randomUUID()}:`,
    };
    for (const [subgraph, server] of Object.entries(h.platform.subgraphs))
      settings[`${subgraph.toUpperCase()}_SUBGRAPH_URL`] = server.url;
    accounting = new AccountingProcess(settings, await freePort());
    await accounting.start(h.admin);
    ledger = await openDatabase({ url: cluster.urlOf('accounting'), poolSize: 2 });
  }, BOOT_TIMEOUT_MS);

  afterAll(async () => {
    await accounting?.kill();
    await ledger?.close();
    await h?.close();
    cluster?.close();
  });

  /** A student with 100 credits granted by the accounting process under test. */
  const student = async () => {
    const person = await h.person('STUDENT');
    await accounting.run(h.admin, ALLOCATE, { userId: person.id, amount: 100 });
    return person;
  };
  const rowOf = async (database: Database, id: string) =>
    (await database.db.select().from(messages).where(eq(messages.id, id)))[0]!;
  /** The answer's row once it is no longer streaming. */
  const storedAnswer = (database: Database, id: string) =>
    eventually(
      async () => {
        const row = await rowOf(database, id);
        return row.status !== 'STREAMING' && row;
      },
      'the answer to be stored',
      120_000,
    );

  /**
   * The answer was charged exactly once, for exactly what chat stored, with nothing leaked:
   * checked through accounting's API and in its tables.
   */
  const expectSettledOnce = async (chat: Database, messageId: string, who: TestUser) => {
    const row = await eventually(
      async () => {
        const r = await rowOf(chat, messageId);
        return r.creditsChargedMicro !== null && r;
      },
      'the answer to be charged',
      OUTAGE_MS + 120_000,
    );
    const { creditReservation: settled } = await accounting.run<{
      creditReservation: ReservationView;
    }>(h.admin, RESERVATION, { id: row.reservationId });
    expect(settled.status).toBe('FINALIZED');
    expect([settled.inputTokens, settled.outputTokens]).toEqual([
      row.inputTokens,
      row.outputTokens,
    ]);
    expect(settled.shortfall.microCredits).toBe('0');
    expect(settled.charged.microCredits).toBe(String(row.creditsChargedMicro));
    expect(BigInt(settled.charged.microCredits)).toBeGreaterThan(0n);
    const id = row.reservationId!;
    // A late duplicate of the settlement (a retry whose answer was lost) changes nothing.
    const duplicate = await accounting.run<{ finalizeReservation: ReservationView }>(
      { id: 'chat', token: signServiceToken(TEST_TOKENS, 'chat') },
      FINALIZE,
      { id, usage: { inputTokens: row.inputTokens, outputTokens: row.outputTokens } },
    );
    expect(duplicate.finalizeReservation.charged).toEqual(settled.charged);
    expect(
      cluster.psql(
        'accounting',
        `select count(*) from accounting.usage_records where reservation_id = '${id}'`,
      ),
    ).toBe('1');
    expect(
      cluster.psql(
        'accounting',
        `select coalesce(sum(amount), 0) from accounting.ledger_entries where reservation_id = '${id}' and kind = 'CHARGE'`,
      ),
    ).toBe(settled.charged.microCredits);
    const balance = (
      await accounting.run<{ _entities: Array<{ credits: BalanceView }> }>(
        h.admin,
        BALANCE_ENTITY,
        {
          reps: [{ __typename: 'User', id: who.id }],
        },
      )
    )._entities[0]!.credits;
    expect(balanceHolds(balance)).toBe(true);
    expect(balance.reserved.microCredits).toBe('0');
    expect(balance.activeStreams).toBe(0);
    expect(balance.spent.microCredits).toBe(settled.charged.microCredits);
    expect(
      await chat.db
        .select()
        .from(settlementOutbox)
        .where(eq(settlementOutbox.messageId, messageId)),
    ).toEqual([]);
    expect(await findLedgerViolations(ledger.db)).toEqual([]);
  };

  /**
   * A student, a chat replica on the cluster's chat database reaching the accounting process,
   * and a conversation; runs `scenario`, then closes the replica and its database.
   */
  const withConversation = async (
    scenario: (c: {
      who: TestUser;
      chatDb: Database;
      replica: ChatReplica;
      sessionId: string;
    }) => Promise<void>,
  ) => {
    const who = await student();
    const chatDb = await openDatabase({ url: cluster.urlOf('chat'), poolSize: 4 });
    let replica: ChatReplica | undefined;
    try {
      replica = await startChatReplica(h, {
        database: chatDb,
        accountingUrl: accounting.url,
        env: FAST,
      });
      const sessionId = (await replica.run<{ startChat: { id: string } }>(who, START)).startChat.id;
      await scenario({ who, chatDb, replica, sessionId });
    } finally {
      await replica?.close();
      await chatDb.close();
    }
  };

  it(
    'settles exactly once after the accounting process was killed at the end of an answer and came back',
    () =>
      withConversation(async ({ who, chatDb, replica, sessionId }) => {
        const { sendMessage } = await replica.run<{ sendMessage: { id: string } }>(who, SEND, {
          s: sessionId,
          t: 'Explain erosion [[emulator:length=40]] [[emulator:rate=40]]',
        });
        // Reserved (the row names its reservation); then the accounting process dies mid-answer.
        await eventually(
          async () => (await rowOf(chatDb, sendMessage.id)).reservationId !== null,
          'the answer to reserve credits',
          120_000,
        );
        await accounting.kill();
        const downSince = Date.now();
        const stored = await storedAnswer(chatDb, sendMessage.id);
        expect(stored.status).toBe('COMPLETE');
        expect(stored.creditsChargedMicro).toBeNull();
        // The settlement waits in the outbox, retried, for the whole outage.
        await sleep(Math.max(0, OUTAGE_MS - (Date.now() - downSince)));
        const [owed] = await chatDb.db
          .select()
          .from(settlementOutbox)
          .where(eq(settlementOutbox.messageId, sendMessage.id));
        expect(owed?.attempts).toBeGreaterThanOrEqual(2);
        expect((await rowOf(chatDb, sendMessage.id)).creditsChargedMicro).toBeNull();

        await accounting.start(h.admin);
        await expectSettledOnce(chatDb, sendMessage.id, who);
      }),
    OUTAGE_MS + 240_000,
  );

  it(
    'stores the whole answer and settles it exactly once when PostgreSQL is really restarted mid-answer',
    () =>
      withConversation(async ({ who, chatDb, replica, sessionId }) => {
        const watcher = h.watch(who, sessionId, { url: replica.wsUrl, query: DIRECT_STREAM });
        // graphql-ws does not acknowledge a subscribe: give it a moment before the answer starts.
        await sleep(300);
        const { sendMessage } = await replica.run<{ sendMessage: { id: string } }>(who, SEND, {
          s: sessionId,
          t: 'Describe volcanoes [[emulator:length=80]] [[emulator:rate=40]]',
        });
        await watcher.until(
          (e) => e.messageId === sendMessage.id && e.__typename === 'ChatStreamTextDelta',
        );
        // Both chat's and accounting's database go away with every session, then come back.
        cluster.stop();
        await sleep(Math.min(OUTAGE_MS, 5_000));
        cluster.start();
        const events = await watcher.until((e) => isTerminal(e) && e.messageId === sendMessage.id);
        const end = events.find((e) => isTerminal(e) && e.messageId === sendMessage.id)!;
        expect(end.__typename).toBe('ChatStreamCompleted');
        const stored = await storedAnswer(chatDb, sendMessage.id);
        expect(stored.status).toBe('COMPLETE');
        expect(stored.content).toBe(reconstruct(events, sendMessage.id));
        expect(stored.outputTokens).toBe(80);
        await expectSettledOnce(chatDb, sendMessage.id, who);
        watcher.stop();
      }),
    BOOT_TIMEOUT_MS,
  );
});
