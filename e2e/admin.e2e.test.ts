/**
 * The administration screens in Chromium against a whole platform: each journey acts as the
 * admin would and checks the outcome through the API; axe finds no serious or critical
 * problem on any of them. Screenshots land in e2e/artifacts/ (the analytics dashboard also in
 * docs/screenshots/ for the README).
 */
import { accessLogJourney, priceHistoryJourney, suspendJourney } from './admin/oversight';
import { allowancesAndBudgetsJourney } from './admin/money';
import { analyticsJourney } from './admin/analytics';
import { apiKeysJourney } from './admin/keys';
import { balancesJourney, creditsJourney } from './admin/credits';
import { startAdminWorld, type AdminWorld } from './admin/fixture';
import { playgroundJourney } from './admin/playground';
import { usersJourney } from './admin/users';
import { screenshot } from './browser';

let world: AdminWorld;

beforeAll(async () => {
  world = await startAdminWorld();
});

afterAll(async () => {
  await world?.close();
});

/**
 * Runs a journey; a failure saves `<name>-failure.png` of its page first. Page errors other
 * than the browser reporting an HTTP status a journey expected fail it too.
 */
async function journey(name: string, run: (world: AdminWorld) => Promise<string[]>) {
  let errors: string[];
  try {
    errors = await run(world);
  } catch (error) {
    if (world.lastPage) await screenshot(world.lastPage, `${name}-failure`).catch(() => undefined);
    throw error;
  }
  expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
}

test('analytics: charts and CSV match the API, by day, model, person and class', async () => {
  await journey('analytics', analyticsJourney);
});

test('the users list: an account created, two imported (one refused), filtered, a role changed', async () => {
  await journey('users', usersJourney);
});

test('the balances list matches the API; a grant to two selected students reaches both', async () => {
  await journey('balances', balancesJourney);
});

test('a person’s credits: a grant and a confirmed refund reach the ledger and the balance', async () => {
  await journey('credits', creditsJourney);
});

test('API keys: created with a scope, secret shown once, refused after a confirmed revoke', async () => {
  await journey('apiKeys', apiKeysJourney);
});

test('allowances and teacher budgets: started, stopped and taken back after confirmations', async () => {
  await journey('allowancesAndBudgets', allowancesAndBudgetsJourney);
});

test('the access log shows who read a student’s conversation, filtered by viewer', async () => {
  await journey('accessLog', accessLogJourney);
});

test('suspending a user asks first; cancelling changes nothing', async () => {
  await journey('suspend', suspendJourney);
});

test('price history opens beside the model, in view', async () => {
  await journey('priceHistory', priceHistoryJourney);
});

test('the GraphiQL playground: a query, the docs explorer and a live subscription', async () => {
  await journey('playground', playgroundJourney);
});
