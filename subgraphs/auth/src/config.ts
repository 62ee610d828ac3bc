import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** Everything the auth subgraph reads from its environment. */
export const authEnv = {
  ...commonEnv,
  /** Email of the first admin, created at start-up when no admin exists. */
  AUTH_ADMIN_EMAIL: z.email('expected an email address').default('admin@aula.local'),
  /** Password of the first admin; generated and printed once when unset. */
  AUTH_ADMIN_PASSWORD: z
    .string()
    .min(12, 'expected a password of at least 12 characters')
    .optional(),
  /** Whether people may create their own (STUDENT) accounts. */
  AUTH_SELF_REGISTRATION: env.flag(false),
  /** Lifetime of an access token, in seconds. */
  AUTH_ACCESS_TOKEN_TTL_SECONDS: env.positiveInt(900),
  /** Lifetime of a refresh token, in days; each refresh starts a new one. */
  AUTH_REFRESH_TOKEN_TTL_DAYS: env.positiveInt(30),
  /** Lifetime of the access token the gateway obtains for an API key, in seconds. */
  AUTH_API_KEY_TOKEN_TTL_SECONDS: env.positiveInt(300),
  /** Consecutive failed sign-ins for one email from one address before that pair is locked out. */
  AUTH_LOGIN_ACCOUNT_FREE_FAILURES: env.positiveInt(5),
  /** Failed sign-ins from one address (any emails) before its attempts are slowed down. */
  AUTH_LOGIN_ADDRESS_FREE_FAILURES: env.positiveInt(100),
  /** How long an email+address pair stays locked out, in seconds. */
  AUTH_LOGIN_LOCKOUT_SECONDS: env.positiveInt(900),
  /** Once an email or address is slowed down: one password check per this many seconds. */
  AUTH_LOGIN_SLOW_DOWN_SECONDS: env.positiveInt(2),
  /** Failures older than this many seconds are forgotten. */
  AUTH_LOGIN_FAILURE_WINDOW_SECONDS: env.positiveInt(900),
  /** Prefix of the sign-in counters' Redis keys (several deployments may share one Redis). */
  AUTH_LOGIN_THROTTLE_KEY_PREFIX: z.string().min(1).default('aula:login'),
  /**
   * Peers whose `X-Forwarded-For` is believed (the gateway, a TLS proxy): comma-separated
   * addresses, CIDR ranges or `loopback`, `linklocal`, `uniquelocal`. Anyone else's header is
   * ignored and the socket address counts.
   */
  AUTH_TRUSTED_PROXIES: env.trustedProxies('loopback'),
  /** How long one request to an LMS (its keys, a token, a roster page) may take, in seconds. */
  AUTH_LTI_TIMEOUT_SECONDS: env.positiveInt(10),
  /** argon2id memory cost in KiB (OWASP's minimum recommendation by default). */
  AUTH_ARGON2_MEMORY_KIB: env.positiveInt(19_456),
  /** argon2id passes over memory (argon2's "time cost"). */
  AUTH_ARGON2_PASSES: env.positiveInt(2),
  /**
   * The public address people open Aula at (the gateway), such as `https://aula.school.example`:
   * single sign-on's redirect URI is `<it>/auth/sso/callback`. Unset: taken from each request's
   * host as the gateway forwards it (fine for the embedded default, set it in production).
   */
  AUTH_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /**
   * At least 32 bytes of secret for encrypting identity providers' client secrets at rest.
   * Unset: derived from the access-token signing key (changing that key then loses the stored
   * client secrets, which an administrator enters again).
   */
  AUTH_SSO_SECRET_KEY: z.string().min(32, 'expected at least 32 characters of secret').optional(),
  /** How long one request to an identity provider (discovery, token exchange) may take. */
  AUTH_SSO_TIMEOUT_SECONDS: env.positiveInt(10),
};

/** Old names of renamed auth settings, still accepted with a warning (README, Settings). */
export const authRenamedSettings = {
  AUTH_ADMIN_EMAIL: 'AULA_ADMIN_EMAIL',
  AUTH_ADMIN_PASSWORD: 'AULA_ADMIN_PASSWORD',
  AUTH_SELF_REGISTRATION: 'AULA_SELF_REGISTRATION',
  AUTH_ACCESS_TOKEN_TTL_SECONDS: 'ACCESS_TOKEN_TTL_SECONDS',
  AUTH_REFRESH_TOKEN_TTL_DAYS: 'REFRESH_TOKEN_TTL_DAYS',
  AUTH_API_KEY_TOKEN_TTL_SECONDS: 'API_KEY_TOKEN_TTL_SECONDS',
  AUTH_LOGIN_ACCOUNT_FREE_FAILURES: 'LOGIN_ACCOUNT_FREE_FAILURES',
  AUTH_LOGIN_ADDRESS_FREE_FAILURES: 'LOGIN_ADDRESS_FREE_FAILURES',
  AUTH_LOGIN_LOCKOUT_SECONDS: 'LOGIN_LOCKOUT_SECONDS',
  AUTH_LOGIN_SLOW_DOWN_SECONDS: 'LOGIN_SLOW_DOWN_SECONDS',
  AUTH_LOGIN_FAILURE_WINDOW_SECONDS: 'LOGIN_FAILURE_WINDOW_SECONDS',
  AUTH_LOGIN_THROTTLE_KEY_PREFIX: 'LOGIN_THROTTLE_KEY_PREFIX',
  AUTH_TRUSTED_PROXIES: 'TRUSTED_PROXIES',
  AUTH_ARGON2_MEMORY_KIB: 'ARGON2_MEMORY_KIB',
  AUTH_ARGON2_PASSES: 'ARGON2_TIME_COST',
} as const;

/** The parsed auth configuration. */
export type AuthConfig = z.infer<z.ZodObject<typeof authEnv>>;

/** Parses the auth subgraph's environment once; throws one clear line when it is wrong. */
export const loadAuthConfig = (source?: NodeJS.ProcessEnv): AuthConfig =>
  parseConfig(authEnv, source, authRenamedSettings);
