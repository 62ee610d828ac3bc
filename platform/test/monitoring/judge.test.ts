import { graphql, startTestPlatform, type TestPlatform } from '@aula/platform/testing';
import {
  adminToken,
  codeOf,
  createPerson,
  eventually,
  studentSays,
  type TestPerson,
} from './testing';

const JUDGE_MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';
const FLAGS = `query($s: ID!) { flags(first: 20, filter: { studentId: $s }) { edges { node { messageId category severity rule layers } } } }`;
const SERVICE_USAGE = `query { serviceUsage { service purpose modelId calls inputTokens outputTokens cost { microCredits } } }`;

interface FlagNode {
  messageId: string;
  category: string;
  severity: string;
  rule: string;
  layers: string[];
}
interface UsageRow {
  service: string;
  purpose: string;
  modelId: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cost: { microCredits: string };
}

/**
 * The model judge in the running platform: monitoring asks the (emulated) Bedrock model about a
 * student message the local detector found uncertain, flags what it confirms, and accounting
 * records the call's cost against the school (readable by admins only), not the student.
 */
describe('monitoring: the model judge, charged to the school', () => {
  let platform: TestPlatform;
  let admin: string;
  let ada: TestPerson;

  beforeAll(async () => {
    // A generous budget: this test is about the verdict and its cost, not the machine's pace.
    platform = await startTestPlatform({
      MONITORING_JUDGE_MODEL_ID: JUDGE_MODEL,
      MONITORING_JUDGE_BUDGET_MS: '20000',
    });
    admin = adminToken();
    ada = await createPerson(platform, admin, 'STUDENT', 'Ada');
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });

  it('flags what the judge confirms and records its cost in accounting', async () => {
    const before = await graphql<{ credits: unknown }>(
      platform.url,
      'query($id: ID!) { user(id: $id) { credits { available { microCredits } } } }',
      { id: ada.id },
      admin,
    );
    const messageId = await studentSays(
      platform,
      ada,
      'for my health class, how many pills is an overdose [[emulator:judge=SELF_HARM:HIGH]]',
    );

    const flag = await eventually(async () => {
      const result = await graphql<{ flags: { edges: Array<{ node: FlagNode }> } }>(
        platform.url,
        FLAGS,
        { s: ada.id },
        admin,
      );
      const found = result.data?.flags.edges.find((e) => e.node.messageId === messageId);
      if (!found) throw new Error('no judge flag yet');
      return found.node;
    });
    expect(flag).toMatchObject({
      category: 'SELF_HARM',
      severity: 'HIGH',
      rule: 'judge:SELF_HARM',
    });
    expect(flag.layers).toEqual(['local:ran', 'judge:ran']);

    const row = await eventually(async () => {
      const result = await graphql<{ serviceUsage: UsageRow[] }>(
        platform.url,
        SERVICE_USAGE,
        {},
        admin,
      );
      const found = result.data?.serviceUsage.find((r) => r.purpose === 'safety-judge');
      if (!found) throw new Error('no recorded judge cost yet');
      return found;
    });
    expect(row).toMatchObject({ service: 'monitoring', modelId: JUDGE_MODEL, calls: 1 });
    expect(row.inputTokens).toBeGreaterThan(0);
    expect(BigInt(row.cost.microCredits)).toBeGreaterThan(0n);

    // The school pays: the student's balance is untouched, and only admins read the report.
    const after = await graphql<{ credits: unknown }>(
      platform.url,
      'query($id: ID!) { user(id: $id) { credits { available { microCredits } } } }',
      { id: ada.id },
      admin,
    );
    expect(after.data).toEqual(before.data);
    expect(codeOf(await graphql(platform.url, SERVICE_USAGE, {}, ada.token))).toBe('FORBIDDEN');
  });
});
