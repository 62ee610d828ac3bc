import { findLedgerViolations } from '@aula/accounting/src/invariants';
import type { TestUser } from '../chat/harness';
import { BOOT_TIMEOUT_MS, startIntegrationFixture, type IntegrationFixture } from './fixture';

const USAGE_FIELDS = `id user { id } amount { microCredits } description clientKey recordedBy { id } apiKeyId
  availableAfter { microCredits } reversal { id source amount { microCredits } }`;
const RECORD = `mutation($i: RecordExternalUsageInput!) { recordExternalUsage(input: $i) { ${USAGE_FIELDS} } }`;
const REVERSE = `mutation($id: ID!, $n: String) { reverseExternalUsage(id: $id, note: $n) { ${USAGE_FIELDS} } }`;
const AVAILABLE = `query($u: ID!) { user(id: $u) { credits { available { microCredits } spent { microCredits } granted { microCredits } } } }`;
const LEDGER = `query($u: ID!) { creditLedger(userId: $u, first: 100) { edges { node { kind amount { microCredits } note actor { id } } } } }`;

interface Usage {
  id: string;
  user: { id: string };
  amount: { microCredits: string };
  description: string;
  clientKey: string;
  recordedBy: { id: string };
  apiKeyId: string | null;
  availableAfter: { microCredits: string };
  reversal: { id: string; source: string; amount: { microCredits: string } } | null;
}

