/**
 * `npm run soak`: a school day, scaled to one small machine, across replicas with faults.
 *
 * Loopback only, bounded (SOAK_MINUTES of load, then at most SOAK_SETTLE_SECONDS to settle).
 * It starts a PostgreSQL server and a redis-server of its own (initdb/pg_ctl and redis-server in
 * a temporary directory on free ports; the shared 5432 and 6379 are never touched), the Bedrock
 * emulator, 2 replicas of every subgraph and 2 gateways, each its own process, and a round-robin
 * TCP proxy in front of each service (as a Kubernetes Service is). Then students chat with think
 * time, supervisors watch every conversation of their class (mission control), and an admin
 * grants credits and reads reports, while it kills a chat replica mid-answer, restarts Redis,
 * restarts a gateway and stops PostgreSQL for a while. It prints what happened and exits 1 when
 * a check fails: events lost or duplicated on a connected watcher, the ledger, shortfall,
 * reservations left open, answers left streaming.
 *
 * Settings: SOAK_STUDENTS (300), SOAK_CLASSES (10), SOAK_MINUTES (4), SOAK_THINK_SECONDS (120,
 * mean pause between a student's messages), SOAK_ANSWER_TOKENS (60), SOAK_TOKENS_PER_SECOND (30),
 * SOAK_FAULT_SECONDS (6, how long Redis and PostgreSQL stay down), SOAK_SETTLE_SECONDS (150),
 * SOAK_FAULTS (`chat,redis,gateway,postgres`: which faults to inject, to look at one at a time).
 * Every answer a connected watcher did not get whole is listed in `watchers.txt` of the log folder.
 */
