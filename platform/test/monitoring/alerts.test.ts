import { graphql, startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import { CHAT_ACTIVITY, type ChatActivity } from '@aula/runtime';
import { randomUUID } from 'node:crypto';
import {
  adminToken,
  codeOf,
  createPerson,
  eventually,
  subscribe,
  type TestPerson,
} from './testing';

const FLAG_RAISED = `subscription($c: ID, $s: FlagSeverity) {
  flagRaised(classId: $c, minSeverity: $s) { id category severity messageId excerpt rule student { id } }
}`;
const CAUGHT = `query { caughtEmails(first: 100) { edges { node { to subject text } } } }`;
const SETTINGS = `mutation($e: Boolean, $s: FlagSeverity) {
  updateNotificationSettings(emailAlerts: $e, minSeverity: $s) { emailAlerts minSeverity }
}`;

interface RaisedFlag {
  id: string;
  category: string;
  severity: string;
  messageId: string;
  excerpt: string;
  rule: string;
}
interface Caught {
  to: string[];
  subject: string;
  text: string;
}

/**
 * Alerts that reach people: the live `flagRaised` inbox through the gateway, e-mail to the
 * class's supervisors through the built-in SMTP catcher (nodemailer → smtp-server), their
 * notification settings, and escalation of an unacknowledged HIGH flag to administrators.
 */
describe('monitoring: flag alerts', () => {
  let platform: TestPlatform;
  let admin: string;
  let alder: TestPerson;
  let birch: TestPerson;
  let ada: TestPerson;
  let classId: string;
  const emailOf = new Map<string, string>();

  const say = async (student: TestPerson, text: string) => {
    const event: ChatActivity = {
      kind: 'user-message',
      sessionId: randomUUID(),
      messageId: randomUUID(),
      userId: student.id,
      chatbotId: null,
      text,
      at: new Date().toISOString(),
    };
    await platform.bus.publish(CHAT_ACTIVITY, event);
    return event.messageId;
  };
  const caught = async (): Promise<Caught[]> => {
    const result = await graphql<{ caughtEmails: { edges: Array<{ node: Caught }> } }>(
      platform.url,
      CAUGHT,
      {},
      admin,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.caughtEmails.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    platform = await startTestPlatform({
      MONITORING_SAFETY_ESCALATION_MINUTES: '0.03',
      MONITORING_SAFETY_ESCALATION_CHECK_SECONDS: '0.5',
      MONITORING_SAFETY_ADMIN_EMAILS: 'head@school.test',
    });
    admin = adminToken();
    [alder, birch, ada] = await Promise.all([
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Alder'),
      createPerson(platform, admin, 'SUPERVISOR', 'Mr Birch'),
      createPerson(platform, admin, 'STUDENT', 'Ada'),
    ]);
    for (const person of [alder, birch]) {
      const me = await graphql<{ user: { email: string } }>(
        platform.url,
        'query($id: ID!) { user(id: $id) { email } }',
        { id: person.id },
        admin,
      );
      emailOf.set(person.id, me.data!.user.email);
    }
    const created = await graphql<{ createClass: { id: string } }>(
      platform.url,
      'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
      { i: { name: '8C', studentIds: [ada.id], supervisorIds: [alder.id, birch.id] } },
      admin,
    );
    classId = created.data!.createClass.id;
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });

  it('streams new flags live to the supervisor, filtered by class and severity, never to students', async () => {
    const student = subscribe<RaisedFlag>(platform.wsUrl, FLAG_RAISED, {}, ada.token);
    expect(JSON.stringify((await student.ended).error)).toContain('FORBIDDEN');
    await student.close();

    const inbox = subscribe<RaisedFlag>(
      platform.wsUrl,
      FLAG_RAISED,
      { c: classId, s: 'HIGH' },
      alder.token,
    );
    // Send until the subscription is certainly live, then check what it received.
    const sent: string[] = [];
    await eventually(async () => {
      sent.push(await say(ada, 'nobody would even care if i disappeared forever'));
      if (!inbox.events.some((e) => sent.includes(e.messageId)))
        throw new Error('no live flag yet');
    });
    const medium = await say(ada, 'my email is ada.lovelace@example.com');
    const high = await say(ada, 'gonna bring my dads gun to school monday');
    const event = await inbox.next((e) => e.messageId === high, 'live HIGH flag');
    expect(event).toMatchObject({ category: 'VIOLENCE', severity: 'HIGH' });
    expect(event.rule).toMatch(/^local:violence\./);
    expect(inbox.events.some((e) => e.messageId === medium)).toBe(false);
    await inbox.close();
  });

  it('e-mails the supervisors who want it, with a short excerpt and a link only', async () => {
    const off = await graphql(platform.url, SETTINGS, { e: false }, birch.token);
    expect(off.errors).toBeUndefined();
    const refused = await graphql(platform.url, SETTINGS, { e: true }, ada.token);
    expect(codeOf(refused)).toBe('FORBIDDEN');

    const long = `i want to kill myself ${'and everything is awful '.repeat(10)}`;
    await say(ada, long);
    await eventually(async () => {
      const mails = (await caught()).filter((m) => m.text.includes('kill myself'));
      if (!mails.some((m) => m.to.includes(emailOf.get(alder.id)!)))
        throw new Error('no e-mail yet');
    });
    const mails = (await caught()).filter((m) => m.text.includes('kill myself'));
    expect(mails.some((m) => m.to.includes(emailOf.get(birch.id)!))).toBe(false);
    const body = mails[0]!.text;
    expect(body).toContain('/flags?flag=');
    expect(body).not.toContain(long.trim());
    expect(body.match(/Excerpt: "(.*)"/)![1]!.length).toBeLessThanOrEqual(80);
  });

  it('escalates a HIGH flag nobody acknowledged in time to the administrators, once', async () => {
    const messageId = await say(ada, 'i have a list of people i want to hurt at school');
    const highFlags = async () => {
      const result = await graphql<{
        flags: {
          edges: Array<{ node: { id: string; messageId: string; escalatedAt: string | null } }>;
        };
      }>(
        platform.url,
        'query { flags(first: 100, filter: { severity: HIGH }) { edges { node { id messageId escalatedAt } } } }',
        {},
        admin,
      );
      return result.data!.flags.edges.map((e) => e.node);
    };
    const flag = await eventually(
      async () => {
        const found = (await highFlags()).find((f) => f.messageId === messageId);
        if (!found?.escalatedAt) throw new Error('not escalated yet');
        const mails = (await caught()).filter((m) => m.to.includes('head@school.test'));
        if (!mails.some((m) => m.subject.includes('ESCALATED') && m.text.includes(found.id)))
          throw new Error('no escalation e-mail yet');
        return found;
      },
      'an escalation',
      20_000,
    );
    expect(flag.escalatedAt).not.toBeNull();
    const escalated = (await caught())
      .filter((m) => m.subject.includes('ESCALATED'))
      .map((m) => /flags\?flag=([0-9a-f-]+)/.exec(m.text)![1]);
    expect(new Set(escalated).size).toBe(escalated.length);
  });
});
