import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where the suite writes its screenshots (ignored by git). */
export const artifactsDir = join(__dirname, 'artifacts');

/**
 * The built web app the gateway serves in these journeys (web/dist); throws with what to run
 * when it has not been built.
 */
export function builtWebDir(): string {
  const dir = join(__dirname, '..', 'web', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run test:e2e` (it builds the web app first).');
  }
  return dir;
}

/** Debian's Chromium; override with CHROMIUM_PATH. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with nothing reaching out to the network on its own. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * The few browser globals the tests read inside `page.evaluate`. The e2e code is type-checked
 * with the Node projects (no DOM library), so they are described here instead.
 */
export interface PageGlobals {
  sessionStorage: { getItem(key: string): string | null };
  document: {
    title: string;
    body: unknown;
    querySelector(selector: string): { textContent: string | null } | null;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
  };
  /** Set by the streaming test: each length the answer's text took. */
  answerLengths?: number[];
}

/** Where the README's screenshots live (committed; the e2e run takes them). */
export const readmeShotsDir = join(__dirname, '..', 'docs', 'screenshots');

/** Saves a viewport PNG of `page` for the README as docs/screenshots/`name`.png. */
export async function readmeShot(page: Page, name: string): Promise<void> {
  mkdirSync(readmeShotsDir, { recursive: true });
  await page.screenshot({ path: join(readmeShotsDir, `${name}.png`) });
}

/**
 * Waits until the tab reads `expected`: the route names the screen, and a screen may name its
 * subject once its data arrives ("Ada L. · Aula").
 */
export async function expectTitle(page: Page, expected: string): Promise<void> {
  await page
    .waitForFunction(
      (title) => (globalThis as unknown as PageGlobals).document.title === title,
      expected,
      { timeout: 10_000 },
    )
    .catch(async () => {
      throw new Error(`the tab reads "${await page.title()}", not "${expected}"`);
    });
}

/** Saves a full-page PNG named `name` into {@link artifactsDir}. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * Fails the test with the page's own errors: uncaught exceptions and console errors are
 * collected so a broken screen is reported even when the assertion that trips is unrelated.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  if (process.env.E2E_TRACE_WS) {
    page.on('websocket', (ws) => {
      const t0 = Date.now();
      const log = (what: string) =>
        console.log(`[ws ${ws.url()} +${Date.now() - t0}ms] ${what.slice(0, 160)}`);
      log('open');
      ws.on('framesent', (f) => log(`> ${String(f.payload)}`));
      ws.on('framereceived', (f) => log(`< ${String(f.payload)}`));
      ws.on('close', () => log('close'));
      ws.on('socketerror', (e) => log(`error ${e}`));
    });
  }
  return errors;
}

/** Runs `body`; if it throws, saves `<name>-failure.png` of `page` first so the failure can be seen. */
export async function withFailureShot<T>(
  page: Page,
  name: string,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } catch (error) {
    await screenshot(page, `${name}-failure`).catch(() => undefined);
    throw error;
  }
}

/**
 * A fresh browser context on the app at `baseUrl` with `person` signed in through the sign-in
 * form, and the page's errors being collected. Callers wait for the page their role lands on.
 */
export async function signInNewPage(
  browser: Browser,
  baseUrl: string,
  person: { readonly email: string; readonly password: string },
  viewport: { width: number; height: number } = { width: 1300, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { page, errors };
}
