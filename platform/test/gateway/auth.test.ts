import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { graphql, startTestPlatform, TEST_ENV, type TestPlatform } from '@aula/platform/testing';

/** Booting under a busy shared machine can be slow; this allows for it (no test asserts a timing). */
const SLOW_START_MS = 180_000;

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresAt user { id role } }
}`;
const REFRESH =
  'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken user { id } } }';
const LOGOUT = 'mutation($t: String!) { logout(refreshToken: $t) }';
const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id role } }';
const CREATE_KEY =
  'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }';

type Session = { accessToken: string; refreshToken: string; user: { id: string; role: string } };
const code = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.code;

/** Auth through the gateway, and every subgraph refusing bad tokens on its own. */
describe('auth through the gateway', () => {
  let platform: TestPlatform;
  const password = 'classroom-password-1';

  const login = async (email: string, pw = password): Promise<Session> => {
    const result = await graphql<{ login: Session }>(platform.url, LOGIN, { email, password: pw });
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
  }, SLOW_START_MS);
  afterAll(async () => {
    await platform.close();
  });

  it('lets an admin create a supervisor and students who each sign in, see only what their role allows, refresh and log out', async () => {
    const admin = await login(TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);
    expect(admin.user.role).toBe('ADMIN');
    const people = [
      { email: 'ms.lovelace@school.test', displayName: 'Ms Lovelace', role: 'SUPERVISOR' },
      { email: 'alan@school.test', displayName: 'Alan', role: 'STUDENT' },
      { email: 'grace@school.test', displayName: 'Grace', role: 'STUDENT' },
    ];
    const ids: Record<string, string> = {};
    for (const person of people) {
      const created = await graphql<{ createUser: { id: string } }>(
        platform.url,
        CREATE,
        { i: { ...person, password } },
        admin.accessToken,
      );
      expect(created.errors).toBeUndefined();
      ids[person.email] = created.data!.createUser.id;
    }

    const listUsers = '{ users { totalCount } }';
    expect(
      (
        await graphql<{ users: { totalCount: number } }>(
          platform.url,
          listUsers,
          {},
          admin.accessToken,
        )
      ).data!.users.totalCount,
    ).toBe(4);
    for (const person of people) {
      const session = await login(person.email);
      expect(session.user.role).toBe(person.role);
      const me = await graphql<{ me: { email: string } }>(
        platform.url,
        '{ me { email role } }',
        {},
        session.accessToken,
      );
      expect(me.data!.me).toEqual({ email: person.email, role: person.role });

      // Only admins list users or create accounts; everyone else gets FORBIDDEN and no data.
      const list = await graphql(platform.url, listUsers, {}, session.accessToken);
      expect([code(list), list.data]).toEqual(['FORBIDDEN', null]);
      const create = await graphql(
        platform.url,
        CREATE,
        { i: { email: `x-${randomUUID()}@school.test`, displayName: 'X', password } },
        session.accessToken,
      );
      expect(code(create)).toBe('FORBIDDEN');
      const other =
        ids[people.find((p) => p.email !== person.email && p.role === 'STUDENT')!.email];
      const peek = await graphql(
        platform.url,
        'query($id: ID!) { user(id: $id) { email } }',
        { id: other },
        session.accessToken,
      );
      expect(code(peek)).toBe('FORBIDDEN');
      // Supervisors may create API keys for integrations; students may not.
      const key = await graphql(
        platform.url,
        CREATE_KEY,
        { i: { name: 'k', scopes: ['CHAT_READ'] } },
        session.accessToken,
      );
      expect(code(key)).toBe(person.role === 'SUPERVISOR' ? undefined : 'FORBIDDEN');

      const refreshed = await graphql<{ refreshToken: Session }>(platform.url, REFRESH, {
        t: session.refreshToken,
      });
      expect(refreshed.data!.refreshToken.user.id).toBe(ids[person.email]);
      const next = refreshed.data!.refreshToken;
      expect((await graphql(platform.url, '{ me { id } }', {}, next.accessToken)).data).toEqual({
        me: { id: ids[person.email] },
      });
      expect(
        (await graphql<{ logout: boolean }>(platform.url, LOGOUT, { t: next.refreshToken })).data!
          .logout,
      ).toBe(true);
      expect(code(await graphql(platform.url, REFRESH, { t: next.refreshToken }))).toBe(
        'UNAUTHENTICATED',
      );
    }
    // Anonymous callers are told to sign in.
    expect(code(await graphql(platform.url, listUsers))).toBe('UNAUTHENTICATED');
  });

  it('detects a replayed refresh token and ends that whole session, through the gateway', async () => {
    const first = await login(TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);
    const second = (
      await graphql<{ refreshToken: Session }>(platform.url, REFRESH, { t: first.refreshToken })
    ).data!.refreshToken;
    expect(code(await graphql(platform.url, REFRESH, { t: first.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(code(await graphql(platform.url, REFRESH, { t: second.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('ends every session with logoutEverywhere and refuses refresh once a user is suspended', async () => {
    const admin = await login(TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);
    const created = await graphql<{ createUser: { id: string } }>(
      platform.url,
      CREATE,
      { i: { email: 'leaving@school.test', displayName: 'Leaving', password } },
      admin.accessToken,
    );
    const a = await login('leaving@school.test');
    const b = await login('leaving@school.test');
    expect(
      (
        await graphql<{ logoutEverywhere: number }>(
          platform.url,
          'mutation { logoutEverywhere }',
          {},
          a.accessToken,
        )
      ).data!.logoutEverywhere,
    ).toBe(2);
    expect(code(await graphql(platform.url, REFRESH, { t: b.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );

    const c = await login('leaving@school.test');
    await graphql(
      platform.url,
      'mutation($id: ID!) { suspendUser(userId: $id) { id } }',
      { id: created.data!.createUser.id },
      admin.accessToken,
    );
    expect(code(await graphql(platform.url, REFRESH, { t: c.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      code(await graphql(platform.url, LOGIN, { email: 'leaving@school.test', password })),
    ).toBe('FORBIDDEN');
  });

  it("closes a person's subscription sockets (4401) when they sign out everywhere, and only theirs", async () => {
    const admin = await login(TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);
    const watching = async (email: string) => {
      await graphql(
        platform.url,
        CREATE,
        { i: { email, displayName: email, role: 'STUDENT', password } },
        admin.accessToken,
      );
      const session = await login(email);
      const chat = await graphql<{ startChat: { id: string } }>(
        platform.url,
        'mutation { startChat { id } }',
        {},
        session.accessToken,
      );
      let closedWith: ((code: number) => void) | undefined;
      const closed = new Promise<number>((resolve) => (closedWith = resolve));
      const client = createClient({
        url: platform.wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${session.accessToken}` },
        onNonLazyError: () => undefined,
        on: { closed: (event) => closedWith?.((event as { code: number }).code) },
      });
      const ended = new Promise<unknown>((resolve) =>
        client.subscribe(
          {
            query: 'subscription($s: ID!) { chatStream(sessionId: $s) { __typename } }',
            variables: { s: chat.data!.startChat.id },
          },
          { next: () => undefined, error: resolve, complete: () => resolve(undefined) },
        ),
      );
      return { session, client, closed, ended };
    };
    const leaving = await watching(`leaving-${randomUUID()}@school.test`);
    const staying = await watching(`staying-${randomUUID()}@school.test`);
    await graphql(platform.url, 'mutation { logoutEverywhere }', {}, leaving.session.accessToken);
    expect(await leaving.closed).toBe(4401);
    await leaving.ended;
    // The other person's socket is still served.
    const me = await new Promise<unknown>((resolve, reject) =>
      staying.client.subscribe(
        { query: '{ me { id } }' },
        { next: resolve, error: reject, complete: () => undefined },
      ),
    );
    expect(me).toEqual({ data: { me: { id: staying.session.user.id } } });
    await staying.client.dispose();
  });

  it('throttles repeated wrong passwords with TOO_MANY_ATTEMPTS', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect(
        code(
          await graphql(platform.url, LOGIN, {
            email: 'alan@school.test',
            password: `guess-${i}-xxxxxxxx`,
          }),
        ),
      ).toBe('UNAUTHENTICATED');
    }
    const locked = await graphql(platform.url, LOGIN, { email: 'alan@school.test', password });
    expect(code(locked)).toBe('TOO_MANY_ATTEMPTS');
  });

  describe('API keys', () => {
    let admin: Session;
    beforeAll(async () => {
      admin = await login(TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);
    }, SLOW_START_MS);
    const createKey = async (scopes: string[]) => {
      const result = await graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
        platform.url,
        CREATE_KEY,
        { i: { name: `integration ${scopes.join(' ')}`, scopes } },
        admin.accessToken,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.createApiKey;
    };

    it('grants exactly the key scopes, acting as its creator', async () => {
      const usersKey = await createKey(['USERS_READ']);
      const chatKey = await createKey(['CHAT_READ']);
      const list = await graphql<{ users: { totalCount: number } }>(
        platform.url,
        '{ users { totalCount } me { email } }',
        {},
        usersKey.secret,
      );
      expect(list.errors).toBeUndefined();
      expect(list.data).toMatchObject({ me: { email: TEST_ENV.AUTH_ADMIN_EMAIL } });
      const refused = await graphql(platform.url, '{ users { totalCount } }', {}, chatKey.secret);
      expect(code(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message).toContain('users:read');
      // Keys never manage accounts or mint more keys, whatever their scopes.
      const create = await graphql(
        platform.url,
        CREATE,
        { i: { email: 'bot@school.test', displayName: 'Bot', password } },
        usersKey.secret,
      );
      expect(code(create)).toBe('FORBIDDEN');
      expect(
        code(
          await graphql(
            platform.url,
            CREATE_KEY,
            { i: { name: 'more', scopes: ['USERS_READ'] } },
            usersKey.secret,
          ),
        ),
      ).toBe('FORBIDDEN');
    });

    it('accepts a key in connection_init and closes with 4401 for an unknown one', async () => {
      const key = await createKey(['CHAT_READ']);
      const connect = (authorization: string) =>
        new Promise<{ connected: boolean; code?: number }>((resolve) => {
          const client = createClient({
            url: platform.wsUrl,
            webSocketImpl: WebSocket,
            lazy: false,
            retryAttempts: 0,
            connectionParams: { authorization },
            onNonLazyError: () => undefined,
            on: {
              connected: () => {
                resolve({ connected: true });
                void client.dispose();
              },
              closed: (event) =>
                resolve({ connected: false, code: (event as { code: number }).code }),
            },
          });
        });
      expect(await connect(`Bearer ${key.secret}`)).toEqual({ connected: true });
      expect(await connect(`Bearer aula_sk_${'y'.repeat(43)}`)).toEqual({
        connected: false,
        code: 4401,
      });
    });

    it('stops a revoked key at once and refuses unknown keys', async () => {
      const key = await createKey(['USERS_READ']);
      expect(
        (await graphql(platform.url, '{ users { totalCount } }', {}, key.secret)).errors,
      ).toBeUndefined();
      const revoked = await graphql(
        platform.url,
        'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
        { id: key.apiKey.id },
        admin.accessToken,
      );
      expect(revoked.errors).toBeUndefined();
      // The gateway cached a token for this key; auth's announcement on the bus dropped it.
      let after = await graphql(platform.url, '{ users { totalCount } }', {}, key.secret);
      for (
        let i = 0;
        i < 50 && code(after) !== 'UNAUTHENTICATED' && platform.bus.kind === 'redis';
        i += 1
      ) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        after = await graphql(platform.url, '{ users { totalCount } }', {}, key.secret);
      }
      expect(code(after)).toBe('UNAUTHENTICATED');
      expect(after.status).toBe(401);
      const unknown = await graphql(platform.url, '{ me { id } }', {}, `aula_sk_${'x'.repeat(43)}`);
      expect([unknown.status, code(unknown)]).toEqual([401, 'UNAUTHENTICATED']);
    });
  });
});
