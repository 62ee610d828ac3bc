/**
 * Reserve + finalize pairs against real PostgreSQL, the way chat settles streams: 50
 * concurrent clients (BENCH_CLIENTS) share 10 students (BENCH_USERS), so several clients
 * contend for the same account at once. Each client runs BENCH_PAIRS pairs, about one in ten
 * using more than it reserved (the overrun path), after BENCH_WARMUP unmeasured pairs (10) that
 * let the JIT compile the hot paths first. The same run measures two ways in:
 *
 *   endpoint  through the accounting subgraph's GraphQL endpoint with the chat service identity
 *   direct    the same ledger calls (accounting's `createLedgerBatcher`) straight through drizzle
 *
 * and prints both rates, their ratio, and the CPU time per pair of this process (bench client,
 * service and driver together) and of the PostgreSQL backends serving the run (from /proc, when
 * PostgreSQL runs on this machine): on a shared machine the rates follow its load, the CPU per pair
 * much less. BENCH_CPU_PROFILE_DIR=dir writes a V8 CPU profile of each phase there
 * (`endpoint.cpuprofile`, `direct.cpuprofile`). While it runs, a watcher reads every student's balance
 * through the endpoint (all of them in one request, every BENCH_WATCH_MS) and checks
 * granted = available + reserved + spent + expired; at the end
 * the ledger's tables are cross-checked and each student's spent is compared with the sum of
 * what finalize reported.
 *
 *   DATABASE_URL=postgres://… npm run bench:accounting   (or TEST_DATABASE_URL)
 *
 * A throwaway database is created next to the given one and dropped afterwards.
 */
import { createServiceClient, type Db } from '@aula/runtime';
import { graphql, TEST_TOKENS, testAccessToken } from '@aula/runtime/src/testing';
import { randomUUID } from 'node:crypto';
import { databaseCpu, databaseCpuBetween, profilePhase } from './accounting-measure';
import { loadavg } from 'node:os';
import { CreditReservations } from '../subgraphs/chat/src/accounting';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../subgraphs/accounting/src/db/query';
import { findLedgerViolations } from '../subgraphs/accounting/src/invariants';
import { createLedgerBatcher } from '../subgraphs/accounting/src/ledger-batch';
import {
  startAccounting,
  type AccountingHarness,
} from '../subgraphs/accounting/src/testing/harness';
import {
  ALLOCATE,
  BALANCE_ENTITY,
  balanceHolds,
  type BalanceView,
} from '../subgraphs/accounting/src/testing/operations';

const CLIENTS = positiveInt(process.env.BENCH_CLIENTS, 50);
const USERS = positiveInt(process.env.BENCH_USERS, 10);
const PAIRS = positiveInt(process.env.BENCH_PAIRS, 40);
/**
 * Pairs per client each way runs first, unmeasured (counted in the invariants): the service's
 * code paths are compiled and optimised while they run, as in a service that has been up for a
 * while, and the measured phases see no compiler at work. 0 measures from cold.
 */
const WARMUP = nonNegativeInt(process.env.BENCH_WARMUP, 10);
/** Database connections of the accounting service under test (the service default is 10). */
const POOL = positiveInt(process.env.BENCH_POOL, 10);
/** Where to write a V8 CPU profile of each phase (`endpoint.cpuprofile`, `direct.cpuprofile`). */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR || undefined;
/** Pause between two sweeps of the balance watcher. */
const WATCH_MS = positiveInt(process.env.BENCH_WATCH_MS, 200);
const MODEL_ID = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const LIMITS = { maxConcurrentStreams: Math.ceil(CLIENTS / USERS), maxReservationSeconds: 900 };
/** The service's default credits-low threshold (1 credit), so direct settles issue the same statement. */
const CREDITS_LOW_THRESHOLD = 1_000_000n;

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`expected a positive whole number, got "${raw}"`);
  return value;
}

function nonNegativeInt(raw: string | undefined, fallback: number): number {
  return raw === '0' ? 0 : positiveInt(raw, fallback);
}

/** One reserve + finalize; returns what finalize charged and its shortfall, or a problem. */
type Pair = (
  userId: string,
  tokens: { input: number; output: number },
  usage: { inputTokens: number; outputTokens: number },
) => Promise<{ charged: bigint; shortfall: bigint } | string>;

