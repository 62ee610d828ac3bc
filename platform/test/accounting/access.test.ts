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
  let tia: Person;
  let classId: string;
  let otherClassId: string;
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
    // Tia teaches Bo's class: usage by class keeps each teacher to their own.
    tia = await createPerson(platform, admin, {
      email: 'tia@test.aula',
      displayName: 'Tia',
      role: 'SUPERVISOR',
    });
    const other = await call<{ createClass: { id: string } }>(
      admin,
      'mutation($input: CreateClassInput!) { createClass(input: $input) { id } }',
      { input: { name: 'Chemistry 8C', supervisorIds: [tia.id], studentIds: [bo.id] } },
    );
    expect(other.errors).toBeUndefined();
    otherClassId = other.data!.createClass.id;
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
      rows { edges { node { user { id } streams charged { microCredits } } } } totals { streams } } }`;
    for (const reader of [supervisor, admin]) {
      const report = await call<{
        usage: { rows: { edges: Array<{ node: unknown }> }; totals: { streams: number } };
      }>(reader, byClass, { c: classId });
      expect(report.errors).toBeUndefined();
      // 120 tokens x 250 micro-credits: only Ada's stream, Bo is not in the class.
      expect(report.data!.usage.rows.edges.map((edge) => edge.node)).toEqual([
        { user: { id: ada.id }, streams: 1, charged: { microCredits: '30000' } },
      ]);
      expect(report.data!.usage.totals).toEqual({ streams: 1 });
    }
    expect(codeOf(await call(ada, byClass, { c: classId }))).toBe('FORBIDDEN');
    const notTheirs = await call(
      supervisor,
      'query($u: ID!) { usage(filter: { userId: $u }) { totals { streams } } }',
      { u: bo.id },
    );
    expect(codeOf(notTheirs)).toBe('FORBIDDEN');
  });

  it('groups usage by class: admins every class, a supervisor only the classes they teach', async () => {
    const query = `{ usage(filter: { groupBy: [CLASS] }) {
      rows { edges { node { class { id name } streams charged { microCredits } } } pageInfo { hasNextPage } }
      totals { streams } } }`;
    type Report = {
      usage: {
        rows: { edges: Array<{ node: unknown }>; pageInfo: { hasNextPage: boolean } };
        totals: { streams: number };
      };
    };
    const rowsOf = async (who: Person) => {
      const report = await call<Report>(who, query);
      expect(report.errors).toBeUndefined();
      expect(report.data!.usage.rows.pageInfo.hasNextPage).toBe(false);
      return report.data!.usage;
    };
    // One stream each of 120 tokens (the test before): Ada in Biology, Bo in Chemistry.
    const biology = {
      class: { id: classId, name: 'Biology 7B' },
      streams: 1,
      charged: { microCredits: '30000' },
    };
    const chemistry = {
      class: { id: otherClassId, name: 'Chemistry 8C' },
      streams: 1,
      charged: { microCredits: '30000' },
    };
    const everyClass = await rowsOf(admin);
    // Ordered by class id (as text), the same order on every page.
    expect(everyClass.rows.edges.map((edge) => edge.node)).toEqual(
      [biology, chemistry].sort((a, b) => (a.class.id < b.class.id ? -1 : 1)),
    );
    expect(everyClass.totals).toEqual({ streams: 2 });
    expect((await rowsOf(supervisor)).rows.edges.map((edge) => edge.node)).toEqual([biology]);
    expect((await rowsOf(supervisor)).totals).toEqual({ streams: 1 });
    expect((await rowsOf(tia)).rows.edges.map((edge) => edge.node)).toEqual([chemistry]);

    // Another teacher's class stays closed, whether asked by id or narrowed to one of its students.
    const theirs = `query($c: ID!) { usage(filter: { classId: $c, groupBy: [CLASS] }) { totals { streams } } }`;
    expect(codeOf(await call(supervisor, theirs, { c: otherClassId }))).toBe('FORBIDDEN');
    const narrowed = await call<Report>(
      supervisor,
      `query($u: ID!) { usage(filter: { userId: $u, groupBy: [CLASS] }) { rows { edges { node { streams } } pageInfo { hasNextPage } } totals { streams } } }`,
      { u: bo.id },
    );
    expect(narrowed.errors).toBeUndefined();
    expect(narrowed.data!.usage.rows.edges).toEqual([]);
    expect(narrowed.data!.usage.totals).toEqual({ streams: 0 });
    // Students have no classes to report on.
    expect(codeOf(await call(ada, query))).toBe('FORBIDDEN');
  });

  it('pages usage rows with first/after and refuses a page size outside 1 to 100', async () => {
    const page = `query($first: Int, $after: String) { usage(filter: { groupBy: [USER] }) {
      rows(first: $first, after: $after) { edges { cursor node { user { id } streams } }
        pageInfo { hasNextPage endCursor hasPreviousPage startCursor } } } }`;
    type Page = {
      usage: {
        rows: {
          edges: Array<{ cursor: string; node: { user: { id: string }; streams: number } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null; startCursor: string | null };
        };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: Page | null; errors?: unknown } = await call<Page>(admin, page, {
        first: 1,
        after,
      });
      expect(result.errors).toBeUndefined();
      const rows = result.data!.usage.rows;
      expect(rows.edges).toHaveLength(1);
      expect(rows.pageInfo.startCursor).toBe(rows.edges[0]!.cursor);
      expect(rows.pageInfo.endCursor).toBe(rows.edges[0]!.cursor);
      seen.push(rows.edges[0]!.node.user.id);
      after = rows.pageInfo.hasNextPage ? rows.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 5);
    // Ada and Bo, one a page, in id order, neither repeated nor skipped.
    expect(seen).toEqual([ada.id, bo.id].sort());
    const whole = await call<Page>(admin, page, { first: 100 });
    expect(whole.data!.usage.rows.edges.map((edge) => edge.node.user.id)).toEqual(seen);
    expect(whole.data!.usage.rows.pageInfo.hasNextPage).toBe(false);

    for (const first of [0, 101, -1]) {
      const refused = await call(admin, page, { first });
      expect([first, codeOf(refused)]).toEqual([first, 'BAD_USER_INPUT']);
    }
    expect(codeOf(await call(admin, page, { first: 1, after: 'not-a-cursor' }))).toBe(
      'BAD_USER_INPUT',
    );
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
