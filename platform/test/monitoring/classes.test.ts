import { startTestPlatform, graphql, TEST_TOKENS, type TestPlatform } from '@aula/platform/testing';
import {
  createServiceClient,
  createSupervisionDirectory,
  operations,
  SUPERVISION_CHANGED,
  type ServiceClient,
} from '@aula/runtime';
import {
  adminToken,
  codeOf,
  createPerson,
  nodesOf,
  readAllPages,
  type TestPerson,
} from './testing';

const IS_SUPERVISOR = operations.monitoring.IsSupervisorOf.document;

const CREATE = `mutation($i: CreateClassInput!) { createClass(input: $i) { id name term archived } }`;
const ENROLL = `mutation($c: ID!, $u: [ID!]!) { enrollStudents(classId: $c, userIds: $u) { id } }`;
const UNENROLL = `mutation($c: ID!, $u: [ID!]!) { unenrollStudents(classId: $c, userIds: $u) { id } }`;
const ROSTER = `query($c: ID!) { classRoster(classId: $c) { edges { node { enrolledAt openFlagCount student { id displayName } } } } }`;

type Page<T> = { edges: Array<{ node: T }> };

/** Classes, enrolment and the supervision answer, through the gateway and service calls. */
describe('monitoring: classes and supervision', () => {
  let platform: TestPlatform;
  let admin: string;
  let supA: TestPerson;
  let supB: TestPerson;
  let stu1: TestPerson;
  let stu2: TestPerson;
  let stuB: TestPerson;
  let classA: string;
  let classB: string;
  let service: ServiceClient;

  const isSupervisorOf = async (s: TestPerson, t: TestPerson) =>
    (
      await service.request(operations.monitoring.IsSupervisorOf, {
        supervisorId: s.id,
        studentId: t.id,
      })
    ).isSupervisorOf;

  // Booting every subgraph can take a while on a busy machine.
  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = adminToken();
    [supA, supB, stu1, stu2, stuB] = await Promise.all([
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Alder'),
      createPerson(platform, admin, 'SUPERVISOR', 'Mr Birch'),
      createPerson(platform, admin, 'STUDENT', 'Ada'),
      createPerson(platform, admin, 'STUDENT', 'Bea'),
      createPerson(platform, admin, 'STUDENT', 'Cal'),
    ]);
    service = createServiceClient({
      service: 'chat',
      tokens: TEST_TOKENS,
      serviceUrl: (name) => platform.subgraphs[name]!.url,
    });
    const a = await graphql<{ createClass: { id: string } }>(
      platform.url,
      CREATE,
      // An admin enrols directly; a supervisor's enrolment would only invite (see below).
      {
        i: {
          name: '7A Biology',
          term: '2026 autumn',
          supervisorIds: [supA.id],
          studentIds: [stu1.id],
        },
      },
      admin,
    );
    expect(a.errors).toBeUndefined();
    classA = a.data!.createClass.id;
    const b = await graphql<{ createClass: { id: string } }>(
      platform.url,
      CREATE,
      { i: { name: '7B History', supervisorIds: [supB.id], studentIds: [stuB.id] } },
      admin,
    );
    expect(b.errors).toBeUndefined();
    classB = b.data!.createClass.id;
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });

  it('assigns a supervisor to the class they create and lists it in myClasses with people from auth', async () => {
    const result = await graphql<{ myClasses: Page<unknown> }>(
      platform.url,
      `
        {
          myClasses {
            edges {
              node {
                id
                name
                term
                archived
                supervisors {
                  edges {
                    node {
                      id
                      displayName
                    }
                  }
                  totalCount
                }
                students {
                  edges {
                    node {
                      id
                      displayName
                    }
                  }
                  totalCount
                }
              }
            }
          }
        }
      `,
      {},
      supA.token,
    );
    expect(result.errors).toBeUndefined();
    expect(nodesOf(result.data!.myClasses)).toEqual([
      {
        id: classA,
        name: '7A Biology',
        term: '2026 autumn',
        archived: false,
        supervisors: { edges: [{ node: { id: supA.id, displayName: 'Ms Alder' } }], totalCount: 1 },
        students: { edges: [{ node: { id: stu1.id, displayName: 'Ada' } }], totalCount: 1 },
      },
    ]);
    const student = await graphql<{ myClasses: Page<{ id: string }> }>(
      platform.url,
      '{ myClasses { edges { node { id name } } } }',
      {},
      stu1.token,
    );
    expect(nodesOf(student.data!.myClasses).map((c) => c.id)).toEqual([classA]);
    const peek = await graphql(
      platform.url,
      '{ myClasses { edges { node { students { totalCount } } } } }',
      {},
      stu1.token,
    );
    expect(codeOf(peek)).toBe('FORBIDDEN');
  });

  it('shows the roster to the class supervisor with each student resolved through the graph', async () => {
    const result = await graphql<{
      classRoster: Page<{ openFlagCount: number; student: { id: string; displayName: string } }>;
    }>(platform.url, ROSTER, { c: classA }, supA.token);
    expect(result.errors).toBeUndefined();
    expect(nodesOf(result.data!.classRoster)).toEqual([
      expect.objectContaining({ openFlagCount: 0, student: { id: stu1.id, displayName: 'Ada' } }),
    ]);
  });

  it('refuses a supervisor of another class, students, and anonymous callers', async () => {
    for (const token of [supB.token, stu1.token]) {
      expect(codeOf(await graphql(platform.url, ROSTER, { c: classA }, token))).toBe('FORBIDDEN');
      expect(codeOf(await graphql(platform.url, ENROLL, { c: classA, u: [stu2.id] }, token))).toBe(
        'FORBIDDEN',
      );
    }
    expect(codeOf(await graphql(platform.url, ROSTER, { c: classA }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await graphql(platform.url, '{ classes { edges { cursor } } }', {}, supA.token)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await graphql(
          platform.url,
          ROSTER,
          { c: '00000000-0000-4000-8000-000000000000' },
          supA.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await isSupervisorOf(supB, stu1)).toBe(false);
  });

  it('keeps the service-only questions away from people', async () => {
    // Not in the public API at all (@inaccessible); the subgraph itself refuses people.
    const hidden = await graphql(
      platform.url,
      IS_SUPERVISOR,
      { supervisorId: supA.id, studentId: stu1.id },
      admin,
    );
    expect(codeOf(hidden)).toBe('GRAPHQL_VALIDATION_FAILED');
    const monitoringUrl = platform.subgraphs.monitoring?.url ?? '';
    const result = await graphql(
      monitoringUrl,
      IS_SUPERVISOR,
      { supervisorId: supA.id, studentId: stu1.id },
      admin,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
  });

  it('refuses to enrol someone who is not a student, or nobody at all, naming them', async () => {
    const teacher = await graphql(platform.url, ENROLL, { c: classA, u: [supB.id] }, supA.token);
    expect(codeOf(teacher)).toBe('BAD_USER_INPUT');
    expect(teacher.errors?.[0]?.message).toContain(supB.id);
    const ghost = await graphql(
      platform.url,
      ENROLL,
      { c: classA, u: ['00000000-0000-4000-8000-00000000dead'] },
      supA.token,
    );
    expect(codeOf(ghost)).toBe('BAD_USER_INPUT');
    const badName = await graphql(platform.url, CREATE, { i: { name: '   ' } }, supA.token);
    expect(codeOf(badName)).toBe('BAD_USER_INPUT');
    expect(codeOf(await graphql(platform.url, CREATE, { i: { name: 'Mine' } }, stu1.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('changes the supervision answer at once, in monitoring and in a cached directory', async () => {
    const directory = createSupervisionDirectory({ client: service, bus: platform.bus });
    await directory.start();
    const changes: unknown[] = [];
    const stopListening = await platform.bus.subscribe(SUPERVISION_CHANGED, (change) =>
      changes.push(change),
    );
    try {
      expect(await directory.canSupervise(supA.id, stu2.id)).toBe(false);
      expect(
        (await graphql(platform.url, ENROLL, { c: classA, u: [stu2.id] }, admin)).errors,
      ).toBeUndefined();
      expect(await isSupervisorOf(supA, stu2)).toBe(true);
      await waitFor(() => changes.length === 1);
      expect(changes[0]).toEqual({ studentIds: [stu2.id], classIds: [classA] });
      expect(await directory.canSupervise(supA.id, stu2.id)).toBe(true);

      expect(
        (await graphql(platform.url, UNENROLL, { c: classA, u: [stu2.id] }, supA.token)).errors,
      ).toBeUndefined();
      expect(await isSupervisorOf(supA, stu2)).toBe(false);
      await waitFor(() => changes.length === 2);
      expect(await directory.canSupervise(supA.id, stu2.id)).toBe(false);
    } finally {
      stopListening();
      directory.close();
    }
  });

  it('derives active and ended relationships from classes', async () => {
    const result = await graphql<{ supervisionRelationships: Page<Record<string, unknown>> }>(
      platform.url,
      `
        query ($t: ID) {
          supervisionRelationships(studentId: $t) {
            edges {
              node {
                status
                since
                endedAt
                supervisor {
                  id
                }
                student {
                  id
                }
                classes {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { t: stu2.id },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const relationships = nodesOf(result.data!.supervisionRelationships);
    expect(relationships).toEqual([
      expect.objectContaining({
        status: 'ENDED',
        supervisor: { id: supA.id },
        student: { id: stu2.id },
        classes: { edges: [] },
      }),
    ]);
    expect(relationships[0]!.endedAt).toEqual(expect.any(String));
    const own = await graphql<{
      supervisionRelationships: Page<{ status: string; classes: Page<{ id: string }> }>;
    }>(
      platform.url,
      `
        query ($s: ID) {
          supervisionRelationships(supervisorId: $s) {
            edges {
              node {
                status
                student {
                  id
                }
                classes {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { s: supA.id },
      supA.token,
    );
    expect(nodesOf(own.data!.supervisionRelationships)).toEqual(
      expect.arrayContaining([
        {
          status: 'ACTIVE',
          student: { id: stu1.id },
          classes: { edges: [{ node: { id: classA } }] },
        },
      ]),
    );
    const other = await graphql(
      platform.url,
      `
        query ($s: ID) {
          supervisionRelationships(supervisorId: $s) {
            edges {
              cursor
            }
          }
        }
      `,
      { s: supA.id },
      supB.token,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  it('answers content which classes a student attends and a supervisor leads', async () => {
    const { monitoring } = operations;
    expect(await service.request(monitoring.ClassIdsOfStudent, { studentId: stuB.id })).toEqual({
      classIdsOfStudent: [classB],
    });
    expect(
      await service.request(monitoring.ClassIdsOfSupervisor, { supervisorId: supB.id }),
    ).toEqual({ classIdsOfSupervisor: [classB] });
    expect(await service.request(monitoring.StudentIdsOfClass, { classId: classB })).toEqual({
      studentIdsOfClass: [stuB.id],
    });
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(await service.request(monitoring.StudentIdsOfClass, { classId: nobody })).toEqual({
      studentIdsOfClass: [],
    });
  });

  it('assigns and removes co-supervisors, which grants and withdraws access', async () => {
    const assign = await graphql(
      platform.url,
      `
        mutation ($c: ID!, $u: ID!) {
          assignSupervisor(classId: $c, userId: $u) {
            id
          }
        }
      `,
      { c: classA, u: supB.id },
      admin,
    );
    expect(assign.errors).toBeUndefined();
    expect(await isSupervisorOf(supB, stu1)).toBe(true);
    expect((await graphql(platform.url, ROSTER, { c: classA }, supB.token)).errors).toBeUndefined();
    const student = await graphql(
      platform.url,
      `
        mutation ($c: ID!, $u: ID!) {
          assignSupervisor(classId: $c, userId: $u) {
            id
          }
        }
      `,
      { c: classA, u: stu2.id },
      supA.token,
    );
    expect(codeOf(student)).toBe('BAD_USER_INPUT');
    const remove = await graphql(
      platform.url,
      `
        mutation ($c: ID!, $u: ID!) {
          removeSupervisor(classId: $c, userId: $u) {
            id
          }
        }
      `,
      { c: classA, u: supB.id },
      supA.token,
    );
    expect(remove.errors).toBeUndefined();
    expect(await isSupervisorOf(supB, stu1)).toBe(false);
    expect(codeOf(await graphql(platform.url, ROSTER, { c: classA }, supB.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('renames a class and clears its term, for its supervisors only', async () => {
    const UPDATE = `mutation($c: ID!, $n: String, $t: String) { updateClass(classId: $c, name: $n, term: $t) { name term } }`;
    const renamed = await graphql<{ updateClass: unknown }>(
      platform.url,
      UPDATE,
      { c: classA, n: ' 7A Biology (set 2) ', t: '' },
      supA.token,
    );
    expect(renamed.data!.updateClass).toEqual({ name: '7A Biology (set 2)', term: null });
    expect(
      codeOf(await graphql(platform.url, UPDATE, { c: classA, n: 'Mine now' }, supB.token)),
    ).toBe('FORBIDDEN');
  });

  it('archives a class: links end, changes are refused, history stays readable', async () => {
    const archived = await graphql<{ archiveClass: { archived: boolean } }>(
      platform.url,
      `
        mutation ($c: ID!) {
          archiveClass(classId: $c) {
            archived
            archivedAt
          }
        }
      `,
      { c: classB },
      supB.token,
    );
    expect(archived.data!.archiveClass.archived).toBe(true);
    expect(await isSupervisorOf(supB, stuB)).toBe(false);
    const archivedRoster = await service.request(operations.monitoring.StudentIdsOfClass, {
      classId: classB,
    });
    expect(archivedRoster.studentIdsOfClass).toEqual([]);
    expect(codeOf(await graphql(platform.url, ENROLL, { c: classB, u: [stu2.id] }, admin))).toBe(
      'CONFLICT',
    );
    const mine = await graphql<{ myClasses: Page<{ id: string }> }>(
      platform.url,
      '{ myClasses { edges { node { id } } } }',
      {},
      supB.token,
    );
    expect(nodesOf(mine.data!.myClasses)).toEqual([]);
    const all = await graphql<{ myClasses: Page<{ id: string }> }>(
      platform.url,
      '{ myClasses(includeArchived: true) { edges { node { id } } } }',
      {},
      supB.token,
    );
    expect(nodesOf(all.data!.myClasses).map((c) => c.id)).toEqual([classB]);
    expect((await graphql(platform.url, ROSTER, { c: classB }, supB.token)).errors).toBeUndefined();
  });
  it('pages every class list with first/after, in a stable order, and refuses pages over 100', async () => {
    const [lead, colead, s1, s2, s3] = await Promise.all([
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Page'),
      createPerson(platform, admin, 'SUPERVISOR', 'Mr Leaf'),
      createPerson(platform, admin, 'STUDENT', 'Dee'),
      createPerson(platform, admin, 'STUDENT', 'Eli'),
      createPerson(platform, admin, 'STUDENT', 'Fay'),
    ]);
    const create = async (name: string, supervisorIds: string[], studentIds: string[]) => {
      const created = await graphql<{ createClass: { id: string } }>(
        platform.url,
        CREATE,
        { i: { name, supervisorIds, studentIds } },
        admin,
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createClass.id;
    };
    // One statement enrols the three students and assigns both supervisors: they share one
    // now(), so only the id orders them and a cursor must still move past each.
    const p = await create('8P Physics', [lead.id, colead.id], [s1.id, s2.id, s3.id]);
    const q = await create('8Q Chemistry', [lead.id], [s1.id]);
    const r = await create('8R Art', [lead.id], []);
    const ids = (pages: Array<Array<{ id: string }>>) => pages.map((page) => page.map((n) => n.id));
    const sorted = (values: string[]) => [...values].sort();

    const CLASSES = `query($first: Int, $after: String) {
      myClasses(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const mine = await readAllPages<{ id: string }>(
      platform.url,
      CLASSES,
      {},
      lead.token,
      1,
      (d) => d.myClasses as never,
    );
    expect(ids(mine)).toEqual([[r], [q], [p]]);

    const ALL = `query($first: Int, $after: String) {
      classes(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const all = (
      await readAllPages<{ id: string }>(platform.url, ALL, {}, admin, 2, (d) => d.classes as never)
    ).flat();
    expect(all.map((c) => c.id).filter((id) => [p, q, r].includes(id))).toEqual([r, q, p]);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);

    const ROSTER_PAGE = `query($c: ID!, $first: Int, $after: String) {
      classRoster(classId: $c, first: $first, after: $after) {
        edges { cursor node { student { id } } } pageInfo { hasNextPage endCursor } } }`;
    const roster = await readAllPages<{ student: { id: string } }>(
      platform.url,
      ROSTER_PAGE,
      { c: p },
      lead.token,
      1,
      (d) => d.classRoster as never,
    );
    expect(roster.map((page) => page.length)).toEqual([1, 1, 1]);
    expect(roster.flat().map((e) => e.student.id)).toEqual(sorted([s1.id, s2.id, s3.id]));

    for (const [field, expected] of [
      ['students', sorted([s1.id, s2.id, s3.id])],
      ['supervisors', sorted([lead.id, colead.id])],
    ] as const) {
      const MEMBERS = `query($c: ID!, $first: Int, $after: String) { class(id: $c) {
        ${field}(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } } }`;
      const members = await readAllPages<{ id: string }>(
        platform.url,
        MEMBERS,
        { c: p },
        lead.token,
        1,
        (d) => (d.class as Record<string, never>)[field]!,
      );
      expect(members.map((page) => page.length)).toEqual(expected.map(() => 1));
      expect(members.flat().map((m) => m.id)).toEqual(expected);
      const counted = await graphql<{ class: Record<string, { totalCount: number }> }>(
        platform.url,
        `query($c: ID!) { class(id: $c) { ${field}(first: 1) { totalCount } } }`,
        { c: p },
        lead.token,
      );
      expect(counted.data!.class[field]!.totalCount).toBe(expected.length);
    }

    const RELATIONSHIPS = `query($s: ID, $first: Int, $after: String) {
      supervisionRelationships(supervisorId: $s, first: $first, after: $after) {
        edges { cursor node { student { id } } } pageInfo { hasNextPage endCursor } } }`;
    const pairs = await readAllPages<{ student: { id: string } }>(
      platform.url,
      RELATIONSHIPS,
      { s: lead.id },
      lead.token,
      1,
      (d) => d.supervisionRelationships as never,
    );
    expect(pairs.map((page) => page.length)).toEqual([1, 1, 1]);
    expect(pairs.flat().map((e) => e.student.id)).toEqual(sorted([s1.id, s2.id, s3.id]));

    const LINKS = `query($s: ID, $t: ID, $first: Int, $after: String) {
      supervisionRelationships(supervisorId: $s, studentId: $t) { edges { node {
        classes(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } } }`;
    const links = await readAllPages<{ id: string }>(
      platform.url,
      LINKS,
      { s: lead.id, t: s1.id },
      lead.token,
      1,
      (d) => nodesOf(d.supervisionRelationships as Page<{ classes: never }>)[0]!.classes,
    );
    expect(ids(links)).toEqual([[p], [q]]);

    const tooMany: Array<[string, Record<string, unknown>]> = [
      ['{ myClasses(first: 101) { edges { cursor } } }', {}],
      ['{ classes(first: 101) { edges { cursor } } }', {}],
      ['query($c: ID!) { classRoster(classId: $c, first: 101) { edges { cursor } } }', { c: p }],
      ['query($c: ID!) { class(id: $c) { students(first: 101) { totalCount } } }', { c: p }],
      ['query($c: ID!) { class(id: $c) { supervisors(first: 101) { totalCount } } }', { c: p }],
      ['{ supervisionRelationships(first: 101) { edges { cursor } } }', {}],
      [
        '{ supervisionRelationships { edges { node { classes(first: 101) { edges { cursor } } } } } }',
        {},
      ],
      ['{ messageComments(messageId: "m-1", first: 101) { edges { cursor } } }', {}],
      ['{ myClasses(first: 0) { edges { cursor } } }', {}],
      ['{ supervisionRelationships(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }', {}],
    ];
    for (const [query, variables] of tooMany)
      expect([query, codeOf(await graphql(platform.url, query, variables, admin))]).toEqual([
        query,
        'BAD_USER_INPUT',
      ]);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 25));
  if (!condition()) throw new Error('condition never became true');
}
