import { signServiceToken } from '@aula/runtime';
import {
  AUTH_TEST_ENV,
  firstCode,
  LOGIN,
  post,
  startTestAuthSubgraph,
  type TestAuthSubgraph,
} from './testing';

/** Booting under a busy shared machine can be slow; this allows for it (no test asserts a timing). */
const SLOW_START_MS = 180_000;

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email role status } }';
const EXCHANGE =
  'query($s: String!) { exchangeApiKey(secret: $s) { accessToken expiresAt keyId } }';

/** API keys, against the auth subgraph called directly (the gateway side is in platform/test/gateway/auth.test.ts). */
describe('auth API keys (subgraph called directly)', () => {
  let auth: TestAuthSubgraph;
  let admin: string;
  let adminId: string;
  const password = 'students-password-1';
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const asGateway = () => signServiceToken(auth.tokens, 'gateway');
  const login = async (email: string, pw = password) => {
    const result = await post(auth.url, LOGIN, { email, password: pw });
    expect(result.errors).toBeUndefined();
    return result.data!.login as {
      accessToken: string;
      refreshToken: string;
      user: { id: string };
    };
  };

  beforeAll(async () => {
    auth = await startTestAuthSubgraph();
    const session = await login(AUTH_TEST_ENV.AUTH_ADMIN_EMAIL, AUTH_TEST_ENV.AUTH_ADMIN_PASSWORD);
    admin = session.accessToken;
    adminId = session.user.id;
    for (const [name, role] of [
      ['teacher', 'SUPERVISOR'],
      ['pupil', 'STUDENT'],
    ] as const) {
      const created = await post(
        auth.url,
        CREATE,
        { i: { email: `${name}@school.test`, displayName: name, role, password } },
        { token: admin },
      );
      ids[name] = created.data!.createUser.id;
      tokens[name] = (await login(`${name}@school.test`)).accessToken;
    }
  }, SLOW_START_MS);
  afterAll(async () => {
    await auth.close();
  });

  const CREATE_KEY = `mutation($i: CreateApiKeyInput!) {
    createApiKey(input: $i) { secret apiKey { id name prefix scopes owner { email } expiresAt lastUsedAt revokedAt } }
  }`;

  it('lets supervisors create keys within their role, and never students', async () => {
    const created = await post(
      auth.url,
      CREATE_KEY,
      { i: { name: 'LMS sync', scopes: ['CHAT_READ', 'USAGE_READ'] } },
      { token: tokens.teacher },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^aula_sk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).toMatchObject({
      name: 'LMS sync',
      scopes: ['CHAT_READ', 'USAGE_READ'],
      owner: { email: 'teacher@school.test' },
    });
    expect(
      firstCode(
        await post(
          auth.url,
          CREATE_KEY,
          { i: { name: 'x', scopes: ['USERS_READ'] } },
          { token: tokens.teacher },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      firstCode(
        await post(
          auth.url,
          CREATE_KEY,
          { i: { name: 'x', scopes: ['CHAT_READ'] } },
          { token: tokens.pupil },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      firstCode(
        await post(auth.url, CREATE_KEY, { i: { name: 'x', scopes: [] } }, { token: admin }),
      ),
    ).toBe('BAD_USER_INPUT');
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(
      firstCode(
        await post(
          auth.url,
          CREATE_KEY,
          { i: { name: 'x', scopes: ['CHAT_READ'], expiresAt: past } },
          { token: admin },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const mine = await post(
      auth.url,
      '{ apiKeys { edges { node { name } } } }',
      {},
      { token: tokens.teacher },
    );
    expect(mine.data!.apiKeys.edges).toEqual([{ node: { name: 'LMS sync' } }]);
  });

  it('trades a key for a scoped access token only for the gateway, and stops at revocation', async () => {
    const created = await post(
      auth.url,
      CREATE_KEY,
      { i: { name: 'reports', scopes: ['USERS_READ'] } },
      { token: admin },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(firstCode(await post(auth.url, EXCHANGE, { s: secret }, { token: admin }))).toBe(
      'FORBIDDEN',
    );
    expect(
      firstCode(
        await post(
          auth.url,
          EXCHANGE,
          { s: secret },
          { token: signServiceToken(auth.tokens, 'chat') },
        ),
      ),
    ).toBe('FORBIDDEN');
    const exchanged = await post(auth.url, EXCHANGE, { s: secret }, { token: asGateway() });
    const access = exchanged.data!.exchangeApiKey.accessToken as string;
    const claims = JSON.parse(Buffer.from(access.split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({
      sub: adminId,
      role: 'ADMIN',
      kid: apiKey.id,
      scp: ['users:read'],
    });
    // With the key's token, only what its scope allows, and no account administration.
    const list = await post(auth.url, '{ users(first: 1) { totalCount } }', {}, { token: access });
    expect(list.data!.users.totalCount).toBe(3);
    const i = { email: 'via-key@school.test', displayName: 'K', password };
    expect(firstCode(await post(auth.url, CREATE, { i }, { token: access }))).toBe('FORBIDDEN');
    expect(
      firstCode(
        await post(
          auth.url,
          CREATE_KEY,
          { i: { name: 'y', scopes: ['USERS_READ'] } },
          { token: access },
        ),
      ),
    ).toBe('FORBIDDEN');
    const keys = await post(
      auth.url,
      '{ apiKeys { edges { node { name lastUsedAt } } } }',
      {},
      { token: admin },
    );
    expect(
      keys.data!.apiKeys.edges.find((e: { node: { name: string } }) => e.node.name === 'reports')
        .node.lastUsedAt,
    ).toEqual(expect.any(String));

    const revoke = await post(
      auth.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      { token: tokens.teacher },
    );
    expect(firstCode(revoke)).toBe('NOT_FOUND');
    await post(
      auth.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      { token: admin },
    );
    expect(firstCode(await post(auth.url, EXCHANGE, { s: secret }, { token: asGateway() }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      firstCode(await post(auth.url, EXCHANGE, { s: secret + 'x' }, { token: asGateway() })),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses a raw key sent to a subgraph, and keys of suspended owners', async () => {
    const created = await post(
      auth.url,
      CREATE_KEY,
      { i: { name: 'teacher key', scopes: ['CHAT_READ'] } },
      { token: tokens.teacher },
    );
    const { secret } = created.data!.createApiKey;
    const direct = await post(auth.url, '{ me { id } }', {}, { token: secret });
    expect(firstCode(direct)).toBe('UNAUTHENTICATED');
    expect(direct.errors![0]!.message).toContain('gateway');
    expect(
      (await post(auth.url, EXCHANGE, { s: secret }, { token: asGateway() })).errors,
    ).toBeUndefined();
    await post(
      auth.url,
      'mutation($id: ID!) { suspendUser(userId: $id) { id } }',
      { id: ids.teacher },
      { token: admin },
    );
    expect(firstCode(await post(auth.url, EXCHANGE, { s: secret }, { token: asGateway() }))).toBe(
      'UNAUTHENTICATED',
    );
    await post(
      auth.url,
      'mutation($id: ID!) { reactivateUser(userId: $id) { id } }',
      { id: ids.teacher },
      { token: admin },
    );
  });
});
