import { z } from 'zod';
import { env, parseConfig } from './config';
import { onlyServiceKey, serviceKeysFrom } from './auth/service-keys';
import type { TokenSettings } from './auth/tokens';

/**
 * Variables every service reads: storage, pub/sub, token verification, logging.
 * Each service spreads this into its own shape in `config.ts`.
 */
export const commonEnv = {
  /** PostgreSQL URL; unset means embedded PGlite. */
  DATABASE_URL: env.url(['postgres', 'postgresql']).optional(),
  /**
   * Redis URL (`redis+cluster://host:port,…` for a Redis Cluster); required whenever services
   * run in separate processes.
   */
  REDIS_URL: env.redisUrl().optional(),
  /** pino log level. */
  LOG_LEVEL: env.logLevel(),
  /** How access tokens are signed: HS256 (shared secret) or RS256 (key pair, JWKS published). */
  JWT_ALGORITHM: z
    .enum(['HS256', 'RS256'], { message: 'expected HS256 or RS256' })
    .default('HS256'),
  /** HS256 signing secret shared by auth and every verifier; at least 32 bytes. */
  JWT_SECRET: z.string().min(32, 'expected a secret of at least 32 bytes').optional(),
  /**
   * RS256 private key (PEM): auth signs access tokens with it; required there when
   * JWT_ALGORITHM=RS256.
   */
  JWT_PRIVATE_KEY: z
    .string()
    .includes('PRIVATE KEY', { message: 'expected a PEM private key' })
    .optional(),
  /** RS256 public key (PEM) every service verifies with. */
  JWT_PUBLIC_KEY: z
    .string()
    .includes('PUBLIC KEY', { message: 'expected a PEM public key' })
    .optional(),
  /** `iss` claim of access tokens. */
  JWT_ISSUER: z.string().min(1).default('aula'),
  /** `aud` claim of access tokens. */
  JWT_AUDIENCE: z.string().min(1).default('aula-api'),
  /** Every service's public key for service tokens: `name=base64 spki DER`, comma-separated. */
  SERVICE_PUBLIC_KEYS: z.string().optional(),
  /** This service's own private key for service tokens (base64 pkcs8 DER, P-256). */
  SERVICE_PRIVATE_KEY: z.string().optional(),
  /** Every service's private key (`name=base64`, comma-separated): the embedded process only. */
  SERVICE_PRIVATE_KEYS: z.string().optional(),
};

/** The parsed common variables. */
export type CommonConfig = z.infer<z.ZodObject<typeof commonEnv>>;

/**
 * Token settings from the common variables, refusing an incomplete combination. `service`
 * names the running service: its `SERVICE_PRIVATE_KEY` becomes its signing key, and it may
 * sign as no other service.
 */
export function tokenSettingsFrom(
  config: CommonConfig,
  privateKey?: string,
  service?: string,
): TokenSettings {
  if (config.JWT_ALGORITHM === 'HS256' && !config.JWT_SECRET) {
    throw new Error(
      'Invalid configuration: JWT_SECRET: expected a secret of at least 32 bytes (it is not set)',
    );
  }
  if (config.JWT_ALGORITHM === 'RS256' && !config.JWT_PUBLIC_KEY) {
    throw new Error(
      'Invalid configuration: JWT_PUBLIC_KEY: expected a PEM public key when JWT_ALGORITHM=RS256 (it is not set)',
    );
  }
  return {
    algorithm: config.JWT_ALGORITHM,
    secret: config.JWT_SECRET,
    publicKey: config.JWT_PUBLIC_KEY,
    privateKey,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    serviceKeys: service
      ? onlyServiceKey(serviceKeysFrom(config, service), service)
      : serviceKeysFrom(config),
  };
}

const SUBGRAPHS = ['auth', 'accounting', 'chat', 'monitoring', 'content'] as const;

/** What a subgraph run as its own process reads besides its own and the common variables. */
const standaloneEnv = {
  PORT: env.port(4001),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: commonEnv.DATABASE_URL.unwrap(),
  REDIS_URL: commonEnv.REDIS_URL.unwrap(),
  /** Prefix of every Redis channel: deployments (or test runs) sharing one Redis keep apart by it. */
  REDIS_KEY_PREFIX: z.string().min(1).default('aula:'),
  /** Where each other subgraph's `/graphql` is (`AUTH_SUBGRAPH_URL` …). */
  ...Object.fromEntries(
    SUBGRAPHS.map((name) => [
      `${name.toUpperCase()}_SUBGRAPH_URL`,
      env.url(['http', 'https']).optional(),
    ]),
  ),
};

/**
 * Parses the environment of a standalone subgraph process once (the runtime's launcher reads
 * nothing else); `subgraphUrls` maps a subgraph name to its configured URL.
 */
export function loadStandaloneConfig(source?: NodeJS.ProcessEnv) {
  const parsed = parseConfig(standaloneEnv, source) as Record<string, string | undefined> & {
    PORT: number;
    HOST: string;
    DATABASE_URL: string;
    REDIS_URL: string;
    REDIS_KEY_PREFIX: string;
  };
  const subgraphUrls: Record<string, string | undefined> = {};
  for (const name of SUBGRAPHS) subgraphUrls[name] = parsed[`${name.toUpperCase()}_SUBGRAPH_URL`];
  return { ...parsed, subgraphUrls };
}

/** What a one-off migration run reads: the database of the one subgraph it migrates. */
export const loadMigrationConfig = (source?: NodeJS.ProcessEnv) =>
  parseConfig({ DATABASE_URL: commonEnv.DATABASE_URL.unwrap() }, source);
