import { CHAT_ACTIVITY } from '@aula/runtime';
import { createClient, type Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { startTestPlatform, graphql, testAccessToken, type TestPlatform } from './testing';

/** A class-activity event as the supervisor's subscription selects it. */
type Activity = { kind: string; sessionId: string; student: { id: string; displayName: string } };

describe('embedded platform', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(async () => {
    await platform.close();
  });

  it('answers an anonymous query through the gateway', async () => {
    const result = await graphql(platform.url, '{ me { id } }');
    expect(result).toEqual({ status: 200, data: { me: null } });
  });

  it('rejects a tampered token before planning', async () => {
    const token = testAccessToken('00000000-0000-4000-8000-000000000000', 'ADMIN');
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const result = await graphql(platform.url, '{ me { id } }', {}, tampered);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves health and readiness on every subgraph', async () => {
    for (const server of Object.values(platform.subgraphs)) {
      const base = server.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    }
  });

  it('streams a product subscription through the gateway: monitoring events, the student resolved by auth', async () => {
    const admin = testAccessToken(randomUUID(), 'ADMIN');
    const run = async <T>(token: string, query: string, variables: Record<string, unknown>) => {
      const result = await graphql<T>(platform.url, query, variables, token);
      if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const person = async (role: 'STUDENT' | 'SUPERVISOR', displayName: string) => {
      const input = {
        email: `${randomUUID()}@test.aula`,
        displayName,
        role,
        password: 'a-long-test-password',
      };
      const { createUser } = await run<{ createUser: { id: string } }>(
        admin,
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: input },
      );
      return { id: createUser.id, token: testAccessToken(createUser.id, role) };
    };
    const supervisor = await person('SUPERVISOR', 'Ms Platform');
    const student = await person('STUDENT', 'Platform Student');
    await run(
      admin,
      'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
      {
        u: student.id,
        a: 50,
      },
    );
    const { createClass } = await run<{ createClass: { id: string } }>(
      admin,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: 'Platform 1', supervisorIds: [supervisor.id], studentIds: [student.id] } },
    );

    const events: Activity[] = [];
    let arrived: (() => void) | undefined;
    const client: Client = createClient({
      url: platform.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${supervisor.token}` },
    });
    const failed = new Promise<unknown>((resolve) => {
      client.subscribe<{ classActivity: Activity }>(
        {
          query:
            'subscription($c: ID!) { classActivity(classId: $c) { kind sessionId student { id displayName } } }',
          variables: { c: createClass.id },
        },
        {
          next: (result) => {
            if (result.errors) resolve(result.errors);
            if (result.data) events.push(result.data.classActivity);
            arrived?.();
          },
          error: resolve,
          complete: () => resolve('completed'),
        },
      );
    });
    const until = async (predicate: (event: Activity) => boolean) => {
      while (!events.some(predicate)) {
        const next = new Promise<void>((resolve) => (arrived = resolve));
        const outcome = await Promise.race([next.then(() => 'event'), failed]);
        if (outcome !== 'event') throw new Error(`subscription ended: ${JSON.stringify(outcome)}`);
      }
    };

    try {
      // graphql-ws does not acknowledge a subscription: probes on chat's activity channel
      // (the contract monitoring listens on) until one arrives prove monitoring is listening.
      const probeSession = randomUUID();
      for (
        let attempt = 0;
        attempt < 100 && !events.some((e) => e.sessionId === probeSession);
        attempt += 1
      ) {
        await platform.bus.publish(CHAT_ACTIVITY, {
          kind: 'started',
          sessionId: probeSession,
          messageId: randomUUID(),
          userId: student.id,
          chatbotId: null,
          text: '',
          at: new Date().toISOString(),
        });
        await Promise.race([
          new Promise<void>((resolve) => (arrived = resolve)),
          new Promise((r) => setTimeout(r, 50)),
        ]);
      }
      await until((event) => event.sessionId === probeSession);

      const { startChat } = await run<{ startChat: { id: string } }>(
        student.token,
        'mutation { startChat { id } }',
        {},
      );
      await run(
        student.token,
        'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
        {
          s: startChat.id,
          t: 'What is a prime number? [[emulator:length=3]]',
        },
      );
      const seen = (event: Activity) =>
        event.kind === 'STUDENT_MESSAGE' && event.sessionId === startChat.id;
      await until(seen);
      expect(events.find(seen)?.student).toEqual({
        id: student.id,
        displayName: 'Platform Student',
      });
    } finally {
      await client.dispose();
    }
  });
});