/** What chat sends to reserve for one answer. */
const reserveInput = (userId: string, tokens: { input: number; output: number }) => ({
  sessionId: randomUUID(),
  userId,
  modelId: MODEL_ID,
  estimatedInputTokens: tokens.input,
  maxOutputTokens: tokens.output,
  clientKey: randomUUID(),
  expiresInSeconds: 300,
});

/**
 * Through the endpoint exactly as chat calls it: chat's own `CreditReservations` over the
 * runtime's service client (chat's service identity, its token handling and HTTP client).
 */
function throughEndpoint(url: string): Pair {
  const reservations = new CreditReservations(
    createServiceClient({ service: 'chat', tokens: TEST_TOKENS, serviceUrl: () => url }),
  );
  return async (userId, tokens, usage) => {
    const reserved = await reservations.reserve(reserveInput(userId, tokens));
    const settled = await reservations.finalize(reserved.id, usage);
    // Chat's operation does not ask for the shortfall; the tables are checked for it at the end.
    return { charged: BigInt(settled.chargedMicro), shortfall: 0n };
  };
}

function direct(acct: AccountingHarness): Pair {
  // The service's own ledger calls, gathered per event-loop turn as accounting's resolvers
  // gather them (ledger-batch.ts): the same statements, without HTTP and GraphQL.
  const ledger = createLedgerBatcher(acct.database.db);
  return async (userId, tokens, usage) => {
    const reserved = await ledger.reserve(reserveInput(userId, tokens), LIMITS);
    const { reservation } = await ledger.settle(
      reserved.id,
      usage,
      'FINALIZED',
      CREDITS_LOW_THRESHOLD,
    );
    return { charged: reservation.charged, shortfall: reservation.shortfall };
  };
}

/** What one way in achieved. */
interface Rates {
  readonly rate: number;
  /** This process's CPU per pair: client, service and driver together. */
  readonly cpuMsPerPair: number;
  /** The database backends' CPU per pair (null when /proc cannot show them). */
  readonly dbCpuMsPerPair: number | null;
}

/**
 * Runs CLIENTS x PAIRS pairs over `users`; returns pairs per second and the CPU time per pair
 * of this process and of PostgreSQL (both far steadier under machine load than the rate).
 */
