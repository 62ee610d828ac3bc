import { graphql } from '@aula/platform/testing';
import { expectAccessible } from '../axe';
import { expectTitle, screenshot } from '../browser';
import { signedInPage, type AdminWorld } from './fixture';

interface Listed {
  email: string;
  displayName: string;
  role: string;
  status: string;
}

/**
 * The users list: the admin creates a teacher with the form and two people from CSV (one row
 * refused), filters the list by search and role, and changes a role from a row. The API shows
 * the same accounts, the same filtered list and the new role; the teacher can sign in.
 */
export async function usersJourney(world: AdminWorld) {
  const { page, errors } = await signedInPage(world, world.admin, '/admin/users');
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await expectTitle(page, 'Users · Aula');

  const create = page.getByRole('form', { name: 'Create a user' });
  await create.getByLabel('Name').fill('Nora Newton');
  await create.getByLabel('Email').fill('nora@admin-e2e.aula');
  await create.getByLabel('Role').selectOption('SUPERVISOR');
  await create.getByLabel(/Initial password/).fill('nora-password-1234');
  await create.getByRole('button', { name: 'Create user' }).click();
  await create.getByText('Nora Newton (nora@admin-e2e.aula) can now sign in.').waitFor();
  const signedIn = await graphql<{ login: { user: { role: string } } }>(
    world.platform.url,
    'mutation { login(email: "nora@admin-e2e.aula", password: "nora-password-1234") { user { role } } }',
  );
  expect(signedIn.data?.login.user.role).toBe('SUPERVISOR');

  // One row imported with a generated password; the other refused (the address is taken).
  const imported = page.getByRole('form', { name: 'Import users from CSV' });
  await imported
    .getByLabel('CSV text')
    .fill(
      'email,displayName,role,password\nomar@admin-e2e.aula,Omar Imported,STUDENT,\nnora@admin-e2e.aula,Nora Again,STUDENT,\n',
    );
  await imported.getByRole('button', { name: 'Import' }).click();
  await imported.getByText('1 created').waitFor();
  await imported.getByText('1 refused').waitFor();
  await imported.getByRole('cell', { name: 'Created Omar Imported' }).waitFor();

  // The list, filtered as the API filters it.
  const list = page.getByRole('region', { name: 'All users' });
  await list.getByLabel('Search').fill('admin-e2e.aula');
  await list.getByLabel('Role', { exact: true }).selectOption('SUPERVISOR');
  await list.getByRole('row', { name: /nora@admin-e2e\.aula/ }).waitFor();
  const filtered = await world.api<{
    users: { totalCount: number; edges: Array<{ node: Listed }> };
  }>(
    world.admin,
    '{ users(search: "admin-e2e.aula", role: SUPERVISOR, first: 25) { totalCount edges { node { email displayName role status } } } }',
  );
  const rows = list.locator('tbody tr');
  await list
    .locator('tbody tr')
    .nth(filtered.users.totalCount - 1)
    .waitFor();
  expect(await rows.count()).toBe(filtered.users.totalCount);
  const shownEmails = await rows.locator('td:nth-child(2)').allTextContents();
  expect(shownEmails.sort()).toEqual(filtered.users.edges.map((e) => e.node.email).sort());
  expect(shownEmails).toEqual(expect.arrayContaining([world.teacher.email, 'nora@admin-e2e.aula']));

  // A role changed from the row, as the API then reports it.
  await list.getByLabel('Role', { exact: true }).selectOption('');
  const omar = list.getByRole('row', { name: /omar@admin-e2e\.aula/ });
  await omar.getByLabel('Role of Omar Imported').selectOption('SUPERVISOR');
  await list.getByLabel('Role', { exact: true }).selectOption('SUPERVISOR');
  await list.getByRole('row', { name: /omar@admin-e2e\.aula/ }).waitFor();
  const omarNow = await world.api<{ users: { edges: Array<{ node: Listed }> } }>(
    world.admin,
    '{ users(search: "omar@admin-e2e.aula", first: 1) { edges { node { email displayName role status } } } }',
  );
  expect(omarNow.users.edges.map((e) => e.node)).toEqual([
    {
      email: 'omar@admin-e2e.aula',
      displayName: 'Omar Imported',
      role: 'SUPERVISOR',
      status: 'ACTIVE',
    },
  ]);
  await expectAccessible(page, 'the users list (created, imported, filtered)');
  await screenshot(page, 'admin-users');
  return errors;
}
