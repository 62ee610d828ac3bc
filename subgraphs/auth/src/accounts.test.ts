import {
  AUTH_TEST_ENV,
  firstCode,
  LOGIN,
  post,
  startTestAuthSubgraph,
  type TestAuthSubgraph,
  type TestResponse,
} from './testing';

/** Booting under a busy shared machine can be slow; this allows for it (no test asserts a timing). */
const SLOW_START_MS = 180_000;

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id email role status } }';
const IMPORT = `mutation($csv: String!) {
  importUsers(csv: $csv) { createdCount failedCount rows { line email generatedPassword user { email role } error { code message } } }
}`;

/** Account administration, against the auth subgraph called directly. */
describe('auth accounts (subgraph called directly)', () => {
  let auth: TestAuthSubgraph;
  let admin: string;
  let adminId: string;
  const password = 'students-password-1';
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

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
    auth = await startTestAuthSubgraph({ AUTH_SELF_REGISTRATION: 'true' });
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

  it('validates new accounts and keeps emails unique in any letter case', async () => {
    const create = (i: Record<string, unknown>) =>
      post(auth.url, CREATE, { i: { displayName: 'X', password, ...i } }, { token: admin });
    expect(firstCode(await create({ email: 'not-an-email' }))).toBe('BAD_USER_INPUT');
    expect(firstCode(await create({ email: 'short@school.test', password: 'short' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(firstCode(await create({ email: 'blank@school.test', displayName: '  ' }))).toBe(
      'BAD_USER_INPUT',
    );
    const duplicate = await create({ email: 'TEACHER@School.test' });
    expect(firstCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors![0]!.message).toContain('already exists');
  });

  it('lets only administrators manage accounts, and never through an anonymous call', async () => {
    const i = { email: 'sneaky@school.test', displayName: 'S', password };
    expect(firstCode(await post(auth.url, CREATE, { i }))).toBe('UNAUTHENTICATED');
    for (const who of ['teacher', 'pupil']) {
      const refused = await post(auth.url, CREATE, { i }, { token: tokens[who] });
      expect(firstCode(refused)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
      expect(
        firstCode(await post(auth.url, '{ users { totalCount } }', {}, { token: tokens[who] })),
      ).toBe('FORBIDDEN');
    }
    const list = await post(
      auth.url,
      '{ users(role: SUPERVISOR) { totalCount edges { node { email } } } }',
      {},
      { token: admin },
    );
    expect(list.data!.users).toEqual({
      totalCount: 1,
      edges: [{ node: { email: 'teacher@school.test' } }],
    });
  });

  it('lets people read themselves but not others', async () => {
    const own = await post(
      auth.url,
      'query($id: ID!) { user(id: $id) { email } }',
      { id: ids.pupil },
      { token: tokens.pupil },
    );
    expect(own.data!.user.email).toBe('pupil@school.test');
    const other = await post(
      auth.url,
      'query($id: ID!) { user(id: $id) { email } }',
      { id: ids.teacher },
      { token: tokens.pupil },
    );
    expect(firstCode(other)).toBe('FORBIDDEN');
    // Supervision is monitoring's answer; with monitoring unreachable it fails closed.
    const teacher = await post(
      auth.url,
      'query($id: ID!) { user(id: $id) { email } }',
      { id: ids.pupil },
      { token: tokens.teacher },
    );
    expect(firstCode(teacher)).toBe('FORBIDDEN');
  });

  it('imports a class list, creating good rows and reporting each bad one', async () => {
    const csv = [
      'Email;Display Name;Role;Password',
      'ana@school.test;Ana;;',
      '"ben@school.test";"Ben ""B"" Jones";student;bens-password-123',
      'not-an-email;Nobody;;',
      'cara@school.test;Cara;PRINCIPAL;',
      'ANA@school.test;Ana again;;',
      'teacher@school.test;Dup;SUPERVISOR;',
      'dee@school.test;Dee;;short',
      '',
      'eve@school.test;Eve;supervisor;',
    ].join('\r\n');
    const result = await post(auth.url, IMPORT, { csv }, { token: admin });
    expect(result.errors).toBeUndefined();
    const { createdCount, failedCount, rows } = result.data!.importUsers;
    expect([createdCount, failedCount]).toEqual([3, 5]);
    const byLine = Object.fromEntries(rows.map((r: { line: number }) => [r.line, r]));
    expect(byLine[2].user).toEqual({ email: 'ana@school.test', role: 'STUDENT' });
    expect(byLine[2].generatedPassword).toMatch(/^\S{20}$/);
    expect(byLine[3].generatedPassword).toBeNull();
    expect(byLine[3].user.role).toBe('STUDENT');
    expect(byLine[4].error.code).toBe('BAD_USER_INPUT');
    expect(byLine[5].error.message).toContain('STUDENT, SUPERVISOR or ADMIN');
    expect(byLine[6].error).toEqual({
      code: 'CONFLICT',
      message: 'This email already appears on line 2.',
    });
    expect(byLine[7].error.code).toBe('CONFLICT');
    expect(byLine[8].error.code).toBe('BAD_USER_INPUT');
    expect(byLine[10].user).toEqual({ email: 'eve@school.test', role: 'SUPERVISOR' });
    // The generated password works, once handed over.
    await login('ana@school.test', byLine[2].generatedPassword);
    const benName = await post(
      auth.url,
      '{ users(search: "ben@") { edges { node { displayName } } } }',
      {},
      { token: admin },
    );
    expect(benName.data!.users.edges).toEqual([{ node: { displayName: 'Ben "B" Jones' } }]);
    interface UsersPage {
      totalCount: number;
      edges: Array<{ node: { email: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    }
    // Walking the whole list two at a time visits every user once, in email order.
    const PAGE = `query($after: String) { users(first: 2, after: $after) {
      totalCount edges { cursor node { email } } pageInfo { hasNextPage endCursor } } }`;
    const walked: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 50; pages += 1) {
      const page: TestResponse<{ users: UsersPage }> = await post(
        auth.url,
        PAGE,
        { after },
        { token: admin },
      );
      const { users } = page.data!;
      total = users.totalCount;
      walked.push(...users.edges.map((edge) => edge.node.email));
      if (!users.pageInfo.hasNextPage) break;
      after = users.pageInfo.endCursor;
    }
    expect(walked).toHaveLength(total);
    expect(walked).toEqual(
      [...walked].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
    expect(new Set(walked).size).toBe(total);
    expect(firstCode(await post(auth.url, PAGE, { after: 'bogus' }, { token: admin }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses an import without the required header or with an unclosed quote', async () => {
    expect(
      firstCode(await post(auth.url, IMPORT, { csv: 'mail,who\na@b.test,A' }, { token: admin })),
    ).toBe('BAD_USER_INPUT');
    expect(
      firstCode(
        await post(auth.url, IMPORT, { csv: 'email,displayName\n"a@b.test,A' }, { token: admin }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('changes roles but never leaves Aula without an active administrator', async () => {
    const setRole = (id: string, role: string, token = admin) =>
      post(
        auth.url,
        'mutation($id: ID!, $r: Role!) { setUserRole(userId: $id, role: $r) { role } }',
        { id, r: role },
        { token },
      );
    expect(firstCode(await setRole(adminId, 'STUDENT'))).toBe('FORBIDDEN');
    expect(firstCode(await setRole(ids.teacher!, 'ADMIN', tokens.teacher))).toBe('FORBIDDEN');
    expect((await setRole(ids.pupil!, 'SUPERVISOR')).data!.setUserRole.role).toBe('SUPERVISOR');
    // The next session carries the new role.
    const refreshed = await login('pupil@school.test');
    const me = await post(auth.url, '{ me { role } }', {}, { token: refreshed.accessToken });
    expect(me.data!.me.role).toBe('SUPERVISOR');
    await setRole(ids.pupil!, 'STUDENT');
    expect(
      firstCode(
        await post(
          auth.url,
          'mutation($id: ID!) { suspendUser(userId: $id) { id } }',
          { id: adminId },
          { token: admin },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(firstCode(await setRole('00000000-0000-4000-8000-000000000000', 'ADMIN'))).toBe(
      'NOT_FOUND',
    );
    // Two admins demoting each other: the second, whose token still says ADMIN, would leave none.
    const created = await post(
      auth.url,
      CREATE,
      { i: { email: 'deputy@school.test', displayName: 'D', role: 'ADMIN', password } },
      { token: admin },
    );
    const deputy = (await login('deputy@school.test')).accessToken;
    await setRole(created.data!.createUser.id, 'STUDENT');
    const lastAdmin = await setRole(adminId, 'STUDENT', deputy);
    expect(firstCode(lastAdmin)).toBe('CONFLICT');
    expect(lastAdmin.errors![0]!.message).toContain('at least one active administrator');
  });

  it('resets a password, generating one when none is given, and ends the sessions', async () => {
    const before = await login('pupil@school.test');
    const reset = await post(
      auth.url,
      'mutation($id: ID!) { resetUserPassword(userId: $id) { generatedPassword user { email } } }',
      { id: ids.pupil },
      { token: admin },
    );
    const generated = reset.data!.resetUserPassword.generatedPassword as string;
    expect(generated).toHaveLength(20);
    expect(
      firstCode(
        await post(
          auth.url,
          'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
          { t: before.refreshToken },
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    const fresh = await login('pupil@school.test', generated);
    const change =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    expect(
      firstCode(
        await post(
          auth.url,
          change,
          { c: 'wrong-password-123', n: password },
          { token: fresh.accessToken },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      (await post(auth.url, change, { c: generated, n: password }, { token: fresh.accessToken }))
        .data!.changePassword,
    ).toBe(true);
    await login('pupil@school.test');
  });

  it('registers STUDENT accounts when self-registration is on', async () => {
    const register =
      'mutation($i: RegisterInput!) { register(input: $i) { accessToken user { email role } } }';
    const result = await post(auth.url, register, {
      i: { email: 'self@school.test', displayName: 'Self', password },
    });
    expect(result.data!.register.user).toEqual({ email: 'self@school.test', role: 'STUDENT' });
    expect(
      firstCode(
        await post(auth.url, register, {
          i: { email: 'SELF@school.test', displayName: 'Again', password },
        }),
      ),
    ).toBe('CONFLICT');
  });
});
