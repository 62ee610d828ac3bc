import { randomUUID } from 'node:crypto';
import { findLedgerViolations } from './invariants';
import { eventually } from '@aula/runtime/src/testing';
import { startAccounting, type AccountingHarness } from './testing/harness';
import { booksOf } from './testing/books';
import {
  balanceHolds,
  EXTEND,
  RESERVATION,
  RESERVE,
  type ReservationView,
} from './testing/operations';

// claude-3-haiku is seeded at 0.25 credits per 1k tokens in and out: 250 micro-credits a token.
const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const admin = randomUUID();

describe('the reservation contract chat relies on (idempotent reserve, extend, deadlines, reaper)', () => {
  let acct: AccountingHarness;
  beforeAll(async () => {
    acct = await startAccounting({
      env: { ACCOUNTING_REAPER_GRACE_SECONDS: '0', ACCOUNTING_REAPER_INTERVAL_MS: '150' },
    });
  });
  afterAll(async () => {
    await acct?.close();
  });
  const grant = (userId: string, amount: number) => booksOf(acct, admin).grant(userId, amount);
  const balance = (userId: string) => booksOf(acct, admin).balance(userId);
  const finalize = (id: string, input: number, output: number) =>
    booksOf(acct, admin).finalize(id, input, output);

  const reserve = (
    userId: string,
    tokens: { input: number; output: number },
    options: { clientKey?: string; expiresInSeconds?: number; modelId?: string } = {},
  ) =>
    acct.asChat<{ reserveCredits: ReservationView }>(RESERVE, {
      input: {
        sessionId: randomUUID(),
        userId,
        modelId: options.modelId ?? HAIKU,
        estimatedInputTokens: tokens.input,
        maxOutputTokens: tokens.output,
        clientKey: options.clientKey ?? randomUUID(),
        expiresInSeconds: options.expiresInSeconds ?? 300,
      },
    });
  const extend = (
    reservationId: string,
    input: number,
    output: number,
    expiresInSeconds?: number,
  ) =>
    acct.asChat<{ extendReservation: ReservationView }>(EXTEND, {
      input: {
        reservationId,
        additionalInputTokens: input,
        additionalOutputTokens: output,
        expiresInSeconds,
      },
    });
  const reservation = async (id: string) =>
    (await acct.asChat<{ creditReservation: ReservationView }>(RESERVATION, { id })).data!
      .creditReservation;

  it('returns the same reservation for a retried reserve with the same key, even when retries race', async () => {
    const student = randomUUID();
    await grant(student, 5);
    const clientKey = randomUUID();
    const tries = await Promise.all(
      Array.from({ length: 4 }, () =>
        reserve(student, { input: 1000, output: 1000 }, { clientKey }),
      ),
    );
    for (const t of tries) expect(t.errors).toBeUndefined();
    const ids = new Set(tries.map((t) => t.data!.reserveCredits.id));
    expect(ids.size).toBe(1);
    const again = await reserve(student, { input: 1000, output: 1000 }, { clientKey });
    expect(again.data!.reserveCredits.id).toBe([...ids][0]);
    // (1000 + 1000) x 250 x 1.2 = 600,000 micro-credits, set aside once.
    expect(await balance(student)).toMatchObject({
      reserved: { microCredits: '600000' },
      activeStreams: 1,
    });
    const stranger = randomUUID();
    await grant(stranger, 5);
    const stolen = await reserve(stranger, { input: 1, output: 1 }, { clientKey });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await finalize([...ids][0]!, 10, 10);
    // A retry after settlement still returns the one reservation, settled; nothing new is reserved.
    const late = await reserve(student, { input: 1000, output: 1000 }, { clientKey });
    expect(late.data!.reserveCredits).toMatchObject({ id: [...ids][0], status: 'FINALIZED' });
    expect(await balance(student)).toMatchObject({
      reserved: { microCredits: '0' },
      activeStreams: 0,
    });
  });

  it('freezes the price at reserve time and settles at it after the price changes', async () => {
    const model = `test.frozen-${randomUUID().slice(0, 8)}`;
    const setPrice = (p: number) =>
      acct.as(
        admin,
        'ADMIN',
        'mutation($m: ID!, $p: Float!) { setModelPrice(modelId: $m, inputPer1k: $p, outputPer1k: $p) { modelId } }',
        { m: model, p },
      );
    expect((await setPrice(0.001)).errors).toBeUndefined();
    const student = randomUUID();
    await grant(student, 10);
    const { data } = await reserve(student, { input: 1000, output: 1000 }, { modelId: model });
    const made = data!.reserveCredits;
    expect(made.inputPricePerMillionTokens.microCredits).toBe('1000000');
    expect(made.outputPricePerMillionTokens.microCredits).toBe('1000000');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await setPrice(0.5)).errors).toBeUndefined();
    // Extension and settlement both use the frozen 1 micro-credit a token.
    const extended = await extend(made.id, 0, 1000);
    expect(extended.data!.extendReservation.reserved.microCredits).toBe('3600');
    const settled = await finalize(made.id, 1500, 1500);
    expect(settled).toMatchObject({
      charged: { microCredits: '3000' },
      shortfall: { microCredits: '0' },
    });
  });

  it('extends an active reservation by (tokens x price) x 1.2, and refuses one it cannot pay without changing anything', async () => {
    const student = randomUUID();
    await grant(student, 1);
    const { data } = await reserve(
      student,
      { input: 1000, output: 1000 },
      { expiresInSeconds: 60 },
    );
    const made = data!.reserveCredits;
    expect(made.reserved.microCredits).toBe('600000');
    // 500 more output tokens: 500 x 250 x 1.2 = 150,000; the deadline moves too.
    const paid = await extend(made.id, 0, 500, 600);
    expect(paid.errors).toBeUndefined();
    const grown = paid.data!.extendReservation;
    expect(grown).toMatchObject({
      id: made.id,
      status: 'ACTIVE',
      reserved: { microCredits: '750000' },
      availableAfter: { microCredits: '250000' },
    });
    expect(Date.parse(grown.expiresAt)).toBeGreaterThan(Date.parse(made.expiresAt) + 500_000);
    // 1000 more output tokens would need 300,000; only 250,000 are left.
    const refused = await extend(made.id, 0, 1000, 5);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicroCredits: '300000',
      availableMicroCredits: '250000',
    });
    expect(await reservation(made.id)).toMatchObject({
      reserved: { microCredits: '750000' },
      expiresAt: grown.expiresAt,
    });
    expect(await balance(student)).toMatchObject({
      available: { microCredits: '250000' },
      reserved: { microCredits: '750000' },
    });
    // Usage within what was reserved is charged exactly; the rest goes back.
    const settled = await finalize(made.id, 1000, 1999);
    expect(settled).toMatchObject({
      charged: { microCredits: '749750' },
      shortfall: { microCredits: '0' },
      availableAfter: { microCredits: '250250' },
    });
    const closed = await extend(made.id, 0, 1);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'FINALIZED' });
    const after = await balance(student);
    expect(balanceHolds(after)).toBe(true);
    expect(after).toMatchObject({
      reserved: { microCredits: '0' },
      spent: { microCredits: '749750' },
    });
    expect(await findLedgerViolations(acct.database.db)).toEqual([]);
  });

  it('refuses a deadline beyond the accounting limit', async () => {
    const student = randomUUID();
    await grant(student, 1);
    const far = await reserve(student, { input: 1, output: 1 }, { expiresInSeconds: 100_000 });
    expect(far.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'expiresInSeconds',
    });
  });

  it("expires by each reservation's own deadline: a short one is reaped, a long one is left", async () => {
    const student = randomUUID();
    await grant(student, 2);
    const short = (await reserve(student, { input: 100, output: 100 }, { expiresInSeconds: 1 }))
      .data!.reserveCredits;
    const long = (await reserve(student, { input: 100, output: 100 }, { expiresInSeconds: 300 }))
      .data!.reserveCredits;
    const reaped = await eventually(async () => {
      const r = await reservation(short.id);
      return r.status === 'EXPIRED' ? r : false;
    }, 'the reaper to expire the short reservation');
    expect(reaped.expiredReason).toContain('deadline');
    expect((await reservation(long.id)).status).toBe('ACTIVE');
    expect(await balance(student)).toMatchObject({
      reserved: { microCredits: long.reserved.microCredits },
      activeStreams: 1,
    });
    await finalize(long.id, 0, 0);
  });

  it('never expires a reservation whose settlement chat holds pending; it settles exactly later', async () => {
    const student = randomUUID();
    await grant(student, 2);
    const held = (await reserve(student, { input: 1000, output: 1000 }, { expiresInSeconds: 1 }))
      .data!.reserveCredits;
    acct.chat.pending.add(held.id);
    // Two reaper passes that saw it past its deadline and asked chat about it.
    await eventually(
      async () =>
        acct.chat.asked.filter((ids) => ids.includes(held.id)).length >= 2 ? true : false,
      'two reaper passes asking chat',
    );
    expect((await reservation(held.id)).status).toBe('ACTIVE');
    const settled = await finalize(held.id, 1000, 400);
    expect(settled).toMatchObject({
      status: 'FINALIZED',
      charged: { microCredits: '350000' },
      shortfall: { microCredits: '0' },
    });
    acct.chat.pending.delete(held.id);
  });

  it('defers expiry while chat cannot be reached, and expires once chat answers', async () => {
    const student = randomUUID();
    await grant(student, 2);
    acct.chat.reachable = false;
    try {
      const orphan = (
        await reserve(student, { input: 1000, output: 1000 }, { expiresInSeconds: 1 })
      ).data!.reserveCredits;
      await eventually(
        async () => (Date.now() > Date.parse(orphan.expiresAt) + 300 ? true : false),
        'the deadline to pass',
      );
      const dropped = acct.chat.dropped;
      await eventually(
        async () => (acct.chat.dropped >= dropped + 2 ? true : false),
        'two more passes past the deadline',
      );
      expect((await reservation(orphan.id)).status).toBe('ACTIVE');
      expect(await balance(student)).toMatchObject({ reserved: { microCredits: '600000' } });
      acct.chat.reachable = true;
      const reaped = await eventually(async () => {
        const r = await reservation(orphan.id);
        return r.status === 'EXPIRED' ? r : false;
      }, 'the reaper once chat answers');
      expect(reaped.charged.microCredits).toBe('0');
      expect(await balance(student)).toMatchObject({
        available: { microCredits: '2000000' },
        reserved: { microCredits: '0' },
      });
    } finally {
      acct.chat.reachable = true;
    }
  });
});