async function run(
  db: Db,
  pair: Pair,
  users: string[],
  charged: Map<string, bigint>,
  problems: string[],
  pairs = PAIRS,
): Promise<Rates> {
  const dbBefore = await databaseCpu(db);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const userId = users[client % users.length]!;
      for (let n = 0; n < pairs; n += 1) {
        const input = 200 + ((client * 31 + n * 17) % 1800);
        const output = 256 + ((client * 7 + n * 13) % 768);
        const overrun = n % 10 === 9;
        const usage = {
          inputTokens: overrun ? input * 2 : input,
          outputTokens: overrun ? output * 2 : (n * 37) % output,
        };
        const result = await pair(userId, { input, output }, usage).catch(
          (error: unknown) => `pair failed: ${error instanceof Error ? error.message : error}`,
        );
        if (typeof result === 'string') {
          problems.push(result);
          continue;
        }
        charged.set(userId, (charged.get(userId) ?? 0n) + result.charged);
        if (result.shortfall !== 0n) problems.push(`unexpected shortfall for ${userId}`);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const dbMs = databaseCpuBetween(dbBefore, await databaseCpu(db));
  return {
    rate: (CLIENTS * pairs) / seconds,
    cpuMsPerPair: (cpu.user + cpu.system) / 1000 / (CLIENTS * pairs),
    dbCpuMsPerPair: dbMs === null ? null : dbMs / (CLIENTS * pairs),
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    console.error('bench:accounting needs real PostgreSQL: set DATABASE_URL or TEST_DATABASE_URL.');
    process.exit(1);
  }
  // The harness creates its throwaway database next to TEST_DATABASE_URL.
  process.env.TEST_DATABASE_URL = url;
  const acct = await startAccounting({
    poolSize: POOL,
    env: {
      ACCOUNTING_MAX_CONCURRENT_STREAMS: String(LIMITS.maxConcurrentStreams),
      LOG_LEVEL: 'silent',
    },
  });
  const problems: string[] = [];
  try {
    const admin = randomUUID();
    const students = (n: number) => Array.from({ length: n }, () => randomUUID());
    const endpointUsers = students(USERS);
    const directUsers = students(USERS);
    const everyone = [...endpointUsers, ...directUsers];
    for (const userId of everyone) {
      const granted = await acct.as(admin, 'ADMIN', ALLOCATE, { userId, amount: 1_000_000 });
      if (granted.errors) throw new Error(`granting failed: ${granted.errors[0]?.message}`);
    }
    // One admin token for the whole run, as a signed-in admin's app holds one: signing a fresh
    // token per balance read was the watcher's own largest CPU cost, charged to the phase it ran in.
    const adminToken = testAccessToken(admin, 'ADMIN', { expiresIn: 3600 });
    // All the students' balances in one request, as an admin's list reads them: the subgraph
    // reads them in one statement, so a sweep is one snapshot of everyone, and the watcher costs
    // the run little of the CPU it measures.
    const balancesOf = async (userIds: string[]) => {
      const result = await graphql<{ _entities: Array<{ credits: BalanceView } | null> }>(
        acct.url,
        BALANCE_ENTITY,
        { reps: userIds.map((id) => ({ __typename: 'User', id })) },
        adminToken,
      );
      return userIds.map((_, index) => result.data?._entities[index]?.credits);
    };
    const charged = new Map<string, bigint>();
    let snapshots = 0;
    let running = true;
    const watcher = (async () => {
      while (running) {
        const sweep = await balancesOf(everyone);
        everyone.forEach((userId, index) => {
          const credits = sweep[index];
          snapshots += 1;
          if (!credits || !balanceHolds(credits))
            problems.push(`balance of ${userId} did not add up mid-run`);
        });
        // A sweep every WATCH_MS: the check runs throughout without becoming the load itself.
        await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
      }
    })();
    const load = loadavg()[0]!.toFixed(1);
    const db = acct.database.db;
    if (WARMUP > 0) {
      await run(db, throughEndpoint(acct.url), endpointUsers, charged, problems, WARMUP);
      await run(db, direct(acct), directUsers, charged, problems, WARMUP);
    }
    const viaEndpoint = await profilePhase(PROFILE_DIR, 'endpoint', () =>
      run(db, throughEndpoint(acct.url), endpointUsers, charged, problems),
    );
    const viaDrizzle = await profilePhase(PROFILE_DIR, 'direct', () =>
      run(db, direct(acct), directUsers, charged, problems),
    );
    running = false;
    await watcher;

    const final = await balancesOf(everyone);
    for (const [index, userId] of everyone.entries()) {
      const credits = final[index];
      if (!credits || !balanceHolds(credits)) {
        problems.push(`final balance of ${userId} does not add up`);
        continue;
      }
      if (credits.reserved.microCredits !== '0')
        problems.push(`${userId} still has credits reserved`);
      if (credits.activeStreams !== 0)
        problems.push(`${userId} still has streams counted as active`);
      if (BigInt(credits.spent.microCredits) !== (charged.get(userId) ?? 0n)) {
        problems.push(
          `${userId}: spent ${credits.spent.microCredits} but finalize reported ${charged.get(userId)}`,
        );
      }
    }
    problems.push(...(await findLedgerViolations(acct.database.db)));
    const [short] = await rowsOf<{ n: string }>(
      acct.database.db,
      sql`select count(*)::text as n from accounting.reservations where shortfall <> 0`,
    );
    if (short?.n !== '0') problems.push(`${short?.n} reservations settled with a shortfall`);

    console.log(
      `accounting reserve+finalize on ${acct.database.kind}: ${CLIENTS} clients, ${USERS} students, ${CLIENTS * PAIRS} pairs each way after ${CLIENTS * WARMUP} unmeasured, ${POOL} connections (load average ${load} at start)`,
    );
    const show = (r: Rates) =>
      `${r.rate.toFixed(1)} pairs/second, CPU per pair: ${r.cpuMsPerPair.toFixed(2)} ms this process, ${r.dbCpuMsPerPair === null ? 'n/a' : r.dbCpuMsPerPair.toFixed(2)} ms PostgreSQL`;
    console.log(`  endpoint (GraphQL, chat's client): ${show(viaEndpoint)}`);
    console.log(`  direct (same calls via drizzle):   ${show(viaDrizzle)}`);
    console.log(`  ratio endpoint/direct: ${(viaEndpoint.rate / viaDrizzle.rate).toFixed(2)}`);
    console.log(`  ${snapshots} balance snapshots checked while running`);
    console.log(
      `  invariants: ${problems.length === 0 ? 'all held' : `${problems.length} VIOLATED`}`,
    );
    for (const problem of problems.slice(0, 20)) console.log(`    - ${problem}`);
  } finally {
    await acct.close();
  }
  if (problems.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
