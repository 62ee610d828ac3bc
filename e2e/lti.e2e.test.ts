/**
 * LMS launches (LTI 1.3) in Chromium, against the LTI platform emulator the jest suite uses
 * (platform/test/integrations/lti/platform-emulator.ts): an administrator registers the LMS and
 * its deployment through the API; a teacher's Deep Linking launch opens the picker, and the
 * browser posts the signed choice back to the LMS; a learner's launch from the course page
 * (form post to /lti/login, the LMS's auth redirect, its form post to /lti/launch) lands signed
 * in on the chat with that chatbot open, where the answer streams. Refused launches end on a
 * page that says why. Each Aula screen passes axe.
 */
import { createRemoteJWKSet, generateKeyPair, jwtVerify } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { eventually, startTestPlatform, TEST_ENV, type TestPlatform } from '@aula/platform/testing';
import { LtiPlatformEmulator } from '../platform/test/integrations/lti/platform-emulator';
import { expectAccessible } from './axe';
import {
  builtWebDir,
  collectPageErrors,
  launchBrowser,
  screenshot,
  withFailureShot,
} from './browser';
import { callGateway } from './gateway-api';

const CONTENT_ITEMS = 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items';

let platform: TestPlatform;
let lms: LtiPlatformEmulator;
let browser: Browser;
let baseUrl: string;
let admin: string;
let chatbotId: string;
/** The link the teacher placed in the course (set by the Deep Linking journey). */
let linkId: string;

const api = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
  callGateway<T>(platform.url, token, query, variables);

/** A fresh browser context (no cookies, no session), its page and the page's errors. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

/** Opens the LMS course page as `lmsUser` and clicks its one button, as a person would. */
async function launchFromCourse(page: Page, lmsUser: string, hint: string) {
  await page.goto(
    lms.coursePageUrl(lmsUser, hint, `${baseUrl}/lti/login`, `${baseUrl}/lti/launch`),
  );
  await page.getByRole('button').click();
}

const withoutResourceNoise = (errors: string[]) =>
  errors.filter((e) => !e.includes('Failed to load resource'));

beforeAll(async () => {
  const webDist = builtWebDir();
  platform = await startTestPlatform({ GATEWAY_WEB_DIST_DIR: webDist });
  baseUrl = platform.url.replace(/\/graphql$/, '');
  lms = await new LtiPlatformEmulator().start(`${baseUrl}/lti/jwks`);
  lms.addPhysicsCourse();
  const signedIn = await api<{ login: { accessToken: string } }>(
    '',
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: TEST_ENV.AUTH_ADMIN_EMAIL, p: TEST_ENV.AUTH_ADMIN_PASSWORD },
  );
  admin = signedIn.login.accessToken;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await lms?.stop();
  await platform?.close();
});

test('an admin registers the LMS; a teacher’s Deep Linking launch picks a chatbot and the LMS receives it signed', async () => {
  // The administrator registers the platform, then its deployment, through the public API.
  const registered = await api<{ registerLtiPlatform: { id: string } }>(
    admin,
    'mutation($i: LtiPlatformInput!) { registerLtiPlatform(input: $i) { id } }',
    { i: lms.registration('School Moodle (emulated)', []) },
  );
  const withDeployment = await api<{ addLtiDeployment: { deploymentIds: string[] } }>(
    admin,
    'mutation($p: ID!, $d: String!) { addLtiDeployment(platformId: $p, deploymentId: $d) { deploymentIds } }',
    { p: registered.registerLtiPlatform.id, d: lms.deploymentId },
  );
  expect(withDeployment.addLtiDeployment.deploymentIds).toEqual([lms.deploymentId]);
  // Two published chatbots the teacher may link; the teacher picks one of them.
  for (const name of ['Chemistry coach', 'Physics helper']) {
    const made = await api<{ createChatbot: { id: string } }>(
      admin,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { id } }',
      {
        i: {
          name,
          systemPrompt: `You are the ${name}. Ask guiding questions.`,
          modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
          maxOutputTokens: 600,
        },
      },
    );
    await api(
      admin,
      'mutation($id: ID!) { publishChatbot(id: $id, audience: { everyone: true, classIds: [] }) { id } }',
      { id: made.createChatbot.id },
    );
    if (name === 'Physics helper') chatbotId = made.createChatbot.id;
  }

  const { page, errors } = await newPage();
  await withFailureShot(page, 'lti-deep-link', async () => {
    await launchFromCourse(page, 'teacher-1', 'deep:physics-101');
    await page.waitForURL(/\/lti-deep-link\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Add Aula to your course' }).waitFor();
    expect(await page.title()).toBe('Add to course · Aula');
    await page.getByText('Marie Curie').first().waitFor();
    await page.getByLabel('Chatbot').selectOption({ label: 'Physics helper' });
    await page.getByLabel('Link title in the course').fill('Ask the physics helper');
    await expectAccessible(page, 'the Deep Linking picker');
    await screenshot(page, 'lti-deep-link');
    await page.getByRole('button', { name: 'Add to course' }).click();
    // The browser posted the signed response to the LMS, which placed the link.
    await page.waitForURL(`${lms.url}/deep-link-return`);
    await page.getByRole('heading', { name: 'Link added' }).waitFor();
  });
  expect(withoutResourceNoise(errors)).toEqual([]);

  expect(lms.deepLinkingReceipts).toHaveLength(1);
  const { jwt } = lms.deepLinkingReceipts[0]!;
  // Checked again here, independently of the emulator: signed by Aula's published key, for this LMS.
  const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(`${baseUrl}/lti/jwks`)), {
    issuer: lms.clientId,
    audience: lms.issuer,
  });
  expect(payload[CONTENT_ITEMS]).toEqual([
    {
      type: 'ltiResourceLink',
      title: 'Ask the physics helper',
      url: `${baseUrl}/lti/launch`,
      custom: { aula_chatbot_id: chatbotId },
    },
  ]);
  const link = [...lms.links.values()].find((l) => l.custom.aula_chatbot_id === chatbotId);
  expect(link).toBeDefined();
  linkId = link!.id;
});

