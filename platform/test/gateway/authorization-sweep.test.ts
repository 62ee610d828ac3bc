import {
  chatStreamChannel,
  createLogger,
  serviceKeysFrom,
  TokenVerifier,
  type ChatStreamPayload,
  type Role,
} from '@aula/runtime';
import { buildSchema, type GraphQLSchema } from 'graphql';
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadGatewayConfig } from '@aula/gateway/src/config';
import { listenPublicGateway } from '@aula/gateway/src/public-gateway';
import { startCountingProxy, type CountingProxy } from './counting-proxy';
import { subscribe } from '../monitoring/testing';
import {
  codeOf,
  eventually,
  graphql,
  nodesOf,
  startTestPlatform,
  testAccessToken,
  TEST_ENV,
  TEST_TOKENS,
  type TestPlatform,
} from '@aula/platform/testing';
import {
  contractServiceOperations,
  seedForeignData,
  subgraphSchema,
  sweepOperations,
  type SweepOperation,
} from './sweep-operations';
import { trustFixture } from './trust-fixture';

/**
 * Every Query and Mutation field of every subgraph, called on the subgraph itself (each must
 * verify by itself, not trust the gateway) by callers who must be refused. The field list comes
 * from each subgraph's SDL at run time; only the fields below are public by design.
 */
const PUBLIC_BY_DESIGN: Record<string, string> = {
  me: 'answers null without a token: how a client learns it is signed out',
  login: 'the credentials are in its arguments',
  refreshToken: 'the refresh token in its arguments is the credential',
  logout: 'the refresh token in its arguments is the credential; false when it matches nothing',
  register: 'self-registration, refused with FORBIDDEN when it is disabled',
  signInProviders: 'the sign-in page lists the enabled identity providers before anyone signs in',
  completeSingleSignOn:
    'the one-time code and browser key in its arguments are the credential (single sign-on)',
  completeLtiLaunch:
    'the one-time code of an LMS launch in its arguments is the credential (LTI 1.3)',
  _entities: 'federation: each entity field checks its caller when it is resolved',
  _service: 'federation: the published schema',
};

/**
 * Who may call a field, as the subgraph states it in the field's description. "The class's
 * supervisors and admins" is scoped to a resource and is swept with real foreign ids instead.
 */
const STAFF_ONLY = [
  /^Administrators|\bfor administrators\b|\badmins only\b|\bfor admins\b|\(admins\)/i,
  /(^|\. )(Admins and supervisors\b|Supervisors and admins\.)/,
  /\bservices? only\b/i,
];
const SCOPED_TO_A_RESOURCE = /\b(class's|student's) supervisors\b/i;

/** Codes a refused or missed lookup may carry; anything else on a refusal is a finding. */
const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);

const LEAKS: Array<[string, RegExp]> = [
  [
    'SQL',
    /\b(select|insert into|update|delete from)\b.*\b(from|where|set|values)\b|relation ".*"|SQLSTATE|syntax error at/i,
  ],
  ['stack trace', /\n\s+at\s|\bat .+\(.+:\d+:\d+\)/],
  ['file path', /(\/(work|home|usr|src|node_modules|tmp)\/)|\.(ts|js):\d+/],
  ['internal URL', /\b(https?|wss?|postgres(ql)?|redis):\/\//i],
];

type Outcome = Awaited<ReturnType<typeof graphql>>;

let platform: TestPlatform;
const operations: SweepOperation[] = [];
const seen: Array<{ op: SweepOperation; caller: string; outcome: Outcome }> = [];
const foreignIds: Record<string, string> = {};
const admin = testAccessToken(randomUUID(), 'ADMIN');
const serviceOnly = contractServiceOperations();

const urlOf = (subgraph: string) => platform.subgraphs[subgraph]?.url as string;
const isPublic = (op: SweepOperation) => op.field in PUBLIC_BY_DESIGN;
const isServiceOnly = (op: SweepOperation) =>
  serviceOnly.has(op.field) || /\bservices? only\b/i.test(op.description);
const isStaffOnly = (op: SweepOperation) =>
  isServiceOnly(op) ||
  (!SCOPED_TO_A_RESOURCE.test(op.description) &&
    STAFF_ONLY.some((rule) => rule.test(op.description)));
const codesOf = (outcome: Outcome) => (outcome.errors ?? []).map((e) => e.extensions?.code);
const label = (op: SweepOperation) => `${op.subgraph}.${op.root}.${op.field}`;

async function call(op: SweepOperation, caller: string, token?: string): Promise<Outcome> {
  const outcome = await graphql(urlOf(op.subgraph), op.query, op.variables, token);
  seen.push({ op, caller, outcome });
  return outcome;
}

/** Calls every operation and returns a line per one whose outcome `check` refuses. */
async function sweep(
  ops: SweepOperation[],
  caller: string,
  token: string | undefined,
  check: (outcome: Outcome, op: SweepOperation) => boolean,
): Promise<string[]> {
  const failures: string[] = [];
  for (const op of ops) {
    const outcome = await call(op, caller, token);
    if (!check(outcome, op)) failures.push(`${label(op)} as ${caller}: ${JSON.stringify(outcome)}`);
  }
  return failures;
}

const refusedWith = (code: string) => (outcome: Outcome) => {
  const codes = codesOf(outcome);
  return codes.length > 0 && codes.every((c) => c === code) && !hasData(outcome);
};

/** Whether the response carries any non-null value for the swept field. */
function hasData(outcome: Outcome): boolean {
  return Object.values(outcome.data ?? {}).some((value) => value !== null);
}

/**
 * Refused with a refusal code, or answered without any of `pool`'s ids. With `pointed` (the
 * arguments carry someone else's id) a mutation must fail, whatever it would have returned.
 */
const touchesNothingForeign =
  (pool: string[], pointed: boolean) => (outcome: Outcome, op: SweepOperation) => {
    const codes = codesOf(outcome);
    if (codes.some((code) => !REFUSALS.has(String(code)))) return false;
    if (pointed && op.root === 'Mutation' && codes.length === 0) return false;
    const body = JSON.stringify(outcome.data ?? {});
    return !pool.some((foreign) => body.includes(foreign));
  };

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const [name, server] of Object.entries(platform.subgraphs)) {
    operations.push(...sweepOperations(name, await subgraphSchema(server.url)));
  }
  Object.assign(foreignIds, await seedForeignData(urlOf, admin));
}, 240_000);

