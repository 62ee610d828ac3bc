import { signServiceToken, type Role } from '@aula/runtime';
import {
  graphql,
  TEST_ENV,
  TEST_TOKENS,
  testAccessToken,
  type TestPlatform,
} from '@aula/platform/testing';
import { randomUUID } from 'node:crypto';

/** A GraphQL response as tests read it. */
export type Result<T = Record<string, unknown>> = Awaited<ReturnType<typeof graphql<T>>>;

/** A caller for tests: an id, a role and a token to send. */
export interface TestUser {
  readonly id: string;
  readonly role: Role;
  readonly token: string;
}

/** A caller known only by token (no auth row): enough for content, which never reads users. */
export function tokenUser(role: Role): TestUser {
  const id = randomUUID();
  return { id, role, token: testAccessToken(id, role) };
}

/** Signs in as the first admin that auth creates from TEST_ENV. */
export async function signInAdmin(platform: TestPlatform): Promise<TestUser> {
  const result = await graphql<{ login: { accessToken: string; user: { id: string } } }>(
    platform.url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }',
    { e: TEST_ENV.AUTH_ADMIN_EMAIL, p: TEST_ENV.AUTH_ADMIN_PASSWORD },
  );
  if (!result.data) throw new Error(`admin login failed: ${JSON.stringify(result.errors)}`);
  return { id: result.data.login.user.id, role: 'ADMIN', token: result.data.login.accessToken };
}

/** Creates a real account through auth (monitoring checks roles there), with a token for it. */
export async function createUser(
  platform: TestPlatform,
  admin: TestUser,
  role: Role,
): Promise<TestUser> {
  const email = `${role.toLowerCase()}-${randomUUID()}@test.aula`;
  const result = await graphql<{ createUser: { id: string } }>(
    platform.url,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        email,
        displayName: `Test ${role.toLowerCase()}`,
        role,
        password: 'a-password-for-tests',
      },
    },
    admin.token,
  );
  if (!result.data) throw new Error(`createUser failed: ${JSON.stringify(result.errors)}`);
  const id = result.data.createUser.id;
  return { id, role, token: testAccessToken(id, role) };
}

/** Runs an operation through the gateway as `user`. */
export const asUser = <T = Record<string, unknown>>(
  platform: TestPlatform,
  user: TestUser | null,
  query: string,
  variables: Record<string, unknown> = {},
) => graphql<T>(platform.url, query, variables, user?.token);

/** Runs an operation straight on the content subgraph with a service identity (as chat does). */
export const asService = <T = Record<string, unknown>>(
  platform: TestPlatform,
  service: string,
  query: string,
  variables: Record<string, unknown> = {},
) => {
  const content = platform.subgraphs.content;
  if (!content) throw new Error('the content subgraph is not running');
  return graphql<T>(content.url, query, variables, signServiceToken(TEST_TOKENS, service));
};

export { codeOf, eventually } from '@aula/platform/testing';

/** A valid chatbot draft; override what a test is about. */
export const draftInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Photosynthesis helper',
  description: 'Helps with the biology unit on plants.',
  avatarEmoji: '🌱',
  persona: 'A friendly biology tutor.',
  systemPrompt: 'You help students understand photosynthesis. Ask guiding questions.',
  modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
  temperature: 0.3,
  maxOutputTokens: 600,
  enabledTools: ['SEARCH_COURSE_MATERIALS'],
  starterPrompts: ['What is chlorophyll for?'],
  guardrails: { blockedTopics: ['exam answers'], blockedKeywords: ['cheat'] },
  ...overrides,
});

/** Every field of a chatbot a test may look at. */
export const CHATBOT_FIELDS = `id name description avatarEmoji persona systemPrompt modelId temperature maxOutputTokens
  enabledTools starterPrompts guardrails { blockedTopics blockedKeywords } status hasUnpublishedChanges
  audience { everyone classIds } currentVersion { id number name systemPrompt } owner { id }`;

/**
 * How long a test file's `beforeAll` may take to boot a whole platform. Generous because the
 * machines running the suites are shared; this bounds a hang, it is not a speed goal.
 */
export const BOOT_TIMEOUT_MS = 180_000;
