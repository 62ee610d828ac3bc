import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { findLedgerViolations } from './invariants';
import { startAccounting, type AccountingHarness } from './testing/harness';
import {
  ABORT,
  ALLOCATE,
  BALANCE_ENTITY,
  balanceHolds,
  FINALIZE,
  RESERVE,
  type BalanceView,
  type ReservationView,
} from './testing/operations';

// claude-3-haiku is seeded at 0.25 credits per 1k tokens in and out: 250 micro-credits a token.
const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const admin = randomUUID();

describe('streaming reservations (accounting subgraph, chat service identity)', () => {
  let acct: AccountingHarness;
  beforeAll(async () => {
    // Room for 200 streams of one person, so only credits limit the concurrency test.
    acct = await startAccounting({ env: { ACCOUNTING_MAX_CONCURRENT_STREAMS: '500' } });
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
  const balance = async (userId: string): Promise<BalanceView> => {
    const result = await acct.as<{ _entities: Array<{ credits: BalanceView }> }>(
      admin,
      'ADMIN',
      BALANCE_ENTITY,
      {
        reps: [{ __typename: 'User', id: userId }],
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data!._entities[0]!.credits;
  };
  const reserve = (
    userId: string,
    estimatedInputTokens: number,
    maxOutputTokens: number,
    modelId = HAIKU,
  ) =>
    acct.asChat<{ reserveCredits: ReservationView }>(RESERVE, {
      input: {
        sessionId: randomUUID(),
        userId,
        modelId,
        estimatedInputTokens,
        maxOutputTokens,
        clientKey: randomUUID(),
        expiresInSeconds: 300,
      },
    });
  const settle = (op: string, id: string, inputTokens: number, outputTokens: number) =>
    acct.asChat<{ finalizeReservation?: ReservationView; abortReservation?: ReservationView }>(op, {
      id,
      usage: { inputTokens, outputTokens },
    });
  const settledOf = (r: Awaited<ReturnType<typeof settle>>) =>
    r.data?.finalizeReservation ?? r.data?.abortReservation;

  it('lets exactly the 50 reservations that fit succeed out of 200 concurrent ones, keeping the books balanced throughout', async () => {
    const student = randomUUID();
    // 30 credits in two grants (one expiring), 0.6 credits per reservation: exactly 50 fit,
    // and one reservation has to draw from both grants.
    await grant(student, 10, new Date(Date.now() + 86_400_000));
    await grant(student, 20);
    const snapshots: BalanceView[] = [];
    let done = false;
    const watcher = (async () => {
      while (!done) snapshots.push(await balance(student));
    })();
    const results = await Promise.all(
      Array.from({ length: 200 }, () => reserve(student, 1000, 1000)),
    );
    done = true;
    await watcher;

    const ok = results.filter((r) => r.data?.reserveCredits);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(50);
    expect(refused).toHaveLength(150);
    for (const r of ok) expect(r.data!.reserveCredits.reserved.microCredits).toBe('600000');
    for (const r of refused) {
      expect(r.errors![0]!.extensions).toMatchObject({
        code: 'INSUFFICIENT_CREDITS',
        requiredMicroCredits: '600000',
        availableMicroCredits: '0',
      });
    }
    expect(snapshots.length).toBeGreaterThan(0);
    for (const snapshot of snapshots) expect(balanceHolds(snapshot)).toBe(true);
    const after = await balance(student);
    expect(after).toMatchObject({
      available: { microCredits: '0' },
      reserved: { microCredits: '30000000' },
      granted: { microCredits: '30000000' },
      activeStreams: 50,
    });
    expect(await findLedgerViolations(acct.database.db)).toEqual([]);

    // Settling them all concurrently charges the exact cost of each and releases the rest.
    const settled = await Promise.all(
      ok.map((r) => settle(FINALIZE, r.data!.reserveCredits.id, 1000, 500)),
    );
    for (const r of settled)
      expect(settledOf(r)).toMatchObject({
        status: 'FINALIZED',
        charged: { microCredits: '375000' },
      });
    expect(await balance(student)).toMatchObject({
      available: { microCredits: String(30_000_000 - 50 * 375_000) },
      reserved: { microCredits: '0' },
      spent: { microCredits: String(50 * 375_000) },
      activeStreams: 0,
    });
    expect(await findLedgerViolations(acct.database.db)).toEqual([]);
  });

  it('settles exactly once when finalize and abort race and are retried', async () => {
    const student = randomUUID();
    await grant(student, 5);
    const { data } = await reserve(student, 1000, 1000);
    const id = data!.reserveCredits.id;
    // finalize would charge (400 + 600) x 250 = 250,000; abort (100 + 50) x 250 = 37,500.
    const race = await Promise.all([
      settle(FINALIZE, id, 400, 600),
      settle(ABORT, id, 100, 50),
      settle(FINALIZE, id, 400, 600),
      settle(ABORT, id, 100, 50),
      settle(FINALIZE, id, 400, 600),
      settle(ABORT, id, 100, 50),
    ]);
    const outcomes = race.map((r) => {
      expect(r.errors).toBeUndefined();
      return settledOf(r)!;
    });
    const winner = outcomes[0]!;
    for (const outcome of outcomes) expect(outcome).toEqual(winner);
    const expected = winner.status === 'FINALIZED' ? 250_000 : 37_500;
    expect(winner.charged.microCredits).toBe(String(expected));
    const retry = settledOf(await settle(FINALIZE, id, 9999, 9999));
    expect(retry).toEqual(winner);
    expect(await balance(student)).toMatchObject({
      available: { microCredits: String(5_000_000 - expected) },
      spent: { microCredits: String(expected) },
      reserved: { microCredits: '0' },
    });
    const [usage] = await acct.database.db
      .execute(
        sql`select count(*)::int as n from accounting.usage_records where reservation_id = ${id}`,
      )
      .then((r) => (r as unknown as { rows: Array<{ n: number }> }).rows);
    expect(usage?.n).toBe(1);
    expect(await findLedgerViolations(acct.database.db)).toEqual([]);
  });

  it('charges what is available and records the shortfall when usage exceeds the reservation', async () => {
    const student = randomUUID();
    await grant(student, 1);
    const { data } = await reserve(student, 100, 100);
    expect(data!.reserveCredits.reserved.microCredits).toBe('60000');
    // (1000 + 5000) x 250 = 1,500,000 but the person only has 1,000,000 in total.
    const result = settledOf(await settle(FINALIZE, data!.reserveCredits.id, 1000, 5000))!;
    expect(result).toMatchObject({
      charged: { microCredits: '1000000' },
      shortfall: { microCredits: '500000' },
      availableAfter: { microCredits: '0' },
    });
    const after = await balance(student);
    expect(after).toMatchObject({
      available: { microCredits: '0' },
      spent: { microCredits: '1000000' },
    });
    expect(balanceHolds(after)).toBe(true);
  });

  it('rounds once, up, at settlement, in exact micro-credits', async () => {
    const model = `test.rounding-${randomUUID().slice(0, 8)}`;
    const set = await acct.as(
      admin,
      'ADMIN',
      'mutation($m: ID!) { setModelPrice(modelId: $m, inputPer1k: 0.0008, outputPer1k: 0.0016) { modelId } }',
      { m: model },
    );
    expect(set.errors).toBeUndefined();
    const student = randomUUID();
    await grant(student, 1);
    // One token in and out costs 0.8 + 1.6 = 2.4 micro-credits; x 1.2 = 2.88, reserved as 3.
    const { data } = await reserve(student, 1, 1, model);
    expect(data!.reserveCredits.reserved.microCredits).toBe('3');
    // 7 in + 2 out = 5.6 + 3.2 = 8.8 micro-credits, charged as 9 (not a whole credit).
    const result = settledOf(await settle(FINALIZE, data!.reserveCredits.id, 7, 2))!;
    expect(result.charged.microCredits).toBe('9');
    expect(result.shortfall.microCredits).toBe('0');
    const spent = await balance(student);
    expect(spent.spent.microCredits).toBe('9');
  });

  it('charges the price in force when the stream started, even after a price change', async () => {
    const model = `test.history-${randomUUID().slice(0, 8)}`;
    const setPrice = (input: number) =>
      acct.as(
        admin,
        'ADMIN',
        'mutation($m: ID!, $p: Float!) { setModelPrice(modelId: $m, inputPer1k: $p, outputPer1k: $p) { modelId } }',
        { m: model, p: input },
      );
    expect((await setPrice(1)).errors).toBeUndefined();
    const student = randomUUID();
    await grant(student, 100);
    const early = await reserve(student, 1000, 1000, model);
    expect((await setPrice(2)).errors).toBeUndefined();
    const late = await reserve(student, 1000, 1000, model);
    const a = settledOf(await settle(FINALIZE, early.data!.reserveCredits.id, 1000, 0))!;
    const b = settledOf(await settle(FINALIZE, late.data!.reserveCredits.id, 1000, 0))!;
    expect(a.charged.microCredits).toBe('1000000');
    expect(b.charged.microCredits).toBe('2000000');
    const history = await acct.as<{ modelPriceHistory: { edges: unknown[] } }>(
      admin,
      'ADMIN',
      'query($m: ID!) { modelPriceHistory(modelId: $m) { edges { node { inputPer1k { credits } } } } }',
      { m: model },
    );
    expect(history.data?.modelPriceHistory.edges).toEqual([
      { node: { inputPer1k: { credits: 2 } } },
      { node: { inputPer1k: { credits: 1 } } },
    ]);
  });

  it("pages a person's grants newest first without gaps or repeats", async () => {
    const student = randomUUID();
    for (const amount of [1, 2, 3]) await grant(student, amount);
    type Page = {
      creditGrants: {
        edges: Array<{ cursor: string; node: { amount: { credits: number } } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const PAGE = `query($u: ID!, $after: String) { creditGrants(userId: $u, first: 2, after: $after) {
      edges { cursor node { amount { credits } } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await acct.as<Page>(admin, 'ADMIN', PAGE, { u: student })).data!.creditGrants;
    expect(first.edges.map((e) => e.node.amount.credits)).toEqual([3, 2]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]!.cursor });
    const after = first.pageInfo.endCursor;
    const second = (await acct.as<Page>(admin, 'ADMIN', PAGE, { u: student, after })).data!
      .creditGrants;
    expect(second.edges.map((e) => e.node.amount.credits)).toEqual([1]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await acct.as(admin, 'ADMIN', PAGE, { u: student, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown model instead of guessing a rate', async () => {
    const student = randomUUID();
    await grant(student, 1);
    const result = await reserve(student, 10, 10, 'vendor.unknown-model-v1');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('vendor.unknown-model-v1');
    expect((await balance(student)).activeStreams).toBe(0);
  });

  it('refuses reserve, finalize and abort to end users and other services', async () => {
    const student = randomUUID();
    await grant(student, 1);
    const { data } = await reserve(student, 10, 10);
    const id = data!.reserveCredits.id;
    const input = {
      sessionId: 's',
      userId: student,
      modelId: HAIKU,
      estimatedInputTokens: 1,
      maxOutputTokens: 1,
      clientKey: randomUUID(),
      expiresInSeconds: 300,
    };
    const usage = { inputTokens: 0, outputTokens: 0 };
    for (const role of ['STUDENT', 'SUPERVISOR', 'ADMIN'] as const) {
      for (const [query, variables] of [
        [RESERVE, { input }],
        [FINALIZE, { id, usage }],
        [ABORT, { id, usage }],
      ] as const) {
        const result = await acct.as(student, role, query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = await fetch(acct.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: FINALIZE, variables: { id, usage } }),
    }).then((r) => r.json() as Promise<{ errors: Array<{ extensions: { code: string } }> }>);
    expect(anonymous.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    for (const [query, variables] of [
      [RESERVE, { input }],
      [FINALIZE, { id, usage }],
      [ABORT, { id, usage }],
    ] as const) {
      const result = await acct.asService('content', query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // 20 tokens x 250 x 1.2: the reservation is untouched by every refused call.
    expect(await balance(student)).toMatchObject({
      reserved: { microCredits: '6000' },
      activeStreams: 1,
    });
  });

  it('keeps the ledger append-only', async () => {
    await expect(
      acct.database.db.execute(sql`update accounting.ledger_entries set amount = amount + 1`),
    ).rejects.toThrow();
    await expect(
      acct.database.db.execute(sql`delete from accounting.ledger_entries`),
    ).rejects.toThrow();
  });
});
