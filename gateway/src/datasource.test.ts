import { createLogger } from '@aula/runtime';
import { GraphQLError } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphDataSource } from './datasource';

/** A subgraph stand-in that answers every request with one fixed HTTP response. */
async function answering(
  status: number,
  contentType: string,
  body: string,
): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

/** Sends one operation through the data source and returns the error it throws. */
async function failureOf(source: SubgraphDataSource): Promise<GraphQLError> {
  const error = await source
    .process({
      // The enum's value; the enum itself is not exported at run time.
      kind: 'incoming operation',
      request: { query: '{ __typename }', variables: {} },
      incomingRequestContext: { metrics: {} },
      context: { principal: null, authorization: 'Bearer abc' },
    } as unknown as Parameters<SubgraphDataSource['process']>[0])
    .then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
  if (!(error instanceof GraphQLError))
    throw new Error(`expected a GraphQLError, got ${String(error)}`);
  return error;
}

describe('SubgraphDataSource', () => {
  const logger = createLogger('datasource-test', 'silent');
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('keeps the code and message of a refusal the subgraph sent as a non-2xx response', async () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'Your session has expired. Sign in again.',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    const { server, url } = await answering(401, 'application/json', body);
    servers.push(server);
    const error = await failureOf(new SubgraphDataSource('people', url, logger));
    expect(error.message).toBe('Your session has expired. Sign in again.');
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', serviceName: 'people' });
  });

  it('reports a failing subgraph (5xx) as SERVICE_UNAVAILABLE with no trace of the response', async () => {
    const { server, url } = await answering(502, 'text/html', '<h1>Bad gateway at 10.0.0.7</h1>');
    servers.push(server);
    const error = await failureOf(new SubgraphDataSource('people', url, logger));
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'people' });
    expect(error.message).not.toMatch(/10\.0\.0\.7|127\.0\.0\.1|502/);
  });

  it('reports an unreachable subgraph as SERVICE_UNAVAILABLE', async () => {
    const { server, url } = await answering(200, 'application/json', '{}');
    await new Promise((resolve) => server.close(resolve));
    const error = await failureOf(new SubgraphDataSource('people', url, logger));
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'people' });
  });

  it('leaves an uncoded refusal without a code, for the error formatter to mask and log', async () => {
    const { server, url } = await answering(
      400,
      'application/json',
      JSON.stringify({ errors: [{ message: 'weird' }] }),
    );
    servers.push(server);
    const error = await failureOf(new SubgraphDataSource('people', url, logger));
    expect(error.extensions).toEqual({ serviceName: 'people' });
  });

  it('sends identical concurrent queries once, and every mutation and every other caller apart', async () => {
    const seen: Array<{ authorization?: string; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ authorization: req.headers.authorization, body });
        // Answers late, so the callers below are all in flight together.
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data: { n: seen.length } }));
        }, 50);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const source = new SubgraphDataSource('people', url, logger);
    const send = (query: string, authorization: string) =>
      source.process({
        kind: 'incoming operation',
        request: { query, variables: {} },
        incomingRequestContext: { metrics: {} },
        context: { principal: null, authorization },
      } as unknown as Parameters<SubgraphDataSource['process']>[0]);

    const queries = await Promise.all([
      ...Array.from({ length: 5 }, () => send('query Q { n }', 'Bearer ada')),
      send('query Q { n }', 'Bearer grace'),
    ]);
    expect(seen.map((request) => request.authorization).sort()).toEqual([
      'Bearer ada',
      'Bearer grace',
    ]);
    // Each caller gets its own copy of the shared answer.
    expect(new Set(queries.slice(0, 5)).size).toBe(5);
    expect(new Set(queries.slice(0, 5).map((result) => JSON.stringify(result))).size).toBe(1);

    seen.length = 0;
    await Promise.all(Array.from({ length: 3 }, () => send('mutation M { n }', 'Bearer ada')));
    expect(seen).toHaveLength(3);
  });
});
