import { appError, createRedis, ErrorCode, type RedisClient } from '@aula/runtime';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** How sign-in failures are slowed down and refused. */
export interface ThrottlePolicy {
  /** Consecutive failures for one account from one address before that pair is locked out. */
  readonly accountFreeFailures: number;
  /** Failures from one address (any accounts) before its attempts are slowed down. */
  readonly addressFreeFailures: number;
  /** How long an account+address pair stays locked out, in seconds. */
  readonly lockoutSeconds: number;
  /** Once slowed down, one password check per this many seconds for the account or address. */
  readonly slowDownSeconds: number;
  /** Failures older than this are forgotten. */
  readonly windowSeconds: number;
  /** Redis URL; counters live in memory (one replica) without it. */
  readonly redisUrl?: string;
  /** Prefix of every counter's key, so deployments or test runs can share one Redis. */
  readonly keyPrefix: string;
}

/** The keys one sign-in attempt is counted under. */
export interface ThrottleKeys {
  readonly account: string;
  readonly address?: string;
}

/** A password check the throttle allowed; report its outcome with {@link LoginThrottle.succeeded}. */
export interface Reservation {
  readonly pair: string;
  readonly account: string;
  readonly address: string;
}

/**
 * Sign-in throttling with rate-limiter-flexible, after its documented brute-force pattern:
 * consecutive failures per account+address (locked out after `accountFreeFailures`) and
 * failures per address and per account. Strangers' failures alone never lock an account or a
 * shared address (a school NAT, a TLS proxy): past their free failures those are slowed down
 * to one password check per `slowDownSeconds` instead.
 *
 * Every attempt consumes its points atomically BEFORE the password is checked and a success
 * gives them back, so concurrent wrong guesses cannot get more checks than the policy allows.
 * The account key is the email as typed (lower-cased), whether or not such an account exists,
 * so nothing reveals which emails are registered.
 */
export class LoginThrottle {
  private readonly redis?: RedisClient;
  private readonly pair: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly slow: RateLimiterAbstract;

  constructor(policy: ThrottlePolicy) {
    // Commands wait for the connection (the first sign-in may come before it is up) but are
    // retried only once: while Redis is away, sign-ins are refused as unavailable.
    this.redis = policy.redisUrl
      ? createRedis(policy.redisUrl, { maxRetriesPerRequest: 1 })
      : undefined;
    this.redis?.on('error', () => undefined);
    const limiter = (name: string, points: number, duration: number, blockDuration = 0) => {
      const options = {
        keyPrefix: `${policy.keyPrefix}:${name}`,
        points,
        duration,
        blockDuration,
      };
      return this.redis
        ? new RateLimiterRedis({ ...options, storeClient: this.redis })
        : new RateLimiterMemory(options);
    };
    this.pair = limiter(
      'pair',
      policy.accountFreeFailures,
      policy.windowSeconds,
      policy.lockoutSeconds,
    );
    this.account = limiter('account', policy.accountFreeFailures, policy.windowSeconds);
    this.address = limiter('address', policy.addressFreeFailures, policy.windowSeconds);
    this.slow = limiter('slow', 1, policy.slowDownSeconds);
  }

  /**
   * Takes this attempt's points before the password is checked, or throws
   * `TOO_MANY_ATTEMPTS` (with `retryAfterSeconds`) and checks nothing.
   */
  async reserve(keys: ThrottleKeys): Promise<Reservation> {
    const account = keys.account.trim().toLowerCase();
    const address = keys.address ?? 'unknown';
    const reservation = { pair: `${account}|${address}`, account, address };
    await this.take(this.pair, reservation.pair);
    try {
      await this.beyondFree(this.account, 'account', account);
      try {
        await this.beyondFree(this.address, 'address', address);
      } catch (error) {
        await this.account.reward(account).catch(() => undefined);
        throw error;
      }
    } catch (error) {
      // Not checked, so not a failure: the pair's count must not grow while slowed down.
      await this.pair.reward(reservation.pair).catch(() => undefined);
      throw error;
    }
    return reservation;
  }

  /** The password was right: forgets the consecutive failures and returns the address's point. */
  async succeeded(reservation: Reservation): Promise<void> {
    await Promise.all([
      this.pair.delete(reservation.pair),
      this.account.delete(reservation.account),
      this.address.reward(reservation.address),
    ]).catch(() => undefined);
  }

  /** Closes the Redis connection, if any. */
  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }

  /** Consumes one point of `limiter`, or refuses. */
  private async take(limiter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      throw refusal(rejection);
    }
  }

  /** One point of `limiter`; past its free points, one attempt per slow-down period. */
  private async beyondFree(
    limiter: RateLimiterAbstract,
    lane: 'account' | 'address',
    key: string,
  ): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw refusal(rejection);
      await this.take(this.slow, `${lane}:${key}`);
    }
  }
}

/** A limiter's refusal as `TOO_MANY_ATTEMPTS`; a store failure as `SERVICE_UNAVAILABLE`. */
function refusal(rejection: unknown) {
  if (rejection instanceof RateLimiterRes) {
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    return appError(
      ErrorCode.TOO_MANY_ATTEMPTS,
      `Too many failed sign-in attempts. Wait ${retryAfterSeconds} seconds before trying again.`,
      { retryAfterSeconds },
    );
  }
  return appError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'Sign-in is not available right now. Please try again shortly.',
  );
}
