/**
 * Fan-out of one streamed answer to N subscribers (N = 1, 10, 100, 500, 2000), measured in
 * one run three ways: through the gateway (graphql-ws, the subscription plan relayed
 * per event), straight to the chat subgraph (graphql-ws), and as raw Redis subscribers
 * of the session's channel (only when TEST_REDIS_URL is set). For each it prints text
 * deliveries per second, p50/p99 latency from publish (the event's `at`) to receipt,
 * and the gateway/direct ratios. Then a class being supervised: 30 students answered at
 * once, each session watched by 3 people with their own sign-ins (BENCH_CLASS=0 skips it).
 *
 *   npx tsx bench/stream-fanout.ts          (BENCH_SIZES=1,10,100 BENCH_TOKENS=150 BENCH_RATE=50)
 *
 * With TEST_DATABASE_URL / TEST_REDIS_URL set it runs on PostgreSQL and Redis.
 */
import { startTestPlatform, graphql, testAccessToken } from '@aula/platform/testing';
import { testRedisUrl } from '../subgraphs/runtime/src/testing';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { createBenchStudent } from './people';

const SIZES = (process.env.BENCH_SIZES ?? '1,10,100,500,2000').split(',').map(Number);
const TOKENS = Number(process.env.BENCH_TOKENS ?? 150);
const RATE = Number(process.env.BENCH_RATE ?? 50);
/** A subscriber that never sees the end should fail the bench rather than hang it. */
const END_TIMEOUT_MS = 120_000;
const STREAM = `subscription($s: ID!) { chatStream(sessionId: $s) { __typename messageId sequence at
  ... on ChatStreamTextDelta { text } } }`;

type Event = { __typename: string; messageId: string; at: string };
type Path = 'gateway' | 'direct' | 'redis';
interface Result {
  deliveriesPerSecond: number;
  p50: number;
  p99: number;
  missing: number;
}

/** N subscribers of one path; resolves each one's receipt latencies once its answer ended. */
interface Audience {
  ready: Promise<void>;
  done(messageId: string): Promise<{ latencies: number[]; first: number; last: number }[]>;
  close(): Promise<void>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Collects text-delta latencies of one message per subscriber, until its terminal event. */
function collector() {
  const perMessage = new Map<
    string,
    { latencies: number[]; first: number; last: number; ended: () => void; end: Promise<void> }
  >();
  const entry = (messageId: string) => {
    let slot = perMessage.get(messageId);
    if (!slot) {
      let ended!: () => void;
      const end = new Promise<void>((resolve) => (ended = resolve));
      slot = { latencies: [], first: 0, last: 0, ended, end };
      perMessage.set(messageId, slot);
    }
    return slot;
  };
  return {
    receive(event: Event) {
      const now = Date.now();
      const slot = entry(event.messageId);
      if (event.__typename === 'ChatStreamTextDelta') {
        slot.latencies.push(now - Date.parse(event.at));
        slot.first ||= now;
        slot.last = now;
      }
      if (
        ['ChatStreamCompleted', 'ChatStreamStopped', 'ChatStreamFailed'].includes(event.__typename)
      )
        slot.ended();
    },
    async result(messageId: string) {
      const slot = entry(messageId);
      await Promise.race([
        slot.end,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('a subscriber never saw the end')), END_TIMEOUT_MS),
        ),
      ]);
      return { latencies: slot.latencies, first: slot.first, last: slot.last };
    },
  };
}

function wsAudience(url: string, token: string | string[], sessionId: string, n: number): Audience {
  const clients: Client[] = [];
  const collectors = Array.from({ length: n }, () => collector());
  const connected: Promise<void>[] = [];
  for (const [i, c] of collectors.entries()) {
    let onConnected!: () => void;
    connected.push(new Promise<void>((resolve) => (onConnected = resolve)));
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: {
        authorization: `Bearer ${Array.isArray(token) ? token[i % token.length] : token}`,
      },
      on: { connected: () => onConnected() },
    });
    clients.push(client);
    client.subscribe<{ chatStream: Event }>(
      { query: STREAM, variables: { s: sessionId } },
      {
        next: (r) => r.data && c.receive(r.data.chatStream),
        error: (e) => console.error('subscription error', e),
        complete: () => undefined,
      },
    );
  }
  return {
    ready: Promise.all(connected).then(() => undefined),
    done: (messageId) => Promise.all(collectors.map((c) => c.result(messageId))),
    close: async () => {
      await Promise.all(clients.map((client) => client.dispose()));
    },
  };
}

