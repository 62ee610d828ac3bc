import { PubSub } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import type { Cluster, Redis } from 'ioredis';
import type { Channel } from './contracts/channel';
import { createRedis, isCluster, type RedisClient } from './redis';

/** A Redis string written just before an event is published ({@link EventBus.publishAfterWrite}). */
export interface KeyWrite {
  /** The whole key: the bus's `keyPrefix` is not added. */
  readonly key: string;
  readonly value: string;
  /** Milliseconds until the key expires. */
  readonly ttlMs: number;
}

/**
 * Publish/subscribe for stream events. Redis when a URL is given, so any replica can
 * serve any subscriber; in-process otherwise, which is only correct when every
 * publisher and subscriber lives in this one process (the embedded mode and tests).
 * On a Redis Cluster (`redis+cluster://`) channels are sharded (SPUBLISH/SSUBSCRIBE): each
 * event goes to the one shard owning its channel instead of being broadcast to every node.
 */
export interface EventBus {
  readonly kind: 'redis' | 'memory';
  /** What Redis channel names start with (Redis only): processes sharing a bus share it. */
  readonly keyPrefix?: string;
  /** Publishes `payload` on `channel` (declared in the contracts module, see CONTRACTS.md). */
  publish<T>(channel: Channel<T>, payload: T): Promise<void>;
  /**
   * Sets `write.key` and then publishes `payload` on `channel`, in one round trip (one script on
   * the publishing connection): a subscriber that receives the event can already read the write,
   * and nothing is published when the write fails. Only on one Redis server, where keys and
   * channels live together (absent on a cluster and in-process: write, then publish).
   */
  publishAfterWrite?<T>(write: KeyWrite, channel: Channel<T>, payload: T): Promise<void>;
  /** Calls `onMessage` for each event on `channel`; the returned function unsubscribes. */
  subscribe<T>(channel: Channel<T>, onMessage: (payload: T) => void): Promise<() => void>;
  /** An async iterator over `channels`, as subscription resolvers return. */
  asyncIterator<T>(channels: Channel<T> | readonly Channel<T>[]): AsyncIterableIterator<T>;
  /** Resolves when the bus is usable (readiness). */
  ping(): Promise<void>;
  /**
   * Calls `listener` when the subscribing connection drops (`false`) and comes back
   * (`true`): events published in between were lost, so caches fed by the bus reload.
   * Absent on the in-process bus, which cannot lose events.
   */
  onConnectionChange?(listener: (connected: boolean) => void): () => void;
  close(): Promise<void>;
}

/** Opens a Redis-backed bus when `redisUrl` is set, an in-process one otherwise. */
export function createEventBus(options: { redisUrl?: string; keyPrefix?: string } = {}): EventBus {
  return options.redisUrl ? redisBus(options.redisUrl, options.keyPrefix ?? 'aula:') : memoryBus();
}

function memoryBus(): EventBus {
  const pubsub = new PubSub();
  return {
    kind: 'memory',
    publish: (channel, payload) => pubsub.publish(channel.name, payload),
    async subscribe<T>(channel: Channel<T>, onMessage: (payload: T) => void) {
      const id = await pubsub.subscribe(channel.name, onMessage);
      return () => pubsub.unsubscribe(id);
    },
    asyncIterator: <T>(channels: Channel<T> | readonly Channel<T>[]) =>
      pubsub.asyncIterableIterator<T>(names(channels)) as AsyncIterableIterator<T>,
    ping: async () => undefined,
    close: async () => undefined,
  };
}

