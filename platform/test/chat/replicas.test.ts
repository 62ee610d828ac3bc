import { eventually, TEST_ENV, TEST_TOKENS } from '@aula/platform/testing';
import {
  createLogger,
  TokenVerifier,
  type RunningHttpServer,
  type SubgraphService,
  ServiceMetrics,
} from '@aula/runtime';
import { testRedisUrl } from '@aula/runtime/src/testing';
import { eq } from 'drizzle-orm';
import { loadChatConfig } from '@aula/chat/src/config';
import { messages } from '@aula/chat/src/db/schema';
import { createServer } from '@aula/chat/src/server';
import {
  isTerminal,
  reconstruct,
  startChatHarness,
  type ChatHarness,
  type TestUser,
  type Watcher,
} from './harness';
import { startServiceOutage } from './outages';
import { startChatProcess } from './replica';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

const START = 'mutation { startChat { id } }';
const SEND =
  'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id status } }';
const STOP = 'mutation($m: ID!) { stopGeneration(messageId: $m) { id status statusReason } }';
const RESERVATION =
  'query($r: ID!) { creditReservation(id: $r) { status charged { microCredits } shortfall { microCredits } } }';
/** Replicas name their answers this often; three missed beats mean the writer is gone. */
const HEARTBEAT_MS = 1000;
/** Issue 12: an orphaned answer is failed within 15 s of its replica's death. */
const RECOVERY_DEADLINE_MS = 15_000;

/** The events once `messageId` has ended on `watcher`; fails past RECOVERY_DEADLINE_MS. */
async function endWithinDeadline(watcher: Watcher, messageId: string, failure: string) {
  let deadline: NodeJS.Timeout | undefined;
  return Promise.race([
    watcher.until((e) => isTerminal(e) && e.messageId === messageId),
    new Promise<never>((_, reject) => {
      deadline = setTimeout(
        () => reject(new Error(`${failure} within ${RECOVERY_DEADLINE_MS / 1000} s`)),
        RECOVERY_DEADLINE_MS,
      );
    }),
  ]).finally(() => clearTimeout(deadline));
}

