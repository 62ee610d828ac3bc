import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { signServiceToken } from '@aula/runtime';
import { eventually } from '@aula/runtime/src/testing';
import {
  FIXTURE_TOKENS,
  fixtureToken,
  startTwoSubgraphs,
  type TwoSubgraphs,
} from '../testing/two-subgraphs';

/** What the graphql-ws client hands a sink. */
type Result = FormattedExecutionResult<Record<string, unknown>, unknown>;

const TICKS = 'subscription Ticks($from: Int!) { ticks(from: $from) { n subscriber { id name } } }';

/** One subscription seen from the client: its results in order, and how it ended. */
function watch(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: Result[] = [];
  let wake: (() => void) | undefined;
  let settle!: (outcome: { error?: unknown }) => void;
  const ended = new Promise<{ error?: unknown }>((resolve) => (settle = resolve));
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (result) => {
        results.push(result);
        wake?.();
      },
      error: (error) => settle({ error }),
      complete: () => settle({}),
    },
  );
  return {
    results,
    ended,
    unsubscribe,
    /** The `index`-th result, waiting for it if needed. */
    async result(index: number): Promise<Result> {
      while (results.length <= index) await new Promise<void>((resolve) => (wake = resolve));
      return results[index] as Result;
    },
  };
}

/** The raw TCP socket under a graphql-ws client, once it is connected. */
async function stalledSocket(client: Client): Promise<import('node:net').Socket> {
  return new Promise((resolve) => {
    client.on('connected', (socket) =>
      resolve((socket as unknown as { _socket: import('node:net').Socket })._socket),
    );
  });
}

