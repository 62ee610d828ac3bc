import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  codeOf,
  graphql,
  startTestPlatform,
  testAccessToken,
  type TestPlatform,
} from '@aula/platform/testing';
import { startOpenIdProvider, TestBrowser, type ProviderFixture } from './provider';

const BOOT_TIMEOUT_MS = 180_000;
const CLIENT = { clientId: 'aula-test', clientSecret: 'a-client-secret-for-tests-only' };

const CREATE = `mutation($i: CreateIdentityProviderInput!) { createIdentityProvider(input: $i) {
  id name issuer clientId hasClientSecret scopes allowedDomains roleClaim defaultRole
  createAccounts passwordSignInDisabled enabled redirectUri } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateIdentityProviderInput!) { updateIdentityProvider(id: $id, input: $i) { id enabled } }`;
const COMPLETE = `mutation($c: String!, $k: String!) { completeSingleSignOn(code: $c, browserKey: $k) {
  accessToken refreshToken expiresAt user { id email role displayName } } }`;
const ME = `{ me { id email role status } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;

/** Accounts at the local provider, by login. */
const ACCOUNTS = {
  teacher: { email: 'ada@school.example', email_verified: true, name: 'Ada Lovelace' },
  newTeacher: {
    email: 'grace@school.example',
    email_verified: true,
    name: 'Grace Hopper',
    groups: ['staff', 'teachers'],
  },
  newStudent: { email: 'alan@school.example', email_verified: true, name: 'Alan Turing' },
  unverified: { email: 'eve@school.example', email_verified: false, name: 'Eve' },
  outsider: { email: 'mallory@elsewhere.example', email_verified: true, name: 'Mallory' },
  suspended: { email: 'sam@school.example', email_verified: true, name: 'Sam' },
  nobody: { email: 'nobody@school.example', email_verified: true, name: 'Nobody' },
};

describe('single sign-on with OpenID Connect, through the gateway, against a real oidc-provider', () => {
  let platform: TestPlatform;
  let op: ProviderFixture;
  let gateway: string;
  let providerId: string;
  const admin = testAccessToken(randomUUID(), 'ADMIN');

  const gql = <T = Record<string, unknown>>(query: string, variables = {}, token?: string) =>
    graphql<T>(platform.url, query, variables, token);

  /** Starts at Aula, signs in at the provider as `login`, and stops at Aula's callback. */
  async function toCallback(login: string, id = providerId) {
    const browser = new TestBrowser();
    const browserKey = randomBytes(32).toString('base64url');
    const start = await browser.get(`${gateway}/auth/sso/${id}/start?browser=${browserKey}`);
    expect(start.status).toBe(303);
    const callback = await browser.signInAtProvider(
      start.location!,
      login,
      `${gateway}/auth/sso/callback`,
    );
    return { browser, browserKey, callback };
  }

  /** Opens the callback and returns the code the app gets in `/login#sso=<code>`. */
  async function landing(browser: TestBrowser, callback: string) {
    const answer = await browser.get(callback);
    expect(answer.status).toBe(303);
    const match = /^\/login#sso=([A-Za-z0-9_-]+)$/.exec(answer.location ?? '');
    expect(match).not.toBeNull();
    return match![1]!;
  }

  /** The whole flow as a browser does it; returns completeSingleSignOn's raw result. */
  async function signIn(login: string) {
    const { browser, browserKey, callback } = await toCallback(login);
    return gql<{
      completeSingleSignOn: { accessToken: string; user: { id: string; role: string } };
    }>(COMPLETE, { c: await landing(browser, callback), k: browserKey });
  }

  async function createUser(email: string, role = 'SUPERVISOR') {
    const result = await gql<{ createUser: { id: string } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email, displayName: email.split('@')[0], role, password: 'a-long-test-password' } },
      admin,
    );
    return result.data!.createUser.id;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    gateway = new URL(platform.url).origin;
    op = await startOpenIdProvider({
      ...CLIENT,
      redirectUri: `${gateway}/auth/sso/callback`,
      accounts: ACCOUNTS,
    });
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await op?.stop();
    await platform?.close();
  });

  it('lets an administrator add the provider once its discovery document checks out', async () => {
    const unreachable = await gql(
      CREATE,
      {
        i: {
          name: 'Nowhere',
          issuer: 'http://127.0.0.1:9/',
          clientId: 'x',
          allowedDomains: ['school.example'],
        },
      },
      admin,
    );
    expect(codeOf(unreachable)).toBe('BAD_USER_INPUT');
    expect(unreachable.errors?.[0]?.extensions?.field).toBe('issuer');

    const adminDefault = await gql(
      CREATE,
      {
        i: {
          name: 'X',
          issuer: op.issuer,
          clientId: 'x',
          allowedDomains: ['school.example'],
          defaultRole: 'ADMIN',
        },
      },
      admin,
    );
    expect(codeOf(adminDefault)).toBe('BAD_USER_INPUT');

    const student = testAccessToken(randomUUID(), 'STUDENT');
    const refused = await gql(
      CREATE,
      { i: { name: 'X', issuer: op.issuer, clientId: 'x', allowedDomains: ['school.example'] } },
      student,
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');

    const created = await gql<{ createIdentityProvider: Record<string, unknown> & { id: string } }>(
      CREATE,
      {
        i: {
          name: 'School login',
          issuer: op.issuer,
          ...CLIENT,
          extraScopes: ['groups'],
          allowedDomains: ['School.example'],
          roleClaim: 'groups',
          roleMappings: [{ value: 'teachers', role: 'SUPERVISOR' }],
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const provider = created.data!.createIdentityProvider;
    providerId = provider.id;
    expect(provider).toMatchObject({
      issuer: op.issuer,
      hasClientSecret: true,
      scopes: ['openid', 'email', 'profile', 'groups'],
      allowedDomains: ['school.example'],
      defaultRole: 'STUDENT',
      createAccounts: false,
      passwordSignInDisabled: false,
      enabled: true,
      redirectUri: '/auth/sso/callback',
    });
    // The secret is stored only sealed.
    const rows = await platform.database.db.execute(
      sql`select client_secret_sealed from auth.identity_providers where id = ${providerId}`,
    );
    const sealed = JSON.stringify(rows);
    expect(sealed).not.toContain(CLIENT.clientSecret);
    expect(sealed).toContain('v1.');

    const offered = await gql<{
      signInProviders: Array<{ id: string; name: string; signInPath: string }>;
    }>('{ signInProviders { id name signInPath } }');
    expect(offered.data!.signInProviders).toEqual([
      { id: providerId, name: 'School login', signInPath: `/auth/sso/${providerId}/start` },
    ]);
  });

  it('signs an existing account in by its verified e-mail, with the same session as a password sign-in', async () => {
    const userId = await createUser('Ada@School.example', 'SUPERVISOR');
    const result = await signIn('teacher');
    expect(result.errors).toBeUndefined();
    const session = result.data!.completeSingleSignOn;
    expect(session.user).toMatchObject({ id: userId, role: 'SUPERVISOR' });
    const me = await gql<{ me: { id: string; role: string; status: string } }>(
      ME,
      {},
      session.accessToken,
    );
    expect(me.data!.me).toMatchObject({ id: userId, role: 'SUPERVISOR', status: 'ACTIVE' });
    // The refresh token rotates like any other.
    const refreshed = await gql<{ refreshToken: { accessToken: string } }>(
      'mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }',
      {
        r: (result.data!.completeSingleSignOn as unknown as { refreshToken: string }).refreshToken,
      },
    );
    expect(refreshed.errors).toBeUndefined();
    // The link holds: the second sign-in finds the same account by the provider's subject.
    const again = await signIn('teacher');
    expect(again.data!.completeSingleSignOn.user.id).toBe(userId);
  });

  it('refuses what it must, each with a code', async () => {
    // No account, and the administrator did not allow creating them.
    expect(codeOf(await signIn('nobody'))).toBe('FORBIDDEN');
    // An e-mail the provider has not verified is never linked.
    await createUser('eve@school.example', 'STUDENT');
    const unverified = await signIn('unverified');
    expect(codeOf(unverified)).toBe('FORBIDDEN');
    expect(unverified.errors![0]!.message).toMatch(/not verified/);
    // A domain the provider is not allowed for.
    await createUser('mallory@elsewhere.example', 'STUDENT');
    const outsider = await signIn('outsider');
    expect(codeOf(outsider)).toBe('FORBIDDEN');
    expect(outsider.errors![0]!.message).toMatch(/elsewhere\.example/);
    // A suspended account.
    const samId = await createUser('sam@school.example', 'STUDENT');
    await gql('mutation($u: ID!) { suspendUser(userId: $u) { id } }', { u: samId }, admin);
    expect(codeOf(await signIn('suspended'))).toBe('FORBIDDEN');
  });

  it('refuses a bad state, a replayed state, a wrong nonce and another browser', async () => {
    const browser = new TestBrowser();
    const bad = await landing(browser, `${gateway}/auth/sso/callback?code=abc&state=forged`);
    const badResult = await gql(COMPLETE, { c: bad, k: randomBytes(32).toString('base64url') });
    expect(codeOf(badResult)).toBe('UNAUTHENTICATED');

    // The first use of a callback signs in; the same callback again is refused.
    const first = await toCallback('teacher');
    const ok = await gql(COMPLETE, {
      c: await landing(first.browser, first.callback),
      k: first.browserKey,
    });
    expect(ok.errors).toBeUndefined();
    const replay = await gql(COMPLETE, {
      c: await landing(first.browser, first.callback),
      k: first.browserKey,
    });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');

    // A nonce that is not the one sent: the ID token is refused.
    const tampered = await toCallback('teacher');
    await platform.database.db.execute(
      sql`update auth.oidc_sign_in_attempts set nonce = 'not-the-nonce-sent'`,
    );
    const wrongNonce = await gql(COMPLETE, {
      c: await landing(tampered.browser, tampered.callback),
      k: tampered.browserKey,
    });
    expect(codeOf(wrongNonce)).toBe('UNAUTHENTICATED');
    expect(wrongNonce.errors![0]!.message).toMatch(/could not be verified/);

    // A code collected with another browser's key is refused, and is gone afterwards.
    const other = await toCallback('teacher');
    const code = await landing(other.browser, other.callback);
    const stolen = await gql(COMPLETE, { c: code, k: randomBytes(32).toString('base64url') });
    expect(codeOf(stolen)).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(COMPLETE, { c: code, k: other.browserKey }))).toBe('UNAUTHENTICATED');
  });

  it('creates accounts at first sign-in when allowed, with the role the claims map to', async () => {
    await gql(UPDATE, { id: providerId, i: { createAccounts: true } }, admin);
    const teacher = await signIn('newTeacher');
    expect(teacher.errors).toBeUndefined();
    expect(teacher.data!.completeSingleSignOn.user).toMatchObject({
      email: 'grace@school.example',
      displayName: 'Grace Hopper',
      role: 'SUPERVISOR',
    });
    const student = await signIn('newStudent');
    expect(student.data!.completeSingleSignOn.user.role).toBe('STUDENT');
    // Accounts made this way have no password.
    const login = await gql(LOGIN, { e: 'alan@school.example', p: 'a-long-test-password' });
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
  });

  it('refuses password sign-in for a domain whose passwords an administrator turned off', async () => {
    expect(
      (await gql(LOGIN, { e: 'ada@school.example', p: 'a-long-test-password' })).errors,
    ).toBeUndefined();
    await gql(UPDATE, { id: providerId, i: { passwordSignInDisabled: true } }, admin);
    for (const email of ['ada@school.example', 'ADA@SCHOOL.EXAMPLE', 'unknown@school.example']) {
      const refused = await gql(LOGIN, { e: email, p: 'a-long-test-password' });
      expect(codeOf(refused)).toBe('PASSWORD_SIGN_IN_DISABLED');
      expect(refused.errors![0]!.extensions!.providers).toEqual([
        { id: providerId, name: 'School login' },
      ]);
    }
    // Other domains keep their passwords.
    await createUser('bob@other.example', 'STUDENT');
    expect(
      (await gql(LOGIN, { e: 'bob@other.example', p: 'a-long-test-password' })).errors,
    ).toBeUndefined();
    // Single sign-on still works for them.
    expect((await signIn('teacher')).errors).toBeUndefined();
    // A disabled provider gives the passwords back, and is neither offered nor accepted.
    await gql(
      'mutation($id: ID!) { disableIdentityProvider(id: $id) { id } }',
      { id: providerId },
      admin,
    );
    expect(
      (await gql(LOGIN, { e: 'ada@school.example', p: 'a-long-test-password' })).errors,
    ).toBeUndefined();
    const offered = await gql<{ signInProviders: unknown[] }>('{ signInProviders { id } }');
    expect(offered.data!.signInProviders).toEqual([]);
    const browser = new TestBrowser();
    const start = await browser.get(
      `${gateway}/auth/sso/${providerId}/start?browser=${randomBytes(32).toString('base64url')}`,
    );
    const code = /#sso=(.+)$/.exec(start.location ?? '')![1]!;
    expect(codeOf(await gql(COMPLETE, { c: code, k: 'x'.repeat(43) }))).toBe('FORBIDDEN');
    await gql(
      UPDATE,
      { id: providerId, i: { enabled: true, passwordSignInDisabled: false } },
      admin,
    );
  });

  it('says so clearly when the provider is down', async () => {
    // A second provider whose server stops between the login and the callback.
    const flaky = await startOpenIdProvider({
      ...CLIENT,
      redirectUri: `${gateway}/auth/sso/callback`,
      accounts: ACCOUNTS,
    });
    const created = await gql<{ createIdentityProvider: { id: string } }>(
      CREATE,
      { i: { name: 'Flaky', issuer: flaky.issuer, ...CLIENT, allowedDomains: ['school.example'] } },
      admin,
    );
    const flakyId = created.data!.createIdentityProvider.id;
    const { browser, browserKey, callback } = await toCallback('teacher', flakyId);
    await flaky.stop();
    const down = await gql(COMPLETE, { c: await landing(browser, callback), k: browserKey });
    expect(codeOf(down)).toBe('SERVICE_UNAVAILABLE');
    expect(down.errors![0]!.message).toMatch(/Flaky cannot be reached/);
  });
});
