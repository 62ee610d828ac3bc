import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';

/**
 * One Redis server or a Redis Cluster, chosen by the URL's scheme:
 *
 * - `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS): one server;
 * - `redis+cluster://[user:password@]host:port[,host:port…]` (or `rediss+cluster://`): a
 *   cluster, reached through any of the listed nodes (one is enough; the client discovers the
 *   rest and follows resharding and failover).
 *
 * Every command the platform sends touches one key (or one channel), so nothing needs hash
 * tags; the bus uses sharded pub/sub (SSUBSCRIBE/SPUBLISH) on a cluster.
 */
export type RedisClient = Redis | Cluster;

/** A parsed {@link RedisClient} URL. */
export interface RedisTarget {
  readonly cluster: boolean;
  readonly tls: boolean;
  readonly nodes: ReadonlyArray<{ host: string; port: number }>;
  readonly username?: string;
  readonly password?: string;
  /** Database number (single server only; a cluster has database 0 only). */
  readonly db?: number;
}

const SCHEMES = ['redis', 'rediss', 'redis+cluster', 'rediss+cluster'] as const;

/** The URL schemes {@link createRedis} accepts. */
export const REDIS_URL_SCHEMES: readonly string[] = SCHEMES;

/** Parses a Redis URL or throws an Error naming what is wrong. */
export function parseRedisUrl(url: string): RedisTarget {
  const match = /^([a-z+]+):\/\/(?:([^@/]*)@)?([^/?#]+)(?:\/(\d*))?(?:[?#].*)?$/.exec(url);
  const scheme = match?.[1];
  if (!match || !scheme || !(SCHEMES as readonly string[]).includes(scheme))
    throw new Error(`expected a ${SCHEMES.join(' or ')} URL`);
  const cluster = scheme.endsWith('+cluster');
  const hosts = match[3]!.split(',');
  if (!cluster && hosts.length > 1)
    throw new Error('expected one host (list several nodes with redis+cluster://)');
  const nodes = hosts.map((entry) => {
    const node = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(entry);
    const port = Number(node?.[2] ?? 6379);
    if (!node || port < 1 || port > 65535) throw new Error(`expected host:port, got "${entry}"`);
    return { host: node[1]!.replace(/^\[|\]$/g, ''), port };
  });
  const [user, password] = (match[2] ?? '').split(':').map(decodeURIComponent);
  if (cluster && match[4]) throw new Error('a Redis Cluster has database 0 only');
  return {
    cluster,
    tls: scheme.startsWith('rediss'),
    nodes,
    ...(user ? { username: user } : {}),
    ...(password ? { password } : {}),
    ...(match[4] ? { db: Number(match[4]) } : {}),
  };
}

/** Whether `url` names a Redis Cluster. */
export const isRedisClusterUrl = (url: string): boolean => parseRedisUrl(url).cluster;

/** Options of {@link createRedis}: per-connection options, and cluster-only ones. */
export interface CreateRedisOptions extends Pick<
  RedisOptions,
  | 'lazyConnect'
  | 'maxRetriesPerRequest'
  | 'retryStrategy'
  | 'enableOfflineQueue'
  | 'disableClientInfo'
> {
  /** Cluster only: subscribe with SSUBSCRIBE on each shard's own connection. */
  readonly shardedSubscribers?: boolean;
}

/**
 * Opens the client `url` asks for (see {@link RedisClient}). Connection errors are left to the
 * caller's `error` listener; the retry strategy applies to the cluster as a whole.
 */
export function createRedis(url: string, options: CreateRedisOptions = {}): RedisClient {
  const target = parseRedisUrl(url);
  const { shardedSubscribers, retryStrategy, lazyConnect, ...perConnection } = options;
  // One server: ioredis reads the URL itself (query options such as `family` included).
  if (!target.cluster) return new Redis(url, { ...perConnection, lazyConnect, retryStrategy });
  const auth = {
    ...(target.username ? { username: target.username } : {}),
    ...(target.password ? { password: target.password } : {}),
    ...(target.tls ? { tls: {} } : {}),
  };
  const clusterOptions: ClusterOptions = {
    redisOptions: { ...auth, ...perConnection },
    ...(lazyConnect !== undefined ? { lazyConnect } : {}),
    ...(retryStrategy !== undefined ? { clusterRetryStrategy: retryStrategy } : {}),
    ...(shardedSubscribers ? { shardedSubscribers } : {}),
    // A failover or a restarted master answers CLUSTERDOWN/TRYAGAIN for a moment: retry then.
    retryDelayOnClusterDown: 200,
    retryDelayOnTryAgain: 200,
    slotsRefreshTimeout: 2000,
  };
  return new Cluster([...target.nodes], clusterOptions);
}

/** Whether `client` talks to a Redis Cluster. */
export const isCluster = (client: RedisClient): client is Cluster => client instanceof Cluster;
