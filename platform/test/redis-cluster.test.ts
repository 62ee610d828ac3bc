import { LoginThrottle } from '@aula/auth/src/throttle';
import { RedisTokenBucket } from '@aula/gateway/src/rate-limit';
import { codeOf, eventually, graphql } from '@aula/platform/testing';
import {
  createEventBus,
  createRedis,
  defineChannel,
  isCluster,
  parseRedisUrl,
} from '@aula/runtime';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  isTerminal,
  reconstruct,
  sequencesOf,
  startChatHarness,
  type ChatHarness,
} from './chat/harness';
import {
  redisBinaries,
  startTemporaryRedisCluster,
  type TemporaryRedisCluster,
} from './redis-servers';

// Booting the whole platform takes a while on a busy machine; it happens once per file.
const BOOT_TIMEOUT_MS = 180_000;

/**
 * Everything that uses Redis, against a Redis Cluster of three masters started for this file
 * from Debian's redis-server. Skipped only where redis-server is not installed and this is not
 * CI (CI installs it, so it always runs there).
 */
const available = redisBinaries() !== undefined || process.env.CI === 'true';

test('a redis+cluster:// URL names the cluster nodes; a redis:// URL one server', () => {
  expect(parseRedisUrl('redis+cluster://:secret@10.0.0.1:7000,10.0.0.2:7001')).toEqual({
    cluster: true,
    tls: false,
    nodes: [
      { host: '10.0.0.1', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
    ],
    password: 'secret',
  });
  expect(parseRedisUrl('rediss+cluster://redis.internal').nodes).toEqual([
    { host: 'redis.internal', port: 6379 },
  ]);
  expect(parseRedisUrl('redis://127.0.0.1:6379/2')).toMatchObject({ cluster: false, db: 2 });
  expect(() => parseRedisUrl('redis://a:1,b:2')).toThrow(/one host/);
  expect(() => parseRedisUrl('redis+cluster://a:1/3')).toThrow(/database 0/);
  expect(() => parseRedisUrl('http://a:1')).toThrow(/redis\+cluster/);
});

(available ? describe : describe.skip)('on a Redis Cluster (three masters)', () => {
  let cluster: TemporaryRedisCluster;

  beforeAll(async () => {
    cluster = await startTemporaryRedisCluster();
  }, 60_000);
  afterAll(async () => {
    await cluster?.close();
  });

  /** Keys matching `pattern` on each master. */
  const keysPerNode = (pattern: string) =>
    cluster.nodes.map((node) =>
      spawnSync(redisBinaries()!.cli, ['-p', String(node.port), '--scan', '--pattern', pattern], {
        encoding: 'utf8',
      })
        .stdout.split('\n')
        .filter(Boolean),
    );
  /** Lua scripts run on the masters so far (the rate limiter's and the throttle's). */
  const scriptCalls = () =>
    cluster.nodes
      .map((node) =>
        spawnSync(redisBinaries()!.cli, ['-p', String(node.port), 'info', 'commandstats'], {
          encoding: 'utf8',
        }).stdout.match(/^cmdstat_eval(?:sha)?:calls=(\d+)/gm),
      )
      .flat()
      .reduce((sum, line) => sum + Number(/calls=(\d+)/.exec(line ?? '')?.[1] ?? 0), 0);
  /** Sharded channels subscribed on each master. */
  const shardChannelsPerNode = (pattern: string) =>
    cluster.nodes.map(
      (node) =>
        spawnSync(
          redisBinaries()!.cli,
          ['-p', String(node.port), 'pubsub', 'shardchannels', pattern],
          { encoding: 'utf8' },
        )
          .stdout.split('\n')
          .filter(Boolean).length,
    );

  it('the bus delivers every event of many channels, sharded across the masters', async () => {
    const prefix = `aula-test-${randomUUID()}:`;
    const bus = createEventBus({ redisUrl: cluster.url, keyPrefix: prefix });
    const other = createEventBus({ redisUrl: cluster.url, keyPrefix: prefix });
    try {
      expect(bus.kind).toBe('redis');
      await bus.ping();
      const channels = Array.from({ length: 24 }, (_, i) => defineChannel<number>(`test.n${i}`));
      const received = channels.map(() => [] as number[]);
      const stops = await Promise.all(
        channels.map((channel, i) => other.subscribe(channel, (n) => received[i]!.push(n))),
      );
      // SSUBSCRIBE went to the shard owning each channel: every master holds some of them.
      expect(shardChannelsPerNode(`${prefix}*`).every((count) => count > 0)).toBe(true);
      for (let n = 1; n <= 5; n += 1)
        await Promise.all(channels.map((channel) => bus.publish(channel, n)));
      await eventually(
        async () => received.every((list) => list.length === 5),
        'five events on every shard',
      );
      expect(received.every((list) => list.join() === '1,2,3,4,5')).toBe(true);

      const iterator = other.asyncIterator(channels[3]!);
      const next = iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await bus.publish(channels[3]!, 42);
      expect((await next).value).toBe(42);
      await iterator.return?.();

      for (const stop of stops) stop();
      await eventually(
        async () => shardChannelsPerNode(`${prefix}*`).every((count) => count === 0),
        'every shard channel gone',
      );
    } finally {
      await bus.close();
      await other.close();
    }
  });

  it('gateway replicas share one rate-limit bucket per principal (the Lua script on one key)', async () => {
    const prefix = `aula-test-${randomUUID()}:`;
    const replicas = [0, 1].map(() => new RedisTokenBucket(cluster.url, 60, 2, prefix));
    try {
      const [a, b] = replicas as [RedisTokenBucket, RedisTokenBucket];
      for (let user = 0; user < 6; user += 1) {
        expect((await a.take(`user:${user}`)).allowed).toBe(true);
        expect((await b.take(`user:${user}`)).allowed).toBe(true);
        expect((await a.take(`user:${user}`)).allowed).toBe(false);
      }
      // Six principals' buckets spread over the masters.
      expect(keysPerNode(`${prefix}*`).flat()).toHaveLength(6);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });

  it('the sign-in throttle counts failures and locks out on the cluster', async () => {
    const keyPrefix = `aula-test-${randomUUID()}`;
    const throttle = new LoginThrottle({
      accountFreeFailures: 3,
      addressFreeFailures: 100,
      lockoutSeconds: 60,
      slowDownSeconds: 1,
      windowSeconds: 60,
      redisUrl: cluster.url,
      keyPrefix,
    });
    try {
      const keys = { account: 'Someone@School.test', address: '10.0.0.7' };
      for (let attempt = 0; attempt < 3; attempt += 1) await throttle.reserve(keys);
      const refused = await throttle.reserve(keys).catch((error: unknown) => error);
      expect((refused as { extensions?: { code?: string } }).extensions?.code).toBe(
        'TOO_MANY_ATTEMPTS',
      );
      // Another account from the same address is not locked out.
      const other = await throttle.reserve({ account: 'other@school.test', address: '10.0.0.7' });
      await throttle.succeeded(other);
      expect(keysPerNode(`${keyPrefix}*`).flat().length).toBeGreaterThan(0);
    } finally {
      await throttle.close();
    }
  });

  describe('the whole platform on the cluster', () => {
    let h: ChatHarness;

    beforeAll(async () => {
      h = await startChatHarness({
        REDIS_URL: cluster.url,
        CHAT_STREAM_COALESCE_MS: '20',
        // On, so every operation through the gateway takes a token from the cluster.
        GATEWAY_RATE_LIMIT_PER_MINUTE: '100000',
        GATEWAY_RATE_LIMIT_BURST: '10000',
      });
    }, BOOT_TIMEOUT_MS);
    afterAll(async () => {
      await h?.close();
    });

    it('streams an answer to its student and a watcher, and a late joiner gets the snapshot', async () => {
      const probe = createRedis(cluster.url, { lazyConnect: true });
      expect(isCluster(probe)).toBe(true);
      probe.disconnect();
      const scriptsBefore = scriptCalls();
      const student = await h.person('STUDENT', 100);
      const { startChat } = await h.run<{ startChat: { id: string } }>(
        student,
        'mutation { startChat { id } }',
      );
      const own = h.watch(student, startChat.id);
      const watcher = h.watch(h.admin, startChat.id);
      await h.live(student, startChat.id, [own, watcher]);
      const { sendMessage } = await h.run<{ sendMessage: { id: string } }>(
        student,
        'mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, content: $t) { id } }',
        {
          s: startChat.id,
          t: 'Tell me about glaciers [[emulator:length=150]] [[emulator:rate=60]]',
        },
      );
      const id = sendMessage.id;
      await own.until((e) => e.messageId === id && e.sequence >= 4);
      const late = h.watch(h.admin, startChat.id);
      const joined = (await late.until((e) => isTerminal(e) && e.messageId === id)).filter(
        (e) => e.messageId === id,
      );
      const full = await own.until((e) => isTerminal(e) && e.messageId === id);
      const seen = await watcher.until((e) => isTerminal(e) && e.messageId === id);
      const complete = full.find((e) => isTerminal(e) && e.messageId === id)!;
      expect(complete.__typename).toBe('ChatStreamCompleted');
      const sequences = sequencesOf(full, id);
      expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
      expect(sequencesOf(seen, id)).toEqual(sequences);
      expect(reconstruct(seen, id)).toBe(reconstruct(full, id));
      // The late joiner's snapshot came from the cluster, then the live events, no gap.
      expect(joined[0]!.__typename).toBe('ChatStreamSnapshot');
      expect(reconstruct(joined, id)).toBe(reconstruct(full, id));
      for (const w of [own, watcher, late]) w.stop();
      // Every operation through the gateway took a token from its bucket on the cluster.
      expect(scriptCalls()).toBeGreaterThan(scriptsBefore);
    });

    it('refuses a wrong password with UNAUTHENTICATED: the throttle answers from the cluster', async () => {
      const result = await graphql(
        h.platform.url,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: `${randomUUID()}@test.aula`, p: 'not-the-password' },
      );
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    });
  });
});
