import { graphql, startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { CHAT_ACTIVITY, CHAT_CANCEL, type ChatActivity } from '@aula/runtime';
import { randomUUID } from 'node:crypto';
import {
  adminToken,
  codeOf,
  createPerson,
  eventually,
  subscribe,
  type TestPerson,
  type TestSubscription,
} from './testing';

const ACTIVITY = `subscription($c: ID!) {
  classActivity(classId: $c) {
    kind classId sessionId messageId at
    student { id displayName }
    flag { id category severity source excerpt rule status stoppedAnswer student { id } }
  }
}`;
const FLAGS = `query($f: FlagFilter, $first: Int, $after: String) {
  flags(filter: $f, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id category severity source messageId status note resolvedBy { id } } } }
}`;

interface ActivityEvent {
  kind: string;
  messageId: string;
  student: { id: string; displayName: string };
  flag: {
    id: string;
    category: string;
    severity: string;
    source: string;
    excerpt: string;
    stoppedAnswer: boolean;
  } | null;
}
interface FlagRow {
  id: string;
  category: string;
  severity: string;
  source: string;
  messageId: string;
  status: string;
}

/** Safety flags and live class activity, driven by `chat.activity` events on the platform's bus. */
describe('monitoring: flags and class activity', () => {
  let platform: TestPlatform;
  let admin: string;
  let supA: TestPerson;
  let supB: TestPerson;
  let stu1: TestPerson;
  let stu2: TestPerson;
  let stuB: TestPerson;
  let classA: string;
  let live: TestSubscription<ActivityEvent>;
  const session = randomUUID();

  const chat = (
    kind: ChatActivity['kind'],
    student: TestPerson,
    text: string | null,
    messageId: string = randomUUID(),
  ) => {
    const event: ChatActivity = {
      kind,
      sessionId: session,
      messageId,
      userId: student.id,
      chatbotId: null,
      text: text ?? '',
      at: new Date().toISOString(),
    };
    return platform.bus.publish(CHAT_ACTIVITY, event).then(() => messageId);
  };
  const inbox = async (token: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<{
      flags: {
        edges: Array<{ node: FlagRow }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(platform.url, FLAGS, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    const { edges, pageInfo } = result.data.flags;
    return { nodes: edges.map((edge) => edge.node), ...pageInfo };
  };
  /** Publishes probes until the subscriber sees one: its subscription is then certainly live. */
  const untilLive = async (subscription: TestSubscription<ActivityEvent>, student: TestPerson) => {
    const probes = new Set<string>();
    await eventually(async () => {
      probes.add(await chat('started', student, null));
      if (!subscription.events.some((e) => probes.has(e.messageId)))
        throw new Error('subscription not live yet');
    });
  };

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
    const create = `mutation($i: CreateClassInput!) { createClass(input: $i) { id } }`;
    const a = await graphql<{ createClass: { id: string } }>(
      platform.url,
      create,
      {
        i: { name: '7A', supervisorIds: [supA.id], studentIds: [stu1.id], flagKeywords: ['vape'] },
      },
      admin,
    );
    classA = a.data!.createClass.id;
    await graphql(
      platform.url,
      create,
      { i: { name: '7B', supervisorIds: [supB.id], studentIds: [stuB.id] } },
      admin,
    );
    live = subscribe<ActivityEvent>(platform.wsUrl, ACTIVITY, { c: classA }, supA.token);
    await untilLive(live, stu1);
  }, 180_000);
  afterAll(async () => {
    await live?.close();
    await platform?.close();
  });

  it('refuses to let a supervisor of another class or a student watch the class', async () => {
    for (const person of [supB, stu1]) {
      const attempt = subscribe<ActivityEvent>(
        platform.wsUrl,
        ACTIVITY,
        { c: classA },
        person.token,
      );
      const { error } = await attempt.ended;
      expect(JSON.stringify(error)).toContain('FORBIDDEN');
      await attempt.close();
    }
  });

  it('delivers a flag the moment a student writes something concerning, with the student from auth', async () => {
    const messageId = await chat(
      'user-message',
      stu1,
      'Honestly I want to kill myself after today.',
    );
    const message = await live.next(
      (e) => e.kind === 'STUDENT_MESSAGE' && e.messageId === messageId,
      'student message',
    );
    expect(message.student).toEqual({ id: stu1.id, displayName: 'Ada' });
    const raised = await live.next(
      (e) => e.kind === 'FLAG_RAISED' && e.messageId === messageId,
      'flag',
    );
    expect(raised.flag).toMatchObject({
      category: 'SELF_HARM',
      severity: 'HIGH',
      source: 'STUDENT_MESSAGE',
      stoppedAnswer: false,
    });
    expect(raised.flag!.excerpt).toContain('kill myself');
  });

  it('raises each built-in category and class keywords on a test corpus, and nothing on a clean one', async () => {
    const corpus: Array<[string, string]> = [
      ['VIOLENCE', 'I am going to stab him tomorrow'],
      ['SEXUAL', 'where do I find porn'],
      ['BULLYING', 'everyone hates you, loser'],
      ['PERSONAL_DATA', 'text me on 07700 900123 or ada@example.com'],
      ['KEYWORD', 'who is selling a vape at break'],
    ];
    const clean = [
      'Explain photosynthesis simply.',
      'What caused the First World War?',
      'Solve 3x + 7 = 22.',
    ];
    const flagged = await Promise.all(corpus.map(([, text]) => chat('user-message', stu1, text)));
    const ignored = await Promise.all(clean.map((text) => chat('user-message', stu1, text)));
    for (const [i, [category]] of corpus.entries()) {
      const event = await live.next(
        (e) => e.kind === 'FLAG_RAISED' && e.messageId === flagged[i],
        `${category} flag`,
      );
      expect(event.flag!.category).toBe(category);
    }
    const all = await inbox(supA.token, { first: 100 });
    expect(all.nodes.filter((f) => ignored.includes(f.messageId))).toEqual([]);
  });

  it('catches a phrase split across answer batches and stops a high-severity answer', async () => {
    const cancels: Array<{ messageId: string; reason: string }> = [];
    const stop = await platform.bus.subscribe(CHAT_CANCEL, (c) => cancels.push(c));
    try {
      const messageId = await chat('started', stu1, null);
      await chat('delta', stu1, 'Here is a link to some free por', messageId);
      await chat('delta', stu1, 'n sites for you.', messageId);
      const raised = await live.next(
        (e) => e.kind === 'FLAG_RAISED' && e.messageId === messageId,
        'answer flag',
      );
      expect(raised.flag).toMatchObject({
        category: 'SEXUAL',
        source: 'ANSWER',
        stoppedAnswer: true,
      });
      await eventually(async () =>
        expect(cancels).toEqual([{ messageId, reason: expect.stringContaining('safety') }]),
      );
    } finally {
      stop();
    }
  });

  it('raises one flag per message and category, even when the event repeats', async () => {
    const messageId = randomUUID();
    await chat('user-message', stu1, 'I hate you, loser, you moron', messageId);
    await chat('user-message', stu1, 'I hate you, loser, you moron', messageId);
    await live.next((e) => e.kind === 'FLAG_RAISED' && e.messageId === messageId);
    await untilLive(live, stu1);
    const rows = (await inbox(supA.token, { first: 100 })).nodes.filter(
      (f) => f.messageId === messageId,
    );
    expect(rows.map((f) => f.category)).toEqual(['BULLYING']);
  });

  it('keeps other classes out of the feed and the inbox', async () => {
    const outsider = await chat('user-message', stuB, 'porn porn porn');
    await untilLive(live, stu1);
    expect(live.events.some((e) => e.messageId === outsider)).toBe(false);
    await eventually(async () =>
      expect((await inbox(supB.token)).nodes.map((f) => f.messageId)).toEqual([outsider]),
    );
    expect((await inbox(supB.token)).nodes.some((f) => f.messageId !== outsider)).toBe(false);
    expect(codeOf(await graphql(platform.url, FLAGS, { f: { classId: classA } }, supB.token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await graphql(platform.url, FLAGS, {}, stu1.token))).toBe('FORBIDDEN');
  });

  it('pages through the inbox and filters it', async () => {
    const first = await inbox(supA.token, { first: 2 });
    expect(first.nodes).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const second = await inbox(supA.token, { first: 2, after: first.endCursor });
    expect(second.nodes.map((f) => f.id)).not.toContain(first.nodes[0]!.id);
    const sexual = await inbox(supA.token, {
      f: { category: 'SEXUAL', classId: classA },
      first: 100,
    });
    expect(sexual.nodes.map((f) => f.category)).toEqual(['SEXUAL', 'SEXUAL']);
    expect(codeOf(await graphql(platform.url, FLAGS, { after: 'not-a-cursor' }, supA.token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('resolves a flag once, live, for the student’s supervisors only', async () => {
    const [target] = (await inbox(supA.token, { f: { category: 'SELF_HARM' } })).nodes;
    const RESOLVE = `mutation($id: ID!, $r: FlagResolution!, $n: String) { resolveFlag(flagId: $id, resolution: $r, note: $n) { status note resolvedBy { id } } }`;
    expect(
      codeOf(await graphql(platform.url, RESOLVE, { id: target!.id, r: 'DISMISSED' }, supB.token)),
    ).toBe('FORBIDDEN');
    const done = await graphql<{ resolveFlag: unknown }>(
      platform.url,
      RESOLVE,
      { id: target!.id, r: 'ACKNOWLEDGED', n: 'Spoke to Ada and her parents.' },
      supA.token,
    );
    expect(done.data!.resolveFlag).toEqual({
      status: 'ACKNOWLEDGED',
      note: 'Spoke to Ada and her parents.',
      resolvedBy: { id: supA.id },
    });
    expect(
      codeOf(await graphql(platform.url, RESOLVE, { id: target!.id, r: 'DISMISSED' }, supA.token)),
    ).toBe('CONFLICT');
    await live.next((e) => e.kind === 'FLAG_RESOLVED' && e.flag?.id === target!.id, 'resolution');
    const counts = await graphql<{
      classRoster: {
        edges: Array<{ node: { openFlagCount: number; student: { openFlagCount: number } } }>;
      };
    }>(
      platform.url,
      `
        query ($c: ID!) {
          classRoster(classId: $c) {
            edges {
              node {
                openFlagCount
                student {
                  openFlagCount
                }
              }
            }
          }
        }
      `,
      { c: classA },
      supA.token,
    );
    const open = (await inbox(supA.token, { f: { status: 'OPEN', classId: classA }, first: 100 }))
      .nodes.length;
    expect(counts.data!.classRoster.edges.map((edge) => edge.node)).toEqual([
      { openFlagCount: open, student: { openFlagCount: open } },
    ]);
    const other = await graphql(
      platform.url,
      `
        query ($id: ID!) {
          flag(id: $id) {
            id
          }
        }
      `,
      { id: target!.id },
      supB.token,
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  it('follows enrolment changes live and ends the feed when the supervisor leaves the class', async () => {
    await graphql(
      platform.url,
      `
        mutation ($c: ID!, $u: [ID!]!) {
          enrollStudents(classId: $c, userIds: $u) {
            id
          }
        }
      `,
      { c: classA, u: [stu2.id] },
      admin,
    );
    await untilLive(live, stu2);
    const extra = await createPerson(platform, admin, 'SUPERVISOR', 'Mx Cedar');
    await graphql(
      platform.url,
      `
        mutation ($c: ID!, $u: ID!) {
          assignSupervisor(classId: $c, userId: $u) {
            id
          }
        }
      `,
      { c: classA, u: extra.id },
      admin,
    );
    const leaving = subscribe<ActivityEvent>(platform.wsUrl, ACTIVITY, { c: classA }, extra.token);
    await untilLive(leaving, stu1);
    await graphql(
      platform.url,
      `
        mutation ($c: ID!, $u: ID!) {
          removeSupervisor(classId: $c, userId: $u) {
            id
          }
        }
      `,
      { c: classA, u: extra.id },
      admin,
    );
    expect(await leaving.ended).toEqual({});
    await leaving.close();
  });
});
