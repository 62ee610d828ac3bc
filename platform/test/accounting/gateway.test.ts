import { signServiceToken } from '@aula/runtime';
import {
  codeOf,
  graphql,
  startTestPlatform,
  TEST_TOKENS,
  type TestPlatform,
} from '@aula/platform/testing';
import { randomUUID } from 'node:crypto';
import { findLedgerViolations } from '@aula/accounting/src/invariants';
import {
  ABORT,
  FINALIZE,
  RESERVE,
  type ReservationView,
} from '@aula/accounting/src/testing/operations';
import { createPerson, signInAdmin } from './people';

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const BALANCE = `{ me { id credits { available { credits microCredits } reserved { microCredits } granted { microCredits } spent { microCredits } } } }`;

describe('accounting through the gateway: the Done-when flow', () => {
  let platform: TestPlatform;
  let adminToken: string;
  let studentToken: string;
  let studentId: string;
  const asChat = <T>(query: string, variables: Record<string, unknown>) =>
    graphql<T>(
      platform.subgraphs.accounting!.url,
      query,
      variables,
      signServiceToken(TEST_TOKENS, 'chat'),
    );

  // Booting five subgraphs and the gateway can be slow on a loaded machine; not a timing goal.
  beforeAll(async () => {
    platform = await startTestPlatform();
    const admin = await signInAdmin(platform);
    adminToken = admin.token;
    const student = await createPerson(platform, admin, {
      email: 'ada@test.aula',
      displayName: 'Ada',
      role: 'STUDENT',
    });
    studentToken = student.token;
    studentId = student.id;
  }, 240_000);
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
      expiresInSeconds: 300,
    };
    const reserved = await asChat<{ reserveCredits: ReservationView }>(RESERVE, {
      input: { ...input, clientKey: randomUUID() },
    });
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
    const second = await asChat<{ reserveCredits: ReservationView }>(RESERVE, {
      input: { ...input, clientKey: randomUUID() },
    });
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
        rows: {
          edges: Array<{
            node: { modelId: string; streams: number; charged: { microCredits: string } };
          }>;
        };
        totals: { streams: number; inputTokens: number; charged: { microCredits: string } };
      };
    }>(
      platform.url,
      '{ usage(filter: { groupBy: [MODEL, DAY] }) { rows { edges { node { modelId day streams charged { microCredits } } } } totals { streams inputTokens charged { microCredits } } } }',
      {},
      studentToken,
    );
    expect(usage.errors).toBeUndefined();
    expect(usage.data!.usage.rows.edges).toHaveLength(1);
    expect(usage.data!.usage.rows.edges[0]!.node).toMatchObject({
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
    expect(codeOf(again)).toBe('CONFLICT');
    const unknown = await graphql(
      platform.url,
      'mutation($id: ID!) { refundReservation(id: $id) { id } }',
      { id: randomUUID() },
      adminToken,
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(await findLedgerViolations(platform.database.db)).toEqual([]);
  });
});
