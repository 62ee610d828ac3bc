/**
 * Our gateway against Hive Gateway, in one run, on the same supergraph and the same
 * subgraphs (one process, PGlite or TEST_DATABASE_URL) with the same seeded data. Each gateway
 * runs as its own process on loopback; Hive Gateway propagates the caller's `authorization`
 * header to subgraphs, as ours does. For each query it prints req/s, p50 and p99 latency of
 * both, and the ratio (ours ÷ Hive: ≥ 1.0 is the goal, with p99 no worse).
 *
 *   npm run bench:gateway   (BENCH_SECONDS=5 BENCH_ROUNDS=3 BENCH_CONNECTIONS=10 BENCH_CALLERS=1
 *                            BENCH_QUERIES=me,nested,batch)
 *
 * Hive Gateway stays out of the project's dependencies: the first run installs a pinned
 * `@graphql-hive/gateway` into bench/.hive (ignored by git). BENCH_CPU_PROF=dir writes a CPU
 * profile of our gateway (node --cpu-prof) there. BENCH_OURS_ONLY=1 skips Hive Gateway.
 * Traffic goes to 127.0.0.1 only, for a bounded time per query.
 */
import { graphql, startTestPlatform, testAccessToken, TEST_ENV } from '@aula/platform/testing';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const HIVE_VERSION = '2.15.1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Rounds per query, alternating the gateways, so a busy moment on a shared machine hits both. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/**
 * Distinct access tokens the requests rotate through. 1 (the default, as issue 14 measured):
 * concurrent requests are identical, and both gateways share identical in-flight subgraph
 * queries. More: every request is its own caller's, so nothing is shared and each gateway's
 * own cost per request shows.
 */
const CALLERS = Number(process.env.BENCH_CALLERS ?? 1);
const WANTED = (process.env.BENCH_QUERIES ?? 'me,nested,batch').split(',');
const OURS_PORT = Number(process.env.BENCH_OURS_PORT ?? 42510);
const HIVE_PORT = Number(process.env.BENCH_HIVE_PORT ?? 42511);
const ROOT = resolve(__dirname, '..');
const HIVE_DIR = join(ROOT, 'bench', '.hive');

/** The three queries of issue 14: one subgraph, three subgraphs nested, a 50-entity batch. */
const QUERIES: Record<string, string> = {
  me: '{ me { id displayName role } }',
  nested: `{ me { id credits { available { credits } } chatSessions(first: 10) { edges { node {
    id title messages(first: 5) { edges { node { id role content } } } } } } } }`,
  batch:
    '{ users(first: 50) { edges { node { id displayName credits { available { credits } } } } } }',
};

interface Measured {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  /** CPU time the gateway process spent per request, in ms. */
  readonly gatewayCpuMs: number;
  /** CPU time the subgraphs (this process) spent per request, in ms. */
  readonly subgraphCpuMs: number;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Installs Hive Gateway into bench/.hive once; later runs reuse it. */
function ensureHiveGateway(): string {
  const bin = join(HIVE_DIR, 'node_modules', '.bin', 'hive-gateway');
  if (existsSync(bin)) return bin;
  mkdirSync(HIVE_DIR, { recursive: true });
  writeFileSync(join(HIVE_DIR, 'package.json'), '{ "name": "aula-bench-hive", "private": true }');
  console.log(
    `installing @graphql-hive/gateway@${HIVE_VERSION} into bench/.hive (first run only)…`,
  );
  const installed = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', `@graphql-hive/gateway@${HIVE_VERSION}`],
    { cwd: HIVE_DIR, stdio: 'inherit' },
  );
  if (installed.status !== 0) throw new Error('could not install @graphql-hive/gateway');
  return bin;
}