function redisAudience(url: string, sessionId: string, n: number): Audience {
  const connections = Array.from({ length: n }, () => new Redis(url));
  const collectors = connections.map(() => collector());
  // The bus prefixes channels per deployment (per test run here), hence the pattern.
  const ready = Promise.all(
    connections.map(async (redis, i) => {
      redis.on('pmessage', (_pattern, _channel, raw: string) =>
        collectors[i]!.receive(JSON.parse(raw) as Event),
      );
      await redis.psubscribe(`*chat.stream.${sessionId}`);
    }),
  ).then(() => undefined);
  return {
    ready,
    done: (messageId) => Promise.all(collectors.map((c) => c.result(messageId))),
    close: async () => {
      for (const redis of connections) redis.disconnect();
    },
  };
}

/**
 * A class being supervised: SESSIONS students answered at the same time, each session watched
 * by WATCHERS people signed in separately (administrators here, so no enrolment is needed), on
 * one path. Returns deliveries/s and latency over every watcher of every session.
 */
async function classScenario(
  platform: Awaited<ReturnType<typeof startTestPlatform>>,
  admin: string,
  path: 'gateway' | 'direct',
): Promise<Result> {
  const SESSIONS = 30;
  const WATCHERS = 3;
  const url = path === 'gateway' ? platform.wsUrl : platform.subgraphs.chat!.wsUrl;
  const students = await Promise.all(
    Array.from({ length: SESSIONS }, () => createBenchStudent(platform.url, admin)),
  );
  const watchers = Array.from({ length: WATCHERS }, () => testAccessToken(randomUUID(), 'ADMIN'));
  const sessions = await Promise.all(
    students.map(async (token) => {
      const session = await graphql<{ startChat: { id: string } }>(
        platform.url,
        'mutation { startChat { id } }',
        {},
        token,
      );
      return { token, sessionId: session.data!.startChat.id };
    }),
  );
  const audiences = sessions.map(({ sessionId }) => wsAudience(url, watchers, sessionId, WATCHERS));
  await Promise.all(audiences.map((audience) => audience.ready));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const sent = await Promise.all(
    sessions.map(({ token, sessionId }) =>
      graphql<{ sendMessage: { id: string } }>(
        platform.url,
        'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
        {
          s: sessionId,
          t: `Explain photosynthesis [[emulator:length=${TOKENS}]] [[emulator:rate=${RATE}]]`,
        },
        token,
      ),
    ),
  );
  const perSession = await Promise.all(
    audiences.map((audience, i) => audience.done(sent[i]!.data!.sendMessage.id)),
  );
  await Promise.all(audiences.map((audience) => audience.close()));
  const results = perSession.flat();
  const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const first = Math.min(...results.map((r) => r.first).filter(Boolean));
  const last = Math.max(...results.map((r) => r.last));
  // Each answer is coalesced into its own number of deltas: compare watchers of one session.
  const missing = perSession.reduce((sum, watchers) => {
    const expected = Math.max(...watchers.map((r) => r.latencies.length));
    return sum + watchers.reduce((gap, r) => gap + (expected - r.latencies.length), 0);
  }, 0);
  return {
    deliveriesPerSecond: all.length / Math.max((last - first) / 1000, 0.001),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    missing,
  };
}