import { findLedgerViolations } from '@aula/accounting/src/invariants';
import { startLocalBedrock } from '@aula/chat';
import { TEST_ENV, testAccessToken } from '@aula/platform/testing';
import { openDatabase } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { createClient, type Client } from 'graphql-ws';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { freePort, startTemporaryPostgres } from '../test/chat/postgres-cluster';
import { startTemporaryRedis } from '../test/redis-servers';
import { ServiceProcess } from './processes';
import { startRoundRobin, type RoundRobin } from './round-robin';

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: expected a positive number`);
  return value;
};
const STUDENTS = setting('SOAK_STUDENTS', 300);
const CLASSES = Math.min(setting('SOAK_CLASSES', 10), STUDENTS);
const MINUTES = setting('SOAK_MINUTES', 4);
const THINK_SECONDS = setting('SOAK_THINK_SECONDS', 120);
const ANSWER_TOKENS = setting('SOAK_ANSWER_TOKENS', 60);
const TOKENS_PER_SECOND = setting('SOAK_TOKENS_PER_SECOND', 30);
const FAULT_SECONDS = setting('SOAK_FAULT_SECONDS', 6);
const SETTLE_SECONDS = setting('SOAK_SETTLE_SECONDS', 150);
const FAULT_KINDS = ['chat', 'redis', 'gateway', 'postgres'] as const;
/** When in the day PostgreSQL stops (a fraction of SOAK_MINUTES). */
const POSTGRES_FAULT_AT = 0.8;
const FAULTS = new Set(
  (process.env.SOAK_FAULTS ?? FAULT_KINDS.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
);
for (const fault of FAULTS)
  if (!(FAULT_KINDS as readonly string[]).includes(fault))
    throw new Error(`SOAK_FAULTS: unknown fault ${fault} (known: ${FAULT_KINDS.join(', ')})`);

const ROOT = join(__dirname, '..', '..');
const SUBGRAPHS = ['auth', 'accounting', 'chat', 'monitoring', 'content'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TERMINAL = new Set(['ChatStreamCompleted', 'ChatStreamStopped', 'ChatStreamFailed']);

const STREAM = `subscription($s: ID!) { chatStream(sessionId: $s) {
  __typename messageId sequence
  ... on ChatStreamSnapshot { text }
  ... on ChatStreamTextDelta { text }
  ... on ChatStreamFailed { reason }
  ... on ChatStreamStopped { reason }
} }`;

// ---------------------------------------------------------------------------------------------
// Measurements

/** Durations and outcomes per operation. */
class Operations {
  readonly latencies = new Map<string, number[]>();
  readonly errors = new Map<string, Map<string, number>>();

  record(name: string, ms: number, error?: string) {
    if (!this.latencies.has(name)) this.latencies.set(name, []);
    this.latencies.get(name)!.push(ms);
    if (error) {
      const codes = this.errors.get(name) ?? new Map<string, number>();
      codes.set(error, (codes.get(error) ?? 0) + 1);
      this.errors.set(name, codes);
    }
  }
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** What one watcher received for one answer. */
interface Seen {
  events: Array<{ type: string; sequence: number; reason?: string }>;
  firstTextAt?: number;
  lastTextAt?: number;
  endedAt?: number;
}

/** A graphql-ws connection of one person through the gateways' proxy, with its subscriptions. */
class Watcher {
  readonly seen = new Map<string, Seen>();
  /** When the socket was down: [from, to) (to undefined while down). */
  readonly down: Array<[number, number | undefined]> = [];
  /** Subscriptions the gateway ended (an error, or complete) before the day was over, by session. */
  readonly subscriptionEnds = new Map<string, { at: number; reason: string }>();
  /** Results that carried errors (an event withheld, say), by session. */
  readonly errorResults: Array<{ at: number; sessionId: string; reason: string }> = [];
  private closing = false;
  private readonly client: Client;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly name: string,
    wsUrl: string,
    token: string,
    readonly sessions: string[],
  ) {
    this.client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: Number.MAX_SAFE_INTEGER,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        await sleep(Math.min(2000, 250 * 2 ** retries) * Math.random());
      },
      connectionParams: { authorization: `Bearer ${token}` },
      on: {
        connected: () => {
          const last = this.down[this.down.length - 1];
          if (last && last[1] === undefined) last[1] = Date.now();
        },
        closed: () => {
          const last = this.down[this.down.length - 1];
          if (!last || last[1] !== undefined) this.down.push([Date.now(), undefined]);
        },
      },
    });
    for (const sessionId of sessions) {
      this.client.subscribe<{
        chatStream: { __typename: string; messageId: string; sequence: number; text?: string };
      }>(
        { query: STREAM, variables: { s: sessionId } },
        {
          next: (result) => {
            if (result.errors?.length)
              this.errorResults.push({
                at: Date.now(),
                sessionId,
                reason: describe(result.errors),
              });
            const event = result.data?.chatStream;
            if (!event) return;
            const seen = this.seen.get(event.messageId) ?? { events: [] };
            this.seen.set(event.messageId, seen);
            seen.events.push({
              type: event.__typename,
              sequence: event.sequence,
              reason: (event as { reason?: string }).reason,
            });
            if (seen.firstTextAt === undefined && event.text) seen.firstTextAt = Date.now();
            if (event.text) seen.lastTextAt = Date.now();
            if (seen.endedAt === undefined && TERMINAL.has(event.__typename))
              seen.endedAt = Date.now();
            for (const wake of this.waiters) wake();
          },
          error: (error: unknown) => {
            if (!this.closing)
              this.subscriptionEnds.set(sessionId, { at: Date.now(), reason: describe(error) });
          },
          complete: () => {
            if (!this.closing)
              this.subscriptionEnds.set(sessionId, { at: Date.now(), reason: 'completed' });
          },
        },
      );
    }
  }

  /** Whether the socket was down at any time in [from, to]. */
  wasDown(from: number, to: number): boolean {
    return this.down.some(([a, b]) => a <= to && (b ?? Infinity) >= from);
  }

  /** Resolves when an answer's terminal event arrived, or after `timeoutMs`. */
  async ended(messageId: string, timeoutMs: number): Promise<Seen | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = this.seen.get(messageId);
      if (seen?.events.some((e) => TERMINAL.has(e.type))) return seen;
      const left = deadline - Date.now();
      if (left <= 0) return seen;
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(left, 1000));
        this.waiters.add(wake);
      });
    }
  }

  close() {
    this.closing = true;
    return this.client.dispose();
  }
}

/**
 * Supervisors' streams that held events while monitoring could not record the look, from the
 * chat replicas' logs: those resumed once recorded (and whether a snapshot filled the gap), and
 * those ended with SERVICE_UNAVAILABLE past CHAT_UNRECORDED_HOLD_SECONDS.
 */
function heldWatcherStreams(logDir: string): { held: number; filled: number; ended: number } {
  const counts = { held: 0, filled: 0, ended: 0 };
  for (const file of readdirSync(logDir).filter((name) => /^chat-\d+\.log$/.test(name)))
    for (const line of readFileSync(join(logDir, file), 'utf8').split('\n')) {
      if (line.includes('watcher stream held until its look was recorded')) {
        counts.held += 1;
        if (line.includes('"filled":true')) counts.filled += 1;
      } else if (line.includes('its look could not be recorded')) counts.ended += 1;
    }
  return counts;
}

/** A subscription's error as the report shows it: GraphQL errors' codes, or a close code. */
function describe(error: unknown): string {
  if (Array.isArray(error))
    return error
      .map((e: { message?: string; extensions?: { code?: string } }) =>
        `${e.extensions?.code ?? 'error'}: ${e.message ?? ''}`.slice(0, 120),
      )
      .join('; ');
  if (error && typeof error === 'object' && 'code' in error)
    return `socket closed ${(error as { code: unknown }).code} ${(error as { reason?: string }).reason ?? ''}`.trim();
  return String(error).slice(0, 120);
}

/** What one watcher saw of one answer, against what a whole stream has. */
interface Audit {
  /** Events it never got: each sequence number before the last one it got, not covered. */
  missing: number[];
  /** Sequence numbers it got more than once (a snapshot covers up to its own number). */
  duplicated: number[];
  /** The terminal event it got, if any. */
  end?: string;
}

/** Lost and duplicated events of one answer as one watcher saw them. */
function audit(seen: Seen): Audit {
  let covered = 0;
  const missing: number[] = [];
  const duplicated: number[] = [];
  let end: string | undefined;
  for (const event of seen.events) {
    if (event.type === 'ChatStreamSnapshot') {
      covered = Math.max(covered, event.sequence);
      continue;
    }
    if (event.sequence <= covered) duplicated.push(event.sequence);
    else {
      for (let n = covered + 1; n < event.sequence; n += 1) missing.push(n);
      covered = event.sequence;
    }
    if (TERMINAL.has(event.type)) end ??= event.type.replace('ChatStream', '');
  }
  return { missing, duplicated, ...(end ? { end } : {}) };
}

/** `[3, 4, 5, 9]` as `3-5, 9`. */
function ranges(numbers: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j += 1;
    parts.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const log = (message: string) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  const logDir = mkdtempSync(join(tmpdir(), 'aula-soak-'));
  const cleanups: Array<() => Promise<void> | void> = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
    cleanups.length = 0;
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    log(
      `school day: ${STUDENTS} students in ${CLASSES} classes, ${CLASSES} supervisors, 1 admin, ` +
        `${MINUTES} min, think ${THINK_SECONDS} s, answers of ${ANSWER_TOKENS} tokens at ${TOKENS_PER_SECOND}/s`,
    );
    const postgres = await startTemporaryPostgres();
    cleanups.push(() => postgres.close());
    postgres.createDatabase('aula');
    const redis = await startTemporaryRedis();
    cleanups.push(() => redis.close());
    const bedrock = await startLocalBedrock();
    cleanups.push(() => bedrock.emulator.stop());
    log(
      `private PostgreSQL ${postgres.urlOf('aula')}, private Redis ${redis.url}; logs in ${logDir}`,
    );

    // One proxy per service, then two replicas behind each.
    const replicas = new Map<string, ServiceProcess[]>();
    const proxies = new Map<string, RoundRobin>();
    const portsOf = new Map<string, number[]>();
    for (const name of [...SUBGRAPHS, 'gateway']) {
      const ports = [await freePort(), await freePort()];
      const proxy = await startRoundRobin(() => ports);
      proxies.set(name, proxy);
      portsOf.set(name, ports);
      cleanups.push(() => proxy.close());
      replicas.set(name, []);
    }
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      ...TEST_ENV,
      ...bedrock.env,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      DATABASE_URL: postgres.urlOf('aula'),
      REDIS_URL: redis.url,
      GATEWAY_RATE_LIMIT_PER_MINUTE: '6000',
      GATEWAY_RATE_LIMIT_BURST: '1000',
      CHAT_SETTLEMENT_RETRY_MS: '500',
      // Short enough that the reaper releases, within the settle time, a reservation whose
      // answer never got a row (PostgreSQL went away between reserving and storing it).
      // (chat reserves for CHAT_MAX_STREAMING_SECONDS + 60 s, within accounting's bound)
      CHAT_MAX_STREAMING_SECONDS: '30',
      ACCOUNTING_MAX_RESERVATION_SECONDS: '90',
      ACCOUNTING_REAPER_GRACE_SECONDS: '10',
      ACCOUNTING_REAPER_INTERVAL_MS: '5000',
      GATEWAY_SUBSCRIPTION_UPSTREAM_RETRY_MS: '30000',
      GATEWAY_METRICS_PORT: '0',
    };
    for (const name of SUBGRAPHS)
      env[`${name.toUpperCase()}_SUBGRAPH_URL`] = `${proxies.get(name)!.origin}/graphql`;
    const admin = { id: '00000000-0000-4000-8000-00000000ad01', role: 'ADMIN' as const };
    const adminToken = testAccessToken(admin.id, 'ADMIN', { expiresIn: 4 * 3600 });
    const ready = (port: number) => async () => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      return response.ok && !((await response.json()) as { errors?: unknown[] }).errors?.length;
    };
    const all: ServiceProcess[] = [];
    const launch = async (name: string, index: number) => {
      const entry =
        name === 'gateway'
          ? join(ROOT, 'gateway', 'src', 'index.ts')
          : join(ROOT, 'subgraphs', name, 'src', 'index.ts');
      const port = portsOf.get(name)![index]!;
      const replica = new ServiceProcess(`${name}-${index + 1}`, entry, port, env, logDir);
      replicas.get(name)!.push(replica);
      all.push(replica);
      cleanups.push(() => replica.stop('SIGKILL'));
      await replica.start(ready(port));
    };
    // Auth first (the others load token revocations from it); one replica of each migrates
    // before the second starts, as a migration Job runs before a rollout.
    await launch('auth', 0);
    for (const name of SUBGRAPHS.slice(1)) await launch(name, 0);
    for (const name of SUBGRAPHS) await launch(name, 1);
    await launch('gateway', 0);
    await launch('gateway', 1);
    log(
      `${all.length} processes up (2 gateways, 2 replicas of each subgraph), ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );

    const gateway = proxies.get('gateway')!;
    const httpUrl = `${gateway.origin}/graphql`;
    const wsUrl = httpUrl.replace(/^http/, 'ws');
    const operations = new Operations();
    /** Runs an operation through the gateways' proxy, timing it under `name`. */
    const run = async <T>(
      name: string,
      token: string,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<T> => {
      const begun = performance.now();
      try {
        const response = await fetch(httpUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await response.json().catch(() => ({}))) as {
          data?: T;
          errors?: Array<{ message: string; extensions?: { code?: string } }>;
        };
        if (body.errors?.length || !body.data) {
          const code = body.errors?.[0]?.extensions?.code ?? `HTTP_${response.status}`;
          operations.record(name, performance.now() - begun, code);
          throw Object.assign(new Error(`${name}: ${code}: ${body.errors?.[0]?.message}`), {
            code,
          });
        }
        operations.record(name, performance.now() - begun);
        return body.data;
      } catch (error) {
        if (!(error as { code?: string }).code) {
          operations.record(name, performance.now() - begun, 'NETWORK');
          throw Object.assign(error as Error, { code: 'NETWORK' });
        }
        throw error;
      }
    };
    /** Runs `work` on every item, `width` at a time. */
    const pool = async <T, R>(items: T[], width: number, work: (item: T) => Promise<R>) => {
      const results: R[] = new Array(items.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: width }, async () => {
          while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]!);
          }
        }),
      );
      return results;
    };

    // People, classes and credits.
    const createUser = (role: 'STUDENT' | 'SUPERVISOR', n: number) =>
      run<{ createUser: { id: string } }>(
        'createUser',
        adminToken,
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        {
          i: {
            email: `${role.toLowerCase()}-${n}@soak.test`,
            displayName: `${role === 'STUDENT' ? 'Student' : 'Teacher'} ${n}`,
            role,
            password: 'a-long-enough-soak-password',
          },
        },
      ).then((data) => data.createUser.id);
    const studentIds = await pool(
      Array.from({ length: STUDENTS }, (_, i) => i),
      8,
      (i) => createUser('STUDENT', i),
    );
    const supervisorIds = await pool(
      Array.from({ length: CLASSES }, (_, i) => i),
      4,
      (i) => createUser('SUPERVISOR', i),
    );
    const classes = await pool(
      Array.from({ length: CLASSES }, (_, i) => i),
      2,
      async (c) => {
        const members = studentIds.filter((_, i) => i % CLASSES === c);
        const created = await run<{ createClass: { id: string } }>(
          'createClass',
          adminToken,
          'mutation($i: CreateClassInput!) { createClass(input: $i) { id } }',
          { i: { name: `Class ${c + 1}`, supervisorIds: [supervisorIds[c]], studentIds: members } },
        );
        return { id: created.createClass.id, members };
      },
    );
    await run('allocateCreditsBulk', adminToken, GRANT, { u: studentIds, a: 50 });
    const students = await pool(studentIds, 8, async (id) => {
      const i = studentIds.indexOf(id);
      const token = testAccessToken(id, 'STUDENT', { expiresIn: 4 * 3600 });
      const session = await run<{ startChat: { id: string } }>(
        'startChat',
        token,
        'mutation { startChat { id } }',
      );
      return { id, index: i, token, sessionId: session.startChat.id };
    });
    log(`${STUDENTS} students, ${CLASSES} supervisors, ${CLASSES} classes, credits granted`);

    // Watchers: each student on their own conversation, each supervisor on all of their class's.
    const ownWatchers = students.map(
      (s) => new Watcher(`student-${s.index}`, wsUrl, s.token, [s.sessionId]),
    );
    const supervisorWatchers = classes.map(
      (c, i) =>
        new Watcher(
          `supervisor-${i}`,
          wsUrl,
          testAccessToken(supervisorIds[i]!, 'SUPERVISOR', { expiresIn: 4 * 3600 }),
          students.filter((s) => c.members.includes(s.id)).map((s) => s.sessionId),
        ),
    );
    cleanups.push(async () => {
      await Promise.all([...ownWatchers, ...supervisorWatchers].map((w) => w.close()));
    });
    // graphql-ws does not acknowledge subscriptions: give them a moment to reach chat.
    await sleep(5000);

    if (FAULTS.has('postgres')) {
      // The PostgreSQL stop begins 1 s before a minute turns: a supervisor's first event of each
      // minute waits for monitoring (its database) to record the look, the case that once lost
      // supervisors' text. The day starts up to a minute later for it.
      const stopAt = Date.now() + POSTGRES_FAULT_AT * MINUTES * 60_000;
      const shift = (2 * 60_000 - 1_000 - (stopAt % 60_000)) % 60_000;
      log(
        `the day starts in ${(shift / 1000).toFixed(0)} s, so the PostgreSQL stop spans a minute's turn`,
      );
      await sleep(shift);
    }
    // The day.
    const endAt = Date.now() + MINUTES * 60_000;
    interface Answer {
      id: string;
      sessionId: string;
      sentAt: number;
      student: number;
    }
    const answers: Answer[] = [];
    const ttft: number[] = [];
    /** From an answer's last text to its end on the student's socket: storing and settling it. */
    const lastTextToEnd: number[] = [];
    const faults: string[] = [];
    let dayOver = false;
    const student = async (s: (typeof students)[number]) => {
      await sleep(Math.min(Math.random() * THINK_SECONDS * 1000, endAt - Date.now()));
      const own = ownWatchers[s.index]!;
      let n = 0;
      while (!dayOver && Date.now() < endAt) {
        n += 1;
        const sentAt = Date.now();
        let id: string | undefined;
        try {
          id = (
            await run<{ sendMessage: { id: string } }>(
              'sendMessage',
              s.token,
              'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
              {
                s: s.sessionId,
                t: `Question ${n} about photosynthesis [[emulator:length=${ANSWER_TOKENS}]] [[emulator:rate=${TOKENS_PER_SECOND}]]`,
              },
            )
          ).sendMessage.id;
        } catch {
          // Counted under sendMessage; the student tries again after thinking.
        }
        if (id) {
          answers.push({ id, sessionId: s.sessionId, sentAt, student: s.index });
          const seen = await own.ended(id, 90_000);
          if (seen?.firstTextAt) ttft.push(seen.firstTextAt - sentAt);
          if (seen?.lastTextAt && seen.endedAt) lastTextToEnd.push(seen.endedAt - seen.lastTextAt);
        }
        await sleep(
          Math.min(THINK_SECONDS * 1000 * (0.5 + Math.random()), Math.max(0, endAt - Date.now())),
        );
      }
    };
    const adminDay = async () => {
      let round = 0;
      while (!dayOver && Date.now() < endAt) {
        await sleep(10_000);
        round += 1;
        const c = classes[round % classes.length]!;
        await run('allocateCreditsBulk', adminToken, GRANT, { u: c.members, a: 1 }).catch(
          () => undefined,
        );
        await run(
          'usage',
          adminToken,
          'query($f: UsageFilter!) { usage(filter: $f) { totals { streams charged { microCredits } } rows(first: 100) { edges { node { user { id } streams } } } } }',
          { f: { classId: c.id, groupBy: ['USER'] } },
        ).catch(() => undefined);
        await run(
          'streamingAnalytics',
          adminToken,
          'query($f: DateTime!, $t: DateTime!) { streamingAnalytics(from: $f, to: $t) { day streams } }',
          {
            f: new Date(started - 86_400_000).toISOString(),
            t: new Date(Date.now() + 60_000).toISOString(),
          },
        ).catch(() => undefined);
      }
    };
    const memory = setInterval(() => {
      for (const replica of all) replica.sampleMemory();
    }, 2000);
    cleanups.push(() => clearInterval(memory));
    const dayStart = Date.now();
    const waitUntil = (fraction: number) =>
      sleep(Math.max(0, dayStart + fraction * MINUTES * 60_000 - Date.now()));
    const streaming = async () =>
      Number(
        postgres.psql('aula', `select count(*) from chat.messages where status = 'STREAMING'`),
      );
    const injectFaults = async () => {
      if (FAULTS.has('chat')) {
        await waitUntil(0.2);
        // A chat replica dies mid-answer (SIGKILL: no drain), and comes back 5 s later.
        const victim = replicas.get('chat')![0]!;
        const inFlight = await streaming().catch(() => -1);
        await victim.stop('SIGKILL');
        faults.push(
          `chat-1 killed (SIGKILL) at +${((Date.now() - dayStart) / 1000).toFixed(1)} s with ${inFlight} answers streaming on the two replicas`,
        );
        log(faults[faults.length - 1]!);
        await sleep(5000);
        await victim.start(ready(victim.port));
        log('chat-1 back');
      }

      if (FAULTS.has('redis')) {
        await waitUntil(0.4);
        await redis.kill();
        faults.push(
          `Redis killed at +${((Date.now() - dayStart) / 1000).toFixed(1)} s, down ${FAULT_SECONDS} s, restarted empty`,
        );
        log(faults[faults.length - 1]!);
        await sleep(FAULT_SECONDS * 1000);
        await redis.start();
        log('Redis back');
      }

      if (FAULTS.has('gateway')) {
        await waitUntil(0.6);
        const restarted = replicas.get('gateway')![1]!;
        await restarted.stop('SIGTERM');
        faults.push(
          `gateway-2 restarted at +${((Date.now() - dayStart) / 1000).toFixed(1)} s (SIGTERM drain, then started again)`,
        );
        log(faults[faults.length - 1]!);
        await restarted.start(ready(restarted.port));
        log('gateway-2 back');
      }

      if (FAULTS.has('postgres')) {
        await waitUntil(POSTGRES_FAULT_AT);
        postgres.stop();
        faults.push(
          `PostgreSQL stopped at +${((Date.now() - dayStart) / 1000).toFixed(1)} s (${new Date().toISOString().slice(11, 21)} UTC, across a minute's turn) for ${FAULT_SECONDS} s`,
        );
        log(faults[faults.length - 1]!);
        await sleep(FAULT_SECONDS * 1000);
        postgres.start();
        log('PostgreSQL back');
      }
    };
    log('the day starts');
    const progress = setInterval(() => {
      const done = answers.filter((a) =>
        ownWatchers[a.student]!.seen.get(a.id)?.events.some((e) => TERMINAL.has(e.type)),
      ).length;
      log(`${answers.length} answers started, ${done} ended`);
    }, 30_000);
    cleanups.push(() => clearInterval(progress));
    await Promise.all([...students.map(student), adminDay(), injectFaults()]);
    dayOver = true;
    clearInterval(progress);
    log(`the day is over: ${answers.length} answers started; settling`);

    // Settle: every answer ended on every watcher, nothing streaming, nothing reserved.
    const settleBy = Date.now() + SETTLE_SECONDS * 1000;
    const count = (query: string) => {
      try {
        return Number(postgres.psql('aula', query));
      } catch {
        return NaN;
      }
    };
    for (;;) {
      const open =
        count(`select count(*) from chat.messages where status = 'STREAMING'`) +
        count(`select count(*) from accounting.reservations where status = 'ACTIVE'`) +
        count(`select count(*) from chat.settlement_outbox`);
      if (open === 0 || Date.now() > settleBy) break;
      await sleep(1000);
    }
    for (const replica of all) replica.sampleMemory();

    // ---------------------------------------------------------------------------------------
    // Results
    const failures: string[] = [];
    const stored = new Map(
      postgres
        .psql(
          'aula',
          `select id || '|' || status || '|' || coalesce(status_reason, '') from chat.messages where role = 'ASSISTANT'`,
        )
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [id, status, reason] = line.split('|');
          return [id!, { status: status!, reason: reason! }] as const;
        }),
    );
    const outcomes = new Map<string, number>();
    for (const answer of answers) {
      const row = stored.get(answer.id);
      const key = row ? `${row.status}${row.reason ? ` (${row.reason})` : ''}` : 'not stored';
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    let lost = 0;
    let duplicated = 0;
    let missedWhileDown = 0;
    const perWatcher: string[] = [];
    const lostDetail: string[] = [];
    const everyWatcher = [...ownWatchers, ...supervisorWatchers];
    /** When an answer ended, as the first watcher to see its end saw it (else 30 s after). */
    const endedAt = (answer: Answer) =>
      Math.min(
        answer.sentAt + 30_000,
        ...everyWatcher
          .map((w) => w.seen.get(answer.id)?.endedAt)
          .filter((t): t is number => t !== undefined),
      );
    /** The sequence number of an answer's terminal event, as any watcher got it. */
    const lastSequence = (answer: Answer) =>
      Math.max(
        0,
        ...everyWatcher.flatMap((w) =>
          (w.seen.get(answer.id)?.events ?? [])
            .filter((e) => TERMINAL.has(e.type))
            .map((e) => e.sequence),
        ),
      );
    const at = (t: number) => `${t >= dayStart ? '+' : ''}${((t - dayStart) / 1000).toFixed(1)} s`;
    for (const watcher of everyWatcher) {
      let wLost = 0;
      let wDup = 0;
      for (const answer of answers.filter((a) => watcher.sessions.includes(a.sessionId))) {
        const seen = watcher.seen.get(answer.id) ?? { events: [] };
        const until = endedAt(answer);
        const result = audit(seen);
        const final = lastSequence(answer);
        const got = Math.max(0, ...seen.events.map((e) => e.sequence));
        // Without its end, the events after the last one it got are lost too (all of them when
        // no watcher got the end either: counted as one).
        const tail = result.end
          ? []
          : final > got
            ? Array.from({ length: final - got }, (_, i) => got + 1 + i)
            : [got + 1];
        const missing = [...result.missing, ...tail];
        if (!result.end && watcher.wasDown(answer.sentAt, until)) {
          missedWhileDown += 1;
          continue;
        }
        if (!missing.length && !result.duplicated.length) continue;
        wLost += missing.length;
        wDup += result.duplicated.length;
        const row = stored.get(answer.id);
        const ended = watcher.subscriptionEnds.get(answer.sessionId);
        const errors = watcher.errorResults.filter(
          (e) => e.sessionId === answer.sessionId && e.at >= answer.sentAt && e.at <= until + 5000,
        );
        lostDetail.push(
          `${watcher.name} session ${answer.sessionId.slice(0, 8)} answer ${answer.id.slice(0, 8)} ` +
            `(${row ? `${row.status}${row.reason ? `: ${row.reason.slice(0, 40)}` : ''}` : 'not stored'}), ` +
            `sent ${at(answer.sentAt)}, stream ended by 1..${final || '?'}: ` +
            `${missing.length ? `missing ${ranges(missing)}` : 'nothing missing'}` +
            `${result.duplicated.length ? `, duplicated ${ranges(result.duplicated)}` : ''}, ` +
            `${result.end ? `ended with ${result.end}` : 'NO terminal event'}; ` +
            `socket ${watcher.wasDown(answer.sentAt, until) ? 'was down meanwhile' : 'up throughout'}` +
            `${ended ? `; its subscription ended ${at(ended.at)}: ${ended.reason}` : ''}` +
            `${errors.length ? `; ${errors.length} results with errors instead: ${errors.map((e) => `${at(e.at)} ${e.reason}`).join(' | ')}` : ''}\n      got: ` +
            (seen.events
              .map((e) => `${e.type.replace('ChatStream', '')}#${e.sequence}`)
              .join(' ') || 'nothing'),
        );
      }
      lost += wLost;
      duplicated += wDup;
      if (wLost || wDup)
        perWatcher.push(
          `${watcher.name}: ${wLost} lost, ${wDup} duplicated, ${watcher.down.length} reconnects` +
            `${watcher.subscriptionEnds.size ? `, ${watcher.subscriptionEnds.size} subscriptions ended early` : ''}`,
        );
    }
    const endedEarly = everyWatcher.flatMap((w) =>
      [...w.subscriptionEnds].map(
        ([sessionId, end]) =>
          `${w.name} session ${sessionId.slice(0, 8)} at ${at(end.at)}: ${end.reason}`,
      ),
    );
    const errorResults = everyWatcher.flatMap((w) =>
      w.errorResults.map((e) => ({ ...e, watcher: w.name })),
    );
    const errorReasons = new Map<string, number>();
    for (const e of errorResults) errorReasons.set(e.reason, (errorReasons.get(e.reason) ?? 0) + 1);
    writeFileSync(
      join(logDir, 'watchers.txt'),
      [
        `day started ${new Date(dayStart).toISOString()}; faults: ${faults.join('; ')}`,
        'subscriptions that ended before the day did:',
        ...endedEarly,
        'results with errors (an event withheld):',
        ...errorResults.map(
          (e) => `${e.watcher} session ${e.sessionId.slice(0, 8)} at ${at(e.at)}: ${e.reason}`,
        ),
        'answers a connected watcher did not get whole:',
        ...lostDetail,
      ].join('\n') + '\n',
    );
    const reconnects = [...ownWatchers, ...supervisorWatchers].reduce(
      (sum, w) => sum + w.down.length,
      0,
    );

    const ledger = await openDatabase({ url: postgres.urlOf('aula'), poolSize: 1 });
    const violations = await findLedgerViolations(ledger.db);
    const money = (
      (await ledger.db.execute(sql`select
        (select coalesce(sum(shortfall), 0) from accounting.reservations)::text as shortfall,
        (select count(*) from accounting.reservations where status = 'ACTIVE')::text as active,
        (select count(*) from accounting.reservations where status = 'EXPIRED')::text as expired,
        (select coalesce(sum(charged), 0) from accounting.reservations)::text as charged,
        (select coalesce(sum(credits_charged_micro), 0) from chat.messages)::text as stored,
        (select coalesce(sum(amount), 0) from accounting.grants)::text as granted,
        (select coalesce(sum(remaining), 0) from accounting.grants)::text as remaining,
        (select coalesce(sum(reserved), 0) from accounting.reservations where status = 'ACTIVE')::text as reserved,
        (select count(*) from chat.messages where status = 'STREAMING')::text as streaming,
        (select count(*) from chat.settlement_outbox)::text as outbox`)) as unknown as {
        rows: Array<Record<string, string>>;
      }
    ).rows[0]!;
    await ledger.close();

    console.log('\n=== school-day soak ===');
    console.log(
      `load: ${STUDENTS} students in ${CLASSES} classes, ${CLASSES} supervisors watching ${STUDENTS} conversations, 1 admin; ${MINUTES} min`,
    );
    console.log(`faults: ${faults.join('; ')}`);
    console.log(
      `answers started ${answers.length}; outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
    console.log(
      `watchers: ${ownWatchers.length + supervisorWatchers.length} sockets, ${reconnects} reconnects; ` +
        `events lost ${lost}, duplicated ${duplicated} (on connected watchers); ` +
        `answers that ended while the watcher's socket was down ${missedWhileDown}`,
    );
    const held = heldWatcherStreams(logDir);
    console.log(
      `watcher streams held while monitoring could not record the look: ${held.held} ` +
        `(then filled by a snapshot ${held.filled}); ended unrecorded past the bound ${held.ended}`,
    );
    if (errorResults.length)
      console.log(
        `results with errors instead of an event: ${errorResults.length}\n  ${[...errorReasons].map(([reason, n]) => `${n} × ${reason}`).join('\n  ')}`,
      );
    if (endedEarly.length)
      console.log(
        `subscriptions ended before the day did (a watcher never re-subscribes): ${endedEarly.length}\n  ${endedEarly.slice(0, 10).join('\n  ')}`,
      );
    if (perWatcher.length) console.log(`  ${perWatcher.slice(0, 10).join('\n  ')}`);
    if (lostDetail.length)
      console.log(
        `answers not received whole by a connected watcher: ${lostDetail.length} (all in ${join(logDir, 'watchers.txt')})\n  ${lostDetail.slice(0, 20).join('\n  ')}`,
      );
    console.log(
      `ledger: ${violations.length ? `VIOLATIONS ${violations.join('; ')}` : 'every invariant holds'}; ` +
        `granted ${money.granted}, remaining ${money.remaining}, charged ${money.charged} (chat stored ${money.stored}), ` +
        `reserved ${money.reserved}; shortfall ${money.shortfall}; reservations left ACTIVE ${money.active}, expired by the reaper ${money.expired}; ` +
        `answers left STREAMING ${money.streaming}; settlement outbox ${money.outbox}`,
    );
    const ms = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(0)} ms`);
    console.log(
      `time to first token (student's socket): p50 ${ms(percentile(ttft, 50))}, p99 ${ms(percentile(ttft, 99))} over ${ttft.length}; ` +
        `last text to the end (storing and settling): p50 ${ms(percentile(lastTextToEnd, 50))}, p99 ${ms(percentile(lastTextToEnd, 99))}`,
    );
    console.log('operations (through the proxy and a gateway):');
    for (const [name, values] of operations.latencies) {
      const errors = operations.errors.get(name);
      const failed = [...(errors?.values() ?? [])].reduce((a, b) => a + b, 0);
      console.log(
        `  ${name.padEnd(20)} n=${String(values.length).padStart(5)}  p50 ${ms(percentile(values, 50)).padStart(7)}  p99 ${ms(percentile(values, 99)).padStart(7)}  ` +
          `errors ${((100 * failed) / values.length).toFixed(2)}%${errors ? ` (${[...errors].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`,
      );
    }
    console.log('peak memory (VmHWM):');
    for (const replica of all)
      console.log(
        `  ${replica.name.padEnd(14)} ${(replica.peakBytes / 2 ** 20).toFixed(0).padStart(5)} MiB${replica.crashes ? `  (${replica.crashes} unexpected exits, restarted; last: ${replica.lastCrash})` : ''}`,
      );
    console.log(
      `  soak driver    ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(5)} MiB (watchers, emulator, proxies)`,
    );

    if (lost) failures.push(`${lost} events lost on connected watchers`);
    if (duplicated) failures.push(`${duplicated} events duplicated`);
    if (violations.length) failures.push('ledger invariants violated');
    if (money.charged !== money.stored) failures.push('charged differs from what chat stored');
    if (money.shortfall !== '0') failures.push(`shortfall ${money.shortfall}`);
    if (money.active !== '0') failures.push(`${money.active} reservations leaked`);
    if (money.streaming !== '0') failures.push(`${money.streaming} answers left streaming`);
    if (money.outbox !== '0') failures.push(`${money.outbox} settlements never delivered`);
    if (!answers.length) failures.push('no answer was started');
    if (all.some((replica) => replica.crashes)) failures.push('a replica crashed');
    const skipped = FAULT_KINDS.filter((fault) => !FAULTS.has(fault));
    console.log(
      (failures.length ? `\nFAILED: ${failures.join('; ')}` : '\nPASSED: every check holds') +
        (skipped.length ? ` (faults NOT injected: ${skipped.join(', ')})` : ''),
    );
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    await cleanup();
    if (process.exitCode === 0) rmSync(logDir, { recursive: true, force: true });
    else console.log(`logs kept in ${logDir}`);
  }
}

const GRANT =
  'mutation($u: [ID!]!, $a: Float!) { allocateCreditsBulk(userIds: $u, amount: $a) { id } }';

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
