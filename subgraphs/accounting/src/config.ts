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
  /**
   * The longest deadline a caller may ask for in reserveCredits/extendReservation
   * (`expiresInSeconds`); each reservation carries its own deadline up to this bound.
   */
  ACCOUNTING_MAX_RESERVATION_SECONDS: env.positiveInt(900),
  /** Extra seconds the reaper waits past a reservation's deadline before expiring it. */
  ACCOUNTING_REAPER_GRACE_SECONDS: nonNegativeInt(60),
  /** How long the reaper waits for chat's `settlementPending` before deferring the pass. */
  ACCOUNTING_SETTLEMENT_CHECK_TIMEOUT_MS: env.positiveInt(5_000),
  /** How often the reaper looks for abandoned reservations. */
  ACCOUNTING_REAPER_INTERVAL_MS: env.positiveInt(15_000),
  /** How often the scheduler applies due allowances. */
  ACCOUNTING_ALLOWANCE_INTERVAL_MS: env.positiveInt(60_000),
  /**
   * Credits (whole or with up to 6 decimals) below which a charge that leaves a person there
   * announces `accounting.credits-low` (once per fall), for the credits-low webhook.
   */
  ACCOUNTING_CREDITS_LOW_THRESHOLD: z.coerce
    .number({ message: 'expected a number of credits' })
    .min(0, 'expected zero or more credits')
    .default(1),
};

/** The parsed accounting configuration. */
export type AccountingConfig = z.infer<z.ZodObject<typeof accountingEnv>>;

/** Parses the accounting subgraph's environment once; throws one clear line when it is wrong. */
export const loadAccountingConfig = (source?: NodeJS.ProcessEnv): AccountingConfig =>
  parseConfig(accountingEnv, source);