afterAll(async () => {
  await platform?.close();
});

test('the sweep sees every subgraph and every service-only contract', () => {
  const bySubgraph = new Set(operations.map((op) => op.subgraph));
  expect([...bySubgraph].sort()).toEqual(Object.keys(platform.subgraphs).sort());
  // A contract in CONTRACTS.md that no subgraph serves is a broken contract, not a skipped check.
  const swept = new Set(operations.map((op) => op.field));
  expect([...serviceOnly].filter((name) => !swept.has(name))).toEqual([]);
});

test('(a) anonymous callers are refused with UNAUTHENTICATED, public fields leak nothing', async () => {
  const entityVariants: SweepOperation[] = [];
  for (const id of Object.values(foreignIds)) {
    const variants = await variantsFor(id, operations);
    entityVariants.push(...variants.filter((op) => op.field === '_entities'));
  }
  const failures = await sweep(
    [...operations, ...entityVariants],
    'anonymous',
    undefined,
    (outcome, op) => {
      if (!isPublic(op)) return refusedWith('UNAUTHENTICATED')(outcome);
      if (op.field === '_service') return true;
      if (op.field === '_entities') return revealsOnlyTheKey(outcome);
      return !JSON.stringify(outcome.data ?? {}).match(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    },
  );
  expect(failures).toEqual([]);
});

test('regression: auth resolves no User reference for an anonymous caller', async () => {
  const outcome = await graphql(
    urlOf('auth'),
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id email displayName } } }',
    { r: [{ __typename: 'User', id: foreignIds.user }] },
  );
  expect(codesOf(outcome)).toEqual(['UNAUTHENTICATED']);
  expect(JSON.stringify(outcome.data ?? {})).not.toContain('victim-');
});

/** An anonymous entity lookup may echo the key it was given, and nothing else. */
function revealsOnlyTheKey(outcome: Outcome): boolean {
  const data = outcome.data as { _entities?: unknown } | undefined;
  const entities = (data?._entities ?? []) as Array<Record<string, unknown> | null>;
  return entities.every((entity) =>
    Object.entries(entity ?? {}).every(
      ([key, value]) => key === '__typename' || key === 'id' || value === null,
    ),
  );
}

test('(c) forged and expired tokens are refused with UNAUTHENTICATED everywhere', async () => {
  const forged = jwt.sign({ role: 'ADMIN' }, `not-the-secret-${randomUUID()}`, {
    algorithm: 'HS256',
    subject: randomUUID(),
    issuer: TEST_ENV.JWT_ISSUER,
    audience: TEST_ENV.JWT_AUDIENCE,
    jwtid: randomUUID(),
  });
  const expired = testAccessToken(randomUUID(), 'ADMIN', { expiresIn: -60 });
  const failures = [
    ...(await sweep(operations, 'forged', forged, refusedWith('UNAUTHENTICATED'))),
    ...(await sweep(operations, 'expired', expired, refusedWith('UNAUTHENTICATED'))),
  ];
  expect(failures).toEqual([]);
});

test('(b) a student is refused every admin, staff and service-only field', async () => {
  const student = testAccessToken(randomUUID(), 'STUDENT');
  const staffOnly = operations.filter((op) => !isPublic(op) && isStaffOnly(op));
  expect(staffOnly.length).toBeGreaterThan(20);
  expect(await sweep(staffOnly, 'student', student, refusedWith('FORBIDDEN'))).toEqual([]);
});

test('a student reaches nobody else’s data through the fields open to students', async () => {
  const student = testAccessToken(randomUUID(), 'STUDENT');
  const open = operations.filter((op) => !isPublic(op) && !isStaffOnly(op));
  const pool = Object.values(foreignIds);
  const failures: string[] = [];
  // Random ids first (nothing to find), then each real id someone else owns in every ID argument.
  for (const id of [undefined, ...pool]) {
    const ops = id === undefined ? open : await variantsFor(id, open);
    failures.push(
      ...(await sweep(ops, 'student', student, touchesNothingForeign(pool, id !== undefined))),
    );
  }
  expect(failures).toEqual([]);
});

test('a supervisor of nobody reaches nobody else’s data, and changes none of it', async () => {
  const pool = Object.values(foreignIds);
  const eligible = operations.filter((op) => !isPublic(op) && !isServiceOnly(op));
  const failures: string[] = [];
  for (const id of pool) {
    for (const op of await variantsFor(id, eligible)) {
      // A fresh supervisor each time, so what one operation allowed cannot widen the next.
      const supervisor = testAccessToken(randomUUID(), 'SUPERVISOR');
      failures.push(
        ...(await sweep([op], 'supervisor', supervisor, touchesNothingForeign(pool, true))),
      );
    }
  }
  expect(failures).toEqual([]);
});

test('(d) an admin person cannot call service-only operations', async () => {
  const ops = operations.filter(isServiceOnly);
  expect(await sweep(ops, 'admin', admin, refusedWith('FORBIDDEN'))).toEqual([]);
});

