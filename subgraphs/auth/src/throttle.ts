import { appError, ErrorCode, type Db } from '@aula/runtime';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { loginThrottle } from './db/schema';

/** How sign-in failures are slowed down and then refused. */
export interface ThrottlePolicy {
  /** Failures one email may have before lockouts start. */
  readonly accountFreeFailures: number;
  /** Failures one address may have before lockouts start. */
  readonly addressFreeFailures: number;
  /** First lockout in seconds; doubles with each further failure. */
  readonly lockoutBaseSeconds: number;
  /** Longest lockout in seconds. */
  readonly lockoutMaxSeconds: number;
  /** Failures older than this are forgotten. */
  readonly windowSeconds: number;
}

/** The keys one sign-in attempt is counted under. */
export interface ThrottleKeys {
  readonly account: string;
  readonly address?: string;
}

/**
 * Per-account and per-address sign-in throttling, stored in the database so all replicas
 * agree. The account key is the email as typed (lower-cased), whether or not such an account
 * exists, so lockouts reveal nothing about which emails are registered.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly policy: ThrottlePolicy,
  ) {}

  /** Throws `TOO_MANY_ATTEMPTS` (with `retryAfterSeconds`) while any of the keys is locked. */
  async assertAllowed(keys: ThrottleKeys): Promise<void> {
    const rows = await this.db
      .select({ lockedUntil: loginThrottle.lockedUntil })
      .from(loginThrottle)
      .where(inArray(loginThrottle.key, this.keyList(keys)));
    const now = Date.now();
    const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
    if (until > now) {
      const retryAfterSeconds = Math.ceil((until - now) / 1000);
      throw appError(
        ErrorCode.TOO_MANY_ATTEMPTS,
        `Too many failed sign-in attempts. Wait ${retryAfterSeconds} seconds before trying again.`,
        { retryAfterSeconds },
      );
    }
  }

  /** Counts one failure under each key and locks the keys that are past their free failures. */
  async recordFailure(keys: ThrottleKeys): Promise<void> {
    const { windowSeconds, lockoutBaseSeconds, lockoutMaxSeconds } = this.policy;
    const entries: Array<[string, number]> = [
      [this.accountKey(keys), this.policy.accountFreeFailures],
    ];
    if (keys.address) entries.push([this.addressKey(keys), this.policy.addressFreeFailures]);
    const newFailures = sql`(case when ${loginThrottle.lastFailureAt} < now() - make_interval(secs => ${windowSeconds})
      then 1 else ${loginThrottle.failures} + 1 end)`;
    for (const [key, free] of entries) {
      // One statement per key: the count and the lock move together even under concurrent failures.
      const lockFor = (failures: SQL) =>
        sql`now() + make_interval(secs => least(${lockoutMaxSeconds}::float8,
          ${lockoutBaseSeconds}::float8 * power(2, least(30, ${failures} - ${free}))))`;
      await this.db.execute(sql`
        insert into ${loginThrottle} (key, failures, last_failure_at, locked_until)
        values (${key}, 1, now(), case when 1 >= ${free} then ${lockFor(sql`1`)} end)
        on conflict (key) do update set
          failures = ${newFailures},
          last_failure_at = now(),
          locked_until = case when ${newFailures} >= ${free} then ${lockFor(newFailures)} else ${loginThrottle.lockedUntil} end`);
    }
  }

  /** Forgets the account's failures after a successful sign-in (the address keeps its count). */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.db.delete(loginThrottle).where(inArray(loginThrottle.key, [this.accountKey(keys)]));
  }

  private accountKey(keys: ThrottleKeys) {
    return `account:${keys.account.trim().toLowerCase()}`;
  }

  private addressKey(keys: ThrottleKeys) {
    return `address:${keys.address}`;
  }

  private keyList(keys: ThrottleKeys) {
    return keys.address ? [this.accountKey(keys), this.addressKey(keys)] : [this.accountKey(keys)];
  }
}
