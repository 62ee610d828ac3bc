import { signServiceToken } from '@aula/runtime';
import {
  codeOf,
  graphql,
  startTestPlatform,
  TEST_TOKENS,
  testAccessToken,
  type TestPlatform,
} from '@aula/platform/testing';
import { randomUUID } from 'node:crypto';
import {
  ABORT,
  ALLOCATE,
  FINALIZE,
  RESERVE,
  type ReservationView,
} from '@aula/accounting/src/testing/operations';
import { createPerson, signInAdmin, type Person } from './people';

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';

describe('who may do what with credits, through the gateway with the real monitoring subgraph', () => {
  let platform: TestPlatform;
  let admin: Person;
  let supervisor: Person;
  let ada: Person;
  let bo: Person;
  let classId: string;
  const call = <T = Record<string, unknown>>(
    who: Person | undefined,
    query: string,
    variables: Record<string, unknown> = {},
  ) => graphql<T>(platform.url, query, variables, who?.token);

  // Booting five subgraphs and the gateway can be slow on a loaded machine; not a timing goal.
  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = await signInAdmin(platform);
    supervisor = await createPerson(platform, admin, {
      email: 'sam@test.aula',
      displayName: 'Sam',
      role: 'SUPERVISOR',
    });
    ada = await createPerson(platform, admin, {
      email: 'ada@test.aula',
      displayName: 'Ada',
      role: 'STUDENT',
    });
    bo = await createPerson(platform, admin, {
      email: 'bo@test.aula',
      displayName: 'Bo',
      role: 'STUDENT',
    });
    // Sam teaches Ada's class; Bo is in no class of Sam's.
    const created = await call<{ createClass: { id: string } }>(
      admin,
      'mutation($input: CreateClassInput!) { createClass(input: $input) { id } }',
      { input: { name: 'Biology 7B', supervisorIds: [supervisor.id], studentIds: [ada.id] } },
    );
    expect(created.errors).toBeUndefined();
    classId = created.data!.createClass.id;
  }, 240_000);
  afterAll(async () => {
    await platform?.close();
  });

  it('lets a supervisor see and grant credits to their own students only, within their budget', async () => {
    for (const student of [ada, bo])
      expect(
        (await call(admin, ALLOCATE, { userId: student.id, amount: 4 })).errors,
      ).toBeUndefined();
    const budget = await call(
      admin,
      'mutation($s: ID!) { adjustSupervisorBudget(supervisorId: $s, amount: 3) { remaining { credits } } }',
      { s: supervisor.id },
    );
    expect(budget.data).toEqual({ adjustSupervisorBudget: { remaining: { credits: 3 } } });

    // The class dashboard: monitoring's roster, with accounting's credits on each student.
    const roster = await call<{
      classRoster: {
        edges: Array<{
          node: { student: { id: string; credits: { available: { credits: number } } } };
        }>;
      };
    }>(
      supervisor,
      'query($c: ID!) { classRoster(classId: $c) { edges { node { student { id credits { available { credits } } } } } } }',
      { c: classId },
    );
    expect(roster.errors).toBeUndefined();
    expect(roster.data!.classRoster.edges.map((edge) => edge.node)).toEqual([
      { student: { id: ada.id, credits: { available: { credits: 4 } } } },
    ]);

    expect(
      (await call(supervisor, ALLOCATE, { userId: ada.id, amount: 2 })).errors,
    ).toBeUndefined();
    expect(codeOf(await call(supervisor, ALLOCATE, { userId: bo.id, amount: 1 }))).toBe(
      'FORBIDDEN',
    );
    const over = await call(supervisor, ALLOCATE, { userId: ada.id, amount: 2 });
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'INSUFFICIENT_CREDITS',
      availableMicroCredits: '1000000',
    });
    const ledger = await call<{ creditLedger: { edges: unknown[] } }>(
      supervisor,
      'query($u: ID!) { creditLedger(userId: $u) { edges { cursor } } }',
      { u: ada.id },
    );
    expect(ledger.data?.creditLedger.edges).toHaveLength(2);
    expect(
      codeOf(
        await call(supervisor, 'query($u: ID!) { creditLedger(userId: $u) { edges { cursor } } }', {
          u: bo.id,
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('reports usage by class to the class supervisor and to admins, never to students', async () => {
    const chat = signServiceToken(TEST_TOKENS, 'chat');
    for (const student of [ada, bo]) {
      const input = {
        sessionId: randomUUID(),
        userId: student.id,
        modelId: HAIKU,
        estimatedInputTokens: 100,
        maxOutputTokens: 100,
        clientKey: randomUUID(),
        expiresInSeconds: 300,
      };
      const reserved = await graphql<{ reserveCredits: ReservationView }>(
        platform.subgraphs.accounting!.url,
        RESERVE,
        { input },
        chat,
      );
      await graphql(
        platform.subgraphs.accounting!.url,
        FINALIZE,
        { id: reserved.data!.reserveCredits.id, usage: { inputTokens: 100, outputTokens: 20 } },
        chat,
      );
    }
    const byClass = `query($c: ID!) { usage(filter: { classId: $c, groupBy: [USER] }) {
      rows { user { id } streams charged { microCredits } } totals { streams } } }`;
    for (const reader of [supervisor, admin]) {
      const report = await call<{ usage: { rows: unknown[]; totals: { streams: number } } }>(
        reader,
        byClass,
        { c: classId },
      );
      expect(report.errors).toBeUndefined();
      // 120 tokens x 250 micro-credits: only Ada's stream, Bo is not in the class.
      expect(report.data!.usage).toEqual({
        rows: [{ user: { id: ada.id }, streams: 1, charged: { microCredits: '30000' } }],
        totals: { streams: 1 },
      });
    }
    expect(codeOf(await call(ada, byClass, { c: classId }))).toBe('FORBIDDEN');
    const notTheirs = await call(
      supervisor,
      'query($u: ID!) { usage(filter: { userId: $u }) { totals { streams } } }',
      { u: bo.id },
    );
    expect(codeOf(notTheirs)).toBe('FORBIDDEN');
  });

  it('checks who may call every accounting mutation', async () => {
    const someone = randomUUID();
    const student = testAccessToken(randomUUID(), 'STUDENT');
    const outsider = testAccessToken(randomUUID(), 'SUPERVISOR');
    const input = {
      sessionId: 's',
      userId: someone,
      modelId: HAIKU,
      estimatedInputTokens: 1,
      maxOutputTokens: 1,
      clientKey: randomUUID(),
      expiresInSeconds: 300,
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
    // Straight to the accounting subgraph: it must refuse by itself (and the service-only
    // reservation operations are not in the public API at all).
    const accountingUrl = platform.subgraphs.accounting?.url ?? '';
    for (const [query, variables] of mutations) {
      expect(codeOf(await graphql(accountingUrl, query, variables))).toBe('UNAUTHENTICATED');
      expect(codeOf(await graphql(accountingUrl, query, variables, student))).toBe('FORBIDDEN');
      // A supervisor who does not supervise `someone` is refused too (monitoring answers no).
      const bySupervisor = await graphql(accountingUrl, query, variables, outsider);
      expect([query, codeOf(bySupervisor)]).toEqual([query, 'FORBIDDEN']);
    }
    const peek = await graphql(
      platform.url,
      'query($u: ID!) { creditLedger(userId: $u) { edges { cursor } } }',
      { u: ada.id },
      student,
    );
    expect(codeOf(peek)).toBe('FORBIDDEN');
    const others = await graphql(
      platform.url,
      'query($u: ID!) { usage(filter: { userId: $u }) { totals { streams } } }',
      { u: ada.id },
      student,
    );
    expect(codeOf(others)).toBe('FORBIDDEN');
    const known = await graphql<{ isKnownModel: boolean }>(
      platform.subgraphs.accounting!.url,
      '{ isKnownModel(modelId: "amazon.titan-text-express-v1") }',
      {},
      signServiceToken(TEST_TOKENS, 'content'),
    );
    expect(known.data).toEqual({ isKnownModel: true });
    expect(
      codeOf(await graphql(platform.url, '{ isKnownModel(modelId: "x") }', {}, admin.token)),
    ).toBe('FORBIDDEN');
    const prices = await graphql<{ modelPrices: Array<{ modelId: string }> }>(
      platform.url,
      '{ modelPrices { modelId inputPer1k { credits } outputPer1k { credits } } }',
      {},
      ada.token,
    );
    expect(prices.data?.modelPrices.map((p) => p.modelId)).toEqual(
      expect.arrayContaining([HAIKU, 'anthropic.claude-sonnet-4-20250514-v1:0']),
    );
  });
});