test('(e) an admin API key (usage:read) is refused on every mutation', async () => {
  const apiKey = jwt.sign(
    { role: 'ADMIN', kid: randomUUID(), scp: ['usage:read'] },
    TEST_ENV.JWT_SECRET,
    {
      algorithm: 'HS256',
      subject: randomUUID(),
      issuer: TEST_ENV.JWT_ISSUER,
      audience: TEST_ENV.JWT_AUDIENCE,
      expiresIn: 900,
      jwtid: randomUUID(),
    },
  );
  const mutations = operations.filter((op) => op.root === 'Mutation' && !isPublic(op));
  expect(await sweep(mutations, 'api key', apiKey, refusedWith('FORBIDDEN'))).toEqual([]);
});

test('the gateway refuses anonymous, forged and expired callers on every public field too', async () => {
  const api = buildSchema(
    readFileSync(join(__dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'),
  );
  const published = sweepOperations('gateway', api).filter((op) => !isPublic(op));
  expect(published.length).toBeGreaterThan(50);
  const failures: string[] = [];
  const expired = testAccessToken(randomUUID(), 'ADMIN', { expiresIn: -60 });
  for (const token of [undefined, expired, `${expired.slice(0, -4)}AAAA`]) {
    for (const op of published) {
      const outcome = await graphql(platform.url, op.query, op.variables, token);
      seen.push({ op, caller: 'gateway', outcome });
      if (!refusedWith('UNAUTHENTICATED')(outcome))
        failures.push(`gateway ${label(op)}: ${JSON.stringify(outcome)}`);
    }
  }
  expect(failures).toEqual([]);
});

test('no refusal anywhere in the sweep leaks SQL, a stack trace, a file path or an internal URL', () => {
  expect(seen.length).toBeGreaterThan(operations.length * 4);
  const leaks = seen.flatMap(({ op, caller, outcome }) =>
    (outcome.errors ?? []).flatMap((error) =>
      LEAKS.filter(([, pattern]) =>
        pattern.test(error.message + JSON.stringify(error.extensions ?? {})),
      ).map(([kind]) => `${label(op)} as ${caller} leaks ${kind}: ${error.message}`),
    ),
  );
  expect(leaks).toEqual([]);
});

const schemas = new Map<string, Awaited<ReturnType<typeof subgraphSchema>>>();

/** The operations that take an ID again, with `id` in every ID argument and input field. */
async function variantsFor(id: string, open: SweepOperation[]): Promise<SweepOperation[]> {
  const wanted = new Set(open.map(label));
  const variants: SweepOperation[] = [];
  for (const [name, server] of Object.entries(platform.subgraphs)) {
    if (!schemas.has(name)) schemas.set(name, await subgraphSchema(server.url));
    variants.push(...sweepOperations(name, schemas.get(name) as never, id));
  }
  return variants.filter(
    (op) => wanted.has(label(op)) && JSON.stringify(op.variables).includes(id),
  );
}

/**
 * Abuse at the door (issue 11, findings 5, 6 and 8): page-size bombs, alias floods and key
 * guessing, refused by the gateway before anything is planned or sent to auth. A second
 * gateway with a small rate limit sits in front of the same subgraphs, reaching auth through
 * a proxy that counts what gets there.
 */
describe('limits: page sizes, aliases, rate per root field, key guessing', () => {
  const BURST = 10;
  let gateway: Awaited<ReturnType<typeof listenPublicGateway>>;
  let authProxy: CountingProxy;
  let api: GraphQLSchema;

  beforeAll(async () => {
    api = buildSchema(
      readFileSync(join(__dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'),
    );
    authProxy = await startCountingProxy(urlOf('auth'));
    const env = {
      ...TEST_ENV,
      GATEWAY_RATE_LIMIT_PER_MINUTE: '60',
      GATEWAY_RATE_LIMIT_BURST: String(BURST),
    };
    const urls = Object.fromEntries(
      Object.entries(platform.subgraphs).map(([name, server]) => [name, server.url]),
    );
    gateway = await listenPublicGateway({
      config: loadGatewayConfig(env),
      tokens: TEST_TOKENS,
      verifier: new TokenVerifier(TEST_TOKENS),
      logger: createLogger('gateway', 'silent'),
      bus: platform.bus,
      subgraphUrls: { ...urls, auth: authProxy.url },
      randomPort: true,
    });
  }, 60_000);

  afterAll(async () => {
    await gateway?.stop();
    await authProxy?.close();
  });

  /** `inner` inside one page of `typeName`, whichever shape it has (`edges { node }` or `items`). */
  const page = (typeName: string, inner: string) => {
    const type = api.getType(typeName) as { getFields(): Record<string, unknown> };
    return 'edges' in type.getFields() ? `edges { node { ${inner} } }` : `items { ${inner} }`;
  };
  const returnType = (parent: string, field: string) =>
    String(
      (api.getType(parent) as { getFields(): Record<string, { type: unknown }> }).getFields()[
        field
      ]!.type,
    ).replace(/[![\]]/g, '');

  test('a page-size bomb (200 users × 100 conversations × 200 messages) is refused before planning', async () => {
    const messages = `messages(first: 20) { ${page(returnType('ChatSession', 'messages'), 'id content')} }`;
    const sessions = `chatSessions(first: 100) { ${page(returnType('User', 'chatSessions'), messages)} }`;
    const query = `{ users(first: 200) { ${page(returnType('Query', 'users'), sessions)} } }`;
    const outcome = await graphql(platform.url, query, {}, admin);
    expect(outcome.status).toBe(400);
    expect(codesOf(outcome)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(outcome.errors?.[0]?.message).toMatch(/estimated cost is \d+; the limit is 5000/);
  });

  test('2,000 aliased startChat are refused whole and create nothing; 20,000 aliased __typename too', async () => {
    const student = testAccessToken(randomUUID(), 'STUDENT');
    const flood = `mutation { ${Array.from({ length: 2000 }, (_, i) => `s${i}: startChat { id }`).join(' ')} }`;
    const outcome = await graphql(platform.url, flood, {}, student);
    expect(codesOf(outcome)).toEqual(['QUERY_TOO_COMPLEX']);
    const mine = await graphql<{ myChatSessions: { edges: unknown[] } }>(
      platform.url,
      '{ myChatSessions(first: 5) { edges { cursor } } }',
      {},
      student,
    );
    expect(mine.data?.myChatSessions.edges).toEqual([]);
    const names = `{ ${Array.from({ length: 20_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const typenames = await graphql(platform.url, names, {}, student);
    expect(typenames.status).toBe(400);
    expect(codesOf(typenames)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(typenames.data).toBeUndefined();
  });

  test('the rate limit counts root fields executed, not HTTP requests', async () => {
    const student = testAccessToken(randomUUID(), 'STUDENT');
    const eight = `{ ${Array.from({ length: 8 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    expect(codesOf(await graphql(gateway.url, eight, {}, student))).toEqual([]);
    const second = await graphql(gateway.url, eight, {}, student);
    expect(second.status).toBe(429);
    expect(codesOf(second)).toEqual(['RATE_LIMITED']);
  });

  test('an unknown API key reaches auth once, and guessing keys is rate-limited per address before auth', async () => {
    const exchanges = () => authProxy.count(/exchangeApiKey/);
    const unknown = `aula_sk_${randomUUID().replace(/-/g, '')}`;
    // Three at once share one exchange; later ones are refused from the gateway's memory.
    const asked = () => graphql(gateway.url, '{ me { id } }', {}, unknown);
    const sameKey = [...(await Promise.all([asked(), asked(), asked()])), await asked()];
    expect(sameKey.map(codesOf)).toEqual(Array(4).fill(['UNAUTHENTICATED']));
    expect(exchanges()).toBe(1);

    const outcomes = [];
    for (let i = 0; i < 3 * BURST; i += 1) {
      const guess = `aula_sk_${randomUUID().replace(/-/g, '')}`;
      outcomes.push(await graphql(gateway.url, '{ me { id } }', {}, guess));
    }
    const codes = outcomes.flatMap(codesOf);
    expect(new Set(codes)).toEqual(new Set(['UNAUTHENTICATED', 'RATE_LIMITED']));
    expect(outcomes.at(-1)?.status).toBe(429);
    // Every guess after the bucket ran dry was refused without asking auth.
    expect(exchanges()).toBeLessThanOrEqual(BURST);
  });

  test('/.well-known/jwks.json is served from the gateway cache, not fetched from auth per request', async () => {
    const bodies = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const response = await fetch(new URL('/.well-known/jwks.json', gateway.url));
        expect(response.status).toBe(200);
        return response.text();
      }),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(authProxy.count(/jwks\.json/)).toBe(1);
  });
});

describe('trust boundaries: private comments stay with the message’s own student', () => {
  const COMMENT = `mutation($i: CommentOnMessageInput!) { commentOnMessage(input: $i) { id } }`;
  const COMMENTS = `query($m: ID!) { messageComments(messageId: $m) { edges { node { id content author { id } } } } }`;
  const t = trustFixture(() => platform.url, admin);

  it('refuses a comment whose message is not in the named session, and authorizes reads on the message', async () => {
    const [rightful, other, ada, ben] = await Promise.all([
      t.person('SUPERVISOR', 'Ms Rightful'),
      t.person('SUPERVISOR', 'Mr Other'),
      t.person('STUDENT', 'Ada'),
      t.person('STUDENT', 'Ben'),
    ]);
    await t.adminClass([rightful], [ada]);
    await t.adminClass([other], [ben]);
    const adas = await t.conversation(ada, 'My essay about volcanoes');
    const bens = await t.conversation(ben, 'My essay about rivers');

    // Mr Other names his own student's session but Ada's message.
    const crossover = await t.attempt(other.token, COMMENT, {
      i: { sessionId: bens.sessionId, messageId: adas.messageId, content: 'crossing over' },
    });
    expect(crossover.codes).toEqual(['BAD_USER_INPUT']);

    await t.run(rightful.token, COMMENT, {
      i: { sessionId: adas.sessionId, messageId: adas.messageId, content: 'well argued' },
    });
    const own = await t.attempt<{
      messageComments: { edges: Array<{ node: { content: string } }> };
    }>(rightful.token, COMMENTS, { m: adas.messageId });
    expect(own.codes).toEqual([]);
    expect(own.data?.messageComments.edges.map((e) => e.node.content)).toEqual(['well argued']);

    const stranger = await t.attempt(other.token, COMMENTS, { m: adas.messageId });
    expect(stranger.codes).toEqual(['FORBIDDEN']);
  }, 60_000);
});

describe('trust boundaries: a supervisor reaches a student only through a legitimate tie', () => {
  const t = trustFixture(() => platform.url, admin);
  const HISTORY = `query($u: ID!) { user(id: $u) { chatSessions(first: 5) { edges { node { id
    messages(first: 20) { edges { node { content } } } } } } } }`;
  const ROSTER = `query($c: ID!) { classRoster(classId: $c, first: 5) { edges { node { student { id
    chatSessions(first: 5) { edges { node { id messages(first: 20) { edges { node { content } } } } } } } } } } }`;
  type Roster = { classRoster: { edges: Array<{ node: { student: { id: string } } }> } };
  const studentsOf = (roster: Roster) => roster.classRoster.edges.map((e) => e.node.student.id);
  const CREATE = `mutation($i: CreateClassInput!) { createClass(input: $i) { id } }`;
  const SESSION = `query($s: ID!) { chatSession(id: $s) { id messages(first: 20) { edges { node { content } } } } }`;

  it('turns a supervisor’s self-enrolment into an invitation the student must accept', async () => {
    const [mallory, victim] = await Promise.all([
      t.person('SUPERVISOR', 'Mallory'),
      t.person('STUDENT', 'Victim'),
    ]);
    const before = await t.conversation(victim, 'A diary entry written before any teacher');
    const classId = (
      await t.run<{ createClass: { id: string } }>(mallory.token, CREATE, {
        i: { name: 'Pulled in', studentIds: [victim.id] },
      })
    ).createClass.id;
    await t.run(
      mallory.token,
      'mutation($c: ID!, $u: [ID!]!) { enrollStudents(classId: $c, userIds: $u) { id } }',
      {
        c: classId,
        u: [victim.id],
      },
    );
    const roster = await t.run<Roster>(mallory.token, ROSTER, { c: classId });
    expect(studentsOf(roster)).toEqual([]);
    const history = await t.attempt(mallory.token, HISTORY, { u: victim.id });
    expect(history.codes).toContain('FORBIDDEN');
    expect(JSON.stringify(history.data ?? {})).not.toContain('diary');

    // The student sees one invitation and accepts it; the tie starts now, not earlier.
    const invitations = await t.run<{
      myClassInvitations: { edges: Array<{ node: { id: string; class: { id: string } } }> };
    }>(victim.token, '{ myClassInvitations { edges { node { id class { id } } } } }');
    expect(invitations.myClassInvitations.edges.map((e) => e.node.class.id)).toEqual([classId]);
    await t.run(
      victim.token,
      'mutation($i: ID!) { respondToClassInvitation(invitationId: $i, accept: true) { status } }',
      {
        i: invitations.myClassInvitations.edges[0]!.node.id,
      },
    );
    const joined = await t.run<Roster>(mallory.token, ROSTER, { c: classId });
    expect(studentsOf(joined)).toEqual([victim.id]);
    expect(JSON.stringify(joined)).not.toContain('diary');
    expect((await t.attempt(mallory.token, SESSION, { s: before.sessionId })).codes).toEqual([
      'FORBIDDEN',
    ]);

    // A co-teacher is invited too, and sees nothing of the class until accepting.
    const coTeacher = await t.person('SUPERVISOR', 'Mr Co');
    await t.run(
      mallory.token,
      'mutation($c: ID!, $u: ID!) { assignSupervisor(classId: $c, userId: $u) { id } }',
      { c: classId, u: coTeacher.id },
    );
    expect((await t.attempt(coTeacher.token, ROSTER, { c: classId })).codes).toEqual(['FORBIDDEN']);
    const asked = await t.run<{
      myClassInvitations: { edges: Array<{ node: { id: string; role: string } }> };
    }>(coTeacher.token, '{ myClassInvitations { edges { node { id role } } } }');
    expect(asked.myClassInvitations.edges.map((e) => e.node.role)).toEqual(['SUPERVISOR']);
    await t.run(
      coTeacher.token,
      'mutation($i: ID!) { respondToClassInvitation(invitationId: $i, accept: true) { status } }',
      { i: asked.myClassInvitations.edges[0]!.node.id },
    );
    expect((await t.attempt(coTeacher.token, ROSTER, { c: classId })).codes).toEqual([]);
  }, 60_000);

  it('lets students join by a class code, which can be rotated and disabled', async () => {
    const [teacher, ada] = await Promise.all([
      t.person('SUPERVISOR', 'Ms Code'),
      t.person('STUDENT', 'Ada'),
    ]);
    const classId = (
      await t.run<{ createClass: { id: string } }>(teacher.token, CREATE, {
        i: { name: 'By code' },
      })
    ).createClass.id;
    const ROTATE = 'mutation($c: ID!) { rotateJoinCode(classId: $c) { joinCode } }';
    const JOIN = 'mutation($k: String!) { joinClass(code: $k) { id } }';
    const first = (
      await t.run<{ rotateJoinCode: { joinCode: string } }>(teacher.token, ROTATE, { c: classId })
    ).rotateJoinCode.joinCode;
    const second = (
      await t.run<{ rotateJoinCode: { joinCode: string } }>(teacher.token, ROTATE, { c: classId })
    ).rotateJoinCode.joinCode;
    expect((await t.attempt(ada.token, JOIN, { k: first })).codes).toEqual(['NOT_FOUND']);
    expect((await t.attempt(teacher.token, JOIN, { k: second })).codes).toEqual(['FORBIDDEN']);
    await t.run(teacher.token, 'mutation($c: ID!) { disableJoinCode(classId: $c) { joinCode } }', {
      c: classId,
    });
    expect((await t.attempt(ada.token, JOIN, { k: second })).codes).toEqual(['NOT_FOUND']);
    const third = (
      await t.run<{ rotateJoinCode: { joinCode: string } }>(teacher.token, ROTATE, { c: classId })
    ).rotateJoinCode.joinCode;
    expect(
      (await t.run<{ joinClass: { id: string } }>(ada.token, JOIN, { k: third.toLowerCase() }))
        .joinClass.id,
    ).toBe(classId);
    const roster = await t.run<Roster>(teacher.token, ROSTER, { c: classId });
    expect(studentsOf(roster)).toEqual([ada.id]);
  }, 60_000);

  it('shows a supervisor nothing from before the tie, on every path, and records every read', async () => {
    const [teacher, ada] = await Promise.all([
      t.person('SUPERVISOR', 'Ms Later'),
      t.person('STUDENT', 'Ada'),
    ]);
    const old = await t.conversation(ada, 'Something private from last year');
    const classId = await t.adminClass([teacher], [ada]);
    const fresh = await t.conversation(ada, 'Homework question this term');

    const history = await t.run(teacher.token, HISTORY, { u: ada.id });
    const roster = await t.run(teacher.token, ROSTER, { c: classId });
    for (const seen of [history, roster]) {
      expect(JSON.stringify(seen)).toContain('Homework question');
      expect(JSON.stringify(seen)).not.toContain('last year');
    }
    expect((await t.attempt(teacher.token, SESSION, { s: old.sessionId })).codes).toEqual([
      'FORBIDDEN',
    ]);
    const inbox = await t.run<{ flags: { edges: Array<{ node: { sessionId: string } }> } }>(
      teacher.token,
      '{ flags(first: 100) { edges { node { sessionId } } } }',
    );
    expect(inbox.flags.edges.map((e) => e.node).map((f) => f.sessionId)).not.toContain(
      old.sessionId,
    );

    const viewed = await t.run<{
      whoViewedMyConversations: {
        edges: Array<{ node: { viewer: { id: string }; sessionId: string; operation: string } }>;
      };
    }>(
      ada.token,
      '{ whoViewedMyConversations(first: 100) { edges { node { viewer { id } sessionId operation } } } }',
    );
    const operations = viewed.whoViewedMyConversations.edges
      .map((e) => e.node)
      .filter((n) => n.viewer.id === teacher.id && n.sessionId === fresh.sessionId)
      .map((n) => n.operation);
    // Both reads fall in one minute (deduplicated) unless the clock turned between them.
    expect(operations.length).toBeGreaterThanOrEqual(1);
    expect(operations.length).toBeLessThanOrEqual(2);
    expect(
      viewed.whoViewedMyConversations.edges.map((e) => e.node).map((n) => n.sessionId),
    ).not.toContain(old.sessionId);
  }, 60_000);
});

describe('trust boundaries: evidence stays while a flag holds it', () => {
  const t = trustFixture(() => platform.url, admin);
  const SESSION = `query($s: ID!) { chatSession(id: $s) { id messages(first: 20) { edges { node { content } } } } }`;

  it('hides a flagged conversation from the student who deletes it, and keeps it for the supervisor', async () => {
    const [teacher, ada] = await Promise.all([
      t.person('SUPERVISOR', 'Ms Keep'),
      t.person('STUDENT', 'Ada'),
    ]);
    await t.adminClass([teacher], [ada]);
    const flagged = await t.conversation(ada, 'I want to kill myself');
    const flags = async () =>
      (
        await t.run<{ flags: { edges: Array<{ node: { id: string; sessionId: string } }> } }>(
          teacher.token,
          '{ flags(first: 100) { edges { node { id sessionId } } } }',
        )
      ).flags.edges
        .map((e) => e.node)
        .filter((f) => f.sessionId === flagged.sessionId);
    for (let i = 0; i < 100 && !(await flags()).length; i += 1)
      await new Promise((r) => setTimeout(r, 100));
    expect((await flags()).length).toBeGreaterThan(0);

    expect(
      await t.run(ada.token, 'mutation($s: ID!) { deleteChatSession(id: $s) }', {
        s: flagged.sessionId,
      }),
    ).toEqual({ deleteChatSession: true });
    expect((await t.attempt(ada.token, SESSION, { s: flagged.sessionId })).codes).toEqual([
      'NOT_FOUND',
    ]);
    const mine = await t.run(ada.token, '{ myChatSessions(first: 100) { edges { node { id } } } }');
    expect(JSON.stringify(mine)).not.toContain(flagged.sessionId);

    const kept = await t.run(teacher.token, SESSION, { s: flagged.sessionId });
    expect(JSON.stringify(kept)).toContain('kill myself');
    // Resolving the flag starts the retention period; the conversation is still kept within it.
    for (const flag of await flags())
      await t.run(
        teacher.token,
        'mutation($f: ID!) { resolveFlag(flagId: $f, resolution: ACKNOWLEDGED) { id } }',
        {
          f: flag.id,
        },
      );
    expect(JSON.stringify(await t.run(teacher.token, SESSION, { s: flagged.sessionId }))).toContain(
      'kill myself',
    );
  }, 60_000);
});

describe('trust boundaries: an archived class’s usage stays inside its window', () => {
  const t = trustFixture(() => platform.url, admin);
  const USAGE = `query($c: ID!) { usage(filter: { classId: $c }) { totals { streams } } }`;

  it('shows only the spending from while the class linked them', async () => {
    const [teacher, ada] = await Promise.all([
      t.person('SUPERVISOR', 'Ms Archive'),
      t.person('STUDENT', 'Ada'),
    ]);
    const streams = async (token: string, query: string, variables: Record<string, unknown>) =>
      (await t.run<{ usage: { totals: { streams: number } } }>(token, query, variables)).usage
        .totals.streams;
    const all = `query($u: ID!) { usage(filter: { userId: $u }) { totals { streams } } }`;
    const settled = async (count: number) => {
      for (let i = 0; i < 100 && (await streams(admin, all, { u: ada.id })) < count; i += 1)
        await new Promise((r) => setTimeout(r, 100));
    };
    await t.conversation(ada, 'Before the class existed');
    await settled(1);
    const classId = await t.adminClass([teacher], [ada]);
    await t.conversation(ada, 'During the class');
    await settled(2);
    await t.run(admin, 'mutation($c: ID!) { archiveClass(classId: $c) { id } }', { c: classId });
    await t.conversation(ada, 'After the archive');
    await settled(3);
    expect(await streams(admin, all, { u: ada.id })).toBe(3);
    expect(await streams(teacher.token, USAGE, { c: classId })).toBe(1);
    expect(await streams(admin, USAGE, { c: classId })).toBe(1);
    // Grouped by class, the archived class is still reported, inside the same window.
    const BY_CLASS = `{ usage(filter: { groupBy: [CLASS] }) { rows(first: 100) { edges { node { class { id } streams } } } } }`;
    for (const token of [teacher.token, admin]) {
      const byClass = await t.run<{
        usage: { rows: { edges: Array<{ node: { class: { id: string }; streams: number } }> } };
      }>(token, BY_CLASS, {});
      expect(byClass.usage.rows.edges.find((edge) => edge.node.class.id === classId)?.node).toEqual(
        { class: { id: classId }, streams: 1 },
      );
    }
    // The archive ended the tie: the next read of the student's conversations is refused.
    const after = await t.attempt(
      teacher.token,
      'query($u: ID!) { user(id: $u) { chatSessions(first: 5) { edges { node { id } } } } }',
      { u: ada.id },
    );
    expect(after.codes).toEqual(['FORBIDDEN']);
  }, 90_000);
});

/**
 * identity: revocation is immediate. A suspension, role change, password reset or
 * sign-out-everywhere refuses the person's older tokens on the very next request, at the
 * gateway and at every subgraph, and ends their open subscriptions (a supervisor's watch of a
 * student's conversation included).
 */
describe('identity: revoked users', () => {
  const STREAM = 'subscription($s: ID!) { chatStream(sessionId: $s) { __typename messageId } }';
  const ME = '{ me { id role } }';
  const person = async (role: Role) => {
    const email = `${role.toLowerCase()}-${randomUUID()}@revoked.test`;
    const created = await graphql<{ createUser: { id: string } }>(
      platform.url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email, displayName: 'Revoked', role, password: 'a-long-enough-password' } },
      admin,
    );
    const id = created.data!.createUser.id;
    return { id, email, token: testAccessToken(id, role) };
  };
  const refusedEverywhere = async (token: string) => {
    const codes = [
      codeOf(await graphql(platform.url, ME, {}, token)),
      codeOf(await graphql(urlOf('chat'), '{ myChatSessions { edges { cursor } } }', {}, token)),
      codeOf(await graphql(urlOf('accounting'), '{ modelPrices { modelId } }', {}, token)),
    ];
    return codes;
  };

  it('ends a suspended student’s stream and a demoted supervisor’s watch, and refuses their tokens', async () => {
    const student = await person('STUDENT');
    const teacher = await person('SUPERVISOR');
    const classroom = await graphql(
      platform.url,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: 'Revocation', supervisorIds: [teacher.id], studentIds: [student.id] } },
      admin,
    );
    expect(classroom.errors).toBeUndefined();
    const started = await graphql<{ startChat: { id: string } }>(
      platform.url,
      'mutation { startChat { id } }',
      {},
      student.token,
    );
    const sessionId = started.data!.startChat.id;
    const own = subscribe<{ messageId: string }>(
      platform.wsUrl,
      STREAM,
      { s: sessionId },
      student.token,
    );
    const watch = subscribe<{ messageId: string }>(
      platform.wsUrl,
      STREAM,
      { s: sessionId },
      teacher.token,
    );
    const probe: ChatStreamPayload = {
      __typename: 'ChatStreamTextDelta',
      sessionId,
      messageId: '00000000-0000-4000-8000-0000000000aa',
      sequence: 1,
      at: new Date().toISOString(),
      text: 'probe',
    };
    await eventually(async () => {
      await platform.bus.publish(chatStreamChannel(sessionId), probe);
      await own.next((e) => e.messageId === probe.messageId, 'probe', 500);
      await watch.next((e) => e.messageId === probe.messageId, 'probe', 500);
    });

    expect((await graphql(platform.url, ME, {}, student.token)).errors).toBeUndefined();
    const suspended = await graphql(
      platform.url,
      'mutation($u: ID!) { suspendUser(userId: $u) { id } }',
      { u: student.id },
      admin,
    );
    expect(suspended.errors).toBeUndefined();
    expect(await refusedEverywhere(student.token)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect((await own.ended).error).toBeDefined();

    const demoted = await graphql(
      platform.url,
      'mutation($u: ID!) { setUserRole(userId: $u, role: STUDENT) { id } }',
      { u: teacher.id },
      admin,
    );
    expect(demoted.errors).toBeUndefined();
    expect(await refusedEverywhere(teacher.token)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect((await watch.ended).error).toBeDefined();
    // Signing in again right away works, with the new role.
    const login = await graphql<{ login: { accessToken: string } }>(
      platform.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: teacher.email, p: 'a-long-enough-password' },
    );
    const again = await graphql<{ me: { role: string } }>(
      platform.url,
      ME,
      {},
      login.data!.login.accessToken,
    );
    expect(again.data?.me.role).toBe('STUDENT');
    await own.close();
    await watch.close();
  });

  it('refuses tokens issued before a password reset or a sign-out everywhere', async () => {
    const reset = await person('STUDENT');
    const leaver = await person('SUPERVISOR');
    expect(
      (
        await graphql(
          platform.url,
          'mutation($u: ID!) { resetUserPassword(userId: $u) { generatedPassword } }',
          { u: reset.id },
          admin,
        )
      ).errors,
    ).toBeUndefined();
    expect(await refusedEverywhere(reset.token)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(
      (await graphql(platform.url, 'mutation { logoutEverywhere }', {}, leaver.token)).errors,
    ).toBeUndefined();
    expect(await refusedEverywhere(leaver.token)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
  });
});

/**
 * identity: field-level privacy of `User`. Email, status and sign-in times are the person's,
 * their admins' and (email only) their supervisors'; anyone else who reaches a user through
 * the graph sees the name and role, and null in the private fields.
 */
describe('identity: private fields of users', () => {
  const PRIVATE = 'email status lastLoginAt';
  it('shows a student only the name and role of their supervisor, and a supervisor only their student’s email', async () => {
    const make = async (role: Role) => {
      const created = await graphql<{ createUser: { id: string } }>(
        platform.url,
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        {
          i: {
            email: `${role.toLowerCase()}-${randomUUID()}@private.test`,
            displayName: `A ${role.toLowerCase()}`,
            role,
            password: 'a-long-enough-password',
          },
        },
        admin,
      );
      const id = created.data!.createUser.id;
      return { id, token: testAccessToken(id, role) };
    };
    const student = await make('STUDENT');
    const teacher = await make('SUPERVISOR');
    const made = await graphql(
      platform.url,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: 'Privacy', supervisorIds: [teacher.id], studentIds: [student.id] } },
      admin,
    );
    expect(made.errors).toBeUndefined();
    const RELATIONSHIPS = `query($s: ID, $t: ID) { supervisionRelationships(studentId: $s, supervisorId: $t) {
      edges { node { supervisor { id displayName role ${PRIVATE} } student { id displayName role ${PRIVATE} } } } } }`;
    type Person = { id: string; displayName: string; role: string } & Record<string, unknown>;
    type Seen = {
      supervisionRelationships: { edges: Array<{ node: { supervisor: Person; student: Person } }> };
    };

    const asStudent = await graphql<Seen>(
      platform.url,
      RELATIONSHIPS,
      { s: student.id },
      student.token,
    );
    expect(asStudent.errors).toBeUndefined();
    const [mine] = nodesOf(asStudent.data!.supervisionRelationships);
    expect(mine!.supervisor).toEqual({
      id: teacher.id,
      displayName: 'A supervisor',
      role: 'SUPERVISOR',
      email: null,
      status: null,
      lastLoginAt: null,
    });
    expect(mine!.student.email).toMatch(/@private\.test$/);
    expect(mine!.student.status).toBe('ACTIVE');

    const asTeacher = await graphql<Seen>(
      platform.url,
      RELATIONSHIPS,
      { s: student.id, t: teacher.id },
      teacher.token,
    );
    expect(asTeacher.errors).toBeUndefined();
    const [theirs] = nodesOf(asTeacher.data!.supervisionRelationships);
    expect(theirs!.student.email).toMatch(/@private\.test$/);
    expect(theirs!.student.status).toBeNull();
    expect(theirs!.student.lastLoginAt).toBeNull();
    expect(theirs!.supervisor.status).toBe('ACTIVE');

    const asAdmin = await graphql<Seen>(platform.url, RELATIONSHIPS, { s: student.id }, admin);
    const [all] = nodesOf(asAdmin.data!.supervisionRelationships);
    expect(all!.supervisor.email).toMatch(/@private\.test$/);
    expect(all!.student.status).toBe('ACTIVE');
  });
});

/**
 * identity: sign-in throttling. The attempt is reserved before the password is checked, so a
 * burst of concurrent wrong guesses gets no more checks than the policy's consecutive
 * failures per account and address (5 by default); the rest are refused unchecked.
 */
describe('identity: sign-in throttling', () => {
  it('gives 40 concurrent wrong guesses at one account only the policy’s 5 password checks', async () => {
    const email = `raced-${randomUUID()}@throttle.test`;
    const created = await graphql(
      platform.url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email, displayName: 'Raced', password: 'a-long-enough-password' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const LOGIN =
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        graphql(platform.url, LOGIN, { e: email, p: `wrong-guess-${i}-xxxx` }),
      ),
    );
    const codes = guesses.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(35);
  });
});

/**
 * identity: one identity per service (finding 10). Each service signs its service tokens
 * with its own key; verifiers check a token against the key of the service it claims to be,
 * so a subgraph cannot mint a token as the gateway or as chat, and each service-only
 * operation still names which services it accepts.
 */
describe('identity: one identity per service', () => {
  const keys = serviceKeysFrom(TEST_ENV);
  const mint = (signer: string, claimed: string) =>
    jwt.sign({ svc: claimed }, keys.privateKeys[signer]!, {
      algorithm: 'ES256',
      issuer: TEST_ENV.JWT_ISSUER,
      audience: `${TEST_ENV.JWT_AUDIENCE}:internal`,
      subject: `service:${claimed}`,
      expiresIn: 60,
      jwtid: randomUUID(),
    });
  const KNOWN_MODEL = 'query($m: ID!) { isKnownModel(modelId: $m) }';
  const REVOCATIONS = '{ recentTokenRevocations { userId } }';

  it('accepts a service as itself, and only where it is named', async () => {
    const asContent = await graphql(
      urlOf('accounting'),
      KNOWN_MODEL,
      { m: 'x' },
      mint('content', 'content'),
    );
    expect(asContent.errors).toBeUndefined();
    const asMonitoring = await graphql(
      urlOf('accounting'),
      KNOWN_MODEL,
      { m: 'x' },
      mint('monitoring', 'monitoring'),
    );
    expect(codeOf(asMonitoring)).toBe('FORBIDDEN');
  });

  it('refuses a token one service minted as another', async () => {
    const forgedContent = await graphql(
      urlOf('accounting'),
      KNOWN_MODEL,
      { m: 'x' },
      mint('monitoring', 'content'),
    );
    expect(codeOf(forgedContent)).toBe('UNAUTHENTICATED');
    const forgedGateway = await graphql(urlOf('auth'), REVOCATIONS, {}, mint('chat', 'gateway'));
    expect(codeOf(forgedGateway)).toBe('UNAUTHENTICATED');
    // The shared-secret tokens of before are refused outright.
    const hmac = jwt.sign({ svc: 'chat' }, 'x'.repeat(48), {
      algorithm: 'HS256',
      issuer: TEST_ENV.JWT_ISSUER,
      audience: `${TEST_ENV.JWT_AUDIENCE}:internal`,
      subject: 'service:chat',
      expiresIn: 60,
    });
    expect(codeOf(await graphql(urlOf('auth'), REVOCATIONS, {}, hmac))).toBe('UNAUTHENTICATED');
    // A service no one knows.
    const stranger = await graphql(urlOf('auth'), REVOCATIONS, {}, mint('chat', 'billing'));
    expect(codeOf(stranger)).toBe('UNAUTHENTICATED');
  });
});
