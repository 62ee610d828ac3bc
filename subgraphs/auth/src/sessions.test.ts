import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { refreshTokens } from './db/schema';
import { ensureFirstAdmin } from './first-admin';
import { pruneAuthTables } from './housekeeping';
import { createPasswordHasher } from './passwords';
import {
  AUTH_TEST_ENV,
  firstCode,
  LOGIN,
  post,
  REFRESH,
  startTestAuthSubgraph,
  type TestAuthSubgraph,
} from './testing';

/** Booting under a busy shared machine can be slow; this allows for it (no test asserts a timing). */
const SLOW_START_MS = 180_000;

/** Sessions, throttling and start-up, against the auth subgraph called directly. */
describe('auth sessions (subgraph called directly)', () => {
  let auth: TestAuthSubgraph;
  let adminToken: string;
  const password = 'a-long-enough-password';

  const createUser = async (email: string, role = 'STUDENT') => {
    const result = await post(
      auth.url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id email role } }',
      { i: { email, displayName: email.split('@')[0], role, password } },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createUser as { id: string };
  };
  const login = (email: string, pw = password, forwardedFor?: string) =>
    post(auth.url, LOGIN, { email, password: pw }, { forwardedFor });

  beforeAll(async () => {
    auth = await startTestAuthSubgraph({
      AUTH_LOGIN_LOCKOUT_SECONDS: '600',
      AUTH_LOGIN_ADDRESS_FREE_FAILURES: '8',
      AUTH_LOGIN_SLOW_DOWN_SECONDS: '1',
    });
    const admin = await login(AUTH_TEST_ENV.AUTH_ADMIN_EMAIL, AUTH_TEST_ENV.AUTH_ADMIN_PASSWORD);
    adminToken = admin.data!.login.accessToken;
  }, SLOW_START_MS);
  afterAll(async () => {
    await auth.close();
  });

  it('creates the first admin from the environment, and signs them in in any letter case', async () => {
    const result = await login(
      AUTH_TEST_ENV.AUTH_ADMIN_EMAIL.toUpperCase(),
      AUTH_TEST_ENV.AUTH_ADMIN_PASSWORD,
    );
    expect(result.data!.login.user).toMatchObject({
      email: AUTH_TEST_ENV.AUTH_ADMIN_EMAIL,
      role: 'ADMIN',
      status: 'ACTIVE',
    });
    const me = await post(
      auth.url,
      '{ me { email lastLoginAt } }',
      {},
      { token: result.data!.login.accessToken },
    );
    expect(me.data!.me.lastLoginAt).toEqual(expect.any(String));
  });

  it('issues a JWT with the documented claims and an opaque refresh token', async () => {
    const result = await login(AUTH_TEST_ENV.AUTH_ADMIN_EMAIL, AUTH_TEST_ENV.AUTH_ADMIN_PASSWORD);
    const { accessToken, refreshToken, expiresAt, user } = result.data!.login;
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: user.id, role: 'ADMIN', iss: 'aula', aud: 'aula-api' });
    // `iat` keeps milliseconds (revocation compares it), `exp` is whole seconds.
    expect(Number.isInteger(claims.exp)).toBe(true);
    expect(claims.exp - Math.floor(claims.iat)).toBe(900);
    expect(claims.jti).toEqual(expect.any(String));
    expect(new Date(expiresAt).getTime()).toBe(claims.exp * 1000);
    expect(refreshToken.split('.')).toHaveLength(1);
  });

  it('rotates the refresh token on every refresh', async () => {
    await createUser('rotate@school.test');
    const first = (await login('rotate@school.test')).data!.login;
    const second = await post(auth.url, REFRESH, { t: first.refreshToken });
    expect(second.errors).toBeUndefined();
    expect(second.data!.refreshToken.refreshToken).not.toBe(first.refreshToken);
    expect(second.data!.refreshToken.accessToken).not.toBe(first.accessToken);
    const third = await post(auth.url, REFRESH, { t: second.data!.refreshToken.refreshToken });
    expect(third.data!.refreshToken.user.id).toBe(first.user.id);
  });

  it('revokes the whole family when a rotated refresh token is used again', async () => {
    await createUser('reuse@school.test');
    const stolen = (await login('reuse@school.test')).data!.login.refreshToken;
    const legit = (await post(auth.url, REFRESH, { t: stolen })).data!.refreshToken.refreshToken;
    const replay = await post(auth.url, REFRESH, { t: stolen });
    expect(firstCode(replay)).toBe('UNAUTHENTICATED');
    // The legitimate holder's newer token died with the family.
    expect(firstCode(await post(auth.url, REFRESH, { t: legit }))).toBe('UNAUTHENTICATED');
    // Another sign-in is a different family and still works.
    const other = (await login('reuse@school.test')).data!.login.refreshToken;
    expect((await post(auth.url, REFRESH, { t: other })).errors).toBeUndefined();
  });

  it('refuses unknown and garbage refresh tokens', async () => {
    expect(firstCode(await post(auth.url, REFRESH, { t: 'not-a-token' }))).toBe('UNAUTHENTICATED');
  });

  it('logs out one session, and everywhere', async () => {
    await createUser('leaver@school.test');
    const a = (await login('leaver@school.test')).data!.login;
    const b = (await login('leaver@school.test')).data!.login;
    const c = (await login('leaver@school.test')).data!.login;
    const logout = 'mutation($t: String!) { logout(refreshToken: $t) }';
    expect((await post(auth.url, logout, { t: a.refreshToken })).data!.logout).toBe(true);
    expect((await post(auth.url, logout, { t: a.refreshToken })).data!.logout).toBe(false);
    expect(firstCode(await post(auth.url, REFRESH, { t: a.refreshToken }))).toBe('UNAUTHENTICATED');
    const everywhere = await post(
      auth.url,
      'mutation { logoutEverywhere }',
      {},
      { token: b.accessToken },
    );
    expect(everywhere.data!.logoutEverywhere).toBe(2);
    expect(firstCode(await post(auth.url, REFRESH, { t: b.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(firstCode(await post(auth.url, REFRESH, { t: c.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(firstCode(await post(auth.url, 'mutation { logoutEverywhere }'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses refresh for a suspended user and lets them back after reactivation', async () => {
    const user = await createUser('suspended@school.test');
    const session = (await login('suspended@school.test')).data!.login;
    const suspend = await post(
      auth.url,
      'mutation($id: ID!) { suspendUser(userId: $id) { status } }',
      { id: user.id },
      { token: adminToken },
    );
    expect(suspend.data!.suspendUser.status).toBe('SUSPENDED');
    expect(firstCode(await post(auth.url, REFRESH, { t: session.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(firstCode(await login('suspended@school.test'))).toBe('FORBIDDEN');
    // A wrong password says nothing about the suspension.
    expect(firstCode(await login('suspended@school.test', 'wrong-password-123'))).toBe(
      'UNAUTHENTICATED',
    );
    await post(
      auth.url,
      'mutation($id: ID!) { reactivateUser(userId: $id) { status } }',
      { id: user.id },
      { token: adminToken },
    );
    expect((await login('suspended@school.test')).errors).toBeUndefined();
  });

  it('answers unknown emails exactly like wrong passwords', async () => {
    await createUser('known@school.test');
    const unknown = await login('nobody@school.test', 'some-password-here');
    const wrong = await login('known@school.test', 'some-password-here');
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.status).toBe(wrong.status);
  });

  it('locks an account out from the address that keeps failing, without revealing whether it exists', async () => {
    await createUser('target@school.test');
    for (const [email, address] of [
      ['target@school.test', '198.51.100.7'],
      ['ghost@school.test', '198.51.100.8'],
    ] as const) {
      for (let i = 0; i < 5; i += 1) {
        const failure = await login(email, 'guess-number-' + i, address);
        expect(firstCode(failure)).toBe('UNAUTHENTICATED');
      }
      const locked = await login(email, 'guess-again-123', address);
      expect(firstCode(locked)).toBe('TOO_MANY_ATTEMPTS');
      expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Even the right password waits for the lockout to pass, from that address.
    expect(firstCode(await login('target@school.test', password, '198.51.100.7'))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    // From the owner's own address the account is only slowed down, never locked.
    expect((await login('target@school.test', password, '198.51.100.99')).errors).toBeUndefined();
  });

  it('slows strangers’ guesses at one account down instead of locking its owner out', async () => {
    await createUser('teacher@school.test');
    for (let i = 0; i < 5; i += 1) {
      const failure = await login('teacher@school.test', 'guess-' + i + '-xxxxx', `192.0.2.${i}`);
      expect(firstCode(failure)).toBe('UNAUTHENTICATED');
    }
    // Past the free failures, one check per slow-down period: a burst gets one more check.
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        login('teacher@school.test', 'guess-burst-xxxxx', `192.0.2.${50 + i}`),
      ),
    );
    expect(burst.map(firstCode).filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(1);
    // The owner gets in once the period passes.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await login('teacher@school.test', password, '192.0.2.200')).errors).toBeUndefined();
  });

  it('reserves before checking: 40 concurrent wrong guesses get only the policy’s 5 checks', async () => {
    await createUser('raced@school.test');
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login('raced@school.test', `wrong-guess-${i}-xxx`, '198.51.100.40'),
      ),
    );
    const codes = guesses.map(firstCode);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(35);
  });

  it('slows an address that sprays many accounts down, and still lets a right password in', async () => {
    await createUser('bystander@school.test');
    for (let i = 0; i < 8; i += 1) {
      expect(
        firstCode(await login(`spray${i}@school.test`, 'spray-password-1', '203.0.113.5')),
      ).toBe('UNAUTHENTICATED');
    }
    expect(firstCode(await login('spray9@school.test', 'spray-password-1', '203.0.113.5'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(firstCode(await login('bystander@school.test', password, '203.0.113.5'))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await login('bystander@school.test', password, '203.0.113.5')).errors).toBeUndefined();
  });

  it('believes X-Forwarded-For only from trusted proxies', async () => {
    const untrusted = await startTestAuthSubgraph({ AUTH_TRUSTED_PROXIES: '10.0.0.1' });
    try {
      // Each attempt claims another address, but the socket (127.0.0.1) is what counts.
      for (let i = 0; i < 5; i += 1) {
        await post(
          untrusted.url,
          LOGIN,
          { email: 'spoof@school.test', password: 'spoof-password-1' },
          { forwardedFor: `198.51.100.${i}` },
        );
      }
      const sixth = await post(
        untrusted.url,
        LOGIN,
        { email: 'spoof@school.test', password: 'spoof-password-1' },
        { forwardedFor: '198.51.100.200' },
      );
      expect(firstCode(sixth)).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await untrusted.close();
    }
  });

  it('bootstraps an admin with a generated password, printed once, only when none exists', async () => {
    const hasher = createPasswordHasher({ memoryKiB: 19_456, timeCost: 2 });
    const printed: string[] = [];
    const options = {
      db: auth.database.db,
      hasher,
      logger: auth.deps.logger,
      email: 'second-root@auth.test',
      announce: (t: string) => printed.push(t),
    };
    expect(await ensureFirstAdmin(options)).toBe('exists');
    expect(printed).toEqual([]);

    // With no admin left (changed behind the service's back), the next start creates one.
    await auth.database.db.execute(
      sql`update auth.users set role = 'SUPERVISOR' where role = 'ADMIN'`,
    );
    try {
      expect(await ensureFirstAdmin(options)).toBe('created');
      expect(printed).toHaveLength(1);
      const generated = /Generated password \(shown only this once\): (\S+)/.exec(printed[0]!)![1]!;
      const session = await login('second-root@auth.test', generated);
      expect(session.data!.login.user.role).toBe('ADMIN');
      expect(await ensureFirstAdmin(options)).toBe('exists');
      expect(printed).toHaveLength(1);
    } finally {
      await auth.database.db.execute(
        sql`update auth.users set role = 'ADMIN' where lower(email) = ${AUTH_TEST_ENV.AUTH_ADMIN_EMAIL}`,
      );
    }
  });

  it('prunes dead refresh-token families, keeping live ones', async () => {
    const db = auth.database.db;
    const user = await createUser('pruned@school.test');
    const longAgo = new Date(Date.now() - 3 * 86_400_000);
    const dead = randomUUID();
    const live = randomUUID();
    await db.insert(refreshTokens).values([
      {
        familyId: dead,
        userId: user.id,
        tokenHash: randomUUID(),
        expiresAt: longAgo,
        usedAt: longAgo,
      },
      { familyId: dead, userId: user.id, tokenHash: randomUUID(), expiresAt: longAgo },
      {
        familyId: live,
        userId: user.id,
        tokenHash: randomUUID(),
        expiresAt: longAgo,
        usedAt: longAgo,
      },
      {
        familyId: live,
        userId: user.id,
        tokenHash: randomUUID(),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    ]);
    const result = await pruneAuthTables(db);
    expect(result.refreshTokens).toBeGreaterThanOrEqual(2);
    expect(
      await db.select().from(refreshTokens).where(eq(refreshTokens.familyId, dead)),
    ).toHaveLength(0);
    expect(
      await db.select().from(refreshTokens).where(eq(refreshTokens.familyId, live)),
    ).toHaveLength(2);
  });
});