/** The committed supergraph with every subgraph's routing URL pointed at this run's servers. */
function supergraphFor(urls: Record<string, string>): string {
  const sdl = readFileSync(join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
  return sdl.replace(
    /(\w+) @join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (whole, enumValue: string, name: string) =>
      urls[name] ? `${enumValue} @join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}

/** Starts a process and resolves once `url` answers, or rejects with its output. */
async function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  readyUrl: string,
): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited:\n${output}`);
    try {
      if ((await fetch(readyUrl)).status < 500) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`${command} did not become ready:\n${output}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  // SIGINT lets node write its --cpu-prof file before exiting.
  child.kill('SIGINT');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Fills the data the queries read: 50 users, credits, 10 conversations with messages. */
async function seed(url: string): Promise<{ token: string; userId: string }> {
  const login = await graphql<{ login: { accessToken: string; user: { id: string } } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }',
    { e: TEST_ENV.AUTH_ADMIN_EMAIL, p: TEST_ENV.AUTH_ADMIN_PASSWORD },
  );
  const { accessToken: token, user } = login.data!.login;
  const csv = [
    'email,displayName,role',
    ...Array.from({ length: 50 }, (_, i) => `bench${i}@test.aula,Bench ${i},STUDENT`),
  ];
  await graphql(
    url,
    'mutation($c: String!) { importUsers(csv: $c) { __typename } }',
    { c: csv.join('\n') },
    token,
  );
  await graphql(
    url,
    'mutation($u: ID!) { allocateCredits(userId: $u, amount: 1000) { __typename } }',
    { u: user.id },
    token,
  );
  for (let i = 0; i < 10; i += 1) {
    const started = await graphql<{ startChat: { id: string } }>(
      url,
      'mutation { startChat { id } }',
      {},
      token,
    );
    const sessionId = started.data!.startChat.id;
    for (let j = 0; j < 2; j += 1) {
      await graphql(
        url,
        'mutation($s: ID!, $c: String!) { sendMessage(sessionId: $s, content: $c) { id } }',
        { s: sessionId, c: `Question ${j} about fractions` },
        token,
      );
      await waitForAnswer(url, token, sessionId);
    }
  }
  return { token, userId: user.id };
}

/** Waits until the conversation has no answer being written. */
async function waitForAnswer(url: string, token: string, sessionId: string): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    const session = await graphql<{ chatSession: { isStreaming: boolean } }>(
      url,
      'query($s: ID!) { chatSession(id: $s) { isStreaming } }',
      { s: sessionId },
      token,
    );
    if (!session.data?.chatSession.isStreaming) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** autocannon in its own process (so its CPU is not the subgraphs'), for `seconds`. */
function loadFor(url: string, query: string, tokens: readonly string[], seconds: number) {
  const plan = { url, query, tokens, connections: CONNECTIONS, seconds };
  const args = ['--import', 'tsx', join(ROOT, 'bench', 'gateway-load.ts'), JSON.stringify(plan)];
  return new Promise<{
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
    timeouts: number;
  }>((resolvePromise, reject) =>
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolvePromise(JSON.parse(stdout)),
    ),
  );
}

/** Loads one gateway for SECONDS with CONNECTIONS, measuring its CPU and the subgraphs'. */
async function measure(
  url: string,
  pid: number | undefined,
  query: string,
  tokens: readonly string[],
): Promise<Measured> {
  const gatewayBefore = cpuMsOf(pid);
  const subgraphsBefore = process.cpuUsage();
  const result = await loadFor(url, query, tokens, SECONDS);
  const subgraphs = process.cpuUsage(subgraphsBefore);
  const served = Math.max(result.requests.total, 1);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    gatewayCpuMs: (cpuMsOf(pid) - gatewayBefore) / served,
    subgraphCpuMs: (subgraphs.user + subgraphs.system) / 1000 / served,
  };
}

/** The median of each figure over the rounds. */
function combine(rounds: Measured[]): Measured {
  const of = (key: keyof Measured) => median(rounds.map((round) => round[key]));
  return {
    requestsPerSecond: of('requestsPerSecond'),
    p50: of('p50'),
    p99: of('p99'),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    gatewayCpuMs: of('gatewayCpuMs'),
    subgraphCpuMs: of('subgraphCpuMs'),
  };
}

/** The response body each gateway gives, so a faster wrong answer cannot win. */
async function answer(url: string, query: string, token: string): Promise<string> {
  const response = await graphql(url, query, {}, token);
  return JSON.stringify({ data: response.data, errors: response.errors?.map((e) => e.message) });
}

async function main() {
  const hiveBin = process.env.BENCH_OURS_ONLY ? undefined : ensureHiveGateway();
  const platform = await startTestPlatform();
  const children: ChildProcess[] = [];
  try {
    const { token, userId } = await seed(platform.url);
    // Distinct tokens of the same person: the same answers, but no two requests alike.
    const tokens =
      CALLERS > 1
        ? Array.from({ length: CALLERS }, () => testAccessToken(userId, 'ADMIN'))
        : [token];
    const urls = Object.fromEntries(
      Object.entries(platform.subgraphs).map(([name, server]) => [name, server.url]),
    );
    const profileDir = process.env.BENCH_CPU_PROF;
    const ours = await startProcess(
      process.execPath,
      [
        ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : []),
        '--import',
        'tsx',
        join(ROOT, 'gateway', 'src', 'index.ts'),
      ],
      {
        ...process.env,
        ...TEST_ENV,
        PORT: String(OURS_PORT),
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        AUTH_SUBGRAPH_URL: urls.auth,
        ACCOUNTING_SUBGRAPH_URL: urls.accounting,
        CHAT_SUBGRAPH_URL: urls.chat,
        MONITORING_SUBGRAPH_URL: urls.monitoring,
        CONTENT_SUBGRAPH_URL: urls.content,
      },
      ROOT,
      `http://127.0.0.1:${OURS_PORT}/healthz`,
    );
    children.push(ours);
    const oursUrl = `http://127.0.0.1:${OURS_PORT}/graphql`;

    let hiveUrl: string | undefined;
    let hivePid: number | undefined;
    if (hiveBin) {
      writeFileSync(join(HIVE_DIR, 'supergraph.graphql'), supergraphFor(urls));
      writeFileSync(
        join(HIVE_DIR, 'gateway.config.mjs'),
        `export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
};\n`,
      );
      const hive = await startProcess(
        hiveBin,
        ['supergraph', 'supergraph.graphql', '--port', String(HIVE_PORT), '--host', '127.0.0.1'],
        { ...process.env, NODE_ENV: 'production' },
        HIVE_DIR,
        `http://127.0.0.1:${HIVE_PORT}/healthcheck`,
      );
      children.push(hive);
      hivePid = hive.pid;
      hiveUrl = `http://127.0.0.1:${HIVE_PORT}/graphql`;
    }

    const rows: string[] = [];
    for (const name of WANTED) {
      const query = QUERIES[name];
      if (!query)
        throw new Error(`unknown query ${name}; pick from ${Object.keys(QUERIES).join(',')}`);
      const expected = await answer(oursUrl, query, token);
      if (expected.includes('"errors":['))
        throw new Error(`${name} fails on our gateway: ${expected}`);
      if (hiveUrl && (await answer(hiveUrl, query, token)) !== expected)
        throw new Error(`${name}: the gateways answer differently`);
      const gateways = [{ url: oursUrl, pid: ours.pid, rounds: [] as Measured[] }];
      if (hiveUrl) gateways.push({ url: hiveUrl, pid: hivePid, rounds: [] });
      for (const gateway of gateways) await loadFor(gateway.url, query, tokens, 2); // warm-up
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const gateway of gateways)
          gateway.rounds.push(await measure(gateway.url, gateway.pid, query, tokens));
      }
      const a = combine(gateways[0]!.rounds);
      const b = gateways[1] ? combine(gateways[1].rounds) : undefined;
      const fmt = (m: Measured) =>
        `${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(m.p50).padStart(3)} ms  p99 ${String(m.p99).padStart(4)} ms  cpu/req gateway ${m.gatewayCpuMs.toFixed(2)} ms, subgraphs ${m.subgraphCpuMs.toFixed(2)} ms${m.errors ? `  (${m.errors} errors)` : ''}`;
      rows.push(`${name.padEnd(7)} aula  ${fmt(a)}`);
      if (b) {
        rows.push(`${''.padEnd(7)} hive  ${fmt(b)}`);
        rows.push(
          `${''.padEnd(7)} ratio ${(a.requestsPerSecond / b.requestsPerSecond).toFixed(2)}× req/s, p99 ${a.p99} vs ${b.p99} ms`,
        );
      }
      console.log(rows.slice(-3).join('\n'));
    }
    console.log(
      `\n${CONNECTIONS} connections, ${CALLERS === 1 ? 'one token' : `${CALLERS} distinct tokens`}; median of ${ROUNDS} alternating rounds of ${SECONDS} s per query and gateway (after 2 s warm-up); loopback\n${rows.join('\n')}`,
    );
  } finally {
    for (const child of children) await stopProcess(child);
    await platform.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
