import { startTestPlatform, TEST_TOKENS, type TestPlatform } from '@aula/platform/testing';
import {
  createLogger,
  createServiceClient,
  type Principal,
  type SupervisionDirectory,
} from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { ConversationAccess } from '@aula/chat/src/access';
import { startServiceOutage, type ServiceOutage } from './outages';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

/**
 * A supervisor's stream shows content only once monitoring has the look on record: a blip on
 * the way to monitoring must not withhold an event (a hole in what the supervisor sees), while
 * monitoring truly away still must.
 */
describe('recording a look at a conversation', () => {
  let platform: TestPlatform;
  let monitoring: ServiceOutage;
  let access: ConversationAccess;
  const teacher: Principal = {
    kind: 'user',
    userId: randomUUID(),
    role: 'SUPERVISOR',
    tokenId: randomUUID(),
    expiresAt: Math.floor(Date.now() / 1000) + 3600,
  };

  const entries = async (sessionId: string) => {
    const result = (await platform.database.db.execute(
      sql`select count(*)::int as n from monitoring.conversation_access where session_id = ${sessionId}`,
    )) as unknown as { rows: Array<{ n: number }> };
    return result.rows[0]!.n;
  };

  beforeAll(async () => {
    platform = await startTestPlatform();
    monitoring = await startServiceOutage(platform.subgraphs.monitoring!.url);
    access = new ConversationAccess(
      // Recording a look never asks who supervises whom.
      {} as SupervisionDirectory,
      createServiceClient({
        service: 'chat',
        tokens: TEST_TOKENS,
        serviceUrl: (name) =>
          name === 'monitoring' ? monitoring.url : platform.subgraphs[name]!.url,
      }),
      () => true,
      createLogger('access-record-test', 'silent'),
    );
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await monitoring?.close();
    await platform?.close();
  });

  it('records the look when the first call to monitoring is lost on the way', async () => {
    const sessionId = randomUUID();
    monitoring.dropNext = 1;
    await access.recordRead(teacher, {
      ownerId: randomUUID(),
      sessionId,
      kind: 'WATCHED',
      operation: 'subscription chatStream',
    });
    expect(monitoring.dropNext).toBe(0);
    expect(await entries(sessionId)).toBe(1);
  });

  it('still withholds the content when monitoring cannot record it', async () => {
    const sessionId = randomUUID();
    monitoring.mode = 'down';
    try {
      await expect(
        access.recordRead(teacher, {
          ownerId: randomUUID(),
          sessionId,
          kind: 'WATCHED',
          operation: 'subscription chatStream',
        }),
      ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      monitoring.mode = 'up';
    }
    expect(await entries(sessionId)).toBe(0);
  });
});
