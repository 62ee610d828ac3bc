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

const SET = 'mutation($l: String) { setMyLocale(locale: $l) { id locale } }';
const ME = '{ me { id locale } }';
const USER = 'query($id: ID!) { user(id: $id) { id locale } }';
const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }';
const LOGIN_LOCALE = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { id locale } }
}`;

/** The language a person chose for the apps, stored on their account (auth called directly). */
describe('auth: the user locale', () => {
  let auth: TestAuthSubgraph;
  let admin: string;
  const password = 'locale-password-1';
  const people: Record<string, { id: string; token: string }> = {};

  beforeAll(async () => {
    auth = await startTestAuthSubgraph();
    const session = await post(auth.url, LOGIN, {
      email: AUTH_TEST_ENV.AUTH_ADMIN_EMAIL,
      password: AUTH_TEST_ENV.AUTH_ADMIN_PASSWORD,
    });
    admin = session.data!.login.accessToken;
    for (const name of ['ana', 'ben', 'tess']) {
      const role = name === 'tess' ? 'SUPERVISOR' : 'STUDENT';
      const email = `${name}@locale.test`;
      const created = await post(
        auth.url,
        CREATE,
        { i: { email, displayName: name, role, password } },
        { token: admin },
      );
      const login = await post(auth.url, LOGIN, { email, password });
      people[name] = { id: created.data!.createUser.id, token: login.data!.login.accessToken };
    }
  }, SLOW_START_MS);
  afterAll(async () => {
    await auth.close();
  });

  it('is null until chosen, then stored, normalised to its language, and cleared with null', async () => {
    const ana = people.ana!;
    expect((await post(auth.url, ME, {}, { token: ana.token })).data!.me.locale).toBeNull();

    const set = await post(auth.url, SET, { l: 'es-MX' }, { token: ana.token });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMyLocale).toEqual({ id: ana.id, locale: 'es' });
    expect((await post(auth.url, ME, {}, { token: ana.token })).data!.me.locale).toBe('es');

    // Signing in again (another device) brings the choice with the session.
    const again = await post(auth.url, LOGIN_LOCALE, { email: 'ana@locale.test', password });
    expect(again.data!.login.user.locale).toBe('es');

    const cleared = await post(auth.url, SET, { l: null }, { token: ana.token });
    expect(cleared.data!.setMyLocale.locale).toBeNull();
    expect((await post(auth.url, ME, {}, { token: ana.token })).data!.me.locale).toBeNull();
  });

  it('refuses a language the apps are not written in, and changes nothing', async () => {
    const ben = people.ben!;
    await post(auth.url, SET, { l: 'fr' }, { token: ben.token });
    for (const locale of ['de', 'klingon', '', 'x']) {
      const refused = await post(auth.url, SET, { l: locale }, { token: ben.token });
      expect(firstCode(refused)).toBe('BAD_USER_INPUT');
    }
    expect((await post(auth.url, ME, {}, { token: ben.token })).data!.me.locale).toBe('fr');
  });

  it('needs a signed-in person, and sets only their own', async () => {
    expect(firstCode(await post(auth.url, SET, { l: 'fr' }))).toBe('UNAUTHENTICATED');
    await post(auth.url, SET, { l: 'es' }, { token: people.tess!.token });
    expect((await post(auth.url, ME, {}, { token: people.tess!.token })).data!.me.locale).toBe(
      'es',
    );
    // Ana's stays as she left it.
    expect((await post(auth.url, ME, {}, { token: people.ana!.token })).data!.me.locale).toBeNull();
  });

  it('shows the choice to the person and administrators only', async () => {
    const ben = people.ben!;
    const byAdmin = await post(auth.url, USER, { id: ben.id }, { token: admin });
    expect(byAdmin.data!.user.locale).toBe('fr');
    // Another student may not read Ben at all; nobody else learns his language through `user`.
    const byAna = await post(auth.url, USER, { id: ben.id }, { token: people.ana!.token });
    expect(byAna.data?.user?.locale ?? null).toBeNull();
  });
});