describe('gateway subscriptions over graphql-ws', () => {
  let env: TwoSubgraphs;
  const clients: Client[] = [];
  /** A client whose socket-close codes are recorded; `authorization` undefined sends none. */
  const connect = (authorization: string | undefined) => {
    const closes: number[] = [];
    let firstClose!: (code: number) => void;
    const closed = new Promise<number>((resolve) => (firstClose = resolve));
    const client = createClient({
      url: env.gateway.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: authorization ? { authorization } : {},
      on: {
        closed: (event) => {
          const { code } = event as { code: number };
          closes.push(code);
          firstClose(code);
        },
      },
    });
    clients.push(client);
    return { client, closes, closed };
  };

  beforeAll(async () => {
    env = await startTwoSubgraphs({
      maxDepth: 4,
      maxCost: 200,
      maxSubscriptionsPerConnection: 2,
      upstreamRetryWindowMs: 3000,
      maxPendingPerSubscription: 20,
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await env.close();
  });

  it('delivers events whose entity fields another subgraph resolves, with the caller’s variables', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u1')}`);
    const sub = watch(client, TICKS, { from: 7 });
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    expect(await sub.result(0)).toEqual({
      data: { ticks: { n: 7, subscriber: { id: 'u1', name: 'Ada' } } },
    });
    env.feed.emit();
    expect(await sub.result(1)).toEqual({
      data: { ticks: { n: 8, subscriber: { id: 'u1', name: 'Ada' } } },
    });
    sub.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('forwards events that need no other subgraph as they come, in the client’s own shape', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u1')}`);
    const sub = watch(
      client,
      'subscription Own($from: Int!) { ticks(from: $from) { number: n messageId at: sequence } }',
      { from: 3 },
    );
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    env.feed.emit();
    expect(await sub.result(0)).toEqual({
      data: { ticks: { number: 3, messageId: 'ticks', at: 3 } },
    });
    expect(await sub.result(1)).toEqual({
      data: { ticks: { number: 4, messageId: 'ticks', at: 4 } },
    });
    sub.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('disposes the upstream subscription when the client completes', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u2')}`);
    const returnedBefore = env.feed.returned;
    const sub = watch(client, TICKS, { from: 1 });
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    await sub.result(0);
    sub.unsubscribe();
    await env.feed.until((feed) => feed.returned === returnedBefore + 1 && feed.open === 0);
    // The last subscription on the upstream socket ended, so the subgraph sees the socket close too.
    await env.ticksSockets.until((sockets) => sockets.open === 0);
  });

  it('closes the upstream sockets when the client socket closes', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u3')}`);
    const first = watch(client, TICKS, { from: 1 });
    const second = watch(client, 'subscription { ticks(from: 100) { n } }');
    await env.feed.until((feed) => feed.open === 2);
    expect(env.ticksSockets.open).toBe(1);
    await client.dispose();
    await env.feed.until((feed) => feed.open === 0);
    await env.ticksSockets.until((sockets) => sockets.open === 0);
    await Promise.all([first.ended, second.ended]);
  });

  it('closes with 4401 when the token is missing or not valid', async () => {
    for (const authorization of [
      undefined,
      'Bearer not-a-token',
      `Bearer ${fixtureToken('u1')}x`,
    ]) {
      const { client, closes } = connect(authorization);
      const sub = watch(client, TICKS, { from: 1 });
      const { error } = await sub.ended;
      expect((error as { code?: number }).code).toBe(4401);
      expect(closes).toEqual([4401]);
    }
    expect(env.feed.open).toBe(0);
  });

  it('closes with 4401 when the token expires mid-subscription, and releases the upstream', async () => {
    const { client, closed } = connect(`Bearer ${fixtureToken('u1', 2)}`);
    const sub = watch(client, TICKS, { from: 1 });
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    expect((await sub.result(0)).data).toEqual({
      ticks: { n: 1, subscriber: { id: 'u1', name: 'Ada' } },
    });
    expect(await closed).toBe(4401);
    await sub.ended;
    await env.feed.until((feed) => feed.open === 0);
  });

  it('authenticates through the authorizationFor hook before verifying', async () => {
    const { client } = connect('Bearer key-u2');
    const sub = watch(client, TICKS, { from: 1 });
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    expect((await sub.result(0)).data).toEqual({
      ticks: { n: 1, subscriber: { id: 'u2', name: 'Grace' } },
    });
    sub.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);

    const revoked = connect('Bearer key-revoked');
    await watch(revoked.client, TICKS, { from: 1 }).ended;
    expect(await revoked.closed).toBe(4401);
    // An exchange that fails for want of auth is not the caller's fault: retryable, not 4401,
    // and a code graphql-ws clients do retry (1011 would end them for good).
    let attempts = 0;
    const outage = createClient({
      url: env.gateway.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 1,
      retryWait: () => Promise.resolve(),
      connectionParams: { authorization: 'Bearer key-outage' },
      on: { connecting: () => (attempts += 1) },
    });
    clients.push(outage);
    const { error } = await watch(outage, TICKS, { from: 1 }).ended;
    expect((error as { code?: number }).code).toBe(1013);
    expect(attempts).toBe(2);
  });

  it('refuses more subscriptions on one socket than the limit', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u1')}`);
    const open = [watch(client, TICKS, { from: 1 }), watch(client, TICKS, { from: 2 })];
    await env.feed.until((feed) => feed.open === 2);
    const { error } = await watch(client, TICKS, { from: 3 }).ended;
    expect(error).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })]);
    for (const sub of open) sub.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('asks a client whose exchanged token expires to reconnect, not to sign in again', async () => {
    const { client, closed } = connect('Bearer key-brief-u3');
    const sub = watch(client, TICKS, { from: 1 });
    await env.feed.until((feed) => feed.open === 1);
    expect(await closed).toBe(1013);
    await sub.ended;
    await env.feed.until((feed) => feed.open === 0);
  });

  it('passes a subgraph’s refusal on as a coded error naming the service', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u1')}`);
    const sub = watch(client, TICKS, { from: -1 });
    expect(await sub.ended).toEqual({});
    expect(sub.results).toEqual([
      {
        data: null,
        errors: [
          expect.objectContaining({
            message: '`from` must not be negative.',
            extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', serviceName: 'ticks' }),
          }),
        ],
      },
    ]);
  });

  it('validates against the API schema and the depth and cost limits before planning', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u1')}`);
    const cases: Array<[string, string, Record<string, unknown>?]> = [
      ['subscription { ticks(from: 1) { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
      [
        'subscription { ticks(from: 1) { subscriber { friends { friends { id } } } } }',
        'QUERY_TOO_COMPLEX',
      ],
      [
        'subscription { ticks(from: 1) { subscriber { friends(first: 500) { name } } } }',
        'QUERY_TOO_COMPLEX',
      ],
      [
        'subscription($n: Int) { ticks(from: 1) { subscriber { friends(first: $n) { name } } } }',
        'QUERY_TOO_COMPLEX',
        { n: 500 },
      ],
      ['subscription($from: Int!) { ticks(from: $from) { n } }', 'BAD_USER_INPUT'],
      [
        'subscription A { ticks(from: 1) { n } } subscription B { ticks(from: 2) { n } }',
        'BAD_USER_INPUT',
      ],
      ['subscription { ticks(from: 1) { n }', 'GRAPHQL_PARSE_FAILED'],
    ];
    for (const [query, code, variables] of cases) {
      const { error } = await watch(client, query, variables).ended;
      expect(error).toEqual([expect.objectContaining({ extensions: { code } })]);
    }
    expect(env.feed.open).toBe(0);
  });

  it('runs queries sent on the socket through the gateway', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u1')}`);
    const found = watch(client, 'query { person(id: "u2") { name friends(first: 1) { id } } }');
    await found.ended;
    expect(found.results).toEqual([
      { data: { person: { name: 'Grace', friends: [{ id: 'u1' }] } } },
    ]);
    const missing = watch(client, 'query { person(id: "nobody") { name } }');
    await missing.ended;
    expect(missing.results[0]?.errors?.[0]?.extensions).toEqual({
      code: 'NOT_FOUND',
      serviceName: 'people',
    });
  });

  it('lets the subgraph authorize each operation on the gateway socket, and end one whose caller expires', async () => {
    const gatewaySocket = createClient({
      url: env.ticks.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: {
        authorization: `Bearer ${signServiceToken(FIXTURE_TOKENS, 'gateway', 60)}`,
      },
    });
    clients.push(gatewaySocket);
    const as = (authorization?: string) => {
      const results: Result[] = [];
      const ended = new Promise<{ error?: unknown }>((resolve) =>
        gatewaySocket.subscribe(
          { query: 'subscription { ticks(from: 1) { n } }', extensions: { authorization } },
          {
            next: (result) => results.push(result),
            error: (error) => resolve({ error }),
            complete: () => resolve({}),
          },
        ),
      );
      return { results, ended };
    };
    // No caller named: refused, without touching the other operations on the socket.
    const { error } = await as(undefined).ended;
    expect(error).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    const brief = as(`Bearer ${fixtureToken('u1', 2)}`);
    const lasting = as(`Bearer ${fixtureToken('u2')}`);
    await env.feed.until((feed) => feed.open === 2);
    // The brief caller's token expires: that operation alone ends, with a coded error.
    expect(await brief.ended).toEqual({});
    expect(brief.results.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await env.feed.until((feed) => feed.open === 1);
    // …while the other caller's subscription on the same socket goes on.
    env.feed.emit();
    await eventually(async () => lasting.results.length === 1, 'lasting.results.length === 1');
    expect(lasting.results).toEqual([{ data: { ticks: { n: 1 } } }]);
    await gatewaySocket.dispose();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('shares one upstream subscription among identical subscriptions of one caller, over one socket for all', async () => {
    const first = connect(`Bearer ${fixtureToken('u1')}`);
    const second = connect(`Bearer ${fixtureToken('u1')}`);
    const other = connect(`Bearer ${fixtureToken('u2')}`);
    const a = watch(first.client, TICKS, { from: 1 });
    const b = watch(second.client, TICKS, { from: 1 });
    const c = watch(other.client, TICKS, { from: 1 });
    await eventually(
      async () => env.gateway.subscriptionStats().subscribers === 3,
      'env.gateway.subscriptionStats().subscribers === 3',
    );
    // Ada's two subscriptions share one upstream subscription; Grace has her own.
    expect(env.gateway.subscriptionStats()).toEqual({ upstream: 2, subscribers: 3 });
    await env.feed.until((feed) => feed.open === 2);
    // Every subscription of every caller travels on one socket to the subgraph.
    expect(env.ticksSockets.open).toBe(1);
    env.feed.emit();
    const ada = { data: { ticks: { n: 1, subscriber: { id: 'u1', name: 'Ada' } } } };
    expect(await a.result(0)).toEqual(ada);
    expect(await b.result(0)).toEqual(ada);
    expect(await c.result(0)).toEqual({
      data: { ticks: { n: 1, subscriber: { id: 'u2', name: 'Grace' } } },
    });
    // Leaving one of the shared pair keeps the upstream; the last to leave releases it.
    a.unsubscribe();
    await eventually(
      async () => env.gateway.subscriptionStats().subscribers === 2,
      'env.gateway.subscriptionStats().subscribers === 2',
    );
    expect(env.feed.open).toBe(2);
    b.unsubscribe();
    c.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('gives a newcomer its own upstream subscription once the shared one has delivered events', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u3')}`);
    const early = watch(client, TICKS, { from: 1 });
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    await early.result(0);
    const late = connect(`Bearer ${fixtureToken('u3')}`);
    const joiner = watch(late.client, TICKS, { from: 1 });
    await env.feed.until((feed) => feed.open === 2);
    env.feed.emit();
    // The late joiner starts from its own beginning, as a lone subscriber would.
    expect((await joiner.result(0)).data).toEqual({
      ticks: { n: 1, subscriber: { id: 'u3', name: 'Edsger' } },
    });
    expect((await early.result(1)).data).toEqual({
      ticks: { n: 2, subscriber: { id: 'u3', name: 'Edsger' } },
    });
    early.unsubscribe();
    joiner.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('closes a client that stops reading, while the others sharing its subscription keep up', async () => {
    const BIG = 'subscription { ticks(from: 1) { n filler(size: 65536) } }';
    const reader = connect(`Bearer ${fixtureToken('u1')}`);
    const stalled = connect(`Bearer ${fixtureToken('u1')}`);
    const stalledTcp = stalledSocket(stalled.client);
    const healthy = watch(reader.client, BIG);
    watch(stalled.client, BIG);
    await eventually(
      async () => env.gateway.subscriptionStats().subscribers === 2,
      'env.gateway.subscriptionStats().subscribers === 2',
    );
    expect(env.gateway.subscriptionStats().upstream).toBe(1);
    await env.feed.until((feed) => feed.open === 1);
    // Stop reading the stalled client's socket: TCP backs up, then the gateway's queue for it.
    const socket = await stalledTcp;
    socket.pause();
    for (let i = 0; i < 400; i += 1) {
      env.feed.emit();
      if (i % 20 === 19) await healthy.result(i);
    }
    expect((await healthy.result(399)).data).toEqual({
      ticks: { n: 400, filler: 'x'.repeat(65536) },
    });
    socket.resume();
    expect(await stalled.closed).toBe(1013);
    await eventually(
      async () => env.gateway.subscriptionStats().subscribers === 1,
      'env.gateway.subscriptionStats().subscribers === 1',
    );
    healthy.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('re-subscribes when the subgraph restarts, resuming after the last delivered event', async () => {
    const STREAM = 'subscription { ticks(from: 1) { messageId sequence } }';
    const { client, closes } = connect(`Bearer ${fixtureToken('u2')}`);
    const sub = watch(client, STREAM);
    await env.feed.until((feed) => feed.open === 1);
    for (let i = 0; i < 3; i += 1) env.feed.emit();
    await sub.result(2);
    await env.restartTicks();
    // The gateway re-sends the subscription with resumeAfter; the fixture starts again AT the
    // last tick it saw (a duplicate, on purpose), which the gateway drops.
    await env.feed.until((feed) => feed.open === 1);
    for (let i = 0; i < 3; i += 1) env.feed.emit();
    await sub.result(4);
    expect(sub.results.map((result) => result.data)).toEqual(
      [1, 2, 3, 4, 5].map((sequence) => ({ ticks: { messageId: 'ticks', sequence } })),
    );
    expect(sub.results.some((result) => result.errors)).toBe(false);
    expect(closes).toEqual([]);
    sub.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  it('tries a resumed subscription again while the subgraph answers SERVICE_UNAVAILABLE, so the client sees no error', async () => {
    const STREAM = 'subscription { ticks(from: 1) { messageId sequence } }';
    const { client, closes } = connect(`Bearer ${fixtureToken('u3')}`);
    const sub = watch(client, STREAM);
    await env.feed.until((feed) => feed.open === 1);
    for (let i = 0; i < 2; i += 1) env.feed.emit();
    await sub.result(1);
    // The replica the gateway re-sends to is busy twice (a pool exhausted, revocations stale).
    env.feed.refuseNext = 2;
    const refusedBefore = env.feed.refused;
    await env.restartTicks();
    await env.feed.until((feed) => feed.open === 1);
    expect(env.feed.refused - refusedBefore).toBe(2);
    // The fixture resumes AT the last tick delivered (a duplicate the gateway drops).
    for (let i = 0; i < 3; i += 1) env.feed.emit();
    await sub.result(3);
    expect(sub.results.map((result) => result.data)).toEqual(
      [1, 2, 3, 4].map((sequence) => ({ ticks: { messageId: 'ticks', sequence } })),
    );
    expect(sub.results.some((result) => result.errors)).toBe(false);
    expect(closes).toEqual([]);
    sub.unsubscribe();
    await env.feed.until((feed) => feed.open === 0);
  });

  // Last: it stops the ticks subgraph.
  it('ends the subscription with SERVICE_UNAVAILABLE when the subgraph dies mid-stream', async () => {
    const { client } = connect(`Bearer ${fixtureToken('u2')}`);
    const sub = watch(client, TICKS, { from: 1 });
    await env.feed.until((feed) => feed.open === 1);
    env.feed.emit();
    await sub.result(0);
    await env.ticks.stop();
    expect(await sub.ended).toEqual({});
    const last = sub.results[sub.results.length - 1];
    expect(last?.errors).toEqual([
      {
        message: 'The ticks service is not answering right now. Please try again in a moment.',
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'ticks' },
      },
    ]);

    const again = watch(client, TICKS, { from: 1 });
    expect(await again.ended).toEqual({});
    expect(again.results[0]?.errors?.[0]?.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      serviceName: 'ticks',
    });
  });
});
