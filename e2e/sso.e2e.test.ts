/**
 * Single sign-on in Chromium: an administrator adds the school's OpenID provider on the
 * Sign-in screen, and a teacher signs in with the provider's own login form (a real
 * `oidc-provider` on a loopback port), landing in Aula signed in.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import {
  startTestPlatform,
  testAccessToken,
  TEST_ENV,
  type TestPlatform,
} from '@aula/platform/testing';
import {
  startOpenIdProvider,
  type ProviderFixture,
} from '../platform/test/integrations/sso/provider';
import { seriousA11yViolations } from './axe';
import {
  builtWebDir,
  collectPageErrors,
  launchBrowser,
  screenshot,
  withFailureShot,
} from './browser';
import { callGateway } from './gateway-api';

const CLIENT = { clientId: 'aula-e2e', clientSecret: 'an-e2e-client-secret' };

let platform: TestPlatform;
let op: ProviderFixture;
let browser: Browser;
let baseUrl: string;
const admin = testAccessToken(randomUUID(), 'ADMIN');

beforeAll(async () => {
  const webDist = builtWebDir();
  platform = await startTestPlatform({ GATEWAY_WEB_DIST_DIR: webDist });
  baseUrl = platform.url.replace(/\/graphql$/, '');
  op = await startOpenIdProvider({
    ...CLIENT,
    redirectUri: `${baseUrl}/auth/sso/callback`,
    accounts: {
      ada: { email: 'ada@school.example', email_verified: true, name: 'Ada Lovelace' },
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await op?.stop();
  await platform?.close();
});

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { page, errors: collectPageErrors(page) };
}

test('an admin adds the provider, and a teacher signs in with its login form', async () => {
  await callGateway(
    platform.url,
    admin,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        email: 'ada@school.example',
        displayName: 'Ada Lovelace',
        role: 'SUPERVISOR',
        password: 'ada-password-1234',
      },
    },
  );
  // The administrator adds the provider on the Sign-in screen.
  const adminView = await newPage();
  await withFailureShot(adminView.page, 'sso-admin', async () => {
    const a = adminView.page;
    await a.goto(`${baseUrl}/`);
    await a.getByLabel('Email').fill(TEST_ENV.AUTH_ADMIN_EMAIL);
    await a.getByLabel('Password').fill(TEST_ENV.AUTH_ADMIN_PASSWORD);
    await a.getByRole('button', { name: 'Sign in', exact: true }).click();
    await a.getByRole('link', { name: 'Sign-in' }).click();
    await a.getByRole('heading', { name: 'Add an identity provider' }).waitFor();
    await a.getByLabel('Name').fill('School login');
    await a.getByLabel('Issuer URL').fill(op.issuer);
    await a.getByLabel('Client ID').fill(CLIENT.clientId);
    await a.getByLabel('Client secret').fill(CLIENT.clientSecret);
    await a.getByLabel('Allowed e-mail domains').fill('school.example');
    await a.getByLabel(/Turn off password sign-in/).check();
    await a.getByRole('button', { name: 'Add provider' }).click();
    await a.getByRole('cell', { name: /^School login http/ }).waitFor();
    expect(await seriousA11yViolations(a)).toEqual([]);
    await screenshot(a, 'sso-admin');
  });
  expect(adminView.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);

  const { page, errors } = await newPage();
  await withFailureShot(page, 'sso-teacher', async () => {
    await page.goto(`${baseUrl}/`);
    // Passwords are off for the school's domain: the app says to use the school's account.
    await page.getByLabel('Email').fill('ada@school.example');
    await page.getByLabel('Password').fill('ada-password-1234');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Use your school account.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign in with School login' }).click();
    // oidc-provider's own login and consent pages.
    await page.locator('input[name="login"]').fill('ada');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    // Back in Aula, signed in as the teacher.
    await page.waitForURL(`${baseUrl}/classes`);
    await page.getByText('Ada Lovelace').first().waitFor();
    await screenshot(page, 'sso-signed-in');
  });
  expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
});
