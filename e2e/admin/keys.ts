import { codeOf, eventually, graphql } from '@aula/platform/testing';
import { expectAccessible } from '../axe';
import { expectTitle, screenshot } from '../browser';
import { signedInPage, type AdminWorld } from './fixture';

/**
 * API keys: the admin creates a key with one scope and sees its secret once; the secret
 * works through the gateway within that scope only; after a confirmed revocation it is refused.
 */
export async function apiKeysJourney(world: AdminWorld) {
  const { page, errors } = await signedInPage(world, world.admin, '/admin/api-keys');
  await page.getByRole('heading', { name: 'API keys', exact: true }).waitFor();
  await expectTitle(page, 'API keys · Aula');
  await page.getByLabel('Name').fill('Timetable sync');
  await page.getByRole('checkbox', { name: 'Read users' }).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const secretBox = page.getByTestId('api-key-secret');
  await secretBox.waitFor();
  const secret = (await secretBox.textContent()) ?? '';
  expect(secret).toMatch(/^aula_sk_/);
  await screenshot(page, 'admin-api-key-created');
  await expectAccessible(page, 'API keys with a new secret');

  const users = await graphql(
    world.platform.url,
    '{ users(first: 1) { edges { node { id } } } }',
    {},
    secret,
  );
  expect(users.errors).toBeUndefined();
  const outOfScope = await graphql(
    world.platform.url,
    'mutation { allocateCredits(userId: "00000000-0000-0000-0000-000000000000", amount: 1) { id } }',
    {},
    secret,
  );
  expect(codeOf(outOfScope)).toBe('FORBIDDEN');

  // Shown once: dismissed, and not on the page after a reload either.
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await page.reload();
  await page.getByRole('cell', { name: /^Timetable sync aula_sk_/ }).waitFor();
  expect(await page.getByText(secret).count()).toBe(0);

  await page.getByRole('button', { name: 'Revoke Timetable sync' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText('Revoke the key "Timetable sync"?').waitFor();
  await expectAccessible(page, 'the revoke confirmation');
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('checkbox', { name: 'Show revoked and expired keys' }).check();
  await page
    .getByRole('row', { name: /Timetable sync/ })
    .getByText(/^Revoked /)
    .waitFor();
  await eventually(async () => {
    const refused = await graphql(
      world.platform.url,
      '{ users(first: 1) { edges { node { id } } } }',
      {},
      secret,
    );
    return codeOf(refused) === 'UNAUTHENTICATED';
  }, 'the revoked key to be refused');
  return errors;
}
