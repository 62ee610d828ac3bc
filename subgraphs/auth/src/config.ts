import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** Everything the auth subgraph reads from its environment. */
export const authEnv = {
  ...commonEnv,
  /** Email of the first admin, created at start-up when no admin exists. */
  AULA_ADMIN_EMAIL: z.email('expected an email address').default('admin@aula.local'),
  /** Password of the first admin; generated and printed once when unset. */
  AULA_ADMIN_PASSWORD: z
    .string()
    .min(12, 'expected a password of at least 12 characters')
    .optional(),
  /** Whether people may create their own (STUDENT) accounts. */
  AULA_SELF_REGISTRATION: env.flag(false),
  /** RS256 private key (PEM); required when JWT_ALGORITHM=RS256, since auth signs the tokens. */
  JWT_PRIVATE_KEY: z
    .string()
    .includes('PRIVATE KEY', { message: 'expected a PEM private key' })
    .optional(),
  /** Lifetime of an access token, in seconds. */
  ACCESS_TOKEN_TTL_SECONDS: env.positiveInt(900),
  /** Lifetime of a refresh token, in days; each refresh starts a new one. */
  REFRESH_TOKEN_TTL_DAYS: env.positiveInt(30),
  /** Lifetime of the access token the gateway obtains for an API key, in seconds. */
  API_KEY_TOKEN_TTL_SECONDS: env.positiveInt(300),
  /** Consecutive failed sign-ins for one email from one address before that pair is locked out. */
  LOGIN_ACCOUNT_FREE_FAILURES: env.positiveInt(5),
  /** Failed sign-ins from one address (any emails) before its attempts are slowed down. */
  LOGIN_ADDRESS_FREE_FAILURES: env.positiveInt(100),
  /** How long an email+address pair stays locked out, in seconds. */
  LOGIN_LOCKOUT_SECONDS: env.positiveInt(900),
  /** Once an email or address is slowed down: one password check per this many seconds. */
  LOGIN_SLOW_DOWN_SECONDS: env.positiveInt(2),
  /** Failures older than this many seconds are forgotten. */
  LOGIN_FAILURE_WINDOW_SECONDS: env.positiveInt(900),
  /** Prefix of the sign-in counters' Redis keys (several deployments may share one Redis). */
  LOGIN_THROTTLE_KEY_PREFIX: z.string().min(1).default('aula:login'),
  /**
   * Peers whose `X-Forwarded-For` is believed (the gateway, a TLS proxy): comma-separated
   * addresses, CIDR ranges or `loopback`, `linklocal`, `uniquelocal`. Anyone else's header is
   * ignored and the socket address counts.
   */
  TRUSTED_PROXIES: env.trustedProxies('loopback'),
  /** argon2id memory cost in KiB (OWASP's minimum recommendation by default). */
  ARGON2_MEMORY_KIB: env.positiveInt(19_456),
  /** argon2id passes over memory. */
  ARGON2_TIME_COST: env.positiveInt(2),
};

/** The parsed auth configuration. */
export type AuthConfig = z.infer<z.ZodObject<typeof authEnv>>;

/** Parses the auth subgraph's environment once; throws one clear line when it is wrong. */
export const loadAuthConfig = (source: NodeJS.ProcessEnv): AuthConfig =>
  parseConfig(authEnv, source);
