import { graphql, TEST_ENV, type TestPlatform } from '@aula/platform/testing';

/** A real account made through auth, with a real access token from logging in. */
export interface Person {
  readonly id: string;
  readonly token: string;
}

/** Logs in through the gateway. */
export async function signIn(
  platform: TestPlatform,
  email: string,
  password: string,
): Promise<Person> {
  const result = await graphql<{ login: { accessToken: string; user: { id: string } } }>(
    platform.url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }',
    { e: email, p: password },
  );
  if (!result.data) throw new Error(`login failed: ${result.errors?.[0]?.message}`);
  return { id: result.data.login.user.id, token: result.data.login.accessToken };
}

/** The first admin, created by auth at start-up from the test environment. */
export const signInAdmin = (platform: TestPlatform) =>
  signIn(platform, TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);

/** Creates an account as `admin` and logs it in. */
export async function createPerson(
  platform: TestPlatform,
  admin: Person,
  input: { email: string; displayName: string; role: 'STUDENT' | 'SUPERVISOR' | 'ADMIN' },
): Promise<Person> {
  const password = `password-of-${input.email}`;
  const created = await graphql(
    platform.url,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { ...input, password } },
    admin.token,
  );
  if (created.errors) throw new Error(`createUser failed: ${created.errors[0]?.message}`);
  return signIn(platform, input.email, password);
}
