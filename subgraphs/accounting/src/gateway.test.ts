import { signServiceToken } from '@aula/runtime';
import {
  graphql,
  startTestPlatform,
  TEST_ENV,
  TEST_TOKENS,
  testAccessToken,
  type TestPlatform,
} from '@aula/gateway/src/testing/platform';
import { randomUUID } from 'node:crypto';
import { findLedgerViolations } from './invariants';
import { ABORT, FINALIZE, RESERVE, type ReservationView } from './testing/operations';

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const BALANCE = `{ me { id credits { available { credits microCredits } reserved { microCredits } granted { microCredits } spent { microCredits } } } }`;

type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
const codeOf = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('accounting through the gateway', () => {
  let platform: TestPlatform;
  let adminToken: string;
  let studentToken: string;
  let studentId: string;
  const login = async (email: string, password: string) => {
    const result = await graphql<{ login: { accessToken: string; user: { id: string } } }>(
      platform.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }',
      { e: email, p: password },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.login;
  };
  const asChat = <T>(query: string, variables: Record<string, unknown>) =>
    graphql<T>(
      platform.subgraphs.accounting!.url,
      query,
      variables,
      signServiceToken(TEST_TOKENS, 'chat'),
    );

  beforeAll(async () => {
    platform = await startTestPlatform();
    adminToken = (await login(TEST_ENV.AULA_ADMIN_EMAIL, TEST_ENV.AULA_ADMIN_PASSWORD)).accessToken;
    const created = await graphql<{ createUser: { id: string } }>(
      platform.url,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: 'ada@test.aula',
          displayName: 'Ada',
          role: 'STUDENT',
          password: 'student-password-1',
        },
      },
      adminToken,
    );
    expect(created.errors).toBeUndefined();
    const student = await login('ada@test.aula', 'student-password-1');
    studentToken = student.accessToken;
    studentId = student.user.id;
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('lets an admin grant credits that the student then sees, spends through chat, and reads in the ledger and usage', async () => {
    const granted = await graphql<{
      allocateCredits: {
        amount: { credits: number };
        user: { displayName: string };
        grantedBy: { id: string };
      };
    }>(
      platform.url,
      `
        mutation ($u: ID!) {
          allocateCredits(userId: $u, amount: 12.5, note: "Term start") {
            amount {
              credits
            }
            user {
              displayName
            }
            grantedBy {
              id
            }
          }
        }
      `,
      { u: studentId },
      adminToken,
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.allocateCredits).toMatchObject({
      amount: { credits: 12.5 },
      user: { displayName: 'Ada' },
    });

    const seen = await graphql<{ me: { credits: unknown } }>(
      platform.url,
      BALANCE,
      {},
      studentToken,
    );
    expect(seen.data?.me.credits).toEqual({
      available: { credits: 12.5, microCredits: '12500000' },
      reserved: { microCredits: '0' },
      granted: { microCredits: '12500000' },
      spent: { microCredits: '0' },
    });

    const input = {
      sessionId: randomUUID(),
      userId: studentId,
      modelId: HAIKU,
      estimatedInputTokens: 2000,
      maxOutputTokens: 1000,
    };
    const reserved = await asChat<{ reserveCredits: ReservationView }>(RESERVE, { input });
    expect(reserved.errors).toBeUndefined();
    const during = await graphql<{ me: { credits: { reserved: { microCredits: string } } } }>(
      platform.url,
      BALANCE,
      {},
      studentToken,
    );
    expect(during.data?.me.credits.reserved.microCredits).toBe('900000');
    const finalized = await asChat<{ finalizeReservation: ReservationView }>(FINALIZE, {
      id: reserved.data!.reserveCredits.id,
      usage: { inputTokens: 1800, outputTokens: 400 },
    });
    expect(finalized.data?.finalizeReservation).toMatchObject({
      charged: { microCredits: '550000' },
    });
    const second = await asChat<{ reserveCredits: ReservationView }>(RESERVE, { input });
    await asChat(ABORT, {
      id: second.data!.reserveCredits.id,
      usage: { inputTokens: 2000, outputTokens: 40 },
    });

    const after = await graphql<{
      me: { credits: { available: { microCredits: string }; spent: { microCredits: string } } };
    }>(platform.url, BALANCE, {}, studentToken);
    expect(after.data?.me.credits).toMatchObject({
      available: { microCredits: '11440000' },
      spent: { microCredits: '1060000' },
    });

    // The ledger pages newest first with cursors that continue exactly where the last page ended.
    const page = (after: string | null) =>
      graphql<{
        creditLedger: {
          edges: Array<{
            cursor: string;
            node: { kind: string; amount: { microCredits: string } };
          }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        platform.url,
        'query($u: ID!, $a: String) { creditLedger(userId: $u, first: 3, after: $a) { edges { cursor node { kind amount { microCredits } } } pageInfo { hasNextPage endCursor } } }',
        { u: studentId, a: after },
        studentToken,
      );
    const kinds: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const result = await page(cursor);
      expect(result.errors).toBeUndefined();
      kinds.push(...result.data!.creditLedger.edges.map((e) => e.node.kind));
      if (!result.data!.creditLedger.pageInfo.hasNextPage) break;
      cursor = result.data!.creditLedger.pageInfo.endCursor;
    }
    expect(kinds).toEqual([
      'RELEASE',
      'CHARGE',
      'RESERVE',
      'RELEASE',
      'CHARGE',
      'RESERVE',
      'GRANT',
    ]);

    const usage = await graphql<{
      usage: {
        rows: Array<{ modelId: string; streams: number; charged: { microCredits: string } }>;
        totals: { streams: number; inputTokens: number; charged: { microCredits: string } };
      };
    }>(
      platform.url,
      '{ usage(filter: { groupBy: [MODEL, DAY] }) { rows { modelId day streams charged { microCredits } } totals { streams inputTokens charged { microCredits } } } }',
      {},
      studentToken,
    );
    expect(usage.errors).toBeUndefined();
    expect(usage.data!.usage.rows).toHaveLength(1);
    expect(usage.data!.usage.rows[0]).toMatchObject({
      modelId: HAIKU,
      streams: 2,
      charged: { microCredits: '1060000' },
    });
    expect(usage.data!.usage.totals).toEqual({
      streams: 2,
      inputTokens: 3800,
      charged: { microCredits: '1060000' },
    });

    const analytics = await graphql<{
      streamingAnalytics: Array<{
        streams: number;
        finalized: number;
        aborted: number;
        abortedShare: number;
      }>;
    }>(
      platform.url,
      'query($f: DateTime!, $t: DateTime!) { streamingAnalytics(from: $f, to: $t) { day streams finalized aborted abortedShare averageReserved { credits } averageCharged { credits } } }',
      {
        f: new Date(Date.now() - 86_400_000).toISOString(),
        t: new Date(Date.now() + 86_400_000).toISOString(),
      },
      adminToken,
    );
    expect(analytics.errors).toBeUndefined();
    const totals = analytics.data!.streamingAnalytics.reduce((sum, d) => sum + d.streams, 0);
    expect(totals).toBe(2);
    expect(analytics.data!.streamingAnalytics.at(-1)).toMatchObject({
      finalized: 1,
      aborted: 1,
      abortedShare: 0.5,
    });

    const refund = await graphql<{
      refundReservation: { source: string; amount: { microCredits: string } };
    }>(
      platform.url,
      'mutation($id: ID!) { refundReservation(id: $id) { source amount { microCredits } } }',
      { id: reserved.data!.reserveCredits.id },
      adminToken,
    );
    expect(refund.data?.refundReservation).toEqual({
      source: 'REFUND',
      amount: { microCredits: '550000' },
    });
    const again = await graphql(
      platform.url,
      'mutation($id: ID!) { refundReservation(id: $id) { id } }',
      { id: reserved.data!.reserveCredits.id },
      adminToken,
    );
    expect(codeOf(again.errors)).toBe('CONFLICT');
    expect(await findLedgerViolations(platform.database.db)).toEqual([]);
  });

  it('checks who may call every accounting mutation', async () => {
    const someone = randomUUID();
    const student = testAccessToken(randomUUID(), 'STUDENT');
    const supervisor = testAccessToken(randomUUID(), 'SUPERVISOR');
    const input = {
      sessionId: 's',
      userId: someone,
      modelId: HAIKU,
      estimatedInputTokens: 1,
      maxOutputTokens: 1,
    };
    const usage = { inputTokens: 1, outputTokens: 1 };
    const mutations: Array<[string, Record<string, unknown>]> = [
      ['mutation($u: ID!) { allocateCredits(userId: $u, amount: 1) { id } }', { u: someone }],
      [
        'mutation($u: [ID!]!) { allocateCreditsBulk(userIds: $u, amount: 1) { id } }',
        { u: [someone] },
      ],
      [
        'mutation($u: ID!) { adjustSupervisorBudget(supervisorId: $u, amount: 1) { updatedAt } }',
        { u: someone },
      ],
      [
        'mutation($u: ID!) { createCreditAllowance(input: { userId: $u, amount: 1, period: WEEKLY, rollover: true }) { id } }',
        { u: someone },
      ],
      ['mutation($u: ID!) { cancelCreditAllowance(id: $u) { id } }', { u: someone }],
      ['mutation { setModelPrice(modelId: "x.y", inputPer1k: 1, outputPer1k: 1) { modelId } }', {}],
      ['mutation($u: ID!) { refundReservation(id: $u) { id } }', { u: someone }],
      [RESERVE, { input }],
      [FINALIZE, { id: someone, usage }],
      [ABORT, { id: someone, usage }],
    ];
    for (const [query, variables] of mutations) {
      expect(codeOf((await graphql(platform.url, query, variables)).errors)).toBe(
        'UNAUTHENTICATED',
      );
      expect(codeOf((await graphql(platform.url, query, variables, student)).errors)).toBe(
        'FORBIDDEN',
      );
      // A supervisor who does not supervise `someone` is refused too (monitoring answers no).
      const bySupervisor = await graphql(platform.url, query, variables, supervisor);
      expect([query, codeOf(bySupervisor.errors)]).toEqual([query, 'FORBIDDEN']);
    }
    const peek = await graphql(
      platform.url,
      'query($u: ID!) { creditLedger(userId: $u) { edges { cursor } } }',
      { u: studentId },
      student,
    );
    expect(codeOf(peek.errors)).toBe('FORBIDDEN');
    const others = await graphql(
      platform.url,
      'query($u: ID!) { usage(filter: { userId: $u }) { totals { streams } } }',
      { u: studentId },
      student,
    );
    expect(codeOf(others.errors)).toBe('FORBIDDEN');
    const known = await graphql<{ isKnownModel: boolean }>(
      platform.subgraphs.accounting!.url,
      '{ isKnownModel(modelId: "amazon.titan-text-express-v1") }',
      {},
      signServiceToken(TEST_TOKENS, 'content'),
    );
    expect(known.data).toEqual({ isKnownModel: true });
    expect(
      codeOf(
        (await graphql(platform.url, '{ isKnownModel(modelId: "x") }', {}, adminToken)).errors,
      ),
    ).toBe('FORBIDDEN');
    const prices = await graphql<{ modelPrices: Array<{ modelId: string }> }>(
      platform.url,
      '{ modelPrices { modelId inputPer1k { credits } outputPer1k { credits } } }',
      {},
      studentToken,
    );
    expect(prices.data?.modelPrices.map((p) => p.modelId)).toEqual(
      expect.arrayContaining([HAIKU, 'anthropic.claude-sonnet-4-20250514-v1:0']),
    );
  });
});
