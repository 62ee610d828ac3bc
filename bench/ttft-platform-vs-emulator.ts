/**
 * Time to first token through the platform minus time to first token straight
 * from the Bedrock emulator, measured in one run against one emulator.
 *
 * Direct: the AWS SDK with chat's request handler (HTTP/2, connections kept between
 * answers) sends ConverseStream to the emulator; the clock stops at the first text delta.
 * For reference the SDK's default handler, which opens a connection per ConverseStream,
 * is timed too.
 * Platform: a student subscribed to `chatStream` through the gateway over
 * graphql-ws calls `sendMessage` through the gateway; the clock stops at the
 * first `ChatStreamTextDelta` the subscription delivers. The difference is what
 * the platform adds: auth, credit reservation, persistence, coalescing, Redis or
 * in-process pub/sub and the gateway's subscription relay.
 *
 *   npm run bench:ttft            (BENCH_RUNS=30 BENCH_WARMUP=3 to change the sample)
 *
 * With TEST_DATABASE_URL / TEST_REDIS_URL set it runs on PostgreSQL and Redis.
 */
import { startBedrockEmulator } from '@aula/bedrock-emulator';
import { emulatorClient, timeToFirstDelta } from '@aula/bedrock-emulator/src/testing';
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SharedConnectionHandler } from '../subgraphs/chat/src/bedrock';
import { graphql, startTestPlatform, testAccessToken } from '@aula/platform/testing';

const RUNS = positiveInt(process.env.BENCH_RUNS, 20);
const WARMUP = positiveInt(process.env.BENCH_WARMUP, 3);
const TIME_TO_FIRST_TOKEN_MS = 150;
/** Short, fast answers: only the first token is timed, the rest just has to finish. */
const PROMPT = 'Describe how rivers shape valleys [[emulator:length=12]] [[emulator:rate=1000]]';
const MODEL_ID = 'anthropic.claude-3-haiku-20240307-v1:0';
/** A bench that never sees an event should say so rather than hang. */
const EVENT_TIMEOUT_MS = 30_000;

const STREAM = `subscription Stream($sessionId: ID!) {
  chatStream(sessionId: $sessionId) { __typename messageId sequence }
}`;

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`expected a whole number, got "${raw}"`);
  return value;
}

/**
 * Milliseconds to the first text delta, straight from the emulator through the SDK, with
 * chat's request handler or (`sdkDefault`) the SDK's own.
 */
async function directSamples(url: string, runs: number, sdkDefault = false): Promise<number[]> {
  const client = emulatorClient(
    url,
    sdkDefault ? {} : { requestHandler: new SharedConnectionHandler() },
  );
  try {
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      samples.push(
        await timeToFirstDelta(client, {
          modelId: MODEL_ID,
          messages: [{ role: 'user', content: [{ text: PROMPT }] }],
        }),
      );
    }
    return samples;
  } finally {
    client.destroy();
  }
}

/** A student with credits, a chat session and a live `chatStream` subscription. */
interface Watcher {
  readonly token: string;
  readonly sessionId: string;
  /** Resolves with the arrival time of the next event of `__typename` for another message. */
  next(typename: string): Promise<number>;
  close(): Promise<void>;
}

