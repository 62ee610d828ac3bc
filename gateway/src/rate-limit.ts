import { HeaderMap } from '@apollo/server';
import {
  createRedis,
  ErrorCode,
  type Logger,
  type Principal,
  type RedisClient,
} from '@aula/runtime';
import { GraphQLError } from 'graphql';

/** Options for {@link createRateLimiter}. */
export interface RateLimitOptions {
  /** Operations a principal may start per minute, sustained. `0` turns the limit off. @default 600 */
  readonly perMinute: number;
  /** Operations a principal may start at once before the rate applies. @default 120 */
  readonly burst: number;
  /**
   * Shares the buckets between gateway replicas through Redis. Unset: each replica keeps its
   * own buckets in memory, so N replicas together allow up to N times the configured rate.
   */
  readonly redisUrl?: string;
  /** Prefix of the Redis keys. @default 'aula:rate:' */
  readonly keyPrefix?: string;
}

/** Whether one more operation may start, and if not, when to try again. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Whole seconds until one operation will be allowed again; 0 when allowed. */
  readonly retryAfterSeconds: number;
}

/** A token bucket per principal: `take` spends `cost` tokens (all or none) or says how long to wait. */
export interface RateLimiter {
  take(key: string, cost?: number): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

/**
 * The bucket key of a caller: their user id, their API key's id (so each integration has its
 * own allowance apart from its owner's browser), the calling service, or the client address
 * when anonymous. The address is the socket's: `X-Forwarded-For` is not trusted, since any
 * client could set it to escape the limit; behind a proxy anonymous callers share one bucket.
 */
export function rateLimitKey(principal: Principal | null, clientAddress?: string): string {
  if (!principal) return `addr:${clientAddress ?? 'unknown'}`;
  if (principal.kind === 'apiKey') return `key:${principal.keyId}`;
  if (principal.kind === 'service') return `svc:${principal.service}`;
  return `user:${principal.userId}`;
}

/**
 * The refusal: `RATE_LIMITED` with `retryAfterSeconds`, HTTP 429 and a `Retry-After` header
 * (Apollo Server takes both from `extensions.http`, which the error formatter then drops).
 */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Too many requests. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}

/**
 * Spends `cost` tokens of `key`'s bucket or throws {@link rateLimitedError}. A limiter that
 * cannot answer (Redis down) lets the operation through and logs it: an outage of the limiter
 * must not become an outage of the whole API.
 */
export async function enforceRateLimit(
  limiter: RateLimiter,
  key: string,
  logger: Logger,
  cost = 1,
): Promise<void> {
  let decision: RateLimitDecision;
  try {
    decision = await limiter.take(key, cost);
  } catch (error) {
    logger.warn({ err: error }, 'rate limiter unavailable; letting the operation through');
    return;
  }
  if (!decision.allowed) throw rateLimitedError(decision.retryAfterSeconds);
}

/** Builds the limiter the options ask for, or `undefined` when the limit is off. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter | undefined {
  if (options.perMinute <= 0 || options.burst <= 0) return undefined;
  return options.redisUrl
    ? new RedisTokenBucket(options.redisUrl, options.perMinute, options.burst, options.keyPrefix)
    : new MemoryTokenBucket(options.perMinute, options.burst);
}

/** How long until a bucket holding `tokens` has `cost` whole tokens, in whole seconds (at least 1). */
function secondsUntil(tokens: number, cost: number, perMs: number): number {
  return Math.max(1, Math.ceil((cost - tokens) / perMs / 1000));
}

/** Buckets this many keys past which full ones are forgotten (a full bucket equals a new one). */
const MEMORY_PRUNE_THRESHOLD = 10_000;

/**
 * Token buckets in this process's memory. Per replica: behind a load balancer each replica
 * enforces the configured rate on its own share of the traffic.
 */
export class MemoryTokenBucket implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  async take(key: string, cost = 1): Promise<RateLimitDecision> {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    if (this.buckets.size > MEMORY_PRUNE_THRESHOLD) this.prune(now);
    if (tokens < cost) {
      this.buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: secondsUntil(tokens, cost, this.perMs) };
    }
    this.buckets.set(key, { tokens: tokens - cost, at: now });
    return { allowed: true, retryAfterSeconds: 0 };
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.burst) this.buckets.delete(key);
    }
  }
}

/**
 * One bucket per key in a Redis hash, refilled and spent by one Lua script so concurrent
 * replicas never both spend the last token. Redis's own clock is used, so replicas with
 * skewed clocks agree. The key expires once the bucket would be full again.
 */
const TAKE_SCRIPT = `
local burst = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
local allowed = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / per_ms) + 1000)
return { allowed, tostring(tokens) }
`;

/** Token buckets shared by every gateway replica through Redis. */
export class RedisTokenBucket implements RateLimiter {
  private readonly redis: RedisClient;
  private readonly perMs: number;

  constructor(
    redisUrl: string,
    perMinute: number,
    private readonly burst: number,
    private readonly keyPrefix = 'aula:rate:',
  ) {
    this.perMs = perMinute / 60_000;
    this.redis = createRedis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: false });
    // While Redis is away, take() rejects and enforceRateLimit lets operations through.
    this.redis.on('error', () => undefined);
    this.redis.defineCommand('aulaTakeToken', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  }

  async take(key: string, cost = 1): Promise<RateLimitDecision> {
    const [allowed, tokens] = (await (
      this.redis as unknown as {
        aulaTakeToken(
          key: string,
          burst: number,
          perMs: number,
          cost: number,
        ): Promise<[number, string]>;
      }
    ).aulaTakeToken(this.keyPrefix + key, this.burst, this.perMs, cost)) as [number, string];
    if (allowed === 1) return { allowed: true, retryAfterSeconds: 0 };
    return {
      allowed: false,
      retryAfterSeconds: secondsUntil(Number(tokens), cost, this.perMs),
    };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
