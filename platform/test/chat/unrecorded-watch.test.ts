import { graphql, TEST_ENV, TEST_TOKENS } from '@aula/platform/testing';
import { createLogger, TokenVerifier } from '@aula/runtime';
import { loadGatewayConfig } from '@aula/gateway/src/config';
import { listenPublicGateway } from '@aula/gateway/src/public-gateway';
import { sql } from 'drizzle-orm';
import {
  isTerminal,
  reconstruct,
  startChatHarness,
  type ChatHarness,
  type StreamEvent,
  type TestUser,
  type Watcher,
} from './harness';
import { startServiceOutage, type ServiceOutage } from './outages';
import { startChatReplica, type ChatReplica } from './replica';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;
// Each case waits for a minute to turn (up to a minute) and then streams for about half a minute.
const CASE_TIMEOUT_MS = 180_000;
const MINUTE_MS = 60_000;

const START = 'mutation { startChat { id } }';
const SEND = 'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepUntil = (at: number) => sleep(Math.max(0, at - Date.now()));

/**
 * A supervisor may see a student's conversation only once monitoring has the look on record,
 * one entry per look and minute: the first event of a new minute waits for that record. When
 * monitoring cannot record it, the supervisor's stream holds the content (no error, nothing
 * shown), keeps trying, and once the look is recorded sends a snapshot of everything so far and
 * continues; past its bound the stream ends with SERVICE_UNAVAILABLE and the gateway subscribes
 * again, resuming after the last event it delivered. A chat replica reaches monitoring through a
 * hop the test takes down across a minute's turn; a gateway stands in front of that replica.
 */