test('a learner’s launch lands signed in on the linked chatbot; the answer streams and is stored; the roster ties them to the class', async () => {
  expect(linkId).toBeDefined();
  // The class the teacher's launch made, kept in step with the LMS's roster.
  const classes = await api<{ classes: { edges: Array<{ node: { id: string; name: string } }> } }>(
    admin,
    '{ classes(first: 100) { edges { node { id name } } } }',
  );
  const classId = classes.classes.edges.find((e) => e.node.name === 'Physics 101')!.node.id;
  await api(admin, 'mutation($c: ID!) { syncLtiRoster(classId: $c) { classId } }', {
    c: classId,
  });
  const rosterQuery = `query($c: ID!) { class(id: $c) {
    students(first: 100) { edges { node { id displayName email } } }
    supervisors(first: 100) { edges { node { displayName } } } } }`;
  type Roster = {
    class: {
      students: { edges: Array<{ node: { id: string; displayName: string; email: string } }> };
      supervisors: { edges: Array<{ node: { displayName: string } }> };
    };
  };
  const roster = await api<Roster>(admin, rosterQuery, { c: classId });
  const ada = roster.class.students.edges.find((e) => e.node.displayName === 'Ada Lovelace')!.node;
  // The school funds the new student before the lesson.
  await api(admin, 'mutation($u: ID!) { allocateCredits(userId: $u, amount: 20) { id } }', {
    u: ada.id,
  });

  const { page, errors } = await newPage();
  let sessionId = '';
  await withFailureShot(page, 'lti-student', async () => {
    await launchFromCourse(page, 'learner-1', `link:${linkId}`);
    // Signed in by the launch, on a new conversation with the linked chatbot.
    await page.waitForURL(`${baseUrl}/chat/new/${chatbotId}`);
    await page.getByRole('heading', { name: 'New conversation' }).waitFor();
    await page.getByText('Physics helper').first().waitFor();
    await page.getByText('Ada Lovelace').first().waitFor();
    await expectAccessible(page, 'the chat opened by a launch');
    await screenshot(page, 'lti-student-landed');
    await page
      .getByLabel('Your message')
      .fill('Why do magnets attract iron? [[emulator:length=150]] [[emulator:rate=20]]');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    sessionId = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator('.msg-bot[aria-busy="true"]').waitFor();
    const answer = page.locator('.msg-bot[aria-busy="false"]').last();
    await answer.waitFor({ timeout: 60_000 });
    expect(((await answer.locator('.msg-body').textContent()) ?? '').length).toBeGreaterThan(40);
    await screenshot(page, 'lti-student-answered');
  });
  expect(withoutResourceNoise(errors)).toEqual([]);

  // Through the API: the student the LMS named exists, is tied to the class as the roster says,
  // and the conversation is stored under them.
  const token = await page.evaluate<string>(
    `JSON.parse(sessionStorage.getItem('aula.session')).accessToken`,
  );
  const me = await api<{ me: { id: string; role: string; email: string } }>(
    token,
    '{ me { id role email } }',
  );
  expect(me.me).toEqual({ id: ada.id, role: 'STUDENT', email: lms.users.get('learner-1')!.email });
  const after = await api<Roster>(admin, rosterQuery, { c: classId });
  expect(after.class.students.edges.map((e) => e.node.displayName).sort()).toEqual([
    'Ada Lovelace',
    'Alan Turing',
  ]);
  expect(after.class.supervisors.edges.map((e) => e.node.displayName)).toEqual(['Marie Curie']);
  const stored = await api<{
    chatSession: {
      chatbotId: string | null;
      messages: { edges: Array<{ node: { role: string; content: string } }> };
    };
  }>(
    token,
    'query($s: ID!) { chatSession(id: $s) { chatbotId messages(first: 10) { edges { node { role content } } } } }',
    { s: sessionId },
  );
  expect(stored.chatSession.chatbotId).toBe(chatbotId);
  const messages = stored.chatSession.messages.edges.map((e) => e.node);
  expect(messages[0]).toMatchObject({ role: 'USER' });
  expect(messages[0]!.content).toContain('Why do magnets attract iron?');
  expect(messages[1]?.role).toBe('ASSISTANT');
});

