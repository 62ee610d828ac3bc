/**
 * How long a concerning student message takes to reach a supervisor's live flags inbox, and how
 * fast the local detector judges text. Boots the whole platform (gateway, subgraphs, the Bedrock
 * emulator), enrols a student in a class a supervisor teaches, keeps the supervisor's
 * `flagRaised` subscription open through the gateway, and times BENCH_MESSAGES `sendMessage`
 * calls (one new conversation each) from the moment the mutation is sent to the moment the
 * supervisor's event arrives. Then runs the local detector alone over the labelled corpora for
 * BENCH_DETECTOR_SECONDS on this one thread: evaluations per second per core.
 *
 *   npm run bench:flags-latency      (BENCH_MESSAGES, BENCH_DETECTOR_SECONDS; TEST_DATABASE_URL / TEST_REDIS_URL)
 */
import { graphql, startTestPlatform, testAccessToken } from '@aula/platform/testing';
import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { loadCorpus } from '../subgraphs/monitoring/src/safety/evaluate';
import { createLocalDetector } from '../subgraphs/monitoring/src/safety/local-detector';
import { testRedisUrl } from '../subgraphs/runtime/src/testing';
import { createBenchStudent } from './people';

const MESSAGES = positiveInt(process.env.BENCH_MESSAGES, 40);
const DETECTOR_SECONDS = positiveInt(process.env.BENCH_DETECTOR_SECONDS, 3);

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`expected a positive whole number, got "${raw}"`);
  return value;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** The phrasings sent, in turn: self-harm, a threat, grooming, bullying (each a HIGH or MEDIUM flag). */
const CONCERNING = [
  'i want to kill myself tonight',
  'gonna bring my dads gun to school monday',
  'an older guy online wants me to send pics and keep it secret',
  'i have a list of people i want to hurt at school',
];

async function measureLatency(): Promise<number[]> {
  const redisUrl = testRedisUrl();
  const platform = await startTestPlatform({
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    CHAT_MESSAGES_PER_MINUTE: '1000',
    LOG_LEVEL: 'silent',
  });
  const ws = createClient({
    url: platform.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: async () => ({ authorization: `Bearer ${supervisorToken}` }),
    retryAttempts: 0,
  });
  let supervisorToken = '';
  try {
    const admin = testAccessToken(randomUUID(), 'ADMIN');
    const studentToken = await createBenchStudent(platform.url, admin);
    const studentId = JSON.parse(
      Buffer.from(studentToken.split('.')[1]!, 'base64url').toString('utf8'),
    ).sub as string;
    const supervisor = await graphql<{ createUser: { id: string } }>(
      platform.url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          email: `${randomUUID()}@bench.aula`,
          displayName: 'Bench supervisor',
          role: 'SUPERVISOR',
          password: 'a-long-bench-password',
        },
      },
      admin,
    );
    if (!supervisor.data)
      throw new Error(`createUser failed: ${JSON.stringify(supervisor.errors)}`);
    const supervisorId = supervisor.data.createUser.id;
    supervisorToken = testAccessToken(supervisorId, 'SUPERVISOR');
    const created = await graphql(
      platform.url,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: 'Bench class', studentIds: [studentId], supervisorIds: [supervisorId] } },
      admin,
    );
    if (created.errors) throw new Error(`createClass failed: ${JSON.stringify(created.errors)}`);

    // Each flag event resolves the waiter of its conversation.
    const waiting = new Map<string, (at: number) => void>();
    const early = new Map<string, number>();
    const ready = new Promise<void>((resolve, reject) => {
      ws.on('connected', () => resolve());
      ws.on('error', reject);
    });
    ws.subscribe<{ flagRaised: { sessionId: string } }>(
      { query: 'subscription { flagRaised { sessionId } }' },
      {
        next: (result) => {
          const sessionId = result.data?.flagRaised.sessionId;
          if (!sessionId) return;
          const at = performance.now();
          const resolve = waiting.get(sessionId);
          if (resolve) resolve(at);
          else if (!early.has(sessionId)) early.set(sessionId, at);
        },
        error: (error) => console.error('flagRaised failed', error),
        complete: () => undefined,
      },
    );
    await ready;

    const latencies: number[] = [];
    // Two unrecorded rounds warm up JIT, sockets and caches; the subscription is live by then.
    for (let i = -2; i < MESSAGES; i += 1) {
      const session = await graphql<{ startChat: { id: string } }>(
        platform.url,
        'mutation { startChat { id } }',
        {},
        studentToken,
      );
      if (!session.data) throw new Error(`startChat failed: ${JSON.stringify(session.errors)}`);
      const sessionId = session.data.startChat.id;
      const arrived = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no live flag within 30 s')), 30_000);
        waiting.set(sessionId, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
      const started = performance.now();
      const sent = await graphql(
        platform.url,
        'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
        // A two-token answer: the next message never waits on chat's concurrent-answer limit.
        { s: sessionId, t: `${CONCERNING[(i + 2) % CONCERNING.length]} [[emulator:length=2]]` },
        studentToken,
      );
      if (sent.errors) throw new Error(`sendMessage failed: ${JSON.stringify(sent.errors)}`);
      const at = early.get(sessionId) ?? (await arrived);
      waiting.delete(sessionId);
      if (i >= 0) latencies.push(at - started);
    }
    return latencies;
  } finally {
    await ws.dispose();
    await platform.close();
  }
}

function measureDetector(): { perSecond: number; texts: number } {
  const detector = createLocalDetector();
  const texts = (['dev', 'challenge', 'generalisation'] as const).flatMap((name) => {
    const corpus = loadCorpus(name);
    return [...corpus.concerning.map((c) => c.text), ...corpus.clean];
  });
  for (const text of texts) detector.inspectSync({ text, source: 'STUDENT_MESSAGE' });
  let evaluations = 0;
  const until = performance.now() + DETECTOR_SECONDS * 1000;
  const started = performance.now();
  while (performance.now() < until) {
    for (const text of texts) detector.inspectSync({ text, source: 'STUDENT_MESSAGE' });
    evaluations += texts.length;
  }
  return { perSecond: evaluations / ((performance.now() - started) / 1000), texts: texts.length };
}

async function main(): Promise<void> {
  const latencies = (await measureLatency()).sort((a, b) => a - b);
  console.log(
    `sendMessage → supervisor's live flagRaised event, ${latencies.length} messages through the gateway:`,
  );
  console.log(
    `  p50 ${percentile(latencies, 50).toFixed(0)} ms   p99 ${percentile(latencies, 99).toFixed(0)} ms   max ${latencies.at(-1)!.toFixed(0)} ms   (goal: p99 ≤ 1000 ms)`,
  );
  const detector = measureDetector();
  console.log(
    `local detector alone: ${Math.round(detector.perSecond)} evaluations/s on one core (${detector.texts} corpus messages, ${DETECTOR_SECONDS} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
