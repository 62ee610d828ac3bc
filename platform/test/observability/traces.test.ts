import { eventually, graphql } from '@aula/runtime/src/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver';

const ROOT = join(__dirname, '..', '..', '..');
const BOOT_TIMEOUT_MS = 360_000;
const SERVICES = ['gateway', 'auth', 'accounting', 'chat', 'monitoring', 'content'] as const;
const ADMIN_PASSWORD = 'a-long-trace-test-password';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A W3C `traceparent` for a new sampled trace the test picks. */
function newTrace() {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
}

/** Whether a server span was served on `port` (old and new HTTP semantic conventions). */
const servedOn = (span: ReceivedSpan, port: number) =>
  span.kind === 2 &&
  (span.attributes['net.host.port'] === port || span.attributes['server.port'] === port);

/**
 * Tracing end to end: `npm start`'s process with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a
 * receiver in this test. A `sendMessage` sent with the test's own `traceparent` yields one trace
 * that spans the gateway, chat, accounting (the reservation and its settlement), the streamed
 * answer and the model call; a subscription started with a `traceparent` in its graphql-ws
 * extensions reaches chat over the gateway's shared socket in the same trace.
 */
describe('traces: one answer across the services', () => {
  let receiver: OtlpReceiver;
  let child: ChildProcess;
  let output = '';
  let dataDir: string;
  const ports: Record<string, number> = {};
  let url: string;
  let admin: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    for (const name of SERVICES) ports[name] = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'aula-traces-'));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AULA_DATA_DIR: dataDir,
      AUTH_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
      PORT: String(ports.gateway),
      GATEWAY_METRICS_PORT: String(await freePort()),
      ...Object.fromEntries(
        SERVICES.filter((s) => s !== 'gateway').map((s) => [
          `${s.toUpperCase()}_PORT`,
          String(ports[s]),
        ]),
      ),
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '200',
      ...(process.env.TEST_DATABASE_URL ? { DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
    };
    child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'platform', 'src', 'embedded.ts')],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`npm start exited: ${output}`);
        return output.includes('Aula is ready') || false;
      },
      'the platform to start',
      BOOT_TIMEOUT_MS - 10_000,
    );
    url = `http://127.0.0.1:${ports.gateway}/graphql`;
    const login = await graphql<{ login: { accessToken: string } }>(
      url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: 'admin@aula.local', p: ADMIN_PASSWORD },
    );
    admin = login.data!.login.accessToken;
  }, BOOT_TIMEOUT_MS);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await receiver?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const run = async <T>(token: string, query: string, variables = {}, traceparent?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(traceparent ? { traceparent } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };

  it('follows sendMessage from the gateway through chat, accounting and the model call', async () => {
    const email = `${randomUUID()}@trace.test`;
    const { createUser } = await run<{ createUser: { id: string } }>(
      admin,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          email,
          displayName: 'Traced student',
          role: 'STUDENT',
          password: 'a-long-student-password',
        },
      },
    );
    await run(admin, 'mutation($u: ID!) { allocateCredits(userId: $u, amount: 20) { id } }', {
      u: createUser.id,
    });
    const student = (
      await run<{ login: { accessToken: string } }>(
        '',
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: email, p: 'a-long-student-password' },
      )
    ).login.accessToken;
    const sessionId = (
      await run<{ startChat: { id: string } }>(student, 'mutation { startChat { id } }')
    ).startChat.id;

    // A live watch whose subscribe carries the test's trace in its graphql-ws extensions.
    const watchTrace = newTrace();
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${student}` },
    });
    const seen: string[] = [];
    const stop = client.subscribe<{ chatStream: { __typename: string } }>(
      {
        query: 'subscription($s: ID!) { chatStream(sessionId: $s) { __typename messageId } }',
        variables: { s: sessionId },
        extensions: { traceparent: watchTrace.traceparent },
      },
      {
        next: (r) => r.data && seen.push(r.data.chatStream.__typename),
        error: () => undefined,
        complete: () => undefined,
      },
    );

    const answerTrace = newTrace();
    await run(
      student,
      'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
      { s: sessionId, t: 'Explain tides. [[emulator:length=30]]' },
      answerTrace.traceparent,
    );
    await eventually(
      async () => seen.includes('ChatStreamCompleted') || false,
      'the answer to complete',
    );

    const spans = await eventually(
      async () => {
        const trace = receiver.spans.filter((s) => s.traceId === answerTrace.traceId);
        const names = trace.map((s) => s.name);
        expect(trace.some((s) => servedOn(s, ports.gateway!))).toBe(true);
        expect(trace.some((s) => servedOn(s, ports.chat!))).toBe(true);
        expect(trace.filter((s) => servedOn(s, ports.accounting!)).length).toBeGreaterThanOrEqual(
          2,
        );
        expect(names).toContain('chat answer');
        expect(names).toContain('bedrock ConverseStream');
        return trace;
      },
      'the answer trace',
      30_000,
    );

    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const answer = spans.find((s) => s.name === 'chat answer')!;
    const model = spans.find((s) => s.name === 'bedrock ConverseStream')!;
    // The model call and the reservation sit inside the answer's span.
    expect(model.parentSpanId).toBe(answer.spanId);
    expect(model.attributes['gen_ai.usage.output_tokens']).toBe(30);
    expect(answer.attributes['aula.answer.outcome']).toBe('complete');
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    const reservation = spans.filter((s) => servedOn(s, ports.accounting!));
    expect(reservation.some((s) => ancestors(s).includes(answer))).toBe(true);
    // The GraphQL operations are spans too, and database work when PostgreSQL is in use.
    expect(
      spans.some(
        (s) =>
          s.name.startsWith('query') ||
          s.name.startsWith('mutation') ||
          s.name.startsWith('graphql'),
      ),
    ).toBe(true);
    if (process.env.TEST_DATABASE_URL)
      expect(spans.some((s) => s.attributes['db.system'] === 'postgresql')).toBe(true);

    // The watch: the gateway's span and chat's subscribe share the client's trace.
    await eventually(
      async () => {
        const watch = receiver.spans.filter((s) => s.traceId === watchTrace.traceId);
        expect(watch.some((s) => s.name === 'graphql-ws subscription chatStream')).toBe(true);
        // Two spans of that name: the gateway's (a server span on its side) and chat's, its child.
        const spans = watch.filter((s) => s.name === 'graphql-ws subscription chatStream');
        expect(spans.length).toBe(2);
        expect(spans.some((s) => spans.some((p) => p.spanId === s.parentSpanId))).toBe(true);
        return true;
      },
      'the watch trace',
      30_000,
    );
    stop();
    await client.dispose();
  }, 120_000);
});