test('a launch with a forged signature or an unknown deployment ends on a page that says why', async () => {
  expect(linkId).toBeDefined();
  const faults = [
    {
      name: 'forged',
      arrange: async () => {
        lms.forgeNext = await generateKeyPair('RS256');
      },
      says: /signature does not match/,
      code: 'LTI_SIGNATURE_INVALID',
    },
    {
      name: 'deployment',
      arrange: () => {
        lms.tweakNext = (c) => ({
          ...c,
          'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'rogue-deployment',
        });
      },
      says: /deployment of Aula is not registered/,
      code: 'LTI_UNKNOWN_DEPLOYMENT',
    },
  ];
  for (const fault of faults) {
    const { page } = await newPage();
    await withFailureShot(page, `lti-refused-${fault.name}`, async () => {
      await fault.arrange();
      await launchFromCourse(page, 'learner-1', `link:${linkId}`);
      await page.waitForURL(`${baseUrl}/lti/launch`);
      await page.getByRole('heading', { name: 'Aula could not open' }).waitFor();
      await page.getByText(fault.says).waitFor();
      await page.getByText(fault.code).waitFor();
      expect(await page.title()).toBe('Aula could not open · Aula');
      expect(await page.content()).not.toMatch(/at \w+ \(|node_modules|Error:/);
      await expectAccessible(page, `the refusal page (${fault.code})`);
      await screenshot(page, `lti-refused-${fault.name}`);
    });
    await page.context().close();
  }
  // A launch code that is used or expired: the app's launch screen says so.
  const { page } = await newPage();
  await withFailureShot(page, 'lti-launch-expired', async () => {
    await page.goto(`${baseUrl}/lti-launch#code=${'x'.repeat(43)}`);
    await page.getByText(/expired or was already used/).waitFor();
    expect(await page.title()).toBe('Opening from your course · Aula');
    await expectAccessible(page, 'the launch screen with an expired code');
    await screenshot(page, 'lti-launch-expired');
  });
});

test('a launch posted into another browser (login CSRF) is refused there, and no one is signed in', async () => {
  expect(linkId).toBeDefined();
  // Someone starts a launch in their own browser and keeps the LMS's post instead of sending it.
  const own = await newPage();
  let posted = '';
  await own.page.route(`${baseUrl}/lti/launch`, async (route) => {
    posted = route.request().postData() ?? '';
    await route.abort();
  });
  await launchFromCourse(own.page, 'learner-2', `link:${linkId}`);
  await eventually(async () => posted !== '', 'the LMS to post the launch');
  await own.page.context().close();
  // A page of theirs posts it from the victim's browser, which never started that login.
  const { page } = await newPage();
  await withFailureShot(page, 'lti-refused-csrf', async () => {
    const inputs = [...new URLSearchParams(posted)]
      .map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`)
      .join('');
    await page.setContent(`<form method="post" action="${baseUrl}/lti/launch">${inputs}</form>`);
    await page.evaluate('document.forms[0].submit()');
    await page.getByRole('heading', { name: 'Aula could not open' }).waitFor();
    await page.getByText('LTI_STATE_COOKIE_MISSING').waitFor();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  });
});
