import { testRedisUrl } from '@aula/runtime/src/testing';
import jwt from 'jsonwebtoken';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { loadGatewayConfig } from '@aula/gateway/src/config';
import { createRateLimiter, RedisTokenBucket } from '@aula/gateway/src/rate-limit';
import {
  startTestPlatform,
  testAccessToken,
  TEST_ENV,
  type TestPlatform,
} from '@aula/platform/testing';

/**
 * A burst of 3, then one operation every 5 s: small enough to exhaust, quick enough to
 * recover, and slow enough that no token comes back while a busy machine spends the burst.
 */
const BURST = 3;
const PER_MINUTE = 12;

let platform: TestPlatform;
const clients: Client[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({
    GATEWAY_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
    GATEWAY_RATE_LIMIT_BURST: String(BURST),
  });
}, 180_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await platform?.close();
});

/** `{ __typename }` over HTTP, with the status, `Retry-After` and the first error's extensions. */
async function post(token?: string) {
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    data: body.data,
    error: body.errors?.[0],
  };
}

/** Spends the whole burst of `token`'s bucket, checking each operation was allowed. */
async function spendBurst(token: string) {
  for (let i = 0; i < BURST; i += 1) expect((await post(token)).status).toBe(200);
}

/** One operation over graphql-ws on a connection of its own. */
function overWebSocket(
  client: Client,
): Promise<FormattedExecutionResult<Record<string, unknown>, unknown>> {
  return new Promise((resolve, reject) => {
    let result: FormattedExecutionResult<Record<string, unknown>, unknown> = {};
    client.subscribe(
      { query: '{ __typename }' },
      { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
    );
  });
}

test('a caller gets the burst, then RATE_LIMITED with HTTP 429, Retry-After and retryAfterSeconds', async () => {
  const token = testAccessToken(randomUUID(), 'STUDENT');
  await spendBurst(token);
  const refused = await post(token);
  expect(refused.status).toBe(429);
  expect(refused.error?.extensions?.code).toBe('RATE_LIMITED');
  const retryAfterSeconds = refused.error?.extensions?.retryAfterSeconds;
  expect(retryAfterSeconds).toEqual(expect.any(Number));
  expect(retryAfterSeconds as number).toBeGreaterThanOrEqual(1);
  expect(refused.retryAfter).toBe(String(retryAfterSeconds));
  expect(refused.error?.message).toMatch(/try again in \d+ second/i);
  expect(refused.data).toBeUndefined();
});

test('each principal has its own bucket', async () => {
  const spent = testAccessToken(randomUUID(), 'STUDENT');
  await spendBurst(spent);
  expect((await post(spent)).status).toBe(429);
  // Another person, an API key of the same person, and an anonymous client are unaffected.
  expect((await post(testAccessToken(randomUUID(), 'ADMIN'))).status).toBe(200);
  const { sub } = jwt.decode(spent) as { sub: string };
  const apiKey = jwt.sign(
    { role: 'STUDENT', kid: randomUUID(), scp: ['usage:read'] },
    TEST_ENV.JWT_SECRET,
    {
      algorithm: 'HS256',
      subject: sub,
      issuer: TEST_ENV.JWT_ISSUER,
      audience: TEST_ENV.JWT_AUDIENCE,
      expiresIn: 900,
      jwtid: randomUUID(),
    },
  );
  expect((await post(apiKey)).status).toBe(200);
  expect((await post()).status).toBe(200);
});

test('an exhausted caller is allowed again once time has passed', async () => {
  const token = testAccessToken(randomUUID(), 'SUPERVISOR');
  await spendBurst(token);
  expect((await post(token)).status).toBe(429);
  let status = 429;
  // One token comes back every 5 s; poll a bounded number of times for it.
  for (let attempt = 0; attempt < 80 && status === 429; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    status = (await post(token)).status;
  }
  expect(status).toBe(200);
});

test('operations started over WebSocket spend the same bucket and are refused with RATE_LIMITED', async () => {
  const token = testAccessToken(randomUUID(), 'STUDENT');
  const client = createClient({
    url: platform.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  clients.push(client);
  for (let i = 0; i < BURST - 1; i += 1) {
    expect(await overWebSocket(client)).toEqual({ data: { __typename: 'Query' } });
  }
  expect((await post(token)).status).toBe(200);
  const refusal = await overWebSocket(client).then(
    () => undefined,
    (errors: Array<{ message: string; extensions?: Record<string, unknown> }>) => errors[0],
  );
  expect(refusal?.extensions?.code).toBe('RATE_LIMITED');
  expect(refusal?.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
  expect(refusal?.extensions).not.toHaveProperty('http');
});

test('a forged token is limited by client address before it is refused', async () => {
  // Anonymous callers share this client's address; earlier tests spent one of its tokens.
  const statuses: number[] = [];
  for (let i = 0; i < BURST + 1; i += 1) statuses.push((await post('not-a-token')).status);
  expect(statuses).toContain(401);
  expect(statuses[statuses.length - 1]).toBe(429);
});

test('GATEWAY_RATE_LIMIT_PER_MINUTE or GATEWAY_RATE_LIMIT_BURST of 0 turns the limit off; negatives are refused', () => {
  // TEST_ENV turns the limit off for other suites; the defaults are read without it.
  const { GATEWAY_RATE_LIMIT_PER_MINUTE: _off, ...base } = TEST_ENV;
  const config = (extra: Record<string, string>) => loadGatewayConfig({ ...base, ...extra });
  expect(config({}).GATEWAY_RATE_LIMIT_PER_MINUTE).toBe(600);
  expect(config({}).GATEWAY_RATE_LIMIT_BURST).toBe(120);
  expect(createRateLimiter({ perMinute: 0, burst: 10 })).toBeUndefined();
  expect(createRateLimiter({ perMinute: 10, burst: 0 })).toBeUndefined();
  expect(() => config({ GATEWAY_RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(
    /GATEWAY_RATE_LIMIT_PER_MINUTE/,
  );
});

const redisUrl = testRedisUrl();
(redisUrl ? describe : describe.skip)('with Redis (TEST_REDIS_URL)', () => {
  test('replicas share one bucket per principal, and recover', async () => {
    const prefix = `aula-test-${randomUUID()}:`;
    const replicas = [0, 1].map(() => new RedisTokenBucket(redisUrl as string, 60, 2, prefix));
    try {
      const [a, b] = replicas as [RedisTokenBucket, RedisTokenBucket];
      expect((await a.take('user:1')).allowed).toBe(true);
      expect((await b.take('user:1')).allowed).toBe(true);
      const refused = await a.take('user:1');
      expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect((await b.take('user:2')).allowed).toBe(true);
      let allowed = false;
      for (let attempt = 0; attempt < 40 && !allowed; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        allowed = (await b.take('user:1')).allowed;
      }
      expect(allowed).toBe(true);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });
});
