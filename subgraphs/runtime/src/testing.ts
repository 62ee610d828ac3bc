import { GraphQLError } from 'graphql';
import jwt from 'jsonwebtoken';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Role } from './auth/principal';
import { generateServiceKeys, serviceKeysFrom } from './auth/service-keys';
import type { TokenSettings } from './auth/tokens';
import { openDatabase, type Database } from './db';

/**
 * A throwaway database for one test file: a fresh PostgreSQL database when
 * `TEST_DATABASE_URL` is set (dropped on close), an in-memory PGlite otherwise.
 */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<Database> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) return openDatabase();
  const name = `aula_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    url: url.toString(),
    poolSize: options.poolSize ?? 5,
    // Suites queue hundreds of operations on five connections on a shared, busy machine: they
    // test what the ledger decides, not how long a connection takes to come free.
    acquireTimeoutMs: 30_000,
  });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: baseUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** The Redis URL tests should use, if the run has one. */
export const testRedisUrl = (): string | undefined => process.env.TEST_REDIS_URL || undefined;

/** Secrets and settings only tests use: one set shared by every suite and bench. */
export const TEST_ENV = {
  JWT_SECRET: 'test-secret-that-is-at-least-32-bytes-long!!',
  // A signing identity per service, made once per test process.
  SERVICE_PRIVATE_KEYS: generateServiceKeys().SERVICE_PRIVATE_KEYS,
  JWT_ISSUER: 'aula',
  JWT_AUDIENCE: 'aula-api',
  LOG_LEVEL: 'silent',
  AUTH_ADMIN_EMAIL: 'admin@test.aula',
  AUTH_ADMIN_PASSWORD: 'admin-password-for-tests',
  // Suites and benches drive hundreds of operations as one person; rate-limit tests turn it on.
  GATEWAY_RATE_LIMIT_PER_MINUTE: '0',
} as const;

/** Token settings matching {@link TEST_ENV}. */
export const TEST_TOKENS: TokenSettings = {
  algorithm: 'HS256',
  secret: TEST_ENV.JWT_SECRET,
  issuer: TEST_ENV.JWT_ISSUER,
  audience: TEST_ENV.JWT_AUDIENCE,
  serviceKeys: serviceKeysFrom(TEST_ENV),
};

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

/** A GraphQL error as a test reads it. */
export interface TestGraphQLError {
  readonly message: string;
  readonly extensions?: Record<string, unknown>;
}

/** POSTs a GraphQL operation and returns the parsed response body and status. */
export async function graphql<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; data?: TData; errors?: TestGraphQLError[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: TestGraphQLError[] };
  return { status: response.status, ...body };
}

/** The nodes of one page of a connection, in order. */
export const nodesOf = <T>(connection: {
  readonly edges: ReadonlyArray<{ readonly node: T }>;
}): T[] => connection.edges.map((edge) => edge.node);

/** One page of a connection as a test reads it. */
export interface TestPage<T> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: T }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/**
 * Reads a connection to its end through `url`, `first` at a time: `query` takes `$first` and
 * `$after` besides `variables`, and `pick` finds the connection in its data. Returns each
 * page's nodes; throws on an error or a page that repeats a cursor (so a test never loops).
 */
export async function readAllPages<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
  first: number,
  pick: (data: Record<string, unknown>) => TestPage<T>,
): Promise<T[][]> {
  const pages: T[][] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const result = await graphql(url, query, { ...variables, first, after }, token);
    if (!result.data || result.errors)
      throw new Error(`page failed: ${JSON.stringify(result.errors)}`);
    const page = pick(result.data);
    for (const { cursor } of page.edges) {
      if (seen.has(cursor)) throw new Error(`cursor ${cursor} came twice`);
      seen.add(cursor);
    }
    pages.push(nodesOf(page));
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

/** The first error code of a GraphQL response (`extensions.code`), or undefined. */
export const codeOf = (result: { errors?: readonly TestGraphQLError[] | null }) =>
  result.errors?.[0]?.extensions?.code;

/**
 * The error code (`extensions.code`) of what `run` throws, for guards and parsers called
 * directly: `'ok'` when it returns, `'not a GraphQLError'` for any other error.
 */
export function thrownCodeOf(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return error instanceof GraphQLError ? String(error.extensions.code) : 'not a GraphQLError';
  }
}

/**
 * Re-runs `check` until it neither throws nor returns `false`, for effects that land a moment
 * after the act a test controls (bus events, a reaper or scheduler tick). Returns what `check`
 * returned; after `timeoutMs` it throws the last error, or says what it waited for.
 */
export async function eventually<T>(
  check: () => Promise<T | false>,
  what = 'a condition',
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError ?? new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