describe('USAGE_WRITE: external usage charged to a student through the gateway', () => {
  let f: IntegrationFixture;
  let teacher: TestUser;
  let student: TestUser;
  let stranger: TestUser;
  let key: TestUser;
  let n = 0;

  const record = async (who: TestUser, input: Record<string, unknown>) =>
    (await f.run<{ recordExternalUsage: Usage }>(who, RECORD, { i: input })).recordExternalUsage;
  const input = (userId: string, extra: Record<string, unknown>) => ({
    userId,
    description: 'Lab simulator, 10 minutes',
    clientKey: `lms-${(n += 1)}`,
    ...extra,
  });
  const credits = async (who: TestUser) =>
    (
      await f.run<{
        user: { credits: Record<'available' | 'spent' | 'granted', { microCredits: string }> };
      }>(f.admin, AVAILABLE, { u: who.id })
    ).user.credits;

  beforeAll(async () => {
    f = await startIntegrationFixture();
    [teacher, student, stranger] = await Promise.all([
      f.person('SUPERVISOR'),
      f.person('STUDENT', 5),
      f.person('STUDENT', 5),
    ]);
    await f.classOf([teacher], [student]);
    key = await f.apiKey(teacher, ['USAGE_WRITE']);
  }, BOOT_TIMEOUT_MS);
  afterAll(() => f?.close());
  afterEach(async () => expect(await findLedgerViolations(f.platform.database.db)).toEqual([]));

  it('charges exactly, once per client key, and shows in the ledger as the key owner', async () => {
    const first = input(student.id, { amount: 1.25 });
    const usage = await record(key, first);
    expect(usage).toMatchObject({
      user: { id: student.id },
      amount: { microCredits: '1250000' },
      recordedBy: { id: teacher.id },
      availableAfter: { microCredits: '3750000' },
      reversal: null,
    });
    expect(usage.apiKeyId).toEqual(expect.any(String));
    // A retry (the integration lost the answer) returns the first result and charges nothing.
    expect(await record(key, first)).toEqual(usage);
    expect(await credits(student)).toMatchObject({
      available: { microCredits: '3750000' },
      spent: { microCredits: '1250000' },
    });
    const exact = await record(key, input(student.id, { microCredits: '1' }));
    expect(exact.availableAfter.microCredits).toBe('3749999');

    const { creditLedger } = await f.run<{
      creditLedger: {
        edges: Array<{ node: { kind: string; amount: { microCredits: string }; note: string } }>;
      };
    }>(f.admin, LEDGER, { u: student.id });
    const charges = creditLedger.edges.map((e) => e.node).filter((e) => e.kind === 'CHARGE');
    expect(charges).toEqual([
      expect.objectContaining({
        amount: { microCredits: '1' },
        note: 'External usage: Lab simulator, 10 minutes',
        actor: { id: teacher.id },
      }),
      expect.objectContaining({ amount: { microCredits: '1250000' } }),
    ]);
    // The same key for another amount is a mistake, not a retry.
    expect(await f.codes(key, RECORD, { i: { ...first, amount: 2 } })).toEqual(['CONFLICT']);
  });

  it('refuses with INSUFFICIENT_CREDITS and changes nothing, even under concurrent requests', async () => {
    const poor = await f.person('STUDENT', 3);
    await f.classOf([teacher], [poor]);
    const tooMuch = input(poor.id, { amount: 3.000001 });
    const refused = await f.raw(key, RECORD, { i: tooMuch });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      requiredMicroCredits: '3000001',
      availableMicroCredits: '3000000',
    });
    expect((await credits(poor)).available.microCredits).toBe('3000000');

    // Eight charges of one credit at once against three: exactly three succeed.
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => f.raw(key, RECORD, { i: input(poor.id, { amount: 1 }) })),
    );
    const outcomes = attempts.map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'ok'));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'INSUFFICIENT_CREDITS')).toHaveLength(5);
    expect((await credits(poor)).available.microCredits).toBe('0');

    // Five retries of one key at once charge once.
    const rich = await f.person('STUDENT', 5);
    await f.classOf([teacher], [rich]);
    const once = input(rich.id, { amount: 1 });
    const retries = await Promise.all(Array.from({ length: 5 }, () => record(key, once)));
    expect(new Set(retries.map((u) => u.id)).size).toBe(1);
    expect((await credits(rich)).available.microCredits).toBe('4000000');
  });

  it('is bound to the key owner’s students and to the scope', async () => {
    expect(await f.codes(key, RECORD, { i: input(stranger.id, { amount: 1 }) })).toEqual([
      'FORBIDDEN',
    ]);
    const readOnly = await f.apiKey(teacher, ['USAGE_READ']);
    expect(await f.codes(readOnly, RECORD, { i: input(student.id, { amount: 1 }) })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await f.codes(student, RECORD, { i: input(student.id, { amount: 1 }) })).toEqual([
      'FORBIDDEN',
    ]);
    expect(await f.codes(key, RECORD, { i: input(student.id, {}) })).toEqual(['BAD_USER_INPUT']);
    expect((await credits(stranger)).available.microCredits).toBe('5000000');
  });

  it('is reversed by an admin, once, as a REFUND grant in the ledger', async () => {
    const before = await credits(student);
    const usage = await record(key, input(student.id, { amount: 0.5 }));
    expect(await f.codes(key, REVERSE, { id: usage.id })).toEqual(['FORBIDDEN']);
    expect(await f.codes(teacher, REVERSE, { id: usage.id })).toEqual(['FORBIDDEN']);
    const { reverseExternalUsage } = await f.run<{ reverseExternalUsage: Usage }>(
      f.admin,
      REVERSE,
      { id: usage.id, n: 'Simulator was down' },
    );
    expect(reverseExternalUsage.reversal).toMatchObject({
      source: 'REFUND',
      amount: { microCredits: '500000' },
    });
    expect(await f.codes(f.admin, REVERSE, { id: usage.id })).toEqual(['CONFLICT']);
    const after = await credits(student);
    expect(after.available).toEqual(before.available);
    expect(BigInt(after.granted.microCredits) - BigInt(before.granted.microCredits)).toBe(500000n);
    const { creditLedger } = await f.run<{
      creditLedger: {
        edges: Array<{ node: { kind: string; amount: { microCredits: string }; note: string } }>;
      };
    }>(student, LEDGER, { u: student.id });
    expect(creditLedger.edges[0]!.node).toMatchObject({
      kind: 'GRANT',
      amount: { microCredits: '500000' },
      note: 'Simulator was down',
    });
  });
});
