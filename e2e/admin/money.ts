import { expectAccessible } from '../axe';
import { expectTitle, screenshot } from '../browser';
import { signedInPage, type AdminWorld } from './fixture';

/**
 * Allowances and teacher budgets: a weekly class allowance is started and then stopped after
 * a confirmation; a teacher's budget is given and partly taken back after a confirmation.
 * Each step is checked through the API.
 */
export async function allowancesAndBudgetsJourney(world: AdminWorld) {
  const { page, errors } = await signedInPage(world, world.admin, '/admin/allowances');
  await page.getByRole('heading', { level: 1, name: 'Allowances' }).waitFor();
  await expectTitle(page, 'Allowances · Aula');
  await page.getByRole('radio', { name: 'Every student of a class' }).check();
  await page.getByLabel('Class', { exact: true }).selectOption({ label: 'Physics 9' });
  await page.getByLabel('Credits each time').fill('3');
  await page.getByLabel('How often').selectOption('WEEKLY');
  await page.getByRole('button', { name: 'Start allowance' }).click();
  await page.getByText('The allowance is running.').waitFor();
  const allowances = async () =>
    (
      await world.api<{
        creditAllowances: {
          edges: Array<{
            node: {
              id: string;
              classId: string | null;
              active: boolean;
              period: string;
              amount: { credits: number };
            };
          }>;
        };
      }>(
        world.admin,
        '{ creditAllowances(first: 10) { edges { node { id classId active period amount { credits } } } } }',
      )
    ).creditAllowances.edges.map((e) => e.node);
  const [created] = (await allowances()).filter((a) => a.classId === world.classId);
  expect(created).toMatchObject({ active: true, period: 'WEEKLY', amount: { credits: 3 } });
  await expectAccessible(page, 'allowances');
  await screenshot(page, 'admin-allowances');

  await page.getByRole('button', { name: 'Stop Class Physics 9' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Stop' }).click();
  await page
    .getByRole('row', { name: /Class Physics 9/ })
    .getByRole('cell', { name: 'Stopped' })
    .waitFor();
  expect((await allowances()).find((a) => a.id === created!.id)?.active).toBe(false);

  await page.goto(`${world.baseUrl}/admin/budgets`);
  await page.getByRole('heading', { name: 'Teacher budgets' }).waitFor();
  await expectTitle(page, 'Teacher budgets · Aula');
  await page
    .getByLabel('Teacher', { exact: true })
    .selectOption({ label: `${world.teacher.name} (${world.teacher.email})` });
  await page.getByLabel('Credits', { exact: true }).fill('50');
  await page.getByRole('button', { name: 'Add to budget' }).click();
  await page
    .getByText(`Added 50 credits to ${world.teacher.name}'s budget; 50 left to give.`)
    .waitFor();

  await page.getByLabel('Change', { exact: true }).selectOption('take');
  await page.getByLabel('Credits', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Take back' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText(`Take 20 credits from ${world.teacher.name}'s budget?`).waitFor();
  await expectAccessible(page, 'the take-back confirmation');
  await dialog.getByRole('button', { name: 'Take back' }).click();
  await page
    .getByText(`Took 20 credits from ${world.teacher.name}'s budget; 30 left to give.`)
    .waitFor();
  const budget = await world.api<{
    supervisorBudget: { granted: { credits: number }; remaining: { credits: number } };
  }>(
    world.admin,
    'query($s: ID!) { supervisorBudget(supervisorId: $s) { granted { credits } remaining { credits } } }',
    { s: world.teacher.id },
  );
  expect(budget.supervisorBudget).toEqual({ granted: { credits: 30 }, remaining: { credits: 30 } });
  await page
    .getByRole('region', { name: 'Budgets' })
    .getByRole('row', { name: new RegExp(world.teacher.name) })
    .waitFor();
  await expectAccessible(page, 'teacher budgets');
  await screenshot(page, 'admin-budgets');
  return errors;
}
