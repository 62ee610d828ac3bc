import { z } from 'zod';
import { env } from './config';
import type { TokenSettings } from './auth/tokens';

/**
 * Variables every service reads: storage, pub/sub, token verification, logging.
 * Each service spreads this into its own shape in `config.ts`.
 */
export const commonEnv = {
  /** PostgreSQL URL; unset means embedded PGlite. */
  DATABASE_URL: env.url(['postgres', 'postgresql']).optional(),
  /** Redis URL; required whenever services run in separate processes. */
  REDIS_URL: env.url(['redis', 'rediss']).optional(),
  /** pino log level. */
  LOG_LEVEL: env.logLevel(),
  /** How access tokens are signed: HS256 (shared secret) or RS256 (key pair, JWKS published). */
  JWT_ALGORITHM: z
    .enum(['HS256', 'RS256'], { message: 'expected HS256 or RS256' })
    .default('HS256'),
  /** HS256 signing secret shared by auth and every verifier; at least 32 bytes. */
  JWT_SECRET: z.string().min(32, 'expected a secret of at least 32 bytes').optional(),
  /** RS256 public key (PEM) every service verifies with. */
  JWT_PUBLIC_KEY: z
    .string()
    .includes('PUBLIC KEY', { message: 'expected a PEM public key' })
    .optional(),
  /** `iss` claim of access tokens. */
  JWT_ISSUER: z.string().min(1).default('aula'),
  /** `aud` claim of access tokens. */
  JWT_AUDIENCE: z.string().min(1).default('aula-api'),
  /** Signs service-to-service tokens (chat calling accounting…); never used for people. */
  SERVICE_TOKEN_SECRET: z.string().min(32, 'expected a secret of at least 32 bytes'),
};

/** The parsed common variables. */
export type CommonConfig = z.infer<z.ZodObject<typeof commonEnv>>;

/** Token settings from the common variables, refusing an incomplete combination. */
export function tokenSettingsFrom(config: CommonConfig, privateKey?: string): TokenSettings {
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
    serviceSecret: config.SERVICE_TOKEN_SECRET,
  };
}
