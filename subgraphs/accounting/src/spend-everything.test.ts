import { randomUUID } from 'node:crypto';
import { findLedgerViolations } from './invariants';
import { booksOf, type Books } from './testing/books';
import { startAccounting, type AccountingHarness } from './testing/harness';
import { EXTEND, RESERVE, type ReservationView } from './testing/operations';

const admin = randomUUID();
// 1 micro-credit per input token, 3 per output token: the cost is easy to fit to the micro-credit.
const price = { input: 1n, output: 3n };

describe('grant everything, spend everything: the books close to the micro-credit', () => {
  let acct: AccountingHarness;
  let books: Books;
  let model: string;
  beforeAll(async () => {
    acct = await startAccounting({ env: { ACCOUNTING_MAX_CONCURRENT_STREAMS: '4' } });
    books = booksOf(acct, admin);
    model = `test.spend-${randomUUID().slice(0, 8)}`;
    const set = await acct.as(
      admin,
      'ADMIN',
      'mutation($m: ID!) { setModelPrice(modelId: $m, inputPer1k: 0.001, outputPer1k: 0.003) { modelId } }',
      { m: model },
    );
    expect(set.errors).toBeUndefined();
  });
  afterAll(async () => {
    await acct?.close();
  });

  const reserve = async (userId: string, input: number, output: number) => {
    const result = await acct.asChat<{ reserveCredits: ReservationView }>(RESERVE, {
      input: {
        sessionId: randomUUID(),
        userId,
        modelId: model,
        estimatedInputTokens: input,
        maxOutputTokens: output,
        clientKey: randomUUID(),
        expiresInSeconds: 120,
      },
    });
    if (result.errors?.[0]?.extensions?.code === 'INSUFFICIENT_CREDITS') return null;
    expect(result.errors).toBeUndefined();
    return result.data!.reserveCredits;
  };
  const extend = async (id: string, input: number, output: number) => {
    const result = await acct.asChat<{ extendReservation: ReservationView }>(EXTEND, {
      input: { reservationId: id, additionalInputTokens: input, additionalOutputTokens: output },
    });
    if (result.errors?.[0]?.extensions?.code === 'INSUFFICIENT_CREDITS') return null;
    expect(result.errors).toBeUndefined();
    return result.data!.extendReservation;
  };
  const cost = (input: number, output: number) =>
    BigInt(input) * price.input + BigInt(output) * price.output;

  it('lets concurrent answers, each capped by its reservation, spend every granted micro-credit', async () => {
    const student = randomUUID();
    const expiresAt = new Date(Date.now() + 1500);
    await books.grant(student, 0.2, expiresAt);
    await books.grant(student, 0.5);
    await books.grant(student, 0.333333);
    const granted = 1_033_333n;
    const settled: ReservationView[] = [];

    // An answer as chat runs it: reserve, extend before each tool round while credit lasts,
    // then settle for what streamed, which never costs more than what is reserved.
    const answer = async (round: number): Promise<boolean> => {
      let held = await reserve(student, 20_000, 5_000);
      if (!held) return false;
      let input = 20_000 + (round % 7) * 1_000;
      let output = 2_000 + (round % 5) * 700;
      for (let tool = 0; tool < round % 3; tool += 1) {
        const more = await extend(held.id, 10_000, 2_000);
        if (!more) break;
        held = more;
        input += 10_000;
        output += 1_500;
      }
      const reserved = BigInt(held.reserved.microCredits);
      while (cost(input, output) > reserved) {
        if (output > 0) output -= 1;
        else input -= 1;
      }
      settled.push(await books.finalize(held.id, input, output));
      return true;
    };
    await Promise.all(
      [0, 1, 2].map(async (worker) => {
        for (let round = worker; await answer(round); round += 3);
      }),
    );
    expect(settled.length).toBeGreaterThan(10);
    // The expiring grant has expired by now, whatever of it was left over.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, expiresAt.getTime() + 100 - Date.now())),
    );

    // What is left is less than one standard answer: spend it with answers that fit exactly.
    for (;;) {
      const available = BigInt((await books.balance(student)).available.microCredits);
      if (available === 0n) break;
      // reserve sets aside ceil(1.2 x cost), at least 1: take the most input tokens that fits.
      const tokens = Number((available * 10n) / 12n);
      const held = await reserve(student, tokens, 0);
      expect(held).not.toBeNull();
      settled.push(await books.finalize(held!.id, Number(held!.reserved.microCredits), 0));
    }

    const after = await books.balance(student);
    const n = (v: { microCredits: string }) => BigInt(v.microCredits);
    expect(n(after.granted)).toBe(granted);
    expect(n(after.available)).toBe(0n);
    expect(n(after.reserved)).toBe(0n);
    expect(after.activeStreams).toBe(0);
    expect(n(after.granted)).toBe(n(after.spent) + n(after.available) + n(after.expired));
    expect(n(after.expired)).toBeLessThanOrEqual(200_000n);
    const charged = settled.reduce((sum, r) => sum + n(r.charged), 0n);
    expect(charged).toBe(n(after.spent));
    expect(settled.filter((r) => r.shortfall.microCredits !== '0')).toEqual([]);
    const usage = await acct.as<{ usage: { totals: { shortfall: { microCredits: string } } } }>(
      admin,
      'ADMIN',
      'query($u: ID!) { usage(filter: { userId: $u }) { totals { shortfall { microCredits } } } }',
      { u: student },
    );
    expect(usage.data?.usage.totals.shortfall.microCredits).toBe('0');
    expect(await findLedgerViolations(acct.database.db)).toEqual([]);
  });
});