async function main() {
  const redisUrl = testRedisUrl();
  const platform = await startTestPlatform({
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    CHAT_MESSAGES_PER_MINUTE: '1000',
    LOG_LEVEL: 'silent',
  });
  try {
    const admin = testAccessToken(randomUUID(), 'ADMIN');
    const token = await createBenchStudent(platform.url, admin);

    const paths: Path[] = redisUrl ? ['gateway', 'direct', 'redis'] : ['gateway', 'direct'];
    const rows: Array<{ n: number; path: Path; result: Result }> = [];
    // A first, unrecorded round warms up both paths (JIT, first sockets), so N=1 is not a cold start.
    for (const [round, n] of [1, ...SIZES].entries()) {
      for (const path of paths) {
        const session = await graphql<{ startChat: { id: string } }>(
          platform.url,
          'mutation { startChat { id } }',
          {},
          token,
        );
        if (!session.data) throw new Error(`startChat failed: ${JSON.stringify(session.errors)}`);
        const sessionId = session.data.startChat.id;
        const audience =
          path === 'gateway'
            ? wsAudience(platform.wsUrl, token, sessionId, n)
            : path === 'direct'
              ? wsAudience(platform.subgraphs.chat!.wsUrl, token, sessionId, n)
              : redisAudience(redisUrl!, sessionId, n);
        await audience.ready;
        // Connected is not subscribed: give the subscribe messages a moment to be registered upstream.
        await new Promise((resolve) => setTimeout(resolve, 500 + n * 5));
        const sent = await graphql<{ sendMessage: { id: string } }>(
          platform.url,
          'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
          {
            s: sessionId,
            t: `Describe the water cycle [[emulator:length=${TOKENS}]] [[emulator:rate=${RATE}]]`,
          },
          token,
        );
        if (!sent.data) throw new Error(`sendMessage failed: ${JSON.stringify(sent.errors)}`);
        const results = await audience.done(sent.data.sendMessage.id);
        await audience.close();
        const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
        const first = Math.min(...results.map((r) => r.first).filter(Boolean));
        const last = Math.max(...results.map((r) => r.last));
        const expected = Math.max(...results.map((r) => r.latencies.length));
        if (round === 0) continue;
        rows.push({
          n,
          path,
          result: {
            deliveriesPerSecond: all.length / Math.max((last - first) / 1000, 0.001),
            p50: percentile(all, 50),
            p99: percentile(all, 99),
            missing: results.reduce((sum, r) => sum + (expected - r.latencies.length), 0),
          },
        });
        const r = rows[rows.length - 1]!.result;
        console.error(
          `N=${n} ${path}: ${r.deliveriesPerSecond.toFixed(0)}/s p50 ${r.p50} ms p99 ${r.p99} ms`,
        );
      }
    }

    console.log(
      `\nOne answer of ${TOKENS} tokens at ${RATE} tokens/s (CHAT_STREAM_COALESCE_MS default), text deltas only.`,
    );
    console.log(`Storage ${platform.database.kind}, bus ${platform.bus.kind}.\n`);
    console.log('    N  path      deliveries/s   p50 ms   p99 ms  missing');
    for (const { n, path, result } of rows) {
      console.log(
        `${String(n).padStart(5)}  ${path.padEnd(8)} ${result.deliveriesPerSecond.toFixed(0).padStart(13)} ${String(result.p50).padStart(8)} ${String(result.p99).padStart(8)} ${String(result.missing).padStart(8)}`,
      );
    }
    console.log('\n    N  gateway/direct deliveries/s   gateway/direct p50   gateway/direct p99');
    for (const n of SIZES) {
      const gateway = rows.find((r) => r.n === n && r.path === 'gateway')!.result;
      const direct = rows.find((r) => r.n === n && r.path === 'direct')!.result;
      const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
      console.log(
        `${String(n).padStart(5)}  ${ratio(gateway.deliveriesPerSecond, direct.deliveriesPerSecond).padStart(28)} ${ratio(gateway.p50, direct.p50).padStart(20)} ${ratio(gateway.p99, direct.p99).padStart(20)}`,
      );
    }
    if (process.env.BENCH_CLASS !== '0') {
      const gateway = await classScenario(platform, admin, 'gateway');
      const direct = await classScenario(platform, admin, 'direct');
      console.log('\nA class: 30 sessions answered at once, 3 separately signed-in watchers each');
      console.log('  path      deliveries/s   p50 ms   p99 ms  missing');
      for (const [name, r] of [
        ['gateway', gateway],
        ['direct', direct],
      ] as const) {
        console.log(
          `  ${name.padEnd(8)} ${r.deliveriesPerSecond.toFixed(0).padStart(13)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.missing).padStart(8)}`,
        );
      }
      console.log(
        `  gateway/direct deliveries/s ${(gateway.deliveriesPerSecond / direct.deliveriesPerSecond).toFixed(2)}, p99 ${(gateway.p99 / direct.p99).toFixed(2)}`,
      );
    }
    if (!redisUrl) console.log('\nRaw Redis subscribers: set TEST_REDIS_URL to include them.');
  } finally {
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
