import { randomUUID } from 'node:crypto';
import { codeOf } from '@aula/runtime/src/testing';
import { startAccounting, type AccountingHarness } from './testing/harness';
import { ALLOCATE, FINALIZE, RESERVE, type ReservationView } from './testing/operations';

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const admin = randomUUID();
const supervisor = randomUUID();
const student = randomUUID();
const other = randomUUID();

const LIST = `query($filter: CreditReservationFilter, $first: Int, $after: String) {
  creditReservations(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status userId user { id } charged { microCredits } refund { id source amount { microCredits } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const BUDGETS = `query($first: Int, $after: String) {
  supervisorBudgets(first: $first, after: $after) {
    edges { node { supervisor { id } granted { microCredits } remaining { microCredits } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Listed {
  creditReservations: {
    edges: Array<{
      node: {
        id: string;
        status: string;
        userId: string;
        user: { id: string };
        charged: { microCredits: string };
        refund: { id: string; source: string; amount: { microCredits: string } } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('admin lists: reservations with their refunds, and every supervisor budget', () => {
  let acct: AccountingHarness;
  const settled: string[] = [];
  let active = '';

  beforeAll(async () => {
    acct = await startAccounting({ supervises: [[supervisor, student]] });
    for (const userId of [student, other]) {
      const granted = await acct.as(admin, 'ADMIN', ALLOCATE, { userId, amount: 50 });
      expect(granted.errors).toBeUndefined();
    }
    const reserve = async (userId: string) => {
      const result = await acct.asChat<{ reserveCredits: ReservationView }>(RESERVE, {
        input: {
          sessionId: randomUUID(),
          userId,
          modelId: HAIKU,
          estimatedInputTokens: 100,
          maxOutputTokens: 200,
          clientKey: randomUUID(),
          expiresInSeconds: 300,
        },
      });
      expect(result.errors).toBeUndefined();
      return result.data!.reserveCredits.id;
    };
    for (let i = 0; i < 3; i += 1) {
      const id = await reserve(student);
      const done = await acct.asChat(FINALIZE, {
        id,
        usage: { inputTokens: 90, outputTokens: 150 },
      });
      expect(done.errors).toBeUndefined();
      settled.push(id);
    }
    active = await reserve(other);
  });
  afterAll(async () => {
    await acct?.close();
  });

  test('an admin pages through everyone’s reservations newest first, and filters by state', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: Listed; errors?: unknown } = await acct.as<Listed>(
        admin,
        'ADMIN',
        LIST,
        { first: 2, after },
      );
      expect(page.errors).toBeUndefined();
      const connection = page.data!.creditReservations;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    // Every reservation once (reservations made in the same millisecond may come in either order).
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([active, ...settled].sort());
    expect(seen[0]).toBe(active);

    const finalized = await acct.as<Listed>(admin, 'ADMIN', LIST, {
      filter: { status: 'FINALIZED' },
    });
    const nodes = finalized.data!.creditReservations.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id).sort()).toEqual([...settled].sort());
    expect(nodes.every((n) => n.user.id === student && BigInt(n.charged.microCredits) > 0n)).toBe(
      true,
    );
  });

  test('a refund shows on its reservation, once; a second refund is a CONFLICT', async () => {
    const target = settled[0]!;
    const refunded = await acct.as<{ refundReservation: { id: string } }>(
      admin,
      'ADMIN',
      'mutation($id: ID!) { refundReservation(id: $id, note: "wrong answer") { id } }',
      { id: target },
    );
    expect(refunded.errors).toBeUndefined();
    const listed = await acct.as<Listed>(admin, 'ADMIN', LIST, { filter: { userId: student } });
    const byId = new Map(listed.data!.creditReservations.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(target)?.refund).toEqual({
      id: refunded.data!.refundReservation.id,
      source: 'REFUND',
      amount: { microCredits: byId.get(target)!.charged.microCredits },
    });
    expect(byId.get(settled[1]!)?.refund).toBeNull();
    const again = await acct.as(
      admin,
      'ADMIN',
      'mutation($id: ID!) { refundReservation(id: $id) { id } }',
      { id: target },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  test('a student lists only their own; their supervisor may name them; others are refused', async () => {
    const own = await acct.as<Listed>(student, 'STUDENT', LIST, {});
    expect(own.errors).toBeUndefined();
    expect(own.data!.creditReservations.edges.map((e) => e.node.userId)).toEqual(
      settled.map(() => student),
    );
    const foreign = await acct.as(student, 'STUDENT', LIST, { filter: { userId: other } });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const supervised = await acct.as<Listed>(supervisor, 'SUPERVISOR', LIST, {
      filter: { userId: student },
    });
    expect(supervised.data!.creditReservations.edges).toHaveLength(settled.length);
    const unsupervised = await acct.as(supervisor, 'SUPERVISOR', LIST, {
      filter: { userId: other },
    });
    expect(codeOf(unsupervised)).toBe('FORBIDDEN');
    const bad = await acct.as(admin, 'ADMIN', LIST, { filter: { userId: 'not-a-user' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  test('admins page through every supervisor budget; supervisors may not list them', async () => {
    const supervisors = [randomUUID(), randomUUID(), randomUUID()];
    for (const [index, id] of supervisors.entries()) {
      const adjusted = await acct.as(
        admin,
        'ADMIN',
        'mutation($s: ID!, $a: Float!) { adjustSupervisorBudget(supervisorId: $s, amount: $a) { remaining { credits } } }',
        { s: id, a: 10 * (index + 1) },
      );
      expect(adjusted.errors).toBeUndefined();
    }
    const seen = new Map<string, string>();
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: {
          supervisorBudgets: {
            edges: Array<{
              node: { supervisor: { id: string }; remaining: { microCredits: string } };
            }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
        errors?: unknown;
      } = await acct.as(admin, 'ADMIN', BUDGETS, { first: 2, after });
      expect(page.errors).toBeUndefined();
      for (const edge of page.data!.supervisorBudgets.edges)
        seen.set(edge.node.supervisor.id, edge.node.remaining.microCredits);
      if (!page.data!.supervisorBudgets.pageInfo.hasNextPage) break;
      after = page.data!.supervisorBudgets.pageInfo.endCursor;
    }
    expect([...seen.keys()].sort()).toEqual([...supervisors].sort());
    expect(seen.get(supervisors[2]!)).toBe('30000000');
    const refused = await acct.as(supervisor, 'SUPERVISOR', BUDGETS, {});
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  test('an admin takes credits back from a budget, never below zero and never from a budget that does not exist', async () => {
    const ADJUST =
      'mutation($s: ID!, $a: Float!) { adjustSupervisorBudget(supervisorId: $s, amount: $a) { granted { microCredits } remaining { microCredits } } }';
    type Adjusted = {
      adjustSupervisorBudget: {
        granted: { microCredits: string };
        remaining: { microCredits: string };
      };
    };
    const teacher = randomUUID();
    const none = await acct.as(admin, 'ADMIN', ADJUST, { s: teacher, a: -1 });
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    expect((await acct.as(admin, 'ADMIN', ADJUST, { s: teacher, a: 10 })).errors).toBeUndefined();
    const back = await acct.as<Adjusted>(admin, 'ADMIN', ADJUST, { s: teacher, a: -4 });
    expect(back.errors).toBeUndefined();
    expect(back.data!.adjustSupervisorBudget.remaining.microCredits).toBe('6000000');
    expect(back.data!.adjustSupervisorBudget.granted.microCredits).toBe('6000000');
    const tooMuch = await acct.as(admin, 'ADMIN', ADJUST, { s: teacher, a: -7 });
    expect(codeOf(tooMuch)).toBe('BAD_USER_INPUT');
    const all = await acct.as<Adjusted>(admin, 'ADMIN', ADJUST, { s: teacher, a: -6 });
    expect(all.data!.adjustSupervisorBudget.remaining.microCredits).toBe('0');
  });
});