async function watchSession(gatewayUrl: string, wsUrl: string): Promise<Watcher> {
  const admin = testAccessToken(randomUUID(), 'ADMIN');
  const created = await graphql<{ createUser: { id: string } }>(
    gatewayUrl,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        email: `bench-${randomUUID()}@bench.aula`,
        displayName: 'Bench Student',
        role: 'STUDENT',
        password: 'bench-password-long-enough',
      },
    },
    admin,
  );
  const userId = must<{ id: string }>(created, 'createUser').id;
  must<unknown>(
    await graphql(
      gatewayUrl,
      'mutation($u: ID!) { allocateCredits(userId: $u, amount: 1000000, note: "bench") { id } }',
      { u: userId },
      admin,
    ),
    'allocateCredits',
  );
  const token = testAccessToken(userId, 'STUDENT');
  const session = await graphql<{ startChat: { id: string } }>(
    gatewayUrl,
    'mutation { startChat { id } }',
    {},
    token,
  );
  const sessionId = must<{ id: string }>(session, 'startChat').id;

  const waiting = new Map<string, (at: number) => void>();
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  let failure: unknown;
  // graphql-ws has no acknowledgement for `subscribe`; a short pause after the
  // connection is acknowledged lets the gateway open the upstream subscription,
  // and the warm-up runs absorb anything slower.
  const subscribed = new Promise<void>((resolve) => {
    client.on('connected', () => setTimeout(resolve, 200));
  });
  client.subscribe<{ chatStream: { __typename: string } }>(
    { query: STREAM, variables: { sessionId } },
    {
      next: ({ data, errors }) => {
        const at = performance.now();
        if (errors) failure = errors;
        const typename = data?.chatStream.__typename ?? '';
        waiting.get(typename)?.(at);
        waiting.delete(typename);
      },
      error: (error) => {
        failure = error;
      },
      complete: () => undefined,
    },
  );
  await subscribed;
  return {
    token,
    sessionId,
    next(typename) {
      if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${typename} event within ${EVENT_TIMEOUT_MS} ms`)),
          EVENT_TIMEOUT_MS,
        );
        waiting.set(typename, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
    },
    async close() {
      await client.dispose();
    },
  };
}

/**
 * Milliseconds from calling `sendMessage` to the first text delta on the
 * subscription, and to the mutation's own response (where the time goes).
 */
async function platformSamples(
  gatewayUrl: string,
  watcher: Watcher,
  runs: number,
): Promise<{ firstDelta: number[]; mutation: number[] }> {
  const samples = { firstDelta: [] as number[], mutation: [] as number[] };
  for (let run = 0; run < runs; run += 1) {
    const firstDelta = watcher.next('ChatStreamTextDelta');
    const completed = watcher.next('ChatStreamCompleted');
    const started = performance.now();
    const sent = await graphql(
      gatewayUrl,
      'mutation($s: ID!, $c: String!) { sendMessage(sessionId: $s, content: $c) { id } }',
      { s: watcher.sessionId, c: PROMPT },
      watcher.token,
    );
    samples.mutation.push(performance.now() - started);
    must<unknown>(sent, 'sendMessage');
    samples.firstDelta.push((await firstDelta) - started);
    // The next message must not overlap this answer (concurrent-stream limit).
    await completed;
  }
  return samples;
}

function must<T>(
  response: { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> },
  field: string,
): T {
  const value = response.data?.[field];
  if (response.errors?.length || value === undefined || value === null) {
    throw new Error(`${field} failed: ${response.errors?.map((e) => e.message).join('; ')}`);
  }
  return value as T;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const emulator = await startBedrockEmulator({ timeToFirstTokenMs: TIME_TO_FIRST_TOKEN_MS });
  const platform = await startTestPlatform({
    BEDROCK_ENDPOINT: emulator.url,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    CHAT_MESSAGES_PER_MINUTE: '100000',
    // Chat keeps its late-join snapshots in the bus's Redis, as deployed (in process memory otherwise).
    ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}),
  });
  const watcher = await watchSession(platform.url, platform.wsUrl);
  try {
    await directSamples(emulator.url, WARMUP);
    await directSamples(emulator.url, WARMUP, true);
    await platformSamples(platform.url, watcher, WARMUP);
    const direct = await directSamples(emulator.url, RUNS);
    const sdkDefault = await directSamples(emulator.url, RUNS, true);
    const viaPlatform = await platformSamples(platform.url, watcher, RUNS);

    const row = (name: string, samples: number[]) =>
      `${name.padEnd(22)}${percentile(samples, 50).toFixed(1).padStart(9)}${percentile(samples, 90)
        .toFixed(1)
        .padStart(9)}${Math.min(...samples)
        .toFixed(1)
        .padStart(9)}`;
    console.log(
      `\nTime to first token, ${RUNS} runs each after ${WARMUP} warm-up, emulator TTFT ${TIME_TO_FIRST_TOKEN_MS} ms`,
    );
    console.log(
      `${''.padEnd(22)}${'p50 ms'.padStart(9)}${'p90 ms'.padStart(9)}${'min ms'.padStart(9)}`,
    );
    console.log(row('emulator (SDK direct)', direct));
    console.log(row('  SDK default handler', sdkDefault));
    console.log(row('platform (gateway ws)', viaPlatform.firstDelta));
    console.log(row('  sendMessage returned', viaPlatform.mutation));
    const overhead = percentile(viaPlatform.firstDelta, 50) - percentile(direct, 50);
    console.log(`\nplatform minus emulator (p50): ${overhead.toFixed(1)} ms`);
    console.log(
      `storage ${platform.database.kind}, pub/sub ${platform.bus.kind}, emulator requests ${emulator.requests}`,
    );
  } finally {
    await watcher.close();
    await platform.close();
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:ttft failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
