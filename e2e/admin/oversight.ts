import { expectAccessible } from '../axe';
import { expectTitle, screenshot } from '../browser';
import { signedInPage, type AdminWorld } from './fixture';

/**
 * The access log shows a teacher's reading of a student's conversation (made through the
 * API), filtered by viewer, with the operation that reached it; the count matches the API's.
 */
export async function accessLogJourney(world: AdminWorld) {
  const student = world.students[1]!;
  await world.api(
    world.teacher,
    'query ($s: ID!) { chatSession(id: $s) { messages(first: 5) { edges { node { content } } } } }',
    { s: world.sessions.get(student.id) },
  );
  const logged = await world.api<{
    conversationAccessLog: { edges: Array<{ node: { kind: string; operation: string } }> };
  }>(
    world.admin,
    'query($v: ID!) { conversationAccessLog(filter: { viewerId: $v }, first: 25) { edges { node { kind operation } } } }',
    { v: world.teacher.id },
  );
  const entries = logged.conversationAccessLog.edges.map((e) => e.node);
  expect(entries.length).toBeGreaterThan(0);
  // The gateway names the operation by the root field that reached the conversation.
  expect(entries.map((e) => e.operation)).toContain('query chatSession');

  const { page, errors } = await signedInPage(world, world.admin, '/admin/access-log');
  await page.getByRole('heading', { name: 'Access log' }).waitFor();
  await expectTitle(page, 'Access log · Aula');
  await page.getByLabel('Who looked').selectOption({ label: world.teacher.name });
  const table = page.getByRole('region', { name: 'Entries' });
  await table.getByRole('cell', { name: 'query chatSession' }).first().waitFor();
  expect(await table.locator('tbody tr').count()).toBe(logged.conversationAccessLog.edges.length);
  expect(await table.getByRole('cell', { name: student.name }).count()).toBeGreaterThan(0);
  await page.getByLabel('Who looked').selectOption({ label: world.admin.name });
  await table
    .getByText('Nothing was recorded for this filter.')
    .or(table.locator('tbody tr').first())
    .waitFor();
  await expectAccessible(page, 'the access log');
  await screenshot(page, 'admin-access-log');
  return errors;
}

/**
 * Suspending asks first: cancelling leaves the account active, confirming suspends it (the
 * API agrees), and it is reactivated afterwards.
 */
export async function suspendJourney(world: AdminWorld) {
  const student = world.students[1]!;
  const status = async () =>
    (
      await world.api<{ user: { status: string } }>(
        world.admin,
        'query($u: ID!) { user(id: $u) { status } }',
        {
          u: student.id,
        },
      )
    ).user.status;
  const { page, errors } = await signedInPage(world, world.admin, '/admin/users');
  const row = page.getByRole('row', { name: new RegExp(student.email) });
  await row.getByRole('button', { name: 'Suspend' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await expectAccessible(page, 'the suspend confirmation');
  await screenshot(page, 'admin-suspend-confirm');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await status()).toBe('ACTIVE');

  await row.getByRole('button', { name: 'Suspend' }).click();
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await row.getByRole('button', { name: 'Reactivate' }).waitFor();
  expect(await status()).toBe('SUSPENDED');
  await row.getByRole('button', { name: 'Reactivate' }).click();
  await row.getByRole('button', { name: 'Suspend' }).waitFor();
  expect(await status()).toBe('ACTIVE');
  return errors;
}

/** A model's price history opens next to the model, inside the window, not below the page. */
export async function priceHistoryJourney(world: AdminWorld) {
  const { page, errors } = await signedInPage(world, world.admin, '/admin/prices');
  const history = page.getByRole('button', { name: /^History/ }).first();
  await history.click();
  const region = page.getByRole('region', { name: /Price history of/ });
  await region.getByRole('listitem').first().waitFor();
  const box = await region.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + Math.min(box!.height, 80)).toBeLessThanOrEqual(viewport.height);
  expect(await history.getAttribute('aria-expanded')).toBe('true');
  await expectAccessible(page, 'prices with a history open');
  await screenshot(page, 'admin-price-history');
  return errors;
}
