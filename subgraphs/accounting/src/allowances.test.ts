import { randomUUID } from 'node:crypto';
import { findLedgerViolations } from './invariants';
import { eventually } from '@aula/runtime/src/testing';
import { startAccounting, type AccountingHarness } from './testing/harness';
import { BALANCE_ENTITY, type BalanceView } from './testing/operations';

const admin = randomUUID();
const classId = randomUUID();
const classStudents = [randomUUID(), randomUUID(), randomUUID()];
const CREATE = `mutation($input: CreditAllowanceInput!) {
  createCreditAllowance(input: $input) { id nextRunAt user { id } classId }
}`;
const GRANTS =
  'query($u: ID!) { creditGrants(userId: $u) { edges { node { source expiresAt amount { microCredits } } } } }';

describe('recurring allowances, applied by two scheduler replicas', () => {
  let acct: AccountingHarness;
  beforeAll(async () => {
    acct = await startAccounting({
      env: { ACCOUNTING_ALLOWANCE_INTERVAL_MS: '150' },
      backgroundReplicas: 2,
      classes: { [classId]: classStudents },
    });
  });
  afterAll(async () => {
    await acct?.close();
  });

  const credits = async (userId: string) => {
    const result = await acct.as<{ _entities: Array<{ credits: BalanceView }> }>(
      admin,
      'ADMIN',
      BALANCE_ENTITY,
      {
        reps: [{ __typename: 'User', id: userId }],
      },
    );
    return result.data!._entities[0]!.credits;
  };
  const grantsOf = async (userId: string) =>
    (
      await acct.as<{
        creditGrants: {
          edges: Array<{
            node: { source: string; expiresAt: string | null; amount: { microCredits: string } };
          }>;
        };
      }>(admin, 'ADMIN', GRANTS, { u: userId })
    ).data!.creditGrants.edges.map((edge) => edge.node);

  it('grants a due allowance exactly once per period with two schedulers running', async () => {
    const student = randomUUID();
    const create = await acct.as<{ createCreditAllowance: { id: string; nextRunAt: string } }>(
      admin,
      'ADMIN',
      CREATE,
      // Started 15 days ago: the missed days are skipped, only the current one is paid.
      {
        input: {
          userId: student,
          amount: 5,
          period: 'DAILY',
          rollover: false,
          startsAt: new Date(Date.now() - 15 * 86_400_000).toISOString(),
        },
      },
    );
    expect(create.errors).toBeUndefined();
    await eventually(
      async () => ((await credits(student)).granted.microCredits === '5000000' ? true : false),
      'the allowance',
    );
    // Several more scheduler ticks of both replicas pass; nothing more is granted.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const grants = await grantsOf(student);
    expect(grants).toHaveLength(1);
    const only = grants[0]!;
    expect(only.source).toBe('ALLOWANCE');
    expect(new Date(only.expiresAt!).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(only.expiresAt!).getTime()).toBeLessThanOrEqual(Date.now() + 86_400_000);
    const cancel = await acct.as(
      admin,
      'ADMIN',
      'mutation($id: ID!) { cancelCreditAllowance(id: $id) { active } }',
      {
        id: create.data!.createCreditAllowance.id,
      },
    );
    expect(cancel.data).toEqual({ cancelCreditAllowance: { active: false } });
  });

  it('grants every student of a class once per period from the roster monitoring gives', async () => {
    const create = await acct.as<{ createCreditAllowance: { user: null; classId: string } }>(
      admin,
      'ADMIN',
      CREATE,
      {
        input: { classId, amount: 2, period: 'WEEKLY', rollover: true },
      },
    );
    expect(create.data?.createCreditAllowance).toMatchObject({ user: null, classId });
    for (const student of classStudents) {
      await eventually(
        async () => ((await credits(student)).granted.microCredits === '2000000' ? true : false),
        'the class allowance',
      );
    }
    // More ticks of both replicas pass; each student still has exactly one grant, never expiring.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const student of classStudents) {
      expect(await grantsOf(student)).toEqual([
        { source: 'ALLOWANCE', expiresAt: null, amount: { microCredits: '2000000' } },
      ]);
    }
    expect(await findLedgerViolations(acct.database.db)).toEqual([]);
  });

  it('refuses an allowance for both or neither of a person and a class, and refuses non-admins', async () => {
    const both = await acct.as(admin, 'ADMIN', CREATE, {
      input: { userId: classStudents[0], classId, amount: 1, period: 'DAILY', rollover: false },
    });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await acct.as(admin, 'ADMIN', CREATE, {
      input: { amount: 1, period: 'DAILY', rollover: false },
    });
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const supervisor = await acct.as(randomUUID(), 'SUPERVISOR', CREATE, {
      input: { classId, amount: 1, period: 'DAILY', rollover: false },
    });
    expect(supervisor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
