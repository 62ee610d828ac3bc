/**
 * A student's concerning message, end to end in real browsers against a real platform: the
 * student sees the school's help resources in their conversation at once, the class's teacher
 * sees the flag arrive in their open inbox, the built-in SMTP catcher holds the alert e-mail
 * (which an admin reads through the API), and the HIGH flag nobody acknowledges is escalated to
 * the administrators after the short timeout this platform is given. The admin's help-resources
 * screen is used and checked with axe too.
 */
import type { Browser, Page } from 'playwright-core';
import {
  eventually,
  startTestPlatform,
  testAccessToken,
  type TestPlatform,
} from '@aula/platform/testing';
import { expectAccessible } from './axe';
import { callGateway } from './gateway-api';
import { builtWebDir, collectPageErrors, launchBrowser, withFailureShot } from './browser';

let platform: TestPlatform;
let browser: Browser;
let baseUrl: string;
const admin = testAccessToken('00000000-0000-4000-8000-00000000a12a', 'ADMIN');
const people = {
  student: { name: 'Sam Student', email: 'sam@safety.test', password: 'sam-password-1234' },
  teacher: { name: 'Tia Teacher', email: 'tia@safety.test', password: 'tia-password-1234' },
  head: { name: 'Hal Head', email: 'hal@safety.test', password: 'hal-password-1234' },
};
const ids: Record<keyof typeof people, string> = { student: '', teacher: '', head: '' };

async function signedIn(who: keyof typeof people, landing: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(people[who].email);
  await page.getByLabel('Password').fill(people[who].password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: landing }).first().waitFor();
  return page;
}

beforeAll(async () => {
  const webDist = builtWebDir();
  platform = await startTestPlatform({
    GATEWAY_WEB_DIST_DIR: webDist,
    MONITORING_SAFETY_ESCALATION_MINUTES: '0.1',
    MONITORING_SAFETY_ESCALATION_CHECK_SECONDS: '1',
    MONITORING_SAFETY_ADMIN_EMAILS: people.head.email,
  });
  baseUrl = platform.url.replace(/\/graphql$/, '');
  browser = await launchBrowser();
  const roles = { student: 'STUDENT', teacher: 'SUPERVISOR', head: 'ADMIN' } as const;
  for (const who of Object.keys(people) as Array<keyof typeof people>) {
    ids[who] = (
      await callGateway<{ createUser: { id: string } }>(
        platform.url,
        admin,
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { ...people[who], displayName: people[who].name, name: undefined, role: roles[who] } },
      )
    ).createUser.id;
  }
  await callGateway(
    platform.url,
    admin,
    'mutation($u: ID!) { allocateCredits(userId: $u, amount: 20) { id } }',
    {
      u: ids.student,
    },
  );
  await callGateway(
    platform.url,
    admin,
    'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
    {
      i: { name: '9C Safety', studentIds: [ids.student], supervisorIds: [ids.teacher] },
    },
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

test('an admin sets the school’s help resources on an accessible screen', async () => {
  const page = await signedIn('head', 'Users');
  const errors = collectPageErrors(page);
  await withFailureShot(page, 'help-resources', async () => {
    await page.goto(`${baseUrl}/admin/help-resources`);
    await page.getByRole('heading', { name: 'Help resources', level: 1 }).waitFor();
    await page.getByRole('form', { name: 'English' }).waitFor();
    await expectAccessible(page, 'help resources settings');
    await page.getByLabel('Message').fill('You matter. Talk to someone you trust today.');
    await page.getByLabel('Name').first().fill('Ms Rivera, school counsellor');
    await page.getByLabel('How to reach it').first().fill('Room 12, or counsellor@school.test');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Help resources saved.').waitFor();
  });
  expect(errors).toEqual([]);
});

test('a concerning message: help for the student, a live flag for the teacher, an e-mail, and an escalation', async () => {
  const teacher = await signedIn('teacher', 'My classes');
  await teacher.goto(`${baseUrl}/flags`);
  await teacher.getByRole('heading', { name: /Flags/, level: 1 }).waitFor();
  const student = await signedIn('student', 'Who do you want to talk to?');
  const errors = [...collectPageErrors(teacher), ...collectPageErrors(student)];
  await withFailureShot(student, 'care-for-student', async () => {
    await student.getByRole('button', { name: /Chat with the Aula tutor/ }).click();
    await student
      .getByLabel('Your message')
      .fill('nobody would even care if i disappeared forever [[emulator:length=3]]');
    await student.getByLabel('Your message').press('Enter');

    // The student: the school's resources and a trusted adult, without reloading.
    const care = student.getByRole('status').filter({ hasText: 'You are not alone' });
    await care.waitFor();
    await care.getByText('Ms Rivera, school counsellor').waitFor();
    await care.getByText(/trusted adult at your school has been told/).waitFor();
    await expectAccessible(student, 'conversation with help resources');
  });
  await withFailureShot(teacher, 'live-flag', async () => {
    // The teacher: the flag appears in the open inbox.
    await teacher.locator('article.flag').filter({ hasText: people.student.name }).waitFor();
  });

  // The e-mail to the teacher, and the escalation to the administrators once nobody acknowledged it.
  const caught = () =>
    callGateway<{ caughtEmails: { edges: Array<{ node: { to: string[]; subject: string } }> } }>(
      platform.url,
      admin,
      'query { caughtEmails(first: 50) { edges { node { to subject } } } }',
    ).then((data) => data.caughtEmails.edges.map((e) => e.node));
  await eventually(
    async () => (await caught()).find((m) => m.to.includes(people.teacher.email)) ?? false,
    'the alert e-mail to the teacher',
  );
  const escalation = await eventually(
    async () =>
      (await caught()).find(
        (m) => m.to.includes(people.head.email) && /ESCALATED/.test(m.subject),
      ) ?? false,
    'the escalation e-mail to the head',
  );

  // The head reads it in the app: the embedded default's catcher stands in for a mail server.
  const head = await signedIn('head', 'Users');
  errors.push(...collectPageErrors(head));
  await withFailureShot(head, 'caught-emails', async () => {
    await head.getByRole('link', { name: 'Caught e-mails' }).click();
    await head.getByRole('heading', { name: 'Caught e-mails', level: 1 }).waitFor();
    const row = head.getByRole('row').filter({ hasText: people.head.email });
    await row.getByText(escalation.subject).first().click();
    await row.getByText(people.student.name).first().waitFor();
    await expectAccessible(head, 'caught e-mails');
  });
  expect(errors).toEqual([]);
});
