import { findLedgerViolations } from '@aula/accounting/src/invariants';
import type { TestUser } from '../chat/harness';
import { BOOT_TIMEOUT_MS, startIntegrationFixture, type IntegrationFixture } from './fixture';
import {
  startLambdaEndpoint,
  startMcpServer,
  type LocalLambda,
  type LocalMcpServer,
} from './tool-servers';

const REGISTER = `mutation($i: RegisterCustomToolInput!) { registerCustomTool(input: $i) {
  id name kind serverUrl mcpToolName hasAuthHeader functionName region endpoint inputSchema timeoutMs
  cost { microCredits } disabled } }`;
const TOOLS = `query { customTools(first: 50) { edges { node { id name serverUrl hasAuthHeader functionName cost { microCredits } } } } }`;
const AUDIT = `query($t: ID) { customToolCalls(toolId: $t, first: 20) { edges { node {
  toolId toolName user { id } chatbotId sessionId messageId outcome error durationMs cost { microCredits } } } } }`;
const START = `mutation($c: ID!, $m: String!) { startChat(chatbotId: $c, message: $m) { id } }`;
const MESSAGES = `query($s: ID!) { chatSession(id: $s) { messages(first: 10) { edges { node {
  role status content statusReason creditsCharged { microCredits }
  toolCalls { toolUseId name input output isError } } } } } }`;
const RESERVATIONS = `query($s: ID!) { creditReservations(filter: { sessionId: $s }, first: 5) { edges { node {
  id status reserved { microCredits } charged { microCredits } shortfall { microCredits } toolCost { microCredits }
  inputTokens outputTokens inputPricePerMillionTokens { microCredits } outputPricePerMillionTokens { microCredits } } } } }`;
const LEDGER = `query($u: ID!) { creditLedger(userId: $u, first: 100) { edges { node { kind reservationId amount { microCredits } note } } } }`;

const SCHEMA_ELEMENT = JSON.stringify({
  type: 'object',
  properties: { symbol: { type: 'string', minLength: 1, maxLength: 3 } },
  required: ['symbol'],
  additionalProperties: false,
});

interface Answer {
  role: string;
  status: string;
  content: string;
  statusReason: string | null;
  creditsCharged: { microCredits: string } | null;
  toolCalls: { toolUseId: string; name: string; input: string; output: string; isError: boolean }[];
}
interface Reservation {
  id: string;
  status: string;
  reserved: { microCredits: string };
  charged: { microCredits: string };
  shortfall: { microCredits: string };
  toolCost: { microCredits: string };
  inputTokens: number;
  outputTokens: number;
  inputPricePerMillionTokens: { microCredits: string };
  outputPricePerMillionTokens: { microCredits: string };
}
interface AuditEntry {
  toolId: string;
  toolName: string;
  user: { id: string };
  chatbotId: string;
  sessionId: string;
  messageId: string;
  outcome: string;
  error: string | null;
  durationMs: number;
  cost: { microCredits: string };
}

/** The tokens' cost at the frozen prices, rounded up once, as accounting charges it. */
const tokenCost = (r: Reservation) =>
  (BigInt(r.inputTokens) * BigInt(r.inputPricePerMillionTokens.microCredits) +
    BigInt(r.outputTokens) * BigInt(r.outputPricePerMillionTokens.microCredits) +
    999_999n) /
  1_000_000n;

