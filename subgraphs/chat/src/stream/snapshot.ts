import { createRedis, type KeyWrite } from '@aula/runtime';
import type { StoredToolCall } from '../db/schema';
import type { ChatStreamPayload } from './events';

/** What a late joiner needs of the answer in flight: everything up to `sequence`. */
export interface StreamSnapshot {
  messageId: string;
  sequence: number;
  text: string;
  toolCalls: StoredToolCall[];
  /** `done` snapshots are kept briefly after the end so late joiners can still drop duplicates. */
  state: 'streaming' | 'done';
  /** What the answer has cost so far, so a replica that takes over a dead one's answer can charge it. */
  billing?: SnapshotBilling;
  /**
   * The terminal event of a `done` answer, for a subscriber that resumes after missing it
   * (the gateway re-sends a subscription with `resumeAfter` when it lost its socket).
   */
  final?: ChatStreamPayload;
  /**
   * The event numbered `sequence` of a `streaming` answer. Its writer stores the snapshot and
   * then publishes, so a writer that died in between never published it: the replica that
   * takes the answer over publishes it again (subscribers drop it if they already had it).
   */
  last?: ChatStreamPayload;
}

/** Tokens of an answer in flight, as far as its writer knew. */
export interface SnapshotBilling {
  /** Reported input of finished calls plus the prompt bound of the call under way. */
  inputTokens: number;
  /** Reported output of finished calls. */
  outputTokens: number;
  /** Where in `text` the call under way started writing. */
  textOffset: number;
  /** The call under way's `maxTokens`: its output can be no more. */
  maxTokens: number;
  /** The model, to count the call under way's output. */
  modelId: string;
  /** Custom tool calls charged so far, micro-credits (absent in snapshots older than issue 18). */
  toolCostMicro?: number;
}

/**
 * The latest state of each session's in-flight answer. The publisher writes it before
 * publishing each event, so a snapshot at sequence N contains every event up to N.
 */
export interface SnapshotStore {
  readonly kind: 'redis' | 'memory';
  write(sessionId: string, snapshot: StreamSnapshot, ttlMs: number): Promise<void>;
  /**
   * The Redis write {@link write} would make (Redis only), for a bus on the same server to make
   * with the event it publishes (`EventBus.publishAfterWrite`): one round trip, not two.
   */
  redisWrite?(sessionId: string, snapshot: StreamSnapshot, ttlMs: number): KeyWrite;
  read(sessionId: string): Promise<StreamSnapshot | null>;
  close(): Promise<void>;
}

/**
 * Redis when `redisUrl` is given (any replica can serve any late joiner), process
 * memory otherwise — correct only when publisher and subscribers share this process,
 * which is what an in-process event bus already implies.
 */
export function createSnapshotStore(options: {
  redisUrl?: string;
  keyPrefix?: string;
}): SnapshotStore {
  return options.redisUrl
    ? redisStore(options.redisUrl, options.keyPrefix ?? 'aula:')
    : memoryStore();
}

function memoryStore(): SnapshotStore {
  const entries = new Map<string, { snapshot: StreamSnapshot; until: number }>();
  const timers = new Map<string, NodeJS.Timeout>();
  return {
    kind: 'memory',
    async write(sessionId, snapshot, ttlMs) {
      entries.set(sessionId, { snapshot: structuredClone(snapshot), until: Date.now() + ttlMs });
      clearTimeout(timers.get(sessionId));
      const timer = setTimeout(() => {
        entries.delete(sessionId);
        timers.delete(sessionId);
      }, ttlMs);
      timer.unref();
      timers.set(sessionId, timer);
    },
    async read(sessionId) {
      const entry = entries.get(sessionId);
      return entry && entry.until > Date.now() ? structuredClone(entry.snapshot) : null;
    },
    async close() {
      for (const timer of timers.values()) clearTimeout(timer);
      entries.clear();
    },
  };
}

function redisStore(url: string, keyPrefix: string): SnapshotStore {
  const redis = createRedis(url, {
    // Connects on the first command, so creating the store (in createServer) has no side effects.
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Connection errors surface on the commands that need Redis, not as process crashes.
  redis.on('error', () => undefined);
  const key = (sessionId: string) => `${keyPrefix}chat:snapshot:${sessionId}`;
  const redisWrite = (sessionId: string, snapshot: StreamSnapshot, ttlMs: number): KeyWrite => ({
    key: key(sessionId),
    value: JSON.stringify(snapshot),
    ttlMs,
  });
  return {
    kind: 'redis',
    async write(sessionId, snapshot, ttlMs) {
      const { key, value } = redisWrite(sessionId, snapshot, ttlMs);
      await redis.set(key, value, 'PX', ttlMs);
    },
    redisWrite,
    async read(sessionId) {
      const raw = await redis.get(key(sessionId));
      return raw ? (JSON.parse(raw) as StreamSnapshot) : null;
    },
    async close() {
      redis.disconnect();
    },
  };
}