// Several replicas share state only through PostgreSQL and Redis: without both there is one process by definition.
const shared = Boolean(process.env.TEST_DATABASE_URL && testRedisUrl());
(shared ? describe : describe.skip)('several chat replicas (PostgreSQL + Redis)', () => {
  let h: ChatHarness;
  let student: TestUser;
  let replica: SubgraphService;
  let replicaServer: RunningHttpServer;

  beforeAll(async () => {
    h = await startChatHarness({ CHAT_ANSWER_HEARTBEAT_MS: String(HEARTBEAT_MS) });
    student = await h.person('STUDENT', 100);
    const urls = Object.fromEntries(
      Object.entries(h.platform.subgraphs).map(([name, server]) => [name, server.url]),
    );
    replica = await createServer({
      config: loadChatConfig({
        ...TEST_ENV,
        REDIS_URL: testRedisUrl(),
        BEDROCK_ENDPOINT: h.platform.bedrock!.url,
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
      }),
      database: h.platform.database,
      bus: h.platform.bus,
      logger: createLogger('chat-replica', 'silent'),
      metrics: new ServiceMetrics('chat'),
      tokens: TEST_TOKENS,
      verifier: new TokenVerifier(TEST_TOKENS),
      serviceUrl: (name) => urls[name]!,
    });
    replicaServer = await replica.listen({ port: 0, host: '127.0.0.1' });
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await replicaServer?.stop();
    await replica?.close?.();
    await h?.close();
  });

  it('serves a late joiner on another replica and stops the answer from there', async () => {
    const sessionId = (await h.run<{ startChat: { id: string } }>(student, START)).startChat.id;
    const own = h.watch(student, sessionId);
    await h.live(student, sessionId, [own]);
    const pending = (
      await h.run<{ sendMessage: { id: string } }>(student, SEND, {
        s: sessionId,
        t: 'Tell me a long story [[emulator:length=2000]] [[emulator:rate=40]]',
      })
    ).sendMessage;
    await own.until((e) => e.messageId === pending.id && e.sequence >= 4);

    // The gateway routed sendMessage to the platform's chat; this subscriber talks to the other replica only.
    const onReplica = h.watch(student, sessionId, {
      url: replicaServer.wsUrl,
      query: `subscription($s: ID!) { chatStream(sessionId: $s) { __typename sessionId messageId sequence
        ... on ChatStreamSnapshot { text } ... on ChatStreamTextDelta { text } } }`,
    });
    await onReplica.until(
      (e) => e.messageId === pending.id && e.__typename === 'ChatStreamSnapshot',
    );
    const stop = await fetch(replicaServer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${student.token}` },
      body: JSON.stringify({ query: STOP, variables: { m: pending.id } }),
    });
    const stopped = ((await stop.json()) as { data: { stopGeneration: { status: string } } }).data
      .stopGeneration;
    expect(stopped.status).toBe('STOPPED');

    const joined = (
      await onReplica.until((e) => isTerminal(e) && e.messageId === pending.id)
    ).filter((e) => e.messageId === pending.id);
    const full = (await own.until((e) => isTerminal(e) && e.messageId === pending.id)).filter(
      (e) => e.messageId === pending.id,
    );
    const covered = joined[0]!.sequence;
    expect(joined.map((e) => e.sequence)).toEqual([
      covered,
      ...full.filter((e) => e.sequence > covered).map((e) => e.sequence),
    ]);
    expect(reconstruct(joined, pending.id)).toBe(reconstruct(full, pending.id));
    own.stop();
    onReplica.stop();
  });

  it('fails a killed replica’s answer within 15 s: text kept, charged exactly, money released, end published', async () => {
    const child = await startChatProcess(h, h.platform.database, {
      CHAT_ANSWER_HEARTBEAT_MS: String(HEARTBEAT_MS),
      // The same bus as the platform: its chat hears this process's heartbeats and events.
      REDIS_KEY_PREFIX: h.platform.bus.keyPrefix!,
    });
    try {
      const sessionId = (await child.run<{ startChat: { id: string } }>(student, START)).startChat
        .id;
      // Through the gateway: the platform's chat relays the child's events from the shared bus.
      const watcher = h.watch(student, sessionId);
      await h.live(student, sessionId, [watcher]);
      const pending = (
        await child.run<{ sendMessage: { id: string } }>(student, SEND, {
          s: sessionId,
          t: 'Tell me a long story [[emulator:length=2000]] [[emulator:rate=20]]',
        })
      ).sendMessage;
      await watcher.until(
        (e) =>
          e.messageId === pending.id &&
          e.__typename === 'ChatStreamTextDelta' &&
          reconstruct(watcher.events, pending.id).length > 20,
      );
      // While the child lives its heartbeat keeps every other replica's hands off the answer.
      await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS * 4));
      const [alive] = await h.platform.database.db
        .select()
        .from(messages)
        .where(eq(messages.id, pending.id));
      expect(alive!.status).toBe('STREAMING');
      child.kill();

      // The surviving replica stops hearing the child's heartbeat and takes the answer over.
      const events = await endWithinDeadline(
        watcher,
        pending.id,
        'the orphaned answer was not failed',
      );
      const end = events.find((e) => isTerminal(e) && e.messageId === pending.id)!;
      expect(end.__typename).toBe('ChatStreamFailed');
      expect(end.reason).toBe(
        'The server writing this answer stopped unexpectedly. Please ask again.',
      );
      const [stored] = await h.platform.database.db
        .select()
        .from(messages)
        .where(eq(messages.id, pending.id));
      expect(stored!.status).toBe('FAILED');
      // Every delivered word is kept: the stored text is what the watcher saw.
      expect(stored!.content).toBe(reconstruct(events, pending.id));
      expect(stored!.content.length).toBeGreaterThan(20);
      const reservation = await h.run<{
        creditReservation: {
          status: string;
          charged: { microCredits: string };
          shortfall: { microCredits: string };
        };
      }>(h.admin, RESERVATION, { r: stored!.reservationId });
      expect(reservation.creditReservation.status).toBe('ABORTED');
      expect(BigInt(reservation.creditReservation.charged.microCredits)).toBeGreaterThan(0n);
      expect(reservation.creditReservation.shortfall.microCredits).toBe('0');
      // The charge is shown on the message, the rest of the reservation released.
      const [charged] = await h.platform.database.db
        .select()
        .from(messages)
        .where(eq(messages.id, pending.id));
      expect(String(charged!.creditsChargedMicro)).toBe(
        reservation.creditReservation.charged.microCredits,
      );
      const credits = await h.run<{ user: { credits: { reserved: { microCredits: string } } } }>(
        h.admin,
        'query($u: ID!) { user(id: $u) { credits { reserved { microCredits } } } }',
        { u: student.id },
      );
      expect(credits.user.credits.reserved.microCredits).toBe('0');
      watcher.stop();
    } finally {
      child.kill();
    }
    // Starting a chat process compiles it first: slow on a busy machine, not part of the 15 s.
  }, 120_000);

  it('publishes the end of an answer whose replica died after storing it and before announcing it', async () => {
    // The replica stores the answer, then settles it with accounting, then publishes the end:
    // holding its settlement keeps it in between, where the soak's killed replica was.
    const accounting = await startServiceOutage(h.platform.subgraphs.accounting!.url);
    const child = await startChatProcess(h, h.platform.database, {
      CHAT_ANSWER_HEARTBEAT_MS: String(HEARTBEAT_MS),
      REDIS_KEY_PREFIX: h.platform.bus.keyPrefix!,
      ACCOUNTING_SUBGRAPH_URL: accounting.url,
    });
    try {
      const sessionId = (await child.run<{ startChat: { id: string } }>(student, START)).startChat
        .id;
      const watcher = h.watch(student, sessionId);
      await h.live(student, sessionId, [watcher]);
      accounting.mode = 'hold-settlements';
      const pending = (
        await child.run<{ sendMessage: { id: string } }>(student, SEND, {
          s: sessionId,
          t: 'A short one [[emulator:length=40]] [[emulator:rate=80]]',
        })
      ).sendMessage;
      const stored = await eventually(
        async () => {
          const [row] = await h.platform.database.db
            .select()
            .from(messages)
            .where(eq(messages.id, pending.id));
          return row!.status !== 'STREAMING' && accounting.settlements > 0 ? row! : false;
        },
        'the answer stored and its settlement under way',
        60_000,
      );
      expect(stored.status).toBe('COMPLETE');
      child.kill();

      const events = await endWithinDeadline(
        watcher,
        pending.id,
        'nobody published the stored answer’s end',
      );
      const answer = events.filter((e) => e.messageId === pending.id);
      expect(answer[answer.length - 1]!.__typename).toBe('ChatStreamCompleted');
      // Every event once, in order, and the text the watcher saw is the text stored.
      expect(answer.map((e) => e.sequence)).toEqual(answer.map((_, i) => i + 1));
      expect(reconstruct(events, pending.id)).toBe(stored.content);
      // The settlement the dead replica owed is delivered by the survivor's outbox.
      const settled = await eventually(
        async () => {
          const { creditReservation } = await h.run<{
            creditReservation: { status: string; shortfall: { microCredits: string } };
          }>(h.admin, RESERVATION, { r: stored.reservationId });
          return creditReservation.status === 'FINALIZED' ? creditReservation : false;
        },
        'the settlement delivered by the surviving replica',
        60_000,
      );
      expect(settled.shortfall.microCredits).toBe('0');
      watcher.stop();
    } finally {
      child.kill();
      await accounting.close();
    }
  }, 180_000);
});
