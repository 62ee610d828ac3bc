import { graphql, TEST_ENV } from '@aula/runtime/src/testing';
import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { findLedgerViolations } from './invariants';
import { eventually } from '@aula/runtime/src/testing';
import { startAccounting, type AccountingHarness } from './testing/harness';
import {
  ALLOCATE,
  BALANCE_ENTITY,
  balanceHolds,
  FINALIZE,
  RESERVATION,
  RESERVE,
  type BalanceView,
  type ReservationView,
} from './testing/operations';

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const admin = randomUUID();
const supervisor = randomUUID();
const supervisedStudent = randomUUID();

const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

describe('reservation lifecycle: expiry, the reaper, stream limits and supervisor budgets', () => {
  let acct: AccountingHarness;
  beforeAll(async () => {
    // Two replicas run the reaper against the same database.
    acct = await startAccounting({
      env: {
        ACCOUNTING_REAPER_GRACE_SECONDS: '0',
        ACCOUNTING_REAPER_INTERVAL_MS: '150',
      },
      backgroundReplicas: 2,
      supervises: [[supervisor, supervisedStudent]],
    });
  });
  afterAll(async () => {
    await acct?.close();
  });

  const grant = async (userId: string, amount: number, expiresAt?: Date) => {
    const result = await acct.as(admin, 'ADMIN', ALLOCATE, {
      userId,
      amount,
      expiresAt: expiresAt?.toISOString(),
    });
    expect(result.errors).toBeUndefined();
  };
  const balance = async (
    userId: string,
    as: [string, 'ADMIN' | 'SUPERVISOR'] = [admin, 'ADMIN'],
  ) => {
    const result = await acct.as<{ _entities: Array<{ credits: BalanceView } | null> }>(
      as[0],
      as[1],
      BALANCE_ENTITY,
      {
        reps: [{ __typename: 'User', id: userId }],
      },
    );
    return { credits: result.data?._entities[0]?.credits, errors: result.errors };
  };
  const credits = async (userId: string) => (await balance(userId)).credits!;
  const reserve = (
    userId: string,
    estimatedInputTokens: number,
    maxOutputTokens: number,
    expiresInSeconds = 300,
  ) =>
    acct.asChat<{ reserveCredits: ReservationView }>(RESERVE, {
      input: {
        sessionId: randomUUID(),
        userId,
        modelId: HAIKU,
        estimatedInputTokens,
        maxOutputTokens,
        clientKey: randomUUID(),
        expiresInSeconds,
      },
    });
  const finalize = async (id: string, inputTokens: number, outputTokens: number) => {
    const result = await acct.asChat<{ finalizeReservation: ReservationView }>(FINALIZE, {
      id,
      usage: { inputTokens, outputTokens },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.finalizeReservation;
  };

  it('reads the credits of many people in one request exactly as one by one, refusing only those the caller may not see', async () => {
    const settled = randomUUID();
    const holding = randomUUID();
    const expiring = randomUUID();
    const nobody = randomUUID();
    await grant(settled, 2);
    const spent = await reserve(settled, 1000, 1000);
    await finalize(spent.data!.reserveCredits.id, 1000, 500);
    await grant(holding, 3, new Date(Date.now() + 3_600_000));
    await grant(holding, 1);
    await reserve(holding, 100, 100);
    await grant(expiring, 1, new Date(Date.now() + 3_600_000));
    const people = [settled, holding, expiring, nobody, 'not-a-uuid', supervisedStudent, settled];
    const one = await Promise.all(people.map(async (id) => (await balance(id)).credits));
    const together = await acct.as<{
      _entities: Array<{ id: string; credits: BalanceView } | null>;
    }>(admin, 'ADMIN', BALANCE_ENTITY, { reps: people.map((id) => ({ __typename: 'User', id })) });
    expect(together.errors).toBeUndefined();
    expect(together.data!._entities.map((entity) => entity?.credits)).toEqual(one);
    expect(one[1]).toMatchObject({ activeStreams: 1, granted: { microCredits: '4000000' } });
    expect(one[1]!.nextExpiry).not.toBeNull();
    expect(one[3]).toMatchObject({ granted: { microCredits: '0' }, nextExpiry: null });

    // A supervisor reading a list: their student's credits, a FORBIDDEN error for the others.
    const mixed = await acct.as<{ _entities: Array<{ credits: BalanceView | null } | null> }>(
      supervisor,
      'SUPERVISOR',
      BALANCE_ENTITY,
      { reps: [supervisedStudent, settled].map((id) => ({ __typename: 'User', id })) },
    );
    expect(mixed.data?._entities[0]?.credits).toEqual(one[5]);
    expect(mixed.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a stream beyond the concurrent limit with RATE_LIMITED, and allows it once one ends', async () => {
    const student = randomUUID();
    await grant(student, 10);
    const first = await reserve(student, 100, 100);
    const second = await reserve(student, 100, 100);
    const third = await reserve(student, 100, 100);
    expect(third.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      maxConcurrentStreams: 2,
    });
    await finalize(first.data!.reserveCredits.id, 10, 10);
    const fourth = await reserve(student, 100, 100);
    expect(fourth.errors).toBeUndefined();
    await finalize(second.data!.reserveCredits.id, 10, 10);
    await finalize(fourth.data!.reserveCredits.id, 10, 10);
    expect(await credits(student)).toMatchObject({
      activeStreams: 0,
      reserved: { microCredits: '0' },
    });
  });

  it('never spends expired grants, yet settles a reservation whose grant expired meanwhile', async () => {
    const student = randomUUID();
    const expiresAt = Date.now() + 1500;
    await grant(student, 1, new Date(expiresAt));
    await grant(student, 1);
    expect((await credits(student)).nextExpiry).toMatchObject({
      amount: { microCredits: '1000000' },
    });
    // (1000 + 3000) x 250 x 1.2 = 1.2 credits: all of the expiring grant, 0.2 of the other.
    const { data } = await reserve(student, 1000, 3000);
    const id = data!.reserveCredits.id;
    await sleepUntil(expiresAt + 200);
    // 0.5 credits used: taken from the expiring grant first; its other 0.5 returns to it, expired.
    const settled = await finalize(id, 1000, 1000);
    expect(settled).toMatchObject({ status: 'FINALIZED', charged: { microCredits: '500000' } });
    const after = await credits(student);
    expect(after).toMatchObject({
      available: { microCredits: '1000000' },
      expired: { microCredits: '500000' },
      spent: { microCredits: '500000' },
      granted: { microCredits: '2000000' },
      nextExpiry: null,
    });
    expect(balanceHolds(after)).toBe(true);
    const tooMuch = await reserve(student, 1000, 3000);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      availableMicroCredits: '1000000',
    });
    const past = await acct.as(admin, 'ADMIN', ALLOCATE, {
      userId: student,
      amount: 1,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(past.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reaps a reservation nobody settled, then charges a late finalize from what is available without releasing twice', async () => {
    const student = randomUUID();
    await grant(student, 2);
    const { data } = await reserve(student, 1000, 3000, 2);
    const id = data!.reserveCredits.id;
    const reaped = await eventually(async () => {
      const result = await acct.asChat<{ creditReservation: ReservationView }>(RESERVATION, { id });
      return result.data?.creditReservation.status === 'EXPIRED'
        ? result.data.creditReservation
        : false;
    }, 'the reaper');
    expect(reaped.expiredReason).toContain('by its deadline plus 0s grace');
    expect(await credits(student)).toMatchObject({
      available: { microCredits: '2000000' },
      reserved: { microCredits: '0' },
      activeStreams: 0,
    });
    const late = await finalize(id, 1000, 1000);
    expect(late).toMatchObject({
      status: 'EXPIRED',
      charged: { microCredits: '500000' },
      availableAfter: { microCredits: '1500000' },
    });
    expect(await finalize(id, 1000, 1000)).toEqual(late);
    const after = await credits(student);
    expect(after).toMatchObject({
      available: { microCredits: '1500000' },
      spent: { microCredits: '500000' },
    });
    expect(balanceHolds(after)).toBe(true);
    expect(await findLedgerViolations(acct.database.db)).toEqual([]);
  });

  it('lets a supervisor grant only their own students, only within the budget an admin gave', async () => {
    const stranger = randomUUID();
    const budget = await acct.as(
      admin,
      'ADMIN',
      'mutation($s: ID!) { adjustSupervisorBudget(supervisorId: $s, amount: 5) { remaining { microCredits } } }',
      { s: supervisor },
    );
    expect(budget.data).toEqual({
      adjustSupervisorBudget: { remaining: { microCredits: '5000000' } },
    });
    const asSupervisor = (query: string, variables: Record<string, unknown>) =>
      acct.as(supervisor, 'SUPERVISOR', query, variables);
    expect(
      (await asSupervisor(ALLOCATE, { userId: supervisedStudent, amount: 3 })).errors,
    ).toBeUndefined();
    const over = await asSupervisor(ALLOCATE, { userId: supervisedStudent, amount: 3 });
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      availableMicroCredits: '2000000',
    });
    const notMine = await asSupervisor(ALLOCATE, { userId: stranger, amount: 1 });
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bulk = await asSupervisor(
      'mutation($u: [ID!]!) { allocateCreditsBulk(userIds: $u, amount: 2) { id } }',
      { u: [supervisedStudent] },
    );
    expect(bulk.errors).toBeUndefined();
    const own = await asSupervisor(
      'query($s: ID!) { supervisorBudget(supervisorId: $s) { remaining { microCredits } } }',
      { s: supervisor },
    );
    expect(own.data).toEqual({ supervisorBudget: { remaining: { microCredits: '0' } } });
    const selfRaise = await asSupervisor(
      'mutation($s: ID!) { adjustSupervisorBudget(supervisorId: $s, amount: 5) { remaining { credits } } }',
      { s: supervisor },
    );
    expect(selfRaise.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const overdraw = await acct.as(
      admin,
      'ADMIN',
      'mutation($s: ID!) { adjustSupervisorBudget(supervisorId: $s, amount: -1) { remaining { credits } } }',
      { s: supervisor },
    );
    expect(overdraw.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const seen = await balance(supervisedStudent, [supervisor, 'SUPERVISOR']);
    expect(seen.credits?.granted.microCredits).toBe('5000000');
    const hidden = await balance(stranger, [supervisor, 'SUPERVISOR']);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an API key read usage with usage:read but never move credits', async () => {
    // A token as auth mints it when an admin's API key is exchanged: key id and scopes inside.
    const token = jwt.sign(
      { role: 'ADMIN', kid: randomUUID(), scp: ['usage:read'] },
      TEST_ENV.JWT_SECRET,
      {
        algorithm: 'HS256',
        subject: admin,
        issuer: TEST_ENV.JWT_ISSUER,
        audience: TEST_ENV.JWT_AUDIENCE,
        expiresIn: 300,
        jwtid: randomUUID(),
      },
    );
    const read = await graphql(acct.url, '{ usage(filter: {}) { totals { streams } } }', {}, token);
    expect(read.errors).toBeUndefined();
    const write = await graphql(acct.url, ALLOCATE, { userId: randomUUID(), amount: 1 }, token);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(write.errors?.[0]?.message).toContain('API keys cannot do this');
  });
});
