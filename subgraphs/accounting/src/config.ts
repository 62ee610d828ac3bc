import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

const nonNegativeInt = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a number' })
    .int('expected a whole number')
    .min(0, 'expected zero or more')
    .default(fallback);

/** Everything the accounting subgraph reads from its environment. */
export const accountingEnv = {
  ...commonEnv,
  /** Streams one person may run at once; reserveCredits refuses more with RATE_LIMITED. */
  ACCOUNTING_MAX_CONCURRENT_STREAMS: env.positiveInt(2),
  /** The longest a stream may run (shared with chat, which stops streams at this age). */
  MAX_STREAM_SECONDS: env.positiveInt(300),
  /** Extra seconds the reaper waits past MAX_STREAM_SECONDS before expiring a reservation. */
  ACCOUNTING_REAPER_GRACE_SECONDS: nonNegativeInt(60),
  /** How often the reaper looks for abandoned reservations. */
  ACCOUNTING_REAPER_INTERVAL_MS: env.positiveInt(15_000),
  /** How often the scheduler applies due allowances. */
  ACCOUNTING_ALLOWANCE_INTERVAL_MS: env.positiveInt(60_000),
};

/** The parsed accounting configuration. */
export type AccountingConfig = z.infer<z.ZodObject<typeof accountingEnv>>;

/** Parses the accounting subgraph's environment once; throws one clear line when it is wrong. */
export const loadAccountingConfig = (source: NodeJS.ProcessEnv): AccountingConfig =>
  parseConfig(accountingEnv, source);
