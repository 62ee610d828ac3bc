import { commonEnv, env, parseConfig } from '@aula/runtime';
import { z } from 'zod';

/** Everything the auth subgraph reads from its environment. */
export const authEnv = {
  ...commonEnv,
  /** Email of the first admin, created at start-up when no admin exists. */
  AULA_ADMIN_EMAIL: z.email('expected an email address').default('admin@aula.local'),
  /** Password of the first admin; generated and printed once when unset. */
  AULA_ADMIN_PASSWORD: z.string().min(12, 'expected a password of at least 12 characters').optional(),
  /** Whether people may create their own (STUDENT) accounts. */
  AULA_SELF_REGISTRATION: env.flag(false),
};

/** The parsed auth configuration. */
export type AuthConfig = z.infer<z.ZodObject<typeof authEnv>>;

/** Parses the auth subgraph's environment once; throws one clear line when it is wrong. */
export const loadAuthConfig = (source: NodeJS.ProcessEnv): AuthConfig => parseConfig(authEnv, source);
