/**
 * The administration journeys' world: a whole platform serving the built app, an admin, a
 * teacher, a class of students who have really chatted (so there is usage, reservations and
 * a ledger to administer), and a browser. Everything is made through the public API.
 */
import type { Browser, Page } from 'playwright-core';
import {
  eventually,
  graphql,
  startTestPlatform,
  TEST_ENV,
  type TestPlatform,
} from '@aula/platform/testing';
import { builtWebDir, collectPageErrors, launchBrowser } from '../browser';

/** Someone signed in through the API. */
export interface Person {
  readonly id: string;
  readonly token: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** What the journeys share. */
export interface AdminWorld {
  readonly platform: TestPlatform;
  readonly browser: Browser;
  readonly baseUrl: string;
  readonly admin: Person;
  readonly teacher: Person;
  readonly students: readonly Person[];
  readonly classId: string;
  /** Chat sessions in which each student had one answer, by student id. */
  readonly sessions: ReadonlyMap<string, string>;
  /** The page a journey opened last, for a picture when it fails. */
  lastPage?: Page;
  /** Runs an operation through the gateway as `who`; throws on GraphQL errors. */
  api<T = Record<string, unknown>>(
    who: Person,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T>;
  close(): Promise<void>;
}

async function login(url: string, email: string, password: string) {
  const result = await graphql<{ login: { accessToken: string; user: { id: string } } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }',
    { e: email, p: password },
  );
  if (!result.data) throw new Error(`login failed: ${result.errors?.[0]?.message}`);
  return { id: result.data.login.user.id, token: result.data.login.accessToken };
}

/** Sends one message as `student` and waits until the answer is no longer streaming. */
export async function chatOnce(world: Pick<AdminWorld, 'api'>, student: Person, sessionId: string) {
  await world.api(
    student,
    'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
    {
      s: sessionId,
      t: 'Explain the water cycle. [[emulator:length=40]]',
    },
  );
  await eventually(async () => {
    const data = await world.api<{ chatSession: { isStreaming: boolean } }>(
      student,
      'query($s: ID!) { chatSession(id: $s) { isStreaming } }',
      { s: sessionId },
    );
    return !data.chatSession.isStreaming;
  }, 'the answer to finish');
}

/** Boots the platform and the browser and builds the school the journeys administer. */
export async function startAdminWorld(): Promise<AdminWorld> {
  const webDist = builtWebDir();
  const platform = await startTestPlatform({ GATEWAY_WEB_DIST_DIR: webDist });
  const browser = await launchBrowser();
  const url = platform.url;
  const api: AdminWorld['api'] = async (who, query, variables = {}) => {
    const result = await graphql(url, query, variables, who.token);
    if (result.errors?.length)
      throw new Error(`${query.slice(0, 60)}: ${result.errors[0]?.message}`);
    return result.data as never;
  };
  const adminLogin = await login(url, TEST_ENV.AUTH_ADMIN_EMAIL, TEST_ENV.AUTH_ADMIN_PASSWORD);
  // The first admin's display name is the platform's to choose; the journeys read it back.
  const adminName = (
    (await graphql(url, '{ me { displayName } }', {}, adminLogin.token)).data as {
      me: { displayName: string };
    }
  ).me.displayName;
  const admin: Person = {
    ...adminLogin,
    name: adminName,
    email: TEST_ENV.AUTH_ADMIN_EMAIL,
    password: TEST_ENV.AUTH_ADMIN_PASSWORD,
  };
  const person = async (name: string, role: 'STUDENT' | 'SUPERVISOR') => {
    const email = `${name.split(' ')[0]!.toLowerCase()}@admin-e2e.aula`;
    const password = `${email}-password`;
    await api(admin, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email, displayName: name, role, password },
    });
    return { ...(await login(url, email, password)), name, email, password };
  };
  const teacher = await person('Tomas Teacher', 'SUPERVISOR');
  const students = [await person('Ada Lovelace', 'STUDENT'), await person('Ben Okafor', 'STUDENT')];
  const created = await api<{ createClass: { id: string } }>(
    admin,
    'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
    {
      i: {
        name: 'Physics 9',
        supervisorIds: [teacher.id],
        studentIds: students.map((s) => s.id),
      },
    },
  );
  const sessions = new Map<string, string>();
  const world = { api };
  for (const student of students) {
    await api(
      admin,
      'mutation($u: ID!) { allocateCredits(userId: $u, amount: 20, note: "term start") { id } }',
      {
        u: student.id,
      },
    );
    const chat = await api<{ startChat: { id: string } }>(student, 'mutation { startChat { id } }');
    sessions.set(student.id, chat.startChat.id);
    await chatOnce(world, student, chat.startChat.id);
  }
  return {
    platform,
    browser,
    baseUrl: url.replace(/\/graphql$/, ''),
    admin,
    teacher,
    students,
    classId: created.createClass.id,
    sessions,
    api,
    async close() {
      await browser.close();
      await platform.close();
    },
  };
}

/** A fresh browser context (its own sessionStorage) signed in as `who`, at `path`. */
export async function signedInPage(
  world: AdminWorld,
  who: Person,
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await world.browser.newContext({
    viewport: { width: 1280, height: 860 },
    ...options,
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  world.lastPage = page;
  await page.goto(`${world.baseUrl}/`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.userbox button').waitFor(); // Sign out, in whichever language
  await page.goto(`${world.baseUrl}${path}`);
  return { page, errors };
}
