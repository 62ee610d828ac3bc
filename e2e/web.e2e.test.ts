/**
 * The web app in a real browser against a real platform: the built app served by the
 * gateway, every subgraph running, the Bedrock emulator answering. Screenshots land in
 * e2e/artifacts/ for people to look at.
 */
import type { Browser, Page } from 'playwright-core';
import { graphql, startTestPlatform, TEST_ENV, type TestPlatform } from '@aula/platform/testing';
import {
  builtWebDir,
  collectPageErrors,
  launchBrowser,
  screenshot,
  type PageGlobals,
  withFailureShot,
} from './browser';

let platform: TestPlatform;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  const webDist = builtWebDir();
  // Access tokens live 20 s here, so the longer tests outlive them: the app must renew them
  // (and re-authenticate its WebSocket) without the person noticing.
  platform = await startTestPlatform({
    GATEWAY_WEB_DIST_DIR: webDist,
    AUTH_ACCESS_TOKEN_TTL_SECONDS: '20',
  });
  baseUrl = platform.url.replace(/\/graphql$/, '');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await platform?.close();
});

/** A fresh browser context (its own sessionStorage) with a page in it. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

/** Page errors that are not the browser reporting an HTTP status we expected (401 on a bad login). */
function unexpected(errors: string[]): string[] {
  return errors.filter((e) => !e.includes('Failed to load resource'));
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const student = { name: 'Sam Student', email: 'sam@e2e.aula', password: 'sam-password-1234' };
const broke = { name: 'Nora Nocredits', email: 'nora@e2e.aula', password: 'nora-password-1234' };
const teacher = { name: 'Tess Teacher', email: 'tess@e2e.aula', password: 'tess-password-1234' };

test('a wrong password is refused with a message, and the admin then signs in', async () => {
  const { page, errors } = await newPage();
  await withFailureShot(page, 'admin', async () => {
    await signIn(page, TEST_ENV.AUTH_ADMIN_EMAIL, 'not-the-password');
    await page.getByRole('alert').waitFor();
    await screenshot(page, '01-login-refused');
    expect(await page.getByRole('alert').textContent()).toMatch(/password/i);

    await page.getByLabel('Password').fill(TEST_ENV.AUTH_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
    await screenshot(page, '02-admin-users');

    const form = page.getByRole('form', { name: 'Create a user' });
    await form.getByLabel('Name').fill(student.name);
    await form.getByLabel('Email').fill(student.email);
    await form.getByLabel('Role').selectOption('STUDENT');
    await form.getByLabel(/Initial password/).fill(student.password);
    await form.getByRole('button', { name: 'Create user' }).click();
    await page.getByText(`${student.name} (${student.email}) can now sign in.`).waitFor();
    await page.getByRole('cell', { name: student.email }).waitFor();
    await screenshot(page, '03-admin-created-student');
    await form.getByLabel('Name').fill(teacher.name);
    await form.getByLabel('Email').fill(teacher.email);
    await form.getByLabel('Role').selectOption('SUPERVISOR');
    await form.getByLabel(/Initial password/).fill(teacher.password);
    await form.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('cell', { name: teacher.email }).waitFor();

    const csvForm = page.getByRole('form', { name: 'Import users from CSV' });
    await csvForm
      .getByLabel('CSV text')
      .fill(
        `email,displayName,role,password\n${broke.email},${broke.name},STUDENT,${broke.password}\nnot-an-email,Bad Row,STUDENT,\n`,
      );
    await csvForm.getByRole('button', { name: 'Import' }).click();
    await csvForm.getByText('1 created').waitFor();
    await csvForm.getByText('1 refused').waitFor();
    await csvForm
      .getByRole('row', { name: /not-an-email/ })
      .getByText('"not-an-email" is not a valid email address.')
      .waitFor();
    await screenshot(page, '03b-admin-csv-import');

    await page.getByRole('link', { name: 'Credits' }).click();
    await page.getByRole('checkbox', { name: `Select ${student.name}` }).check();
    await page.getByLabel('Credits each').fill('25');
    await page.getByLabel(/Note/).fill('e2e welcome grant');
    await page.getByRole('button', { name: 'Grant credits' }).click();
    await page.getByText(`Granted 25 credits to ${student.name}.`).waitFor();
    await page
      .getByRole('row', { name: new RegExp(student.name) })
      .getByRole('cell', { name: '25', exact: true })
      .waitFor();
    await screenshot(page, '04-admin-credits');

    await page.getByRole('link', { name: 'Classes' }).click();
    const classForm = page.getByRole('form', { name: 'Create a class' });
    await classForm.getByLabel('Name').fill('Biology 7B');
    await classForm.getByRole('checkbox', { name: new RegExp(teacher.name) }).check();
    await classForm.getByRole('checkbox', { name: new RegExp(student.name) }).check();
    await classForm.getByRole('button', { name: 'Create class' }).click();
    await page.getByRole('link', { name: /Biology 7B/ }).waitFor();
    await screenshot(page, '05-admin-classes');

    await page.getByRole('link', { name: 'Chatbots' }).click();
    await page.getByRole('link', { name: '+ New chatbot' }).click();
    await page.getByLabel('Name').fill('Cell Coach');
    await page.getByLabel('Emoji').fill('🧬');
    await page.getByLabel('Description students see').fill('Helps you understand cells.');
    await page
      .getByLabel(/System prompt/)
      .fill('You are a patient biology tutor. Ask questions back.');
    await page.getByLabel(/Starter prompts/).fill('What does a mitochondrion do?');
    await page.getByRole('checkbox', { name: 'Calculator' }).check();
    await page.getByRole('button', { name: 'Create chatbot' }).click();
    await page.getByRole('heading', { name: 'Publish' }).waitFor();
    await page.getByRole('checkbox', { name: 'Everyone' }).check();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published version 1.').waitFor();
    await screenshot(page, '06-admin-chatbot-published');

    await page.getByRole('link', { name: 'Prices' }).click();
    await page
      .getByRole('cell', { name: /claude/ })
      .first()
      .waitFor();
    await screenshot(page, '07-admin-prices');

    // GraphiQL itself is driven in admin.e2e.test.ts; here it only has to open.
    await page.getByRole('link', { name: 'Playground' }).click();
    await page.locator('.graphiql-container').waitFor();
    await screenshot(page, '08-playground');
  });
  expect(unexpected(errors)).toEqual([]);
});

test('the student signs in, asks the tutor, and watches the answer stream in and complete', async () => {
  const { page, errors } = await newPage();
  await withFailureShot(page, 'student', async () => {
    await signIn(page, student.email, student.password);
    await page.getByRole('heading', { name: 'Who do you want to talk to?' }).waitFor();
    await page.getByTestId('credits').getByText('25 credits').waitFor();
    await screenshot(page, '10-student-picker');

    // The conversation is created by its first message, so nothing is live before it is sent.
    await page.getByRole('button', { name: 'Chat with the Aula tutor' }).click();
    await page.getByLabel('Your message').waitFor();
    // Record every length the answer's text takes while it streams, from inside the page.
    await page.evaluate(() => {
      const seen: number[] = [];
      const browserSide = globalThis as unknown as PageGlobals;
      browserSide.answerLengths = seen;
      new browserSide.MutationObserver(() => {
        const body = browserSide.document.querySelector('.msg-bot[aria-busy="true"] .msg-body');
        const length = body?.textContent?.length ?? 0;
        if (body && length > 0 && seen[seen.length - 1] !== length) seen.push(length);
      }).observe(browserSide.document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await page
      .getByLabel('Your message')
      .fill('What is photosynthesis? [[emulator:length=60]] [[emulator:rate=4]]');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    await page
      .locator('.msg-bot[aria-busy="true"] .msg-body')
      .filter({ hasText: /\w+ \w+/ })
      .waitFor();
    await screenshot(page, '11-student-streaming');

    await page.locator('.msg-bot[aria-busy="false"]').waitFor();
    await screenshot(page, '12-student-answer-complete');
    const lengths = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).answerLengths ?? [],
    );
    expect(lengths.length).toBeGreaterThan(2); // it grew piece by piece, not in one go
    expect(await page.getByRole('button', { name: 'Stop' }).count()).toBe(0);
    expect(await page.locator('.msg-user').textContent()).toContain('What is photosynthesis?');
    const credits = page.getByTestId('credits');
    await credits.filter({ hasNotText: /^25 credits/ }).waitFor();
    expect(Number((await credits.textContent())?.match(/[\d.]+/)?.[0])).toBeLessThan(25);

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Conversation title').fill('Photosynthesis notes');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Photosynthesis notes' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Your conversations' })
      .getByText('Photosynthesis notes')
      .waitFor();

    // A chatbot with the calculator: the tool call shows compactly inside the answer.
    await page.getByRole('link', { name: '+ New chat' }).click();
    await page.getByRole('button', { name: 'Chat with Cell Coach' }).click();
    await page
      .getByLabel('Your message')
      .fill(
        'What is 6 times 7? [[emulator:tool=calculator:{"expression":"6*7"}]] [[emulator:length=20]]',
      );
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.tool-calls').getByText('6*7 = 42').waitFor();
    await page.locator('.msg-bot[aria-busy="false"]').waitFor();
    await screenshot(page, '12b-student-tool-call');

    // The model fails mid-answer: what was written stays, marked Failed with the reason.
    await page.getByLabel('Your message').fill('Tell me about enzymes [[emulator:fail-at=8]]');
    await page.getByRole('button', { name: 'Send' }).click();
    const failed = page
      .locator('.msg-bot')
      .filter({ has: page.getByText('Failed', { exact: true }) });
    await failed.waitFor();
    expect(await failed.locator('.msg-reason').textContent()).toBeTruthy();
    await screenshot(page, '12c-student-answer-failed');

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, '13-student-phone-width');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
  expect(unexpected(errors)).toEqual([]);
});

test('a teacher watches the same answer live, posts a note the student sees, and resolves a flag', async () => {
  const teacherView = await newPage();
  const studentView = await newPage();
  const tp = teacherView.page;
  const sp = studentView.page;
  await withFailureShot(tp, 'teacher', () =>
    withFailureShot(sp, 'student-watched', async () => {
      await signIn(tp, teacher.email, teacher.password);
      await tp.getByRole('heading', { name: 'My classes' }).waitFor();
      await tp.getByRole('link', { name: /Biology 7B/ }).click();
      await tp
        .getByRole('cell', { name: new RegExp(student.name) })
        .first()
        .waitFor();

      await signIn(sp, student.email, student.password);
      await sp.getByRole('button', { name: 'Chat with Cell Coach' }).click();
      // Slow and long, so the teacher joins while it is still being written.
      await sp
        .getByLabel('Your message')
        .fill(
          'My phone number is 555-123-4567. How do cells divide? [[emulator:rate=10]] [[emulator:length=900]]',
        );
      await sp.getByRole('button', { name: 'Send' }).click();
      await sp.getByRole('button', { name: 'Stop' }).waitFor();
      await sp.getByText('● Live').waitFor();

      await tp.locator('.activity li').filter({ hasText: student.name }).first().waitFor();
      await screenshot(tp, '20-teacher-class-activity');
      await tp
        .locator('.activity li')
        .filter({ hasText: student.name })
        .first()
        .getByRole('link', { name: 'Watch' })
        .click();
      await tp
        .locator('.msg-bot[aria-busy="true"] .msg-body')
        .filter({ hasText: /\w+ \w+/ })
        .waitFor();
      await screenshot(tp, '21-teacher-watching-live');

      // Let the teacher's access token be renewed while watching: the app reopens its socket
      // with the new token, and the same live stream carries on (the note below proves it).
      const tokenNow = () =>
        JSON.parse(
          (globalThis as unknown as PageGlobals).sessionStorage.getItem('aula.session') ?? '{}',
        ).accessToken;
      const before = await tp.evaluate(tokenNow);
      await tp.waitForFunction(
        (old) =>
          JSON.parse(
            (globalThis as unknown as PageGlobals).sessionStorage.getItem('aula.session') ?? '{}',
          ).accessToken !== old,
        before,
        { timeout: 30_000 },
      );
      await tp.getByText('● Live').waitFor();

      await tp
        .getByLabel(/Note to the student/)
        .fill('Good question, Sam. Keep your phone number private, though.');
      await tp.getByRole('button', { name: 'Post note' }).click();
      await sp.locator('.msg-note').filter({ hasText: 'Keep your phone number private' }).waitFor();
      await tp.locator('.msg-note').filter({ hasText: 'Keep your phone number private' }).waitFor();
      await screenshot(sp, '22-student-sees-note');

      await sp.getByRole('button', { name: 'Stop' }).click();
      await sp.locator('.msg-bot').getByText('Stopped', { exact: true }).waitFor();
      await tp.locator('.msg-bot').getByText('Stopped', { exact: true }).waitFor();
      await screenshot(tp, '23-teacher-sees-stopped');

      await tp
        .getByRole('navigation', { name: /Main/ })
        .getByRole('link', { name: /^Flags/ })
        .click();
      const flag = tp.locator('article.flag').filter({ hasText: student.name }).first();
      await flag.waitFor();
      await screenshot(tp, '24-teacher-flags-inbox');
      await flag.getByRole('button', { name: 'Acknowledge' }).click();
      await tp.getByText('No open flags. All clear.').waitFor();

      await sp.getByRole('link', { name: 'My account' }).click();
      await sp
        .getByRole('region', { name: 'Who looked at my conversations' })
        .getByText(teacher.name)
        .first()
        .waitFor();
      await screenshot(sp, '25-student-sees-who-watched');
    }),
  );
  expect(unexpected(teacherView.errors)).toEqual([]);
  expect(unexpected(studentView.errors)).toEqual([]);
});

test('a student without credits is told so plainly, before anything streams', async () => {
  const { page, errors } = await newPage();
  await withFailureShot(page, 'broke', async () => {
    await signIn(page, broke.email, broke.password);
    await page.getByRole('button', { name: 'Chat with the Aula tutor' }).click();
    await page.getByLabel('Your message').fill('Can you help me with fractions?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').filter({ hasText: 'Not enough credits.' }).waitFor();
    await screenshot(page, '30-student-insufficient-credits');
    expect(await page.locator('.msg-bot').count()).toBe(0);

    // An admin suspends her: her next token renewal is refused and the app returns to sign-in.
    const login = await graphql<{ login: { accessToken: string } }>(
      platform.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: TEST_ENV.AUTH_ADMIN_EMAIL, p: TEST_ENV.AUTH_ADMIN_PASSWORD },
    );
    const users = await graphql<{ users: { edges: Array<{ node: { id: string } }> } }>(
      platform.url,
      'query($s: String) { users(search: $s) { edges { node { id } } } }',
      { s: broke.email },
      login.data?.login.accessToken,
    );
    const suspended = await graphql(
      platform.url,
      'mutation($id: ID!) { suspendUser(userId: $id) { id status } }',
      { id: users.data?.users.edges[0]?.node.id },
      login.data?.login.accessToken,
    );
    expect(suspended.errors).toBeUndefined();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('status')
      .filter({ hasText: /session/i })
      .waitFor();
    await screenshot(page, '31-suspended-back-to-sign-in');
  });
  expect(unexpected(errors)).toEqual([]);
});
