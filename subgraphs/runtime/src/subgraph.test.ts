import { parse } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import jwt from 'jsonwebtoken';
import { RevocationList } from './auth/revocations';
import { TokenVerifier, signServiceToken, type TokenSettings } from './auth/tokens';
import { defineChannel } from './contracts';
import { appError } from './errors';
import type { RunningHttpServer } from './http';
import { createLogger } from './logger';
import { ServiceMetrics } from './metrics';
import { createEventBus } from './pubsub';
import { createSubgraph, type BaseContext } from './subgraph';
import { createServiceClient, MAX_BATCH_OPERATIONS } from './service-client';
import { serviceKeysFrom } from './auth/service-keys';
import { openTestDatabase, TEST_ENV } from './testing';
import type { Database } from './db';

const tokens: TokenSettings = {
  algorithm: 'HS256',
  secret: 's'.repeat(40),
  issuer: 'aula',
  audience: 'aula-api',
  serviceKeys: serviceKeysFrom(TEST_ENV),
};

const PINGS = defineChannel<string>('test.pings');

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { whoami: String, broken: String, refused: String, node: Node }
  type Node { name: String, next: Node }
  type Subscription { pings: String! }
`);

describe('createSubgraph', () => {
  let database: Database;
  let server: RunningHttpServer;
  const bus = createEventBus();

  beforeAll(async () => {
    database = await openTestDatabase();
    const subgraph = createSubgraph<BaseContext>({
      name: 'probe',
      typeDefs,
      resolvers: {
        Query: {
          whoami: (_: unknown, __: unknown, ctx: BaseContext) => ctx.principal?.kind ?? 'anonymous',
          broken: () => {
            throw new Error('relation "secret_table" does not exist');
          },
          refused: () => {
            throw appError('FORBIDDEN', 'Not yours.');
          },
        },
        Subscription: {
          pings: { subscribe: () => bus.asyncIterator(PINGS), resolve: (p: string) => p },
        },
      },
      verifier: new TokenVerifier(tokens),
      logger: createLogger('probe', 'silent'),
      metrics: new ServiceMetrics('probe'),
      extendContext: (base) => base,
      readiness: [{ name: 'database', check: () => database.ping() }],
      maxDepth: 3,
    });
    server = await subgraph.listen({ port: 0 });
  });

  afterAll(async () => {
    await server.stop();
    await database.close().catch(() => undefined);
  });

  const post = async (query: string, authorization?: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('builds the context from a verified token', async () => {
    expect((await post('{ whoami }')).body).toEqual({ data: { whoami: 'anonymous' } });
    const service = `Bearer ${signServiceToken(tokens, 'chat')}`;
    expect((await post('{ whoami }', service)).body).toEqual({ data: { whoami: 'service' } });
    const bad = await post('{ whoami }', 'Bearer not-a-token');
    expect(bad.status).toBe(401);
    expect(JSON.stringify(bad.body)).toContain('UNAUTHENTICATED');
  });

  it('masks unexpected errors and passes coded ones', async () => {
    const { body } = await post('{ broken refused }');
    const text = JSON.stringify(body);
    expect(text).not.toContain('secret_table');
    expect(text).not.toContain('stacktrace');
    const errors = body.errors as Array<{ message: string; extensions: { code: string } }>;
    expect(errors.map((e) => e.extensions.code).sort()).toEqual([
      'FORBIDDEN',
      'INTERNAL_SERVER_ERROR',
    ]);
    expect(errors.find((e) => e.extensions.code === 'FORBIDDEN')?.message).toBe('Not yours.');
  });

  it('refuses operations nested past the depth limit with QUERY_TOO_COMPLEX', async () => {
    const { body } = await post('{ node { next { next { next { name } } } } }');
    const errors = body.errors as Array<{ extensions: { code: string } }>;
    expect(errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await post('{ node { next { name } } }')).body).toEqual({ data: { node: null } });
  });

  it("runs another service's batch as separate requests, in order, and refuses anyone else's", async () => {
    const batch = async (body: unknown, authorization?: string) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const service = `Bearer ${signServiceToken(tokens, 'chat')}`;
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const ran = await batch(
      [
        { query: '{ whoami }' },
        { query: '{ refused }' },
        { query: '{ node { next { next { next { name } } } } }' },
        { query: '{ whoami }', extensions: { traceparent } },
      ],
      service,
    );
    expect(ran.status).toBe(200);
    const [first, refused, deep, last] = ran.body as Array<{
      data?: unknown;
      errors?: Array<{ extensions: { code: string } }>;
    }>;
    expect(first).toEqual({ data: { whoami: 'service' } });
    expect(refused?.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(deep?.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(last).toEqual({ data: { whoami: 'service' } });

    const code = (reply: { body: unknown }) =>
      (reply.body as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
        .code;
    const person = `Bearer ${jwt.sign({ sub: 'u1', role: 'ADMIN' }, tokens.secret!, {
      algorithm: 'HS256',
      issuer: tokens.issuer,
      audience: tokens.audience,
      expiresIn: 60,
    })}`;
    for (const [body, authorization] of [
      [[{ query: '{ whoami }' }, { query: '{ whoami }' }], person],
      [[{ query: '{ whoami }' }, { query: '{ whoami }' }], undefined],
      [[{ query: '{ whoami }' }, { query: '{ whoami }' }], 'Bearer not-a-token'],
      [Array.from({ length: MAX_BATCH_OPERATIONS + 1 }, () => ({ query: '{ whoami }' })), service],
      [[], service],
    ] as const) {
      const refusedBatch = await batch(body, authorization);
      expect(refusedBatch.status).toBe(400);
      expect(code(refusedBatch)).toBe('BAD_REQUEST');
    }
  });

  it('answers each of many concurrent service calls correctly when they travel in batches', async () => {
    const client = createServiceClient({
      service: 'chat',
      tokens,
      serviceUrl: () => server.url,
    });
    const whoami = {
      owner: 'monitoring',
      name: 'Whoami',
      document: 'query Whoami { whoami }',
    } as const;
    const refused = {
      owner: 'monitoring',
      name: 'Refused',
      document: 'query Refused { refused }',
    } as const;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, n) =>
        n % 10 === 3 ? client.request(refused, {}) : client.request(whoami, {}),
      ),
    );
    results.forEach((result, n) => {
      if (n % 10 === 3) {
        expect(result).toMatchObject({
          status: 'rejected',
          reason: { message: 'Not yours.', extensions: { code: 'FORBIDDEN' } },
        });
      } else expect(result).toEqual({ status: 'fulfilled', value: { whoami: 'service' } });
    });
  });

  it('refuses a bad WebSocket token with 4401 and serves a good one', async () => {
    const closed = await new Promise<number>((resolve) => {
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: 'Bearer forged' },
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { pings }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    expect(closed).toBe(4401);

    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    const iterator = client.iterate<{ pings: string }>({ query: 'subscription { pings }' });
    const first = iterator.next();
    await new Promise((r) => setTimeout(r, 100));
    await bus.publish(PINGS, 'hello');
    expect((await first).value?.data?.pings).toBe('hello');
    await iterator.return?.();
    await client.dispose();
  });

  it('tells the gateway SERVICE_UNAVAILABLE, not "sign in again", while revocations cannot be checked', async () => {
    // Revocations never load (auth away): people's tokens cannot be checked.
    const revocations = new RevocationList({
      bus,
      logger: createLogger('probe', 'silent'),
      pollMs: 60_000,
      load: () => Promise.reject(new Error('auth is away')),
    });
    void revocations.start(0);
    const strict = await createSubgraph<BaseContext>({
      name: 'strict',
      typeDefs,
      resolvers: {
        Subscription: {
          pings: { subscribe: () => bus.asyncIterator(PINGS), resolve: (p: string) => p },
        },
      },
      verifier: new TokenVerifier(tokens, revocations),
      logger: createLogger('strict', 'silent'),
      metrics: new ServiceMetrics('strict'),
      extendContext: (base) => base,
      readiness: [],
    }).listen({ port: 0 });
    const person = jwt.sign({ sub: 'u1', role: 'STUDENT', jti: 't1' }, tokens.secret!, {
      algorithm: 'HS256',
      issuer: tokens.issuer,
      audience: tokens.audience,
      expiresIn: 600,
    });
    // The gateway's shared socket: its own token at connection_init, the caller's per operation.
    const gateway = createClient({
      url: strict.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${signServiceToken(tokens, 'gateway')}` },
    });
    try {
      const error = await new Promise<unknown>((resolve) =>
        gateway.subscribe(
          {
            query: 'subscription { pings }',
            extensions: { authorization: `Bearer ${person}` },
          },
          { next: () => undefined, error: resolve, complete: () => resolve(undefined) },
        ),
      );
      expect(error).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
        }),
      ]);
    } finally {
      await gateway.dispose();
      revocations.close();
      await strict.stop();
    }
  });

  it('reports ready, then unavailable once the database is down', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    await database.close();
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: [{ name: 'database', ok: false }],
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
