import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../axe';
import { expectTitle, screenshot } from '../browser';
import { shortModelName } from '../../web/src/screens/admin/analytics/labels';
import { signedInPage, type AdminWorld } from './fixture';

/** Where the README's screenshots live (committed; this journey refreshes its own). */
export const readmeShots = join(__dirname, '..', '..', 'docs', 'screenshots');

const DAY_MS = 86_400_000;

/** Clicks an export button and returns the downloaded CSV's rows (header first). */
async function exportCsv(page: Page, section: string): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export CSV (${section})` }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text.trim()).data;
}

/**
 * The analytics dashboard shows the API's own numbers: totals, per person (exported as CSV
 * and compared row by row), per class and per day; it is accessible, and its picture is
 * the README's.
 */
export async function analyticsJourney(world: AdminWorld) {
  const { page, errors } = await signedInPage(world, world.admin, '/admin/analytics');
  await page.getByRole('heading', { name: 'Usage analytics' }).waitFor();
  await page.getByTestId('total-streams').waitFor();

  const today = new Date().toISOString().slice(0, 10);
  const from = `${new Date(Date.now() - 29 * DAY_MS).toISOString().slice(0, 10)}T00:00:00.000Z`;
  const to = new Date(Date.parse(`${today}T00:00:00.000Z`) + DAY_MS).toISOString();
  const api = await world.api<{
    totals: { totals: { streams: number } };
    people: {
      rows: {
        edges: Array<{
          node: {
            user: { displayName: string };
            streams: number;
            charged: { microCredits: string };
          };
        }>;
      };
    };
    classes: {
      rows: { edges: Array<{ node: { class: { name: string }; streams: number } }> };
    };
    klass: { totals: { streams: number } };
    models: {
      rows: { edges: Array<{ node: { modelId: string; streams: number } }> };
    };
  }>(
    world.admin,
    `query($from: DateTime!, $to: DateTime!, $c: ID!) {
      totals: usage(filter: { from: $from, to: $to }) { totals { streams } }
      people: usage(filter: { from: $from, to: $to, groupBy: [USER] }) { rows(first: 100) { edges { node { user { displayName } streams charged { microCredits } } } } }
      classes: usage(filter: { from: $from, to: $to, groupBy: [CLASS] }) { rows(first: 100) { edges { node { class { name } streams } } } }
      klass: usage(filter: { classId: $c, from: $from, to: $to }) { totals { streams } }
      models: usage(filter: { from: $from, to: $to, groupBy: [MODEL] }) { rows(first: 100) { edges { node { modelId streams } } } }
    }`,
    { from, to, c: world.classId },
  );
  expect(api.totals.totals.streams).toBeGreaterThanOrEqual(world.students.length);
  await page
    .getByTestId('total-streams')
    .filter({ hasText: new RegExp(`^${api.totals.totals.streams}$`) })
    .waitFor();
  expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(4);
  await page.getByRole('region', { name: 'Usage by class' }).locator('.recharts-surface').waitFor();
  await expectTitle(page, 'Usage analytics · Aula');
  const models = api.models.rows.edges.map((edge) => edge.node);
  expect(models.length).toBeGreaterThan(0);
  await expectModelsShown(page, models);
  await page.screenshot({ path: join(readmeShots, 'admin-analytics.png'), fullPage: true });

  const csv = await exportCsv(page, 'Usage by person');
  expect(csv[0]).toEqual([
    'Person',
    'Email',
    'Answers',
    'Tokens read',
    'Tokens written',
    'Credits charged',
  ]);
  const byName = new Map(csv.slice(1).map((row) => [row[0], row]));
  const people = api.people.rows.edges.map((edge) => edge.node);
  for (const row of people) {
    const line = byName.get(row.user.displayName);
    expect(line?.[2]).toBe(String(row.streams));
    // The file carries exact credits: micro-credits / 1,000,000 with no rounding.
    expect(Math.round(Number(line?.[5]) * 1e6)).toBe(Number(row.charged.microCredits));
  }
  expect(csv.length - 1).toBe(people.length);

  const byClass = page.getByRole('region', { name: 'Usage by class' });
  await byClass.getByText('Show the numbers as a table').click();
  await byClass
    .getByRole('row', { name: new RegExp(`Physics 9 ${api.klass.totals.streams} `) })
    .waitFor();
  // The server's CLASS rows are the class filter's totals, one row per class.
  const physics = api.classes.rows.edges.find((edge) => edge.node.class.name === 'Physics 9');
  expect(physics?.node.streams).toBe(api.klass.totals.streams);
  const classCsv = await exportCsv(page, 'Usage by class');
  expect(classCsv.slice(1).map((row) => [row[0], row[1]])).toEqual(
    api.classes.rows.edges.map((edge) => [edge.node.class.name, String(edge.node.streams)]),
  );

  await expectAccessible(page, 'usage analytics');
  await screenshot(page, 'admin-analytics-table');

  // On a phone the charts stack, and the model names still fit beside their bars.
  const phone = await signedInPage(world, world.admin, '/admin/analytics', {
    viewport: { width: 390, height: 844 },
  });
  await phone.page.getByTestId('total-streams').waitFor();
  await expectModelsShown(phone.page, models);
  await expectAccessible(phone.page, 'usage analytics on a phone');
  await screenshot(phone.page, 'admin-analytics-phone');
  return [...errors, ...phone.errors];
}

/**
 * The model chart names each model the API reports by its short name, wholly inside the
 * chart (not cut off at its left edge), with the full id as the tick's title; its table
 * shows the API's answers per model.
 */
async function expectModelsShown(
  page: Page,
  models: ReadonlyArray<{ modelId: string; streams: number }>,
) {
  const card = page.getByRole('region', { name: 'Usage by model' });
  const chart = card.locator('.recharts-surface');
  await chart.waitFor();
  const chartBox = (await chart.boundingBox())!;
  const ticks = card.locator('.recharts-yAxis-tick-labels text');
  await ticks.nth(models.length - 1).waitFor();
  // The tick's own text is its last child; the first is the <title> with the full id.
  const drawn = await ticks.evaluateAll((texts) =>
    texts.map((text) => {
      const node = text as unknown as {
        firstChild: { textContent: string | null } | null;
        lastChild: { textContent: string | null } | null;
      };
      return { title: node.firstChild?.textContent, label: node.lastChild?.textContent };
    }),
  );
  await card.getByText('Show the numbers as a table').click();
  for (const { modelId, streams } of models) {
    const index = drawn.findIndex((tick) => tick.title === modelId);
    expect(drawn[index]?.label).toBe(shortModelName(modelId));
    const box = (await ticks.nth(index).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(chartBox.x);
    expect(box.x + box.width).toBeLessThanOrEqual(chartBox.x + chartBox.width);
    await card.getByRole('row', { name: new RegExp(`^${escape(modelId)} ${streams} `) }).waitFor();
  }
  await card.getByText('Show the numbers as a table').click();
}

/** `text` as a literal inside a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
