import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import { fixtureToken, startTwoSubgraphs, type TwoSubgraphs } from './testing/two-subgraphs';

type Response = {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

describe('gateway over HTTP: limits and subgraph errors', () => {
  let env: TwoSubgraphs;
  const post = async (
    query: string,
    variables: Record<string, unknown> = {},
    token = fixtureToken('u1'),
  ): Promise<Response> => {
    const response = await fetch(env.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<Response, 'status'>) };
  };

  beforeAll(async () => {
    env = await startTwoSubgraphs({ maxDepth: 4, maxCost: 200 });
  });
  afterAll(async () => {
    await env.close();
  });

  it('answers a query that crosses both subgraphs', async () => {
    const result = await post(
      '{ person(id: "u1") { name friends(first: 2) { name } } openTickSubscriptions }',
    );
    expect(result.data).toEqual({
      person: { name: 'Ada', friends: [{ name: 'Grace' }, { name: 'Edsger' }] },
      openTickSubscriptions: 0,
    });
  });

  it('takes automatic persisted queries: a hash alone once the query was sent with it', async () => {
    const query = '{ person(id: "u1") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = async (body: Record<string, unknown>) => {
      const response = await fetch(env.gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${fixtureToken('u1')}`,
        },
        body: JSON.stringify({
          ...body,
          extensions: { persistedQuery: { version: 1, sha256Hash } },
        }),
      });
      return (await response.json()) as Omit<Response, 'status'>;
    };
    expect((await send({})).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send({ query })).data).toEqual({ person: { name: 'Ada' } });
    expect(await send({})).toEqual({ data: { person: { name: 'Ada' } } });
  });

  it('refuses an operation over the cost limit with QUERY_TOO_COMPLEX', async () => {
    const result = await post(
      '{ person(id: "u1") { friends(first: 50) { friends(first: 50) { id } } } }',
    );
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/estimated cost is \d+; the limit is 200/),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      }),
    ]);
  });

  it('counts fragments and unbounded lists in the cost', async () => {
    const unbounded = `{ person(id: "u1") { ...F } }
      fragment F on User { friends { friends { id } } again: friends { friends { name } } }`;
    const result = await post(unbounded);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    const withinBudget = await post(
      '{ person(id: "u1") { friends(first: 2) { friends(first: 2) { id } } } }',
    );
    expect(withinBudget.errors).toBeUndefined();
  });

  it('counts list sizes given in variables, which validation alone never sees', async () => {
    const query =
      'query($n: Int) { person(id: "u1") { friends(first: $n) { friends(first: $n) { id } } } }';
    const large = await post(query, { n: 50 });
    expect(large.status).toBe(400);
    expect(large.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/estimated cost is 2551; the limit is 200/),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      }),
    ]);
    const small = await post(query, { n: 2 });
    expect(small.errors).toBeUndefined();
  });

  it('refuses an operation nested deeper than the depth limit', async () => {
    const result = await post(
      '{ person(id: "u1") { friends(first: 1) { friends(first: 1) { friends(first: 1) { id } } } } }',
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 4 exceeded, found 5/);
  });

  it('tags a subgraph’s coded error with the service name', async () => {
    const result = await post('{ person(id: "nobody") { name } }');
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Person was not found.',
        extensions: { code: 'NOT_FOUND', serviceName: 'people' },
      }),
    ]);
  });

  // Last: stops the people subgraph.
  it('reports a stopped subgraph as SERVICE_UNAVAILABLE without leaking where it lives', async () => {
    await env.people.stop();

    const result = await post('{ person(id: "u1") { name } openTickSubscriptions }');
    expect(result.errors).toEqual([
      {
        message: 'The people service is not answering right now. Please try again in a moment.',
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'people' },
      },
    ]);
    expect(result.data).toEqual({ person: null, openTickSubscriptions: 0 });
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stack/i);

    // A subscription keeps its events when only the entity subgraph is down; the missing
    // field is reported per event, tagged the same way.
    const client = createClient({
      url: env.gateway.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${fixtureToken('u2')}` },
    });
    const event = new Promise<FormattedExecutionResult>((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { ticks(from: 3) { n subscriber { name } } }' },
        {
          next: resolve,
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    const received = await event;
    await client.dispose();
    expect(received.data).toBeNull();
    expect(received.errors?.[0]?.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      serviceName: 'people',
    });
    expect(JSON.stringify(received)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED/);
  });
});
