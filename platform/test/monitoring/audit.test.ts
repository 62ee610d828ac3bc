import {
  graphql,
  startTestPlatform,
  TEST_ENV,
  TEST_TOKENS,
  type TestPlatform,
} from '@aula/platform/testing';
import { signServiceToken } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { purgeExpiredAccess } from '@aula/monitoring/src/audit';
import { adminToken, codeOf, createPerson, type TestPerson } from './testing';

const RECORD = `mutation($i: ConversationAccessInput!) { recordConversationAccess(input: $i) }`;
const LOG = `query($f: ConversationAccessFilter, $first: Int, $after: String) {
  conversationAccessLog(filter: $f, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { sessionId kind at viewer { id displayName } student { id displayName } } }
  }
}`;
const MINE = `{ whoViewedMyConversations { edges { node { sessionId kind viewer { id displayName } } } } }`;

/** The audit trail of who opened or watched whose conversation. */
describe('monitoring: conversation access audit', () => {
  let platform: TestPlatform;
  let admin: string;
  let teacher: TestPerson;
  let ada: TestPerson;
  let bea: TestPerson;
  const sessions = [randomUUID(), randomUUID()];

  /** Calls the monitoring subgraph directly with a service identity, as chat does. */
  const asService = (service: string, input: Record<string, unknown>) =>
    graphql<{ recordConversationAccess: boolean }>(
      platform.subgraphs.monitoring!.url,
      RECORD,
      { i: input },
      signServiceToken(TEST_TOKENS, service),
    );

  // Booting every subgraph can take a while on a busy machine.
  beforeAll(async () => {
    platform = await startTestPlatform({ MONITORING_AUDIT_RETENTION_DAYS: '30' });
    admin = adminToken();
    [teacher, ada, bea] = await Promise.all([
      createPerson(platform, admin, 'SUPERVISOR', 'Ms Alder'),
      createPerson(platform, admin, 'STUDENT', 'Ada'),
      createPerson(platform, admin, 'STUDENT', 'Bea'),
    ]);
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });

  it('records a view chat reports, and only from chat', async () => {
    const opened = await asService('chat', {
      viewerId: teacher.id,
      studentId: ada.id,
      sessionId: sessions[0],
      kind: 'OPENED',
    });
    expect(opened.data).toEqual({ recordConversationAccess: true });
    const watched = await asService('chat', {
      viewerId: teacher.id,
      studentId: ada.id,
      sessionId: sessions[1],
      kind: 'WATCHED',
    });
    expect(watched.data).toEqual({ recordConversationAccess: true });
    const self = await asService('chat', {
      viewerId: ada.id,
      studentId: ada.id,
      sessionId: sessions[0],
      kind: 'OPENED',
    });
    expect(self.data).toEqual({ recordConversationAccess: false });
    expect(
      codeOf(
        await asService('content', {
          viewerId: teacher.id,
          studentId: ada.id,
          sessionId: sessions[0],
          kind: 'OPENED',
        }),
      ),
    ).toBe('FORBIDDEN');
    // Service-only: hidden from the public API, and refused by the subgraph itself.
    const person = await graphql(
      platform.subgraphs.monitoring?.url ?? '',
      RECORD,
      { i: { viewerId: teacher.id, studentId: ada.id, sessionId: sessions[0], kind: 'OPENED' } },
      admin,
    );
    expect(codeOf(person)).toBe('FORBIDDEN');
    expect(
      codeOf(
        await asService('chat', {
          viewerId: 'nobody',
          studentId: ada.id,
          sessionId: sessions[0],
          kind: 'OPENED',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('lists the log for admins, newest first, with people resolved and pages', async () => {
    const page = await graphql<{
      conversationAccessLog: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: Record<string, unknown> }>;
      };
    }>(platform.url, LOG, { f: { studentId: ada.id }, first: 1 }, admin);
    expect(page.errors).toBeUndefined();
    expect(page.data!.conversationAccessLog).toMatchObject({
      pageInfo: { hasNextPage: true },
      edges: [
        {
          node: {
            sessionId: sessions[1],
            kind: 'WATCHED',
            viewer: { id: teacher.id, displayName: 'Ms Alder' },
            student: { id: ada.id, displayName: 'Ada' },
          },
        },
      ],
    });
    const next = await graphql<{
      conversationAccessLog: {
        pageInfo: { hasNextPage: boolean };
        edges: Array<{ node: { sessionId: string } }>;
      };
    }>(
      platform.url,
      LOG,
      {
        f: { studentId: ada.id },
        first: 1,
        after: page.data!.conversationAccessLog.pageInfo.endCursor,
      },
      admin,
    );
    expect(next.data!.conversationAccessLog).toMatchObject({
      pageInfo: { hasNextPage: false },
      edges: [{ node: { sessionId: sessions[0] } }],
    });
    const bySession = await graphql<{ conversationAccessLog: { edges: unknown[] } }>(
      platform.url,
      LOG,
      { f: { sessionId: sessions[0] } },
      admin,
    );
    expect(bySession.data!.conversationAccessLog.edges).toHaveLength(1);
    expect(codeOf(await graphql(platform.url, LOG, {}, teacher.token))).toBe('FORBIDDEN');
    expect(codeOf(await graphql(platform.url, LOG, {}, ada.token))).toBe('FORBIDDEN');
  });

  it('shows students who viewed their conversations, and nobody else’s', async () => {
    const mine = await graphql<{ whoViewedMyConversations: { edges: unknown[] } }>(
      platform.url,
      MINE,
      {},
      ada.token,
    );
    expect(mine.data!.whoViewedMyConversations.edges).toEqual([
      {
        node: {
          sessionId: sessions[1],
          kind: 'WATCHED',
          viewer: { id: teacher.id, displayName: 'Ms Alder' },
        },
      },
      {
        node: {
          sessionId: sessions[0],
          kind: 'OPENED',
          viewer: { id: teacher.id, displayName: 'Ms Alder' },
        },
      },
    ]);
    const other = await graphql<{ whoViewedMyConversations: { edges: unknown[] } }>(
      platform.url,
      MINE,
      {},
      bea.token,
    );
    expect(other.data!.whoViewedMyConversations.edges).toEqual([]);
    expect(codeOf(await graphql(platform.url, MINE))).toBe('UNAUTHENTICATED');
  });

  it('serves the log to an admin integration key with monitoring:read, and nothing to other keys', async () => {
    // The short-lived token auth mints for an API key: the owner's id and role plus the key's scopes.
    const keyToken = (scopes: string[]) =>
      jwt.sign({ role: 'ADMIN', kid: randomUUID(), scp: scopes }, TEST_ENV.JWT_SECRET, {
        algorithm: 'HS256',
        subject: randomUUID(),
        issuer: TEST_ENV.JWT_ISSUER,
        audience: TEST_ENV.JWT_AUDIENCE,
        expiresIn: 300,
        jwtid: randomUUID(),
      });
    const reading = await graphql<{ conversationAccessLog: { edges: unknown[] } }>(
      platform.url,
      LOG,
      { f: { studentId: ada.id } },
      keyToken(['monitoring:read']),
    );
    expect(reading.data!.conversationAccessLog.edges).toHaveLength(2);
    expect(codeOf(await graphql(platform.url, LOG, {}, keyToken(['usage:read'])))).toBe(
      'FORBIDDEN',
    );
    const create = await graphql(
      platform.url,
      `
        mutation {
          createClass(input: { name: "By key" }) {
            id
          }
        }
      `,
      {},
      keyToken(['monitoring:read']),
    );
    expect(codeOf(create)).toBe('FORBIDDEN');
  });

  it('purges entries past the retention period once, even when replicas purge together', async () => {
    const db = platform.database.db;
    await db.execute(sql`
      insert into monitoring.conversation_access (viewer_id, student_id, session_id, kind, at)
      values (${teacher.id}::uuid, ${bea.id}::uuid, 'old-session', 'OPENED', now() - interval '31 days'),
             (${teacher.id}::uuid, ${bea.id}::uuid, 'old-session', 'WATCHED', now() - interval '45 days')`);
    const deleted = await Promise.all([purgeExpiredAccess(db, 30), purgeExpiredAccess(db, 30)]);
    expect(deleted[0]! + deleted[1]!).toBe(2);
    expect(await purgeExpiredAccess(db, 30)).toBe(0);
    const kept = await graphql<{ conversationAccessLog: { edges: unknown[] } }>(
      platform.url,
      LOG,
      { first: 100 },
      admin,
    );
    expect(kept.data!.conversationAccessLog.edges).toHaveLength(2);
  });
});
