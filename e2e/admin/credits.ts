import { expectAccessible } from '../axe';
import { expectTitle, screenshot } from '../browser';
import { signedInPage, type AdminWorld } from './fixture';

interface Reservation {
  id: string;
  charged: { microCredits: string };
  refund: { id: string; note: string | null } | null;
}

/**
 * One student's credits page: the admin grants credits and refunds a charged answer after a
 * confirmation (cancelling first changes nothing); the API shows the grant, the refund and
 * the new balance.
 */
export async function creditsJourney(world: AdminWorld) {
  const student = world.students[0]!;
  const { page, errors } = await signedInPage(world, world.admin, '/admin/credits');
  await page.getByRole('link', { name: `Ledger of ${student.name}` }).click();
  await page.getByRole('heading', { name: `Credits of ${student.name}` }).waitFor();
  await expectTitle(page, `Credits of ${student.name} · Aula`);
  await page
    .getByRole('region', { name: 'Ledger' })
    .getByRole('cell', { name: 'Charged' })
    .first()
    .waitFor();

  const before = await world.api<{ user: { credits: { available: { microCredits: string } } } }>(
    world.admin,
    'query($u: ID!) { user(id: $u) { credits { available { microCredits } } } }',
    { u: student.id },
  );
  await page.getByLabel('Credits each').fill('5');
  await page.getByLabel(/Note/).fill('extra practice');
  await page.getByRole('button', { name: 'Grant credits' }).click();
  await page
    .getByRole('region', { name: 'Grants' })
    .getByRole('cell', { name: 'extra practice' })
    .waitFor();
  const grants = await world.api<{
    creditGrants: { edges: Array<{ node: { note: string | null; amount: { credits: number } } }> };
  }>(
    world.admin,
    'query($u: ID!) { creditGrants(userId: $u, first: 1) { edges { node { note amount { credits } } } } }',
    { u: student.id },
  );
  expect(grants.creditGrants.edges[0]?.node).toEqual({
    note: 'extra practice',
    amount: { credits: 5 },
  });

  const streams = page.getByRole('region', { name: 'Answers and refunds' });
  // Cancelling the confirmation refunds nothing.
  await streams.getByRole('button', { name: 'Refund' }).first().click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  await expectAccessible(page, 'the refund confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  const listed = async () =>
    (
      await world.api<{ creditReservations: { edges: Array<{ node: Reservation }> } }>(
        world.admin,
        'query($u: ID!) { creditReservations(filter: { userId: $u, status: FINALIZED }) { edges { node { id charged { microCredits } refund { id note } } } } }',
        { u: student.id },
      )
    ).creditReservations.edges.map((e) => e.node);
  expect((await listed()).every((r) => r.refund === null)).toBe(true);

  await streams.getByRole('button', { name: 'Refund' }).first().click();
  await dialog.getByLabel(/Reason/).fill('answer was cut off');
  await dialog.getByRole('button', { name: 'Refund' }).click();
  await streams.getByText(/^Refunded /).waitFor();
  const refunded = (await listed()).filter((r) => r.refund);
  expect(refunded).toHaveLength(1);
  expect(refunded[0]!.refund!.note).toBe('answer was cut off');
  const after = await world.api<{ user: { credits: { available: { microCredits: string } } } }>(
    world.admin,
    'query($u: ID!) { user(id: $u) { credits { available { microCredits } } } }',
    { u: student.id },
  );
  expect(BigInt(after.user.credits.available.microCredits)).toBe(
    BigInt(before.user.credits.available.microCredits) +
      5_000_000n +
      BigInt(refunded[0]!.charged.microCredits),
  );
  await screenshot(page, 'admin-person-credits');
  await expectAccessible(page, 'a person’s credits');
  return errors;
}

/**
 * The balances list: it shows each student's available credits as the API reports them; the
 * admin selects two students and grants them credits at once, and the API shows the same grant
 * to each and their balances up by exactly that much, as the list then shows.
 */
export async function balancesJourney(world: AdminWorld) {
  const { page, errors } = await signedInPage(world, world.admin, '/admin/credits');
  await page.getByRole('heading', { level: 1, name: 'Credits' }).waitFor();
  await expectTitle(page, 'Credits · Aula');
  const balances = page.getByRole('region', { name: 'Balances' });
  const students = world.students.slice(0, 2);
  const available = async () => {
    const read = await world.api<{
      users: {
        edges: Array<{
          node: { id: string; credits: { available: { credits: number; microCredits: string } } };
        }>;
      };
    }>(
      world.admin,
      '{ users(role: STUDENT, status: ACTIVE, first: 100) { edges { node { id credits { available { credits microCredits } } } } } }',
    );
    return new Map(read.users.edges.map((e) => [e.node.id, e.node.credits.available]));
  };
  const shownAs = (credits: number) =>
    new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(credits);
  const availableCell = (name: string) =>
    balances
      .getByRole('row', { name: new RegExp(name) })
      .locator('td')
      .nth(2);

  const before = await available();
  for (const student of students) {
    await availableCell(student.name)
      .filter({ hasText: new RegExp(`^${shownAs(before.get(student.id)!.credits)}$`) })
      .waitFor();
  }

  for (const student of students) {
    await balances.getByRole('checkbox', { name: `Select ${student.name}` }).check();
  }
  const grant = page.getByRole('form', { name: 'Grant credits' });
  await grant.getByText('To 2 selected people (all or none).').waitFor();
  await grant.getByLabel('Credits each').fill('2.5');
  await grant.getByLabel(/Note/).fill('science fair');
  await grant.getByRole('button', { name: 'Grant credits' }).click();
  await grant.getByText('Granted 2.5 credits to 2 people.').waitFor();

  const after = await available();
  for (const student of students) {
    expect(BigInt(after.get(student.id)!.microCredits)).toBe(
      BigInt(before.get(student.id)!.microCredits) + 2_500_000n,
    );
    const grants = await world.api<{
      creditGrants: {
        edges: Array<{ node: { note: string | null; amount: { microCredits: string } } }>;
      };
    }>(
      world.admin,
      'query($u: ID!) { creditGrants(userId: $u, first: 1) { edges { node { note amount { microCredits } } } } }',
      { u: student.id },
    );
    expect(grants.creditGrants.edges[0]?.node).toEqual({
      note: 'science fair',
      amount: { microCredits: '2500000' },
    });
    await availableCell(student.name)
      .filter({ hasText: new RegExp(`^${shownAs(after.get(student.id)!.credits)}$`) })
      .waitFor();
  }
  await expectAccessible(page, 'the balances list after a grant to two people');
  await screenshot(page, 'admin-balances');
  return errors;
}
