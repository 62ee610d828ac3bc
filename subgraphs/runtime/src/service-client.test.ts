import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signServiceToken, TokenVerifier } from './auth/tokens';
import { operations } from './contracts';
import { createServiceClient, MAX_BATCH_OPERATIONS, type ServiceClient } from './service-client';
import { TEST_TOKENS as tokens } from './testing';

interface Operation {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

interface Received {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: Operation;
}

/**
 * A stand-in subgraph over real HTTP: it records what arrives and answers `reply`. The
 * contract's typing is the compiler's job; this checks what the client puts on the wire.
 */
describe('service client', () => {
  let server: Server;
  let received: Received[];
  let reply: (request: Received) => unknown;
  /** Every HTTP request's body as it arrived: one operation, or a batch (an array). */
  let requests: Array<Operation | Operation[]>;
  /**
   * Answer a batch with 400, as a subgraph that takes one operation per request does, or with
   * 413, as one whose body limit the batch exceeds.
   */
  let refuseBatches: false | 400 | 413;
  let client: ServiceClient;
  let port: number;
  const verifier = new TokenVerifier(tokens);

  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        const body = JSON.parse(text) as Operation | Operation[];
        requests.push(body);
        res.setHeader('content-type', 'application/json');
        if (Array.isArray(body) && refuseBatches) {
          res.statusCode = refuseBatches;
          res.end(JSON.stringify({ errors: [{ message: 'One operation per request.' }] }));
          return;
        }
        const answer = (operation: Operation) => {
          const request = { path: req.url ?? '', authorization: req.headers.authorization };
          received.push({ ...request, body: operation });
          return reply({ ...request, body: operation });
        };
        res.end(JSON.stringify(Array.isArray(body) ? body.map(answer) : answer(body)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ({ port } = server.address() as AddressInfo);
    client = createServiceClient({
      service: 'accounting',
      tokens,
      serviceUrl: (name) => `http://127.0.0.1:${port}/${name}/graphql`,
    });
  });
  beforeEach(() => {
    received = [];
    requests = [];
    refuseBatches = false;
    reply = () => ({ data: { studentIdsOfClass: ['s1'] } });
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("sends an operation to its owner with the caller's service identity", async () => {
    const data = await client.request(operations.monitoring.StudentIdsOfClass, { classId: 'c1' });
    expect(data).toEqual({ studentIdsOfClass: ['s1'] });
    const [request] = received;
    expect(request!.path).toBe('/monitoring/graphql');
    expect(request!.body).toEqual({
      query: operations.monitoring.StudentIdsOfClass.document,
      operationName: 'StudentIdsOfClass',
      variables: { classId: 'c1' },
    });
    expect(verifier.principalFromHeader(request!.authorization)).toEqual({
      kind: 'service',
      service: 'accounting',
    });
  });

  it('signs its service token once and reuses it for the next calls', async () => {
    await client.request(operations.monitoring.StudentIdsOfClass, { classId: 'c1' });
    await client.request(operations.monitoring.StudentIdsOfClass, { classId: 'c2' });
    const [first, second] = received.map((r) => r.authorization);
    expect(second).toBe(first);
    expect(verifier.principalFromHeader(second)).toEqual({
      kind: 'service',
      service: 'accounting',
    });
  });

  it('refuses a service token it verified before once that token has expired', () => {
    const header = `Bearer ${signServiceToken(tokens, 'chat', 1)}`;
    const fresh = new TokenVerifier(tokens);
    expect(fresh.principalFromHeader(header)).toEqual({ kind: 'service', service: 'chat' });
    const now = Date.now();
    // Past its expiry plus the 5 s clock tolerance: the remembered verification no longer counts.
    const later = jest.spyOn(Date, 'now').mockReturnValue(now + 7_000);
    try {
      expect(() => fresh.principalFromHeader(header)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      );
    } finally {
      later.mockRestore();
    }
  });

  it("on behalf of a person, sends that person's header and no service token", async () => {
    await client
      .onBehalfOf('Bearer person-token')
      .request(operations.monitoring.StudentIdsOfClass, {
        classId: 'c1',
      });
    await client.onBehalfOf(undefined).request(operations.monitoring.StudentIdsOfClass, {
      classId: 'c1',
    });
    expect(received.map((r) => r.authorization)).toEqual(['Bearer person-token', undefined]);
  });

  it("keeps the owner's coded errors and hides everything else behind SERVICE_UNAVAILABLE", async () => {
    reply = () => ({ errors: [{ message: 'Not yours.', extensions: { code: 'FORBIDDEN' } }] });
    await expect(
      client.request(operations.monitoring.StudentIdsOfClass, { classId: 'c1' }),
    ).rejects.toMatchObject({
      message: 'Not yours.',
      extensions: { code: 'FORBIDDEN', service: 'monitoring' },
    });
    reply = () => ({ errors: [{ message: 'relation "x" does not exist' }] });
    await expect(
      client.request(operations.monitoring.StudentIdsOfClass, { classId: 'c1' }),
    ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'monitoring' } });
  });

  describe('batching', () => {
    const classes = ['c1', 'c2', 'c3'];
    const ask = (c: ServiceClient, classId: string) =>
      c.request(operations.monitoring.StudentIdsOfClass, { classId });

    beforeEach(() => {
      // Each class has its own one student; c2 is not the caller's to see.
      reply = ({ body }) =>
        body.variables.classId === 'c2'
          ? { errors: [{ message: 'Not yours.', extensions: { code: 'FORBIDDEN' } }] }
          : { data: { studentIdsOfClass: [`student of ${String(body.variables.classId)}`] } };
    });

    it('sends the calls of one turn as one request and gives each call its own answer', async () => {
      const results = await Promise.allSettled(classes.map((classId) => ask(client, classId)));
      expect(requests).toHaveLength(1);
      expect(requests[0]).toEqual(
        classes.map((classId) => ({
          query: operations.monitoring.StudentIdsOfClass.document,
          operationName: 'StudentIdsOfClass',
          variables: { classId },
        })),
      );
      expect(results[0]).toEqual({
        status: 'fulfilled',
        value: { studentIdsOfClass: ['student of c1'] },
      });
      expect(results[1]).toMatchObject({
        status: 'rejected',
        reason: { message: 'Not yours.', extensions: { code: 'FORBIDDEN', service: 'monitoring' } },
      });
      expect(results[2]).toEqual({
        status: 'fulfilled',
        value: { studentIdsOfClass: ['student of c3'] },
      });
      // Calls of a later turn make a request of their own; a lone call is a plain request.
      await ask(client, 'c1');
      expect(requests[1]).toEqual(expect.objectContaining({ variables: { classId: 'c1' } }));
    });

    it('splits a large turn into batches of at most MAX_BATCH_OPERATIONS', async () => {
      const many = Array.from({ length: MAX_BATCH_OPERATIONS + 3 }, (_, n) => `k${n}`);
      const results = await Promise.all(many.map((classId) => ask(client, classId)));
      expect(results.map((r) => r.studentIdsOfClass[0])).toEqual(
        many.map((classId) => `student of ${classId}`),
      );
      // As few batches as it takes, of even size.
      const half = (MAX_BATCH_OPERATIONS + 3) / 2;
      expect(requests.map((r) => (Array.isArray(r) ? r.length : 1))).toEqual([
        Math.floor(half),
        Math.ceil(half),
      ]);
    });

    it('keeps calls of the same affinity in the same batch', async () => {
      // 40 calls about 8 people, interleaved: two batches, each person's calls in one of them.
      const calls = Array.from({ length: 40 }, (_, n) => ({ classId: `k${n}`, who: `p${n % 8}` }));
      const results = await Promise.all(
        calls.map(({ classId, who }) =>
          client.request(operations.monitoring.StudentIdsOfClass, { classId }, { affinity: who }),
        ),
      );
      expect(results.map((r) => r.studentIdsOfClass[0])).toEqual(
        calls.map(({ classId }) => `student of ${classId}`),
      );
      expect(requests.map((r) => (Array.isArray(r) ? r.length : 1))).toEqual([20, 20]);
      const whoOf = new Map(calls.map(({ classId, who }) => [classId, who]));
      const [first, second] = requests.map(
        (r) => new Set((r as Operation[]).map((op) => whoOf.get(op.variables.classId as string))),
      );
      expect(first!.size).toBe(4);
      expect([...first!].filter((who) => second!.has(who))).toEqual([]);
    });

    it('sends one call per request to a subgraph that refuses a batch, then stops batching to it', async () => {
      refuseBatches = 400;
      const local = createServiceClient({
        service: 'accounting',
        tokens,
        serviceUrl: () => `http://127.0.0.1:${port}/old/graphql`,
      });
      const first = await Promise.allSettled(classes.map((classId) => ask(local, classId)));
      expect(first.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(requests.map(Array.isArray)).toEqual([true, false, false, false]);
      requests = [];
      await Promise.allSettled(classes.map((classId) => ask(local, classId)));
      expect(requests.map(Array.isArray)).toEqual([false, false, false]);
    });

    it('sends the calls of a batch too large as a whole one by one, and batches the next turn', async () => {
      refuseBatches = 413;
      const first = await Promise.allSettled(classes.map((classId) => ask(client, classId)));
      expect(first.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(requests.map(Array.isArray)).toEqual([true, false, false, false]);
      refuseBatches = false;
      requests = [];
      await Promise.allSettled(classes.map((classId) => ask(client, classId)));
      expect(requests.map(Array.isArray)).toEqual([true]);
    });

    it('never batches calls made on behalf of a person', async () => {
      const person = client.onBehalfOf('Bearer person-token');
      await Promise.allSettled(classes.map((classId) => ask(person, classId)));
      expect(requests.map(Array.isArray)).toEqual([false, false, false]);
      expect(received.map((r) => r.authorization)).toEqual(
        classes.map(() => 'Bearer person-token'),
      );
    });

    it('fails every call of a batch with SERVICE_UNAVAILABLE when the subgraph is down', async () => {
      const dead = createServer();
      await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
      const deadPort = (dead.address() as AddressInfo).port;
      await new Promise((resolve) => dead.close(resolve));
      const local = createServiceClient({
        service: 'accounting',
        tokens,
        serviceUrl: () => `http://127.0.0.1:${deadPort}/graphql`,
      });
      const results = await Promise.allSettled(classes.map((classId) => ask(local, classId)));
      for (const result of results) {
        expect(result).toMatchObject({
          status: 'rejected',
          reason: { extensions: { code: 'SERVICE_UNAVAILABLE', service: 'monitoring' } },
        });
      }
    });
  });
});
