import {
  createEventBus,
  type Database,
  type EventBus,
  type Role,
  type TokenSettings,
} from '@aula/runtime';
import { openTestDatabase, testRedisUrl } from '@aula/runtime/src/testing';
import type { RunningEmulator } from '@aula/bedrock-emulator';
import { startLocalBedrock } from '@aula/chat';
import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { startPlatform, type RunningPlatform } from '../platform';

/** Secrets only tests use. */
export const TEST_ENV = {
  JWT_SECRET: 'test-secret-that-is-at-least-32-bytes-long!!',
  SERVICE_TOKEN_SECRET: 'test-service-secret-at-least-32-bytes-long!',
  JWT_ISSUER: 'aula',
  JWT_AUDIENCE: 'aula-api',
  LOG_LEVEL: 'silent',
  AULA_ADMIN_EMAIL: 'admin@test.aula',
  AULA_ADMIN_PASSWORD: 'admin-password-for-tests',
  // Suites and benches drive hundreds of operations as one person; rate-limit.test.ts turns it on.
  RATE_LIMIT_PER_MINUTE: '0',
} as const;

/** Token settings matching {@link TEST_ENV}. */
export const TEST_TOKENS: TokenSettings = {
  algorithm: 'HS256',
  secret: TEST_ENV.JWT_SECRET,
  issuer: TEST_ENV.JWT_ISSUER,
  audience: TEST_ENV.JWT_AUDIENCE,
  serviceSecret: TEST_ENV.SERVICE_TOKEN_SECRET,
};

/** A whole platform for one test file, on free ports, over a throwaway database. */
export interface TestPlatform extends RunningPlatform {
  readonly database: Database;
  readonly bus: EventBus;
  /** The Bedrock emulator chat uses, unless the test passed its own `BEDROCK_ENDPOINT`. */
  readonly bedrock?: RunningEmulator;
  /** Stops everything and drops the test database. */
  close(): Promise<void>;
}

/** Boots all subgraphs and the gateway against a fresh test database (and Redis when set). */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const database = await openTestDatabase();
  const bus = createEventBus({ redisUrl: testRedisUrl(), keyPrefix: `aula-test-${randomUUID()}:` });
  // Tests never reach AWS: chat gets the local emulator unless the test brings its own endpoint.
  const local = env.BEDROCK_ENDPOINT ? undefined : await startLocalBedrock();
  const platform = await startPlatform({
    env: { ...TEST_ENV, ...local?.env, ...env },
    database,
    bus,
    randomPorts: true,
  }).catch(async (error: unknown) => {
    await local?.emulator.stop();
    throw error;
  });
  return {
    ...platform,
    database,
    bus,
    bedrock: local?.emulator,
    async close() {
      await platform.stop();
      await local?.emulator.stop();
      await bus.close();
      await database.close();
    },
  };
}

/**
 * Signs an access token as the auth subgraph would, for tests that need a caller
 * with a given role without going through login.
 */
export function testAccessToken(
  userId: string,
  role: Role,
  options: { expiresIn?: number } = {},
): string {
  return jwt.sign({ role }, TEST_ENV.JWT_SECRET, {
    algorithm: 'HS256',
    subject: userId,
    issuer: TEST_ENV.JWT_ISSUER,
    audience: TEST_ENV.JWT_AUDIENCE,
    expiresIn: options.expiresIn ?? 900,
    jwtid: randomUUID(),
  });
}

/** POSTs a GraphQL operation and returns the parsed response body and status. */
export async function graphql<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{
  status: number;
  data?: TData;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: TData;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  return { status: response.status, ...body };
}

/** The first error code of a GraphQL response (`extensions.code`), or undefined. */
export const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.code;
