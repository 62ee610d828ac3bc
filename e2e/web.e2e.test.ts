/**
 * The web app in a real browser against a real platform: the built app served by the
 * gateway, every subgraph running, the Bedrock emulator answering. Screenshots land in
 * e2e/artifacts/ for people to look at.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestPlatform, TEST_ENV, type TestPlatform } from '../gateway/src/testing/platform';
import { collectPageErrors, launchBrowser, screenshot, withFailureShot } from './browser';

const webDist = join(__dirname, '..', 'web', 'dist');

let platform: TestPlatform;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run test:e2e` (it builds the web app first).');
  }
  platform = await startTestPlatform({ WEB_DIST_DIR: webDist });
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

test('a wrong password is refused with a message, and the admin then signs in', async () => {
  const { page, errors } = await newPage();
  await withFailureShot(page, 'admin', async () => {
    await signIn(page, TEST_ENV.AULA_ADMIN_EMAIL, 'not-the-password');
    await page.getByRole('alert').waitFor();
    await screenshot(page, '01-login-refused');
    expect(await page.getByRole('alert').textContent()).toMatch(/password/i);

    await page.getByLabel('Password').fill(TEST_ENV.AULA_ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
    await screenshot(page, '02-admin-users');

    await page.getByLabel('Name').fill(student.name);
    await page.getByLabel('Email', { exact: true }).fill(student.email);
    await page.getByLabel('Role', { exact: true }).selectOption('STUDENT');
    await page.getByLabel(/Initial password/).fill(student.password);
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText(`${student.name} (${student.email}) can now sign in.`).waitFor();
    await page.getByRole('cell', { name: student.email }).waitFor();
    await screenshot(page, '03-admin-created-student');

    await page.getByRole('link', { name: 'Playground' }).click();
    await page.getByRole('button', { name: 'Run' }).click();
    await page.locator('pre.result').first().waitFor();
    await page.getByText('Schema', { exact: true }).waitFor();
    await screenshot(page, '04-playground');
    expect(await page.locator('pre.result').first().textContent()).toContain('"role": "ADMIN"');
  });
  expect(unexpected(errors)).toEqual([]);
});
