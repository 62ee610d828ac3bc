import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signServiceToken, TokenVerifier } from './auth/tokens';
import { operations } from './contracts';
import { createServiceClient, type ServiceClient } from './service-client';
import { TEST_TOKENS as tokens } from './testing';

interface Received {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: { query: string; operationName: string; variables: Record<string, unknown> };
}

/**
 * A stand-in subgraph over real HTTP: it records what arrives and answers `reply`. The
 * contract's typing is the compiler's job; this checks what the client puts on the wire.
 */
describe('service client', () => {
  let server: Server;
  let received: Received[];
  let reply: (request: Received) => unknown;
  let client: ServiceClient;
  const verifier = new TokenVerifier(tokens);

  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        const request: Received = {
          path: req.url ?? '',
          authorization: req.headers.authorization,
          body: JSON.parse(text) as Received['body'],
        };
        received.push(request);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(reply(request)));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    client = createServiceClient({
      service: 'accounting',
      tokens,
      serviceUrl: (name) => `http://127.0.0.1:${port}/${name}/graphql`,
    });
  });
  beforeEach(() => {
    received = [];
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
});