function redisBus(url: string, keyPrefix: string): EventBus {
  const connect = (shardedSubscribers: boolean) =>
    createRedis(url, {
      lazyConnect: false,
      maxRetriesPerRequest: 2,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      shardedSubscribers,
      // ioredis ≥ 5.8.2 sends CLIENT SETINFO before its ready check (INFO); a SUBSCRIBE issued
      // while connecting can slip in between, and the ready check then fails in subscriber mode
      // and crashes the process (redis/ioredis#2037; seen once as auth-2 dying at start in the soak).
      disableClientInfo: true,
    });
  const publisher = connect(false);
  const subscriber = connect(true);
  // Connection errors surface through ping() and readiness, not as crashes.
  publisher.on('error', () => undefined);
  subscriber.on('error', () => undefined);
  const pubsub = isCluster(subscriber)
    ? new RedisPubSub({
        publisher: shardedPublisher(publisher as Cluster),
        subscriber: shardedSubscriber(subscriber),
        messageEventName: 'smessage',
      })
    : new RedisPubSub({ publisher: publisher as never, subscriber: subscriber as never });
  const key = (channel: Channel<unknown>) => keyPrefix + channel.name;
  const scripted = isCluster(publisher) ? undefined : withWriteThenPublish(publisher);
  return {
    kind: 'redis',
    keyPrefix,
    publish: (channel, payload) => pubsub.publish(key(channel), payload),
    ...(scripted && {
      async publishAfterWrite(write: KeyWrite, channel: Channel<unknown>, payload: unknown) {
        // graphql-redis-subscriptions publishes JSON.stringify(payload) (no serializer is set).
        await scripted.aulaWriteThenPublish(
          write.key,
          write.value,
          write.ttlMs,
          key(channel),
          JSON.stringify(payload),
        );
      },
    }),
    async subscribe<T>(channel: Channel<T>, onMessage: (payload: T) => void) {
      const id = await pubsub.subscribe(key(channel), onMessage);
      return () => pubsub.unsubscribe(id);
    },
    asyncIterator: <T>(channels: Channel<T> | readonly Channel<T>[]) =>
      pubsub.asyncIterableIterator<T>(
        names(channels).map((name) => keyPrefix + name),
      ) as AsyncIterableIterator<T>,
    async ping() {
      await publisher.ping();
    },
    onConnectionChange(listener) {
      let connected = subscriber.status === 'ready';
      const up = () => {
        if (!connected) listener((connected = true));
      };
      const down = () => {
        if (connected) listener((connected = false));
      };
      // A cluster loses events when one shard's subscriber connection ends ('-node'), and has
      // them back once every shard is subscribed again ('subscribersReady').
      const [upEvent, downEvents] = isCluster(subscriber)
        ? ['subscribersReady', ['-node', 'close']]
        : ['ready', ['close']];
      subscriber.on(upEvent, up);
      for (const event of downEvents) subscriber.on(event, down);
      return () => {
        subscriber.off(upEvent, up);
        for (const event of downEvents) subscriber.off(event, down);
      };
    },
    async close() {
      await pubsub.close().catch(() => undefined);
    },
  };
}

/** SET with an expiry, then PUBLISH; a failed SET ends the script before anything is published. */
const WRITE_THEN_PUBLISH = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return redis.call('PUBLISH', ARGV[3], ARGV[4])
`;

/** The publishing connection with the write-then-publish script defined on it. */
function withWriteThenPublish(redis: Redis) {
  redis.defineCommand('aulaWriteThenPublish', { numberOfKeys: 1, lua: WRITE_THEN_PUBLISH });
  return redis as Redis & {
    aulaWriteThenPublish(
      key: string,
      value: string,
      ttlMs: number,
      channel: string,
      message: string,
    ): Promise<number>;
  };
}

/**
 * The cluster publisher as graphql-redis-subscriptions calls it: `publish` is SPUBLISH, routed
 * to the shard owning the channel.
 */
function shardedPublisher(cluster: Cluster): never {
  return {
    publish: (channel: string, message: string) => cluster.spublish(channel, message),
    quit: () => cluster.quit(),
  } as never;
}

/**
 * The cluster subscriber as graphql-redis-subscriptions calls it: SSUBSCRIBE/SUNSUBSCRIBE on
 * the connection of the shard owning each channel; messages arrive as `smessage`.
 */
function shardedSubscriber(cluster: RedisClient & Cluster): never {
  return {
    on: (event: string, listener: (...args: unknown[]) => void) => cluster.on(event, listener),
    subscribe: (channel: string, done: (error?: Error | null) => void) =>
      void cluster.ssubscribe(channel).then(
        () => done(null),
        (error: Error) => done(error),
      ),
    psubscribe: (_pattern: string, done: (error?: Error | null) => void) =>
      done(new Error('patterns are not supported on a Redis Cluster bus')),
    unsubscribe: (channel: string) => cluster.sunsubscribe(channel).catch(() => undefined),
    punsubscribe: async () => undefined,
    quit: () => cluster.quit(),
  } as never;
}

function names(channels: Channel<unknown> | readonly Channel<unknown>[]): string[] {
  return 'name' in channels ? [channels.name] : channels.map((channel) => channel.name);
}
