/**
 * Memory per idle `chatStream` subscription through the gateway: the platform (gateway and
 * every subgraph, one process) runs in a child process; this process opens N client sockets,
 * each subscribed to its own conversation, and asks the child for its memory after a forced
 * GC before and after. Prints KiB per subscription (heap + external, and RSS) for each N.
 *
 *   npm run bench:idle                       (BENCH_SOCKETS=1000,10000)
 *   BENCH_HEAP_DIR=dir npm run bench:idle    also writes a heap snapshot of the platform at each reading
 *
 * With TEST_DATABASE_URL / TEST_REDIS_URL set the platform runs on PostgreSQL and Redis.
 * Goal (issue 14): ≤ 20 KiB per idle subscription at 10,000 sockets.
 */
import { graphql, startTestPlatform, testAccessToken } from '@aula/platform/testing';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { writeHeapSnapshot } from 'node:v8';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createBenchStudent } from './people';

const SOCKETS = (process.env.BENCH_SOCKETS ?? '1000,10000').split(',').map(Number);
const STREAM = `subscription($s: ID!) { chatStream(sessionId: $s) { __typename messageId sequence
  ... on ChatStreamTextDelta { text } } }`;

interface Memory {
  heap: number;
  rss: number;
}

/** Child mode: start the platform, print its URL, answer `mem` with memory after a GC. */
async function serve() {
  const redisUrl = process.env.TEST_REDIS_URL;
  const platform = await startTestPlatform({
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    CHAT_MESSAGES_PER_MINUTE: '100000',
    LOG_LEVEL: 'silent',
  });
  console.log(JSON.stringify({ url: platform.url, wsUrl: platform.wsUrl }));
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'mem') break;
    for (let i = 0; i < 3; i += 1) {
      (globalThis as { gc?: () => void }).gc?.();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const usage = process.memoryUsage();
    if (process.env.BENCH_HEAP_DIR)
      writeHeapSnapshot(join(process.env.BENCH_HEAP_DIR, `idle-${Date.now()}.heapsnapshot`));
    console.log(JSON.stringify({ heap: usage.heapUsed + usage.external, rss: usage.rss }));
  }
  await platform.close();
  process.exit(0);
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index]!);
      }
    }),
  );
  return results;
}

async function main() {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, '--serve'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: process.env,
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const read = async <T>() => JSON.parse((await lines.next()).value as string) as T;
  const memory = async () => {
    child.stdin!.write('mem\n');
    return read<Memory>();
  };
  const { url, wsUrl } = await read<{ url: string; wsUrl: string }>();

  const admin = testAccessToken(randomUUID(), 'ADMIN');
  // No credits needed: idle subscriptions send nothing.
  const token = await createBenchStudent(url, admin, { credits: 0, expiresInSeconds: 3600 });
  const most = Math.max(...SOCKETS);
  console.error(`creating ${most} conversations…`);
  const sessions = await pool(
    Array.from({ length: most }, (_, i) => i),
    16,
    async () =>
      (
        await graphql<{ startChat: { id: string } }>(
          url,
          'mutation { startChat { id } }',
          {},
          token,
        )
      ).data!.startChat.id,
  );

  const rows: Array<{ n: number; heapKiB: number; rssKiB: number }> = [];
  for (const n of SOCKETS) {
    const before = await memory();
    const clients: Client[] = [];
    let acknowledged = 0;
    await pool(sessions.slice(0, n), 64, async (sessionId) => {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      clients.push(client);
      await new Promise<void>((resolve) => {
        const off = client.on('connected', () => {
          off();
          acknowledged += 1;
          resolve();
        });
      });
      client.subscribe(
        { query: STREAM, variables: { s: sessionId } },
        {
          next: () => undefined,
          error: (e) => console.error('subscription error', e),
          complete: () => undefined,
        },
      );
    });
    // Connected is not yet subscribed upstream: let the subscribe messages settle.
    await new Promise((resolve) => setTimeout(resolve, 3000 + n));
    const after = await memory();
    rows.push({
      n,
      heapKiB: (after.heap - before.heap) / 1024 / n,
      rssKiB: (after.rss - before.rss) / 1024 / n,
    });
    console.error(
      `N=${n}: ${acknowledged} sockets, ${rows[rows.length - 1]!.heapKiB.toFixed(1)} KiB/subscription`,
    );
    await Promise.all(clients.map((client) => client.dispose()));
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  child.stdin!.write('stop\n');

  console.log(
    '\nIdle chatStream subscriptions through the gateway (gateway + subgraphs, one process)',
  );
  console.log('  sockets   KiB/subscription (heap+external)   KiB/subscription (RSS)');
  for (const row of rows) {
    console.log(
      `  ${String(row.n).padStart(7)}   ${row.heapKiB.toFixed(1).padStart(32)}   ${row.rssKiB.toFixed(1).padStart(22)}`,
    );
  }
  console.log('  goal: ≤ 20 KiB per subscription at 10,000 sockets');
}

(process.argv.includes('--serve') ? serve() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