describe('a supervisor watching while monitoring cannot record the look', () => {
  let h: ChatHarness;
  let teacher: TestUser;
  let colleague: TestUser;
  let pupil: TestUser;
  const opened: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    h = await startChatHarness();
    teacher = await h.person('SUPERVISOR');
    colleague = await h.person('SUPERVISOR');
    pupil = await h.person('STUDENT', 100);
    await h.run(h.admin, 'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }', {
      i: {
        name: 'Geography 8a',
        supervisorIds: [teacher.id, colleague.id],
        studentIds: [pupil.id],
      },
    });
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    for (const resource of opened.reverse()) await resource.close();
    await h?.close();
  });

  /** A chat replica reaching monitoring through a hop, and a gateway in front of that replica. */
  const chatBehindHop = async (holdSeconds: number) => {
    const monitoring: ServiceOutage = await startServiceOutage(
      h.platform.subgraphs.monitoring!.url,
    );
    opened.push(monitoring);
    const replica: ChatReplica = await startChatReplica(h, {
      database: h.platform.database,
      bus: h.platform.bus,
      monitoringUrl: monitoring.url,
      env: { CHAT_UNRECORDED_HOLD_SECONDS: String(holdSeconds) },
    });
    opened.push(replica);
    const urls = Object.fromEntries(
      Object.entries(h.platform.subgraphs).map(([name, server]) => [name, server.url]),
    );
    const gateway = await listenPublicGateway({
      config: loadGatewayConfig(TEST_ENV),
      tokens: TEST_TOKENS,
      verifier: new TokenVerifier(TEST_TOKENS),
      logger: createLogger('gateway', 'silent'),
      bus: h.platform.bus,
      subgraphUrls: { ...urls, chat: replica.url },
      randomPort: true,
    });
    opened.push({ close: () => gateway.stop() });
    const run = async <T>(
      who: TestUser,
      query: string,
      variables: Record<string, unknown> = {},
    ) => {
      const result = await graphql<T>(gateway.url, query, variables, who.token);
      if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
      return result.data as T;
    };
    return { monitoring, replica, gateway, run };
  };

  /**
   * Asks `question` some seconds before a minute turns (its answer streams well past it);
   * resolves with the answer's id and the minute's turn once every watcher has some of its text.
   */
  const answerAcrossMinute = async (
    chat: Awaited<ReturnType<typeof chatBehindHop>>,
    sessionId: string,
    question: string,
    watchers: Watcher[],
  ) => {
    const into = Date.now() % MINUTE_MS;
    // Start 14 s before the turn (in the next minute when that has passed).
    const turn = Date.now() - into + (into <= MINUTE_MS - 14_000 ? MINUTE_MS : 2 * MINUTE_MS);
    await sleepUntil(turn - 14_000);
    const { sendMessage } = await chat.run<{ sendMessage: { id: string } }>(pupil, SEND, {
      s: sessionId,
      t: question,
    });
    const messageId = sendMessage.id;
    for (const watcher of watchers)
      await watcher.until((e) => e.messageId === messageId && e.__typename !== 'ChatStreamStarted');
    expect(Date.now()).toBeLessThan(turn - 4_000);
    return { messageId, turn };
  };

  const ofMessage = (watcher: Watcher, messageId: string) =>
    watcher.events.filter((e) => e.messageId === messageId);

  /** No gap and no repeat: each event follows the one before, a snapshot covering up to its number. */
  const expectWhole = (events: StreamEvent[]) => {
    expect(['ChatStreamStarted', 'ChatStreamSnapshot']).toContain(events[0]!.__typename);
    for (let i = 1; i < events.length; i += 1) {
      const event = events[i]!;
      const before = events[i - 1]!.sequence;
      if (event.__typename === 'ChatStreamSnapshot')
        expect(event.sequence).toBeGreaterThanOrEqual(before + 1);
      else expect(event.sequence).toBe(before + 1);
    }
    expect(isTerminal(events[events.length - 1]!)).toBe(true);
  };

  /** The WATCHED entries of `viewer` on `sessionId`, by minute. */
  const looks = async (viewer: TestUser, sessionId: string) => {
    const result = (await h.platform.database.db.execute(
      sql`select minute from monitoring.conversation_access
          where session_id = ${sessionId} and viewer_id = ${viewer.id} and kind = 'WATCHED'`,
    )) as unknown as { rows: Array<{ minute: number | string }> };
    return result.rows.map((row) => Number(row.minute));
  };

  it(
    'holds the supervisors’ content while the look cannot be recorded, then sends a snapshot of all of it and the rest',
    async () => {
      const chat = await chatBehindHop(30);
      const sessionId = (await chat.run<{ startChat: { id: string } }>(pupil, START)).startChat.id;
      const own = h.watch(pupil, sessionId, { url: chat.gateway.wsUrl });
      const watching = h.watch(teacher, sessionId, { url: chat.gateway.wsUrl });
      const alsoWatching = h.watch(colleague, sessionId, { url: chat.gateway.wsUrl });
      const supervisors = [watching, alsoWatching];
      await sleep(500);

      // About 25 s of text at 20 tokens a second, begun 14 s before the minute turns.
      const { messageId, turn } = await answerAcrossMinute(
        chat,
        sessionId,
        'Explain rivers [[emulator:length=500]] [[emulator:rate=20]]',
        [own, ...supervisors],
      );
      await sleepUntil(turn - 2_000);
      chat.monitoring.mode = 'down';
      await sleepUntil(turn + 1_000);
      const seenAtTurn = supervisors.map((w) => ofMessage(w, messageId).length);
      const ownAtTurn = ofMessage(own, messageId).length;
      await sleepUntil(turn + 6_000);
      // The answer went on; the supervisors got nothing of it while it could not be recorded.
      expect(ofMessage(own, messageId).length).toBeGreaterThan(ownAtTurn + 3);
      expect(supervisors.map((w) => ofMessage(w, messageId).length)).toEqual(seenAtTurn);
      chat.monitoring.mode = 'up';

      const ownEvents = (await own.until((e) => isTerminal(e) && e.messageId === messageId)).filter(
        (e) => e.messageId === messageId,
      );
      const fullText = reconstruct(ownEvents, messageId);
      for (const [index, supervisor] of supervisors.entries()) {
        await supervisor.until((e) => isTerminal(e) && e.messageId === messageId);
        const events = ofMessage(supervisor, messageId);
        // What came first once the look was on record: the text so far, as one snapshot.
        const filled = events[seenAtTurn[index]!]!;
        expect(filled.__typename).toBe('ChatStreamSnapshot');
        expect(fullText.startsWith(String(filled.text))).toBe(true);
        expect(String(filled.text).length).toBeGreaterThan(
          reconstruct(events.slice(0, seenAtTurn[index]), messageId).length,
        );
        expectWhole(events);
        expect(reconstruct(events, messageId)).toBe(fullText);
        expect(events[events.length - 1]).toMatchObject({
          __typename: 'ChatStreamCompleted',
          message: { content: fullText },
        });
      }
      // No result came with errors, and each supervisor's look of the new minute is on record.
      await expect(
        Promise.race([...supervisors, own].map((w) => w.failed).concat(sleep(100))),
      ).resolves.toBeUndefined();
      const minute = turn / MINUTE_MS;
      for (const viewer of [teacher, colleague])
        expect(await looks(viewer, sessionId)).toEqual(
          expect.arrayContaining([minute - 1, minute]),
        );
      for (const watcher of [own, ...supervisors]) watcher.stop();
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'ends a stream held past its bound with SERVICE_UNAVAILABLE, which the gateway resumes without a gap',
    async () => {
      const chat = await chatBehindHop(2);
      const sessionId = (await chat.run<{ startChat: { id: string } }>(pupil, START)).startChat.id;
      // One supervisor on the chat replica itself, one through the gateway.
      const direct = h.watch(teacher, sessionId, {
        url: chat.replica.wsUrl,
        // Chat's own fields only: no gateway to resolve the others.
        query: `subscription($s: ID!) { chatStream(sessionId: $s) { __typename sessionId messageId sequence
          ... on ChatStreamSnapshot { text } ... on ChatStreamTextDelta { text } } }`,
      });
      const throughGateway = h.watch(teacher, sessionId, { url: chat.gateway.wsUrl });
      await sleep(500);
      const { messageId, turn } = await answerAcrossMinute(
        chat,
        sessionId,
        'Explain glaciers [[emulator:length=600]] [[emulator:rate=20]]',
        [direct, throughGateway],
      );
      await sleepUntil(turn - 2_000);
      chat.monitoring.mode = 'down';
      await sleepUntil(turn + 1_000);
      const directAtTurn = ofMessage(direct, messageId).length;
      const gatewayAtTurn = ofMessage(throughGateway, messageId).length;

      // Chat gives up after its 2 s bound (and the three tries of the first record).
      let giveUp: NodeJS.Timeout | undefined;
      const errors = (await Promise.race([
        direct.failed,
        new Promise((resolve) => (giveUp = setTimeout(() => resolve('still open'), 15_000))),
      ]).finally(() => clearTimeout(giveUp))) as Array<{ extensions?: { code?: string } }> | string;
      expect(Array.isArray(errors)).toBe(true);
      expect((errors as Array<{ extensions?: { code?: string } }>)[0]!.extensions?.code).toBe(
        'SERVICE_UNAVAILABLE',
      );
      expect(Date.now()).toBeLessThan(turn + 8_000);
      expect(ofMessage(direct, messageId).length).toBe(directAtTurn);

      // The gateway keeps asking (refused while the look cannot be recorded) and resumes once it can.
      await sleepUntil(turn + 9_000);
      expect(ofMessage(throughGateway, messageId).length).toBe(gatewayAtTurn);
      chat.monitoring.mode = 'up';
      await throughGateway.until((e) => isTerminal(e) && e.messageId === messageId);
      const events = ofMessage(throughGateway, messageId);
      expect(events[gatewayAtTurn]!.__typename).toBe('ChatStreamSnapshot');
      expectWhole(events);
      const stored = await chat.run<{
        chatSession: { messages: { edges: Array<{ node: { id: string; content: string } }> } };
      }>(
        pupil,
        'query($s: ID!) { chatSession(id: $s) { messages(first: 10) { edges { node { id content } } } } }',
        { s: sessionId },
      );
      const answer = stored.chatSession.messages.edges.find((e) => e.node.id === messageId)!;
      expect(reconstruct(events, messageId)).toBe(answer.node.content);
      await expect(Promise.race([throughGateway.failed, sleep(100)])).resolves.toBeUndefined();
      expect(await looks(teacher, sessionId)).toContain(turn / MINUTE_MS);
      direct.stop();
      throughGateway.stop();
    },
    CASE_TIMEOUT_MS,
  );
  it(
    'gives the supervisor an answer’s end, with its message, while monitoring is away within a minute already on record',
    async () => {
      const chat = await chatBehindHop(30);
      // The look of this minute goes on record at subscribe; the answer ends within the minute.
      const into = Date.now() % MINUTE_MS;
      if (into > MINUTE_MS - 30_000) await sleep(MINUTE_MS - into + 500);
      const minute = Math.floor(Date.now() / MINUTE_MS);
      const sessionId = (await chat.run<{ startChat: { id: string } }>(pupil, START)).startChat.id;
      const watching = h.watch(teacher, sessionId, { url: chat.gateway.wsUrl });
      await sleep(500);
      const { sendMessage } = await chat.run<{ sendMessage: { id: string } }>(pupil, SEND, {
        s: sessionId,
        t: 'Explain deltas [[emulator:length=60]] [[emulator:rate=20]]',
      });
      await watching.until((e) => e.messageId === sendMessage.id);
      chat.monitoring.mode = 'down';
      try {
        const events = (
          await watching.until((e) => isTerminal(e) && e.messageId === sendMessage.id)
        ).filter((e) => e.messageId === sendMessage.id);
        expect(Math.floor(Date.now() / MINUTE_MS)).toBe(minute);
        // The message's content came with the stream's own record (WATCHED this minute), not
        // with one more call to monitoring, which would have failed the event.
        expectWhole(events);
        expect(events[events.length - 1]).toMatchObject({
          __typename: 'ChatStreamCompleted',
          message: { content: reconstruct(events, sendMessage.id) },
        });
        await expect(Promise.race([watching.failed, sleep(100)])).resolves.toBeUndefined();
      } finally {
        chat.monitoring.mode = 'up';
      }
      watching.stop();
    },
    CASE_TIMEOUT_MS,
  );
});