describe('custom agent tools: MCP servers and Lambda functions an admin registers', () => {
  let f: IntegrationFixture;
  let mcp: LocalMcpServer;
  let lambda: LocalLambda;
  let teacher: TestUser;
  let chatbotId: string;
  const tools: Record<string, string> = {};

  const register = async (input: Record<string, unknown>) => {
    const { registerCustomTool } = await f.run<{
      registerCustomTool: { id: string; name: string };
    }>(f.admin, REGISTER, {
      i: { timeoutMs: 30_000, costMicroCredits: '0', ...input },
    });
    tools[registerCustomTool.name] = registerCustomTool.id;
    return registerCustomTool;
  };
  const mcpTool = (name: string, toolName: string, extra: Record<string, unknown> = {}) =>
    register({
      name,
      description: `The ${toolName} tool of the school's MCP server.`,
      kind: 'MCP',
      serverUrl: mcp.url,
      mcpToolName: toolName,
      authHeader: 'Bearer mcp-secret',
      inputSchema: JSON.stringify({
        type: 'object',
        properties: { delayMs: { type: 'number' }, rows: { type: 'integer' } },
      }),
      ...extra,
    });

  /** A new conversation whose first message is `message`; resolves once its answer is settled. */
  const ask = async (student: TestUser, message: string) => {
    const { startChat } = await f.run<{ startChat: { id: string } }>(student, START, {
      c: chatbotId,
      m: message,
    });
    for (let i = 0; ; i += 1) {
      const { chatSession } = await f.run<{
        chatSession: { messages: { edges: { node: Answer }[] } };
      }>(student, MESSAGES, { s: startChat.id });
      const answer = chatSession.messages.edges
        .map((e) => e.node)
        .find((m) => m.role === 'ASSISTANT');
      if (answer && answer.status !== 'STREAMING' && answer.creditsCharged) {
        const { creditReservations } = await f.run<{
          creditReservations: { edges: { node: Reservation }[] };
        }>(f.admin, RESERVATIONS, { s: startChat.id });
        return { sessionId: startChat.id, answer, reservation: creditReservations.edges[0]!.node };
      }
      if (i > 300) throw new Error('the answer did not settle');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const auditOf = async (toolName: string) =>
    (
      await f.run<{ customToolCalls: { edges: { node: AuditEntry }[] } }>(f.admin, AUDIT, {
        t: tools[toolName],
      })
    ).customToolCalls.edges.map((e) => e.node);
  /** The reservation charged its tokens plus exactly the tool cost, within what it reserved. */
  const expectCharged = (r: Reservation, answer: Answer, toolMicro: bigint) => {
    expect(r.status).not.toBe('ACTIVE');
    expect(r.shortfall.microCredits).toBe('0');
    expect(r.toolCost.microCredits).toBe(toolMicro.toString());
    expect(BigInt(r.charged.microCredits)).toBe(tokenCost(r) + toolMicro);
    expect(BigInt(r.charged.microCredits)).toBeLessThanOrEqual(BigInt(r.reserved.microCredits));
    expect(answer.creditsCharged!.microCredits).toBe(r.charged.microCredits);
  };

  beforeAll(async () => {
    [mcp, lambda] = await Promise.all([startMcpServer('mcp-secret'), startLambdaEndpoint()]);
    f = await startIntegrationFixture({ CHAT_MESSAGES_PER_MINUTE: '1000' });
    teacher = await f.person('SUPERVISOR');
    await register({
      name: 'element',
      description: 'Looks up facts about a chemical element by its symbol.',
      kind: 'MCP',
      serverUrl: mcp.url,
      mcpToolName: 'element',
      authHeader: 'Bearer mcp-secret',
      inputSchema: SCHEMA_ELEMENT,
      costMicroCredits: '2500',
    });
    await register({
      name: 'grade_converter',
      description: 'Converts a percentage into a letter grade.',
      kind: 'LAMBDA',
      functionName: 'grade-converter',
      region: 'eu-west-1',
      endpoint: lambda.url,
      inputSchema: JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { percent: { type: 'number', minimum: 0, maximum: 100 } },
        required: ['percent'],
      }),
      costMicroCredits: '1200',
    });
    await mcpTool('slow_lookup', 'slow_lookup', { timeoutMs: 300, costMicroCredits: '700' });
    await mcpTool('huge_table', 'huge_table', { costMicroCredits: '700' });
    await mcpTool('element_premium', 'element', { costMicroCredits: '50000000' });
    // A second school server, registered while it runs and shut down before it is needed.
    const doomed = await startMcpServer('mcp-secret');
    await mcpTool('offline_tool', 'element', { serverUrl: doomed.url, costMicroCredits: '900' });
    await doomed.close();
    await register({
      name: 'broken_function',
      description: 'A function that fails.',
      kind: 'LAMBDA',
      functionName: 'broken',
      region: 'eu-west-1',
      endpoint: lambda.url,
      inputSchema: JSON.stringify({ type: 'object', properties: {} }),
      costMicroCredits: '300',
    });
    chatbotId = await f.chatbot({ customToolIds: Object.values(tools) });
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await f?.close();
    await Promise.all([mcp?.close(), lambda?.close()]);
  });
  afterEach(async () => expect(await findLedgerViolations(f.platform.database.db)).toEqual([]));

  it('lets only admins register tools, checks schemas on save, and shows where a tool lives only to admins', async () => {
    const student = await f.person('STUDENT', 1);
    const input = {
      name: 'sneaky',
      description: 'x',
      kind: 'MCP',
      serverUrl: mcp.url,
      mcpToolName: 'element',
      authHeader: 'Bearer mcp-secret',
      inputSchema: SCHEMA_ELEMENT,
      timeoutMs: 1000,
      costMicroCredits: '0',
    };
    expect(await f.codes(teacher, REGISTER, { i: input })).toEqual(['FORBIDDEN']);
    expect(await f.codes(student, REGISTER, { i: input })).toEqual(['FORBIDDEN']);
    expect(await f.codes(teacher, AUDIT, {})).toEqual(['FORBIDDEN']);
    const bad = async (change: Record<string, unknown>) =>
      f.codes(f.admin, REGISTER, { i: { ...input, ...change } });
    expect(
      await bad({ inputSchema: '{"type":"object","properties":{"a":{"type":"strin"}}}' }),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ inputSchema: '{"type":"array"}' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ inputSchema: 'not json' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ timeoutMs: 60_000 })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ costMicroCredits: '1.5' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ serverUrl: 'ftp://example.org/mcp' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ name: 'calculator' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ functionName: 'grade-converter' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ name: 'element' })).toEqual(['CONFLICT']);
    // The server is asked for its tools (tools/list) when an MCP tool is saved.
    expect(await bad({ mcpToolName: 'no_such_tool' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ authHeader: 'Bearer wrong' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ authHeader: '' })).toEqual(['BAD_USER_INPUT']); // 401 without it
    const listed = await f.raw(f.admin, REGISTER, {
      i: { ...input, mcpToolName: 'no_such_tool', authHeader: 'Bearer mcp-secret' },
    });
    expect(listed.errors?.[0]?.message).toMatch(
      /no tool named "no_such_tool"; it lists element, slow_lookup, huge_table/,
    );

    const seen = async (who: TestUser) =>
      (
        await f.run<{
          customTools: {
            edges: { node: { name: string; serverUrl: string | null; hasAuthHeader: boolean } }[];
          };
        }>(who, TOOLS)
      ).customTools.edges.map((e) => e.node);
    const byTeacher = (await seen(teacher)).find((t) => t.name === 'element')!;
    expect(byTeacher).toMatchObject({ serverUrl: null, hasAuthHeader: true });
    const byAdmin = (await seen(f.admin)).find((t) => t.name === 'element')!;
    expect(byAdmin).toMatchObject({ serverUrl: mcp.url, hasAuthHeader: true });
    expect(await f.codes(student, TOOLS)).toEqual(['FORBIDDEN']);

    // A chatbot author enables a registered tool on their own chatbot.
    const { createChatbot } = await f.run<{ createChatbot: { customToolIds: string[] } }>(
      teacher,
      'mutation($i: ChatbotInput!) { createChatbot(input: $i) { customToolIds } }',
      {
        i: {
          name: 'Chemistry',
          systemPrompt: 'Help with chemistry.',
          customToolIds: [tools.element],
        },
      },
    );
    expect(createChatbot.customToolIds).toEqual([tools.element]);
  });

  it('calls an MCP tool the model asks for, shows it as a chip, charges its cost with the answer and audits it', async () => {
    const student = await f.person('STUDENT', 5);
    const before = mcp.calls.length;
    const { sessionId, answer, reservation } = await ask(
      student,
      'Tell me about sodium [[emulator:tool=element:{"symbol":"Na"}]]',
    );
    expect(answer.status).toBe('COMPLETE');
    expect(answer.toolCalls).toEqual([
      expect.objectContaining({
        name: 'element',
        input: '{"symbol":"Na"}',
        output: 'Sodium (Na): atomic number 11, atomic mass 22.990',
        isError: false,
      }),
    ]);
    expect(answer.content).toContain('atomic number 11');
    expect(mcp.calls.slice(before)).toEqual([{ name: 'element', args: { symbol: 'Na' } }]);
    expectCharged(reservation, answer, 2500n);

    // The ledger's charges for this answer add up to the reservation's charge, tool included.
    const { creditLedger } = await f.run<{
      creditLedger: {
        edges: {
          node: {
            kind: string;
            reservationId: string;
            amount: { microCredits: string };
            note: string;
          };
        }[];
      };
    }>(f.admin, LEDGER, { u: student.id });
    const charges = creditLedger.edges
      .map((e) => e.node)
      .filter((n) => n.kind === 'CHARGE' && n.reservationId === reservation.id);
    expect(charges.reduce((sum, n) => sum + BigInt(n.amount.microCredits), 0n)).toBe(
      BigInt(reservation.charged.microCredits),
    );
    expect(charges[0]!.note).toContain('tool calls (2500 micro-credits)');

    const [entry] = await auditOf('element');
    expect(entry).toMatchObject({
      toolName: 'element',
      user: { id: student.id },
      chatbotId,
      sessionId,
      outcome: 'OK',
      error: null,
      cost: { microCredits: '2500' },
    });
    expect(entry!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('invokes a Lambda function on the real Invoke path with the arguments as its JSON payload', async () => {
    const student = await f.person('STUDENT', 5);
    const { answer, reservation } = await ask(
      student,
      'What grade is 84 percent? [[emulator:tool=grade_converter:{"percent":84}]]',
    );
    expect(answer.status).toBe('COMPLETE');
    expect(answer.toolCalls[0]).toMatchObject({
      name: 'grade_converter',
      output: '{"percent":84,"grade":"B"}',
      isError: false,
    });
    expect(lambda.invocations.at(-1)).toEqual({
      functionName: 'grade-converter',
      invocationType: 'RequestResponse',
      signed: true,
      payload: { percent: 84 },
    });
    expectCharged(reservation, answer, 1200n);
    expect((await auditOf('grade_converter'))[0]).toMatchObject({
      outcome: 'OK',
      cost: { microCredits: '1200' },
    });

    // A function error is the tool's own answer: the model is told, the call is charged.
    const broken = await ask(student, 'Run it [[emulator:tool=broken_function:{}]]');
    expect(broken.answer.toolCalls[0]).toMatchObject({
      name: 'broken_function',
      output: 'Unhandled: division by zero',
      isError: true,
    });
    expectCharged(broken.reservation, broken.answer, 300n);
    expect((await auditOf('broken_function'))[0]).toMatchObject({
      outcome: 'TOOL_ERROR',
      cost: { microCredits: '300' },
    });
  });

  it('reports a timeout, a server that is down and an oversized answer to the model, uncharged', async () => {
    const student = await f.person('STUDENT', 5);
    const slow = await ask(student, 'Look it up [[emulator:tool=slow_lookup:{"delayMs":3000}]]');
    expect(slow.answer.status).toBe('COMPLETE');
    expect(slow.answer.toolCalls[0]).toMatchObject({ name: 'slow_lookup', isError: true });
    expect(slow.answer.toolCalls[0]!.output).toMatch(/did not answer within 300 ms/);
    expectCharged(slow.reservation, slow.answer, 0n);
    const [timedOut] = await auditOf('slow_lookup');
    expect(timedOut).toMatchObject({ outcome: 'TIMEOUT', cost: { microCredits: '0' } });
    expect(timedOut!.durationMs).toBeGreaterThanOrEqual(280);

    const down = await ask(student, 'Try it [[emulator:tool=offline_tool:{}]]');
    expect(down.answer.toolCalls[0]!.output).toMatch(/could not be reached/);
    expectCharged(down.reservation, down.answer, 0n);
    expect((await auditOf('offline_tool'))[0]).toMatchObject({ outcome: 'UNREACHABLE' });

    const huge = await ask(student, 'Show it [[emulator:tool=huge_table:{"rows":20000}]]');
    expect(huge.answer.toolCalls[0]!.output).toMatch(/too much data/);
    expectCharged(huge.reservation, huge.answer, 0n);
    const [tooLarge] = await auditOf('huge_table');
    expect(tooLarge).toMatchObject({ outcome: 'RESPONSE_TOO_LARGE' });
    // Cut off as the cap is passed, not left to wait for the tool's 30 s timeout.
    expect(tooLarge!.durationMs).toBeLessThan(15_000);
  });

  it('does not call a tool with arguments its schema refuses, and tells the model why', async () => {
    const student = await f.person('STUDENT', 5);
    const before = mcp.calls.length;
    const { answer, reservation } = await ask(
      student,
      'Sodium please [[emulator:tool=element:{"symbol":42}]]',
    );
    expect(answer.toolCalls[0]).toMatchObject({ name: 'element', isError: true });
    expect(answer.toolCalls[0]!.output).toMatch(
      /do not match its input schema.*\/symbol must be string/,
    );
    expect(mcp.calls.length).toBe(before);
    expectCharged(reservation, answer, 0n);
    expect((await auditOf('element'))[0]).toMatchObject({
      outcome: 'INVALID_ARGUMENTS',
      cost: { microCredits: '0' },
    });
  });

  it('ends the answer cleanly, without calling the tool, when its cost cannot be paid', async () => {
    const student = await f.person('STUDENT', 1);
    const before = mcp.calls.length;
    const { answer, reservation } = await ask(
      student,
      'Premium facts [[emulator:tool=element_premium:{"symbol":"Fe"}]]',
    );
    expect(answer.status).toBe('STOPPED');
    expect(answer.statusReason).toMatch(/ran out of credits/);
    expect(answer.toolCalls[0]).toMatchObject({ name: 'element_premium', isError: true });
    expect(mcp.calls.length).toBe(before);
    expectCharged(reservation, answer, 0n);
    expect((await auditOf('element_premium'))[0]).toMatchObject({
      outcome: 'NOT_AFFORDABLE',
      user: { id: student.id },
      cost: { microCredits: '0' },
    });
  });

  it('stops offering a disabled tool', async () => {
    const { disableCustomTool } = await f.run<{ disableCustomTool: { disabled: boolean } }>(
      f.admin,
      'mutation($id: ID!) { disableCustomTool(id: $id) { disabled } }',
      { id: tools.offline_tool },
    );
    expect(disableCustomTool.disabled).toBe(true);
    const student = await f.person('STUDENT', 5);
    const { answer } = await ask(student, 'Try it [[emulator:tool=offline_tool:{}]]');
    expect(answer.status).toBe('COMPLETE');
    expect(answer.toolCalls).toEqual([]);
  });
});
