import { graphql, startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { adminToken, codeOf, createPerson, eventually, type TestPerson } from './testing';

const HISTORY = `query($c: ID!, $f: Int, $a: String) {
  classActivityHistory(classId: $c, first: $f, after: $a) {
    edges { cursor node { kind sessionId messageId student { id } flag { id category status } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const NOTES = `query($u: ID!, $f: Int, $a: String) { user(id: $u) { supervisorNotes(first: $f, after: $a) {
  edges { node { messageId content sessionId supervisor { id } student { id } } }
  pageInfo { hasNextPage endCursor }
} } }`;
const COUNT = `query { myOpenFlagCount }`;
const SEND = `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }`;
const NOTE = `mutation($s: ID!, $c: String!) { postSupervisorNote(sessionId: $s, content: $c) { messageId } }`;

interface HistoryNode {
  kind: string;
  sessionId: string;
  messageId: string;
  student: { id: string };
  flag: { id: string; category: string; status: string } | null;
}
interface HistoryPage {
  classActivityHistory: {
    edges: Array<{ cursor: string; node: HistoryNode }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * What supervision remembers, through the gateway with real chat answers from the emulator:
 * a class's past activity (paged, bounded by each viewer's tie), the open-flag count of an
 * inbox, and the notes posted into a student's conversations.
 */
describe('monitoring: activity history, inbox count and notes', () => {
  let platform: TestPlatform;
  let admin: string;
  let teacher: TestPerson;
  let stranger: TestPerson;
  let ada: TestPerson;
  let classId: string;
  let sessionId: string;
  const answers: string[] = [];

  const run = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphql<T>(platform.url, query, variables, token);
    if (result.errors?.length)
      throw new Error(`${String(codeOf(result))}: ${result.errors[0]!.message}`);
    return result.data!;
  };
  const history = (token: string, first = 50, after?: string) =>
    run<HistoryPage>(token, HISTORY, { c: classId, f: first, a: after });

  beforeAll(async () => {
    platform = await startTestPlatform();
    admin = adminToken();
    [teacher, stranger, ada] = await Promise.all([
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Alder'),
      createPerson(platform, admin, 'SUPERVISOR', 'Mr Birch'),
      createPerson(platform, admin, 'STUDENT', 'Ada'),
    ]);
    await run(
      admin,
      'mutation($u: ID!, $a: Float!) { allocateCredits(userId: $u, amount: $a) { id } }',
      {
        u: ada.id,
        a: 100,
      },
    );
    classId = (
      await run<{ createClass: { id: string } }>(
        admin,
        'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
        { i: { name: '7A Biology', supervisorIds: [teacher.id], studentIds: [ada.id] } },
      )
    ).createClass.id;
    sessionId = (
      await run<{ startChat: { id: string } }>(ada.token, 'mutation { startChat { id } }')
    ).startChat.id;
    for (const text of [
      'What is a cell? [[emulator:length=3]]',
      'And a tissue? [[emulator:length=3]]',
    ]) {
      const { sendMessage } = await run<{ sendMessage: { id: string } }>(ada.token, SEND, {
        s: sessionId,
        t: text,
      });
      answers.push(sendMessage.id);
      await eventually(async () => {
        const page = await history(teacher.token);
        return page.classActivityHistory.edges.some(
          (e) => e.node.messageId === sendMessage.id && e.node.kind === 'ANSWER_FINISHED',
        );
      }, 'the answer to finish in the history');
    }
  }, 180_000);

  afterAll(async () => {
    await platform?.close();
  });

  it('lists what happened, newest first, and pages without gaps or repeats', async () => {
    const all = (await history(teacher.token)).classActivityHistory;
    const kinds = all.edges.map((e) => e.node.kind);
    expect(kinds.filter((k) => k === 'STUDENT_MESSAGE')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'ANSWER_STARTED')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'ANSWER_FINISHED')).toHaveLength(2);
    // Newest first: the second answer's end comes before the first's.
    const ends = all.edges
      .filter((e) => e.node.kind === 'ANSWER_FINISHED')
      .map((e) => e.node.messageId);
    expect(ends).toEqual([answers[1], answers[0]]);
    expect(
      all.edges.every((e) => e.node.student.id === ada.id && e.node.sessionId === sessionId),
    ).toBe(true);

    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await history(teacher.token, 4, after)).classActivityHistory;
      seen.push(...page.edges.map((e) => e.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.edges.map((e) => e.cursor));
  });

  it('shows a raised flag with its current state, and counts it in the inbox', async () => {
    const before = (await run<{ myOpenFlagCount: number }>(teacher.token, COUNT)).myOpenFlagCount;
    await run(ada.token, SEND, {
      s: sessionId,
      t: 'gonna bring my dads gun to school monday [[emulator:length=2]]',
    });
    // The answer ends (or is stopped by the flag) before the conversation is used again.
    await eventually(async () => {
      const { chatSession } = await run<{ chatSession: { isStreaming: boolean } }>(
        ada.token,
        'query($s: ID!) { chatSession(id: $s) { isStreaming } }',
        { s: sessionId },
      );
      return !chatSession.isStreaming;
    }, 'the answer to the flagged message to end');
    const flagged = await eventually(async () => {
      const page = await history(teacher.token);
      return (
        page.classActivityHistory.edges.find((e) => e.node.kind === 'FLAG_RAISED')?.node ?? false
      );
    }, 'the flag in the history');
    expect(flagged.flag).toMatchObject({ category: 'VIOLENCE', status: 'OPEN' });
    expect((await run<{ myOpenFlagCount: number }>(teacher.token, COUNT)).myOpenFlagCount).toBe(
      before + 1,
    );
    expect((await run<{ myOpenFlagCount: number }>(stranger.token, COUNT)).myOpenFlagCount).toBe(0);
    expect((await run<{ myOpenFlagCount: number }>(admin, COUNT)).myOpenFlagCount).toBeGreaterThan(
      0,
    );

    await run(
      teacher.token,
      'mutation($id: ID!) { resolveFlag(flagId: $id, resolution: ACKNOWLEDGED) { id } }',
      { id: flagged.flag!.id },
    );
    await eventually(async () => {
      const page = await history(teacher.token);
      const resolved = page.classActivityHistory.edges.find((e) => e.node.kind === 'FLAG_RESOLVED');
      return resolved?.node.flag?.status === 'ACKNOWLEDGED';
    }, 'the resolution in the history');
    expect((await run<{ myOpenFlagCount: number }>(teacher.token, COUNT)).myOpenFlagCount).toBe(
      before,
    );
  });

  it('refuses students and teachers of other classes, and answers a later co-teacher only from their tie on', async () => {
    const refused = await graphql(platform.url, HISTORY, { c: classId }, stranger.token);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(codeOf(await graphql(platform.url, HISTORY, { c: classId }, ada.token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await graphql(platform.url, COUNT, {}, ada.token))).toBe('FORBIDDEN');
    expect(codeOf(await graphql(platform.url, HISTORY, { c: classId, a: 'nonsense' }, admin))).toBe(
      'BAD_USER_INPUT',
    );

    // An admin assigns the stranger now: nothing from before shows for them.
    await run(
      admin,
      'mutation($c: ID!, $u: ID!) { assignSupervisor(classId: $c, userId: $u) { id } }',
      {
        c: classId,
        u: stranger.id,
      },
    );
    expect((await history(stranger.token)).classActivityHistory.edges).toHaveLength(0);
    const { sendMessage } = await run<{ sendMessage: { id: string } }>(ada.token, SEND, {
      s: sessionId,
      t: 'One more thing [[emulator:length=2]]',
    });
    await eventually(async () => {
      const page = await history(stranger.token);
      return page.classActivityHistory.edges.some((e) => e.node.messageId === sendMessage.id);
    }, 'the co-teacher to see what happened after their assignment');
    const theirs = (await history(stranger.token)).classActivityHistory.edges;
    expect(theirs.every((e) => !answers.includes(e.node.messageId))).toBe(true);
    // An unenrolled student's history leaves the class feed with them.
    await run(
      admin,
      'mutation($c: ID!, $u: [ID!]!) { unenrollStudents(classId: $c, userIds: $u) { id } }',
      {
        c: classId,
        u: [ada.id],
      },
    );
    expect((await history(admin)).classActivityHistory.edges).toHaveLength(0);
    await run(
      admin,
      'mutation($c: ID!, $u: [ID!]!) { enrollStudents(classId: $c, userIds: $u) { id } }',
      {
        c: classId,
        u: [ada.id],
      },
    );
  });

  it('lists the notes in a student’s conversations for them, their teacher and admins', async () => {
    const posted: string[] = [];
    for (const content of ['Well asked!', 'Look at chapter 2.', 'See me after class.']) {
      posted.push(
        (
          await run<{ postSupervisorNote: { messageId: string } }>(teacher.token, NOTE, {
            s: sessionId,
            c: content,
          })
        ).postSupervisorNote.messageId,
      );
    }
    type Notes = {
      user: {
        supervisorNotes: {
          edges: Array<{
            node: { messageId: string; content: string; supervisor: { id: string } };
          }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const first = await run<Notes>(teacher.token, NOTES, { u: ada.id, f: 2 });
    expect(first.user.supervisorNotes.edges.map((e) => e.node.content)).toEqual([
      'See me after class.',
      'Look at chapter 2.',
    ]);
    expect(first.user.supervisorNotes.pageInfo.hasNextPage).toBe(true);
    const rest = await run<Notes>(teacher.token, NOTES, {
      u: ada.id,
      f: 2,
      a: first.user.supervisorNotes.pageInfo.endCursor,
    });
    expect(rest.user.supervisorNotes.edges.map((e) => e.node.messageId)).toEqual([posted[0]]);
    expect(rest.user.supervisorNotes.edges[0]!.node.supervisor.id).toBe(teacher.id);
    const own = await run<Notes>(ada.token, NOTES, { u: ada.id, f: 10 });
    expect(own.user.supervisorNotes.edges).toHaveLength(3);
    expect(
      (await run<Notes>(admin, NOTES, { u: ada.id, f: 10 })).user.supervisorNotes.edges,
    ).toHaveLength(3);
    const outsider = await createPerson(platform, admin, 'SUPERVISOR', 'Mr Cedar');
    expect(codeOf(await graphql(platform.url, NOTES, { u: ada.id }, outsider.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('invites a co-teacher and a student by e-mail; they join only by accepting', async () => {
    const INVITE = `mutation($c: ID!, $e: String!, $r: ClassInvitationRole!) {
      inviteToClass(classId: $c, email: $e, role: $r) { id role status invitee { id } invitedBy { id } }
    }`;
    const email = async (id: string) =>
      (
        await run<{ user: { email: string } }>(admin, 'query($u: ID!) { user(id: $u) { email } }', {
          u: id,
        })
      ).user.email;
    const colleague = await createPerson(platform, admin, 'SUPERVISOR', 'Ms Elm');
    const newcomer = await createPerson(platform, admin, 'STUDENT', 'Noor');
    type Invited = {
      inviteToClass: {
        id: string;
        role: string;
        status: string;
        invitee: { id: string };
        invitedBy: { id: string };
      };
    };
    const invited = await run<Invited>(teacher.token, INVITE, {
      c: classId,
      e: (await email(colleague.id)).toUpperCase(),
      r: 'SUPERVISOR',
    });
    expect(invited.inviteToClass).toMatchObject({
      role: 'SUPERVISOR',
      status: 'PENDING',
      invitee: { id: colleague.id },
      invitedBy: { id: teacher.id },
    });
    // Not a member until they accept: the class's history is refused to them.
    expect(codeOf(await graphql(platform.url, HISTORY, { c: classId }, colleague.token))).toBe(
      'FORBIDDEN',
    );
    await run(
      colleague.token,
      'mutation($i: ID!) { respondToClassInvitation(invitationId: $i, accept: true) { status } }',
      {
        i: invited.inviteToClass.id,
      },
    );
    expect((await history(colleague.token)).classActivityHistory.edges).toEqual([]);

    const student = await run<Invited>(teacher.token, INVITE, {
      c: classId,
      e: await email(newcomer.id),
      r: 'STUDENT',
    });
    expect(student.inviteToClass).toMatchObject({ role: 'STUDENT', status: 'PENDING' });
    const again = await graphql(
      platform.url,
      INVITE,
      { c: classId, e: await email(newcomer.id), r: 'STUDENT' },
      teacher.token,
    );
    expect(again.data).toMatchObject({ inviteToClass: { id: student.inviteToClass.id } });

    const refusals: Array<[string, Record<string, unknown>, string]> = [
      [teacher.token, { c: classId, e: 'nobody@nowhere.test', r: 'STUDENT' }, 'NOT_FOUND'],
      [teacher.token, { c: classId, e: 'not an address', r: 'STUDENT' }, 'BAD_USER_INPUT'],
      [
        teacher.token,
        { c: classId, e: await email(newcomer.id), r: 'SUPERVISOR' },
        'BAD_USER_INPUT',
      ],
      [teacher.token, { c: classId, e: await email(ada.id), r: 'STUDENT' }, 'CONFLICT'],
      [ada.token, { c: classId, e: await email(newcomer.id), r: 'STUDENT' }, 'FORBIDDEN'],
    ];
    for (const [token, variables, code] of refusals)
      expect(codeOf(await graphql(platform.url, INVITE, variables, token))).toBe(code);
    const outsider = await createPerson(platform, admin, 'SUPERVISOR', 'Mr Fir');
    expect(
      codeOf(
        await graphql(
          platform.url,
          INVITE,
          { c: classId, e: await email(newcomer.id), r: 'STUDENT' },
          outsider.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('shows the platform’s escalation delay beside each person’s alert settings', async () => {
    const settings = await run<{
      myNotificationSettings: { emailAlerts: boolean; escalationMinutes: number };
    }>(teacher.token, 'query { myNotificationSettings { emailAlerts escalationMinutes } }');
    expect(settings.myNotificationSettings).toEqual({ emailAlerts: true, escalationMinutes: 15 });
  });
});
