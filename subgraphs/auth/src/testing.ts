import {
  createEventBus,
  createLogger,
  TokenVerifier,
  tokenSettingsFrom,
  type Database,
  type EventBus,
  type SubgraphDeps,
  type TokenSettings,
  ServiceMetrics,
} from '@aula/runtime';
import { openTestDatabase, TEST_ENV, testRedisUrl } from '@aula/runtime/src/testing';
import { randomUUID } from 'node:crypto';
import { loadAuthConfig, type AuthConfig } from './config';
import { authModule, createServer } from './server';

/** The environment auth's own tests run with. */
export const AUTH_TEST_ENV = {
  JWT_SECRET: 'auth-test-secret-that-is-at-least-32-bytes!',
  SERVICE_PRIVATE_KEYS: TEST_ENV.SERVICE_PRIVATE_KEYS,
  LOG_LEVEL: 'silent',
  AUTH_ADMIN_EMAIL: 'root@auth.test',
  AUTH_ADMIN_PASSWORD: 'root-password-for-auth-tests',
} as const;

/** The auth subgraph alone, listening on a free port over a throwaway database. */
export interface TestAuthSubgraph {
  readonly url: string;
  readonly database: Database;
  readonly bus: EventBus;
  readonly tokens: TokenSettings;
  readonly deps: SubgraphDeps<AuthConfig>;
  close(): Promise<void>;
}

/** Migrates, prepares (first admin) and starts auth as a launcher would. */
export async function startTestAuthSubgraph(
  env: Record<string, string> = {},
): Promise<TestAuthSubgraph> {
  const database = await openTestDatabase();
  const bus = createEventBus({ redisUrl: testRedisUrl(), keyPrefix: `aula-test-${randomUUID()}:` });
  // Sign-in counters may live in the Redis other test runs share.
  const config = loadAuthConfig({
    ...AUTH_TEST_ENV,
    AUTH_LOGIN_THROTTLE_KEY_PREFIX: `aula-test-${randomUUID()}:login`,
    ...(testRedisUrl() ? { REDIS_URL: testRedisUrl() } : {}),
    ...env,
  });
  const tokens = tokenSettingsFrom(config, config.JWT_PRIVATE_KEY);
  const deps: SubgraphDeps<AuthConfig> = {
    config,
    database,
    bus,
    logger: createLogger('auth', config.LOG_LEVEL),
    metrics: new ServiceMetrics('auth'),
    tokens,
    verifier: new TokenVerifier(tokens),
    serviceUrl: (name) => {
      throw new Error(`${name} does not run in auth's own tests`);
    },
  };
  await database.migrate({
    schema: authModule.dbSchema,
    migrationsFolder: authModule.migrationsFolder,
  });
  await authModule.prepare?.(deps);
  const service = createServer(deps);
  const server = await service.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: server.url,
    database,
    bus,
    tokens,
    deps,
    async close() {
      await server.stop();
      await service.close?.();
      await bus.close();
      await database.close();
    },
  };
}

/** A GraphQL response as tests read it. */
export interface TestResponse<TData> {
  readonly status: number;
  readonly data?: TData | null;
  readonly errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Response data as tests read it: deep shapes are checked by the schema, not by the compiler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyData = Record<string, any>;

/** POSTs an operation with an optional bearer token (or a raw `Authorization` value). */
export async function post<TData = AnyData>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth?: { token?: string; authorization?: string; forwardedFor?: string },
): Promise<TestResponse<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth?.authorization) headers.authorization = auth.authorization;
  if (auth?.forwardedFor) headers['x-forwarded-for'] = auth.forwardedFor;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The `extensions.code` of the first error, for terse assertions. */
export const firstCode = (response: TestResponse<unknown>) =>
  response.errors?.[0]?.extensions?.code;

/** The login mutation, selecting the whole payload. */
export const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresAt user { id email role status } }
}`;

/** The refresh mutation, selecting the whole payload. */
export const REFRESH = `mutation($t: String!) {
  refreshToken(refreshToken: $t) { accessToken refreshToken expiresAt user { id role } }
}`;
