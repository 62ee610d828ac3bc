/**
 * Reserve + finalize pairs against real PostgreSQL, the way chat settles streams: 50
 * concurrent clients (BENCH_CLIENTS) share 10 students (BENCH_USERS), so several clients
 * contend for the same account at once. Each client runs BENCH_PAIRS pairs through the
 * accounting subgraph's GraphQL endpoint with the chat service identity; about one in ten
 * uses more than it reserved, exercising the overrun path. While it runs, a watcher reads
 * every student's balance and checks granted = available + reserved + spent + expired; at
 * the end the ledger's tables are cross-checked and each student's spent is compared with
 * the sum of what finalize reported.
 *
 *   DATABASE_URL=postgres://… npm run bench:accounting   (or TEST_DATABASE_URL)
 *
 * A throwaway database is created next to the given one and dropped afterwards.
 */
import { randomUUID } from 'node:crypto';
import { findLedgerViolations } from '../subgraphs/accounting/src/invariants';
import { startAccounting } from '../subgraphs/accounting/src/testing/harness';
import {
  ALLOCATE,
  BALANCE_ENTITY,
  balanceHolds,
  FINALIZE,
  RESERVE,
  type BalanceView,
  type ReservationView,
} from '../subgraphs/accounting/src/testing/operations';

const CLIENTS = positiveInt(process.env.BENCH_CLIENTS, 50);
const USERS = positiveInt(process.env.BENCH_USERS, 10);
const PAIRS = positiveInt(process.env.BENCH_PAIRS, 40);
const MODEL_ID = 'anthropic.claude-3-5-haiku-20241022-v1:0';

function positiveInt(raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`expected a positive whole number, got "${raw}"`);
  return value;
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
    env: {
      ACCOUNTING_MAX_CONCURRENT_STREAMS: String(Math.ceil(CLIENTS / USERS)),
      LOG_LEVEL: 'silent',
    },
  });
  const problems: string[] = [];
  try {
    const admin = randomUUID();
    const users = Array.from({ length: USERS }, () => randomUUID());
    for (const userId of users) {
      const granted = await acct.as(admin, 'ADMIN', ALLOCATE, { userId, amount: 1_000_000 });
      if (granted.errors) throw new Error(`granting failed: ${granted.errors[0]?.message}`);
    }
    const charged = new Map<string, bigint>(users.map((u) => [u, 0n]));
    let snapshots = 0;
    let running = true;
    const watcher = (async () => {
      while (running) {
        for (const userId of users) {
          const result = await acct.as<{ _entities: Array<{ credits: BalanceView }> }>(
            admin,
            'ADMIN',
            BALANCE_ENTITY,
            {
              reps: [{ __typename: 'User', id: userId }],
            },
          );
          const credits = result.data?._entities[0]?.credits;
          snapshots += 1;
          if (!credits || !balanceHolds(credits))
            problems.push(`balance of ${userId} did not add up mid-run`);
        }
      }
    })();

    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const userId = users[client % USERS]!;
        for (let pair = 0; pair < PAIRS; pair += 1) {
          const estimatedInputTokens = 200 + ((client * 31 + pair * 17) % 1800);
          const maxOutputTokens = 256 + ((client * 7 + pair * 13) % 768);
          const reserved = await acct.asChat<{ reserveCredits: ReservationView }>(RESERVE, {
            input: {
              sessionId: randomUUID(),
              userId,
              modelId: MODEL_ID,
              estimatedInputTokens,
              maxOutputTokens,
              clientKey: randomUUID(),
              expiresInSeconds: 300,
            },
          });
          if (!reserved.data) {
            problems.push(`reserve refused: ${reserved.errors?.[0]?.message}`);
            continue;
          }
          const overrun = pair % 10 === 9;
          const usage = {
            inputTokens: overrun ? estimatedInputTokens * 2 : estimatedInputTokens,
            outputTokens: overrun ? maxOutputTokens * 2 : (pair * 37) % maxOutputTokens,
          };
          const settled = await acct.asChat<{ finalizeReservation: ReservationView }>(FINALIZE, {
            id: reserved.data.reserveCredits.id,
            usage,
          });
          if (!settled.data) {
            problems.push(`finalize failed: ${settled.errors?.[0]?.message}`);
            continue;
          }
          const result = settled.data.finalizeReservation;
          charged.set(userId, charged.get(userId)! + BigInt(result.charged.microCredits));
          if (result.shortfall.microCredits !== '0')
            problems.push(`unexpected shortfall on ${result.id}`);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    running = false;
    await watcher;

    for (const userId of users) {
      const result = await acct.as<{ _entities: Array<{ credits: BalanceView }> }>(
        admin,
        'ADMIN',
        BALANCE_ENTITY,
        {
          reps: [{ __typename: 'User', id: userId }],
        },
      );
      const credits = result.data!._entities[0]!.credits;
      if (!balanceHolds(credits)) problems.push(`final balance of ${userId} does not add up`);
      if (credits.reserved.microCredits !== '0')
        problems.push(`${userId} still has credits reserved`);
      if (credits.activeStreams !== 0)
        problems.push(`${userId} still has streams counted as active`);
      if (BigInt(credits.spent.microCredits) !== charged.get(userId)) {
        problems.push(
          `${userId}: spent ${credits.spent.microCredits} but finalize reported ${charged.get(userId)}`,
        );
      }
    }
    problems.push(...(await findLedgerViolations(acct.database.db)));

    const pairs = CLIENTS * PAIRS;
    console.log(
      `accounting reserve+finalize on ${acct.database.kind}: ${CLIENTS} clients, ${USERS} students, ${pairs} pairs`,
    );
    console.log(`  ${(pairs / seconds).toFixed(1)} pairs/second (${seconds.toFixed(2)} s)`);
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
