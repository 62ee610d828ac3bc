/**
 * The cross-service test kit: a whole platform for one test file, plus the runtime's test
 * helpers re-exported so a journey test needs one import. Only this package (which depends on
 * every subgraph) may boot them all, so tests that need the whole platform live under
 * `platform/test/`.
 */
import { createEventBus, type Database, type EventBus } from '@aula/runtime';
import { openTestDatabase, testRedisUrl, TEST_ENV } from '@aula/runtime/src/testing';
import type { RunningEmulator } from '@aula/bedrock-emulator';
import { startLocalBedrock } from '@aula/chat';
import { randomUUID } from 'node:crypto';
import { startPlatform, type RunningPlatform } from './platform';

export {
  codeOf,
  eventually,
  graphql,
  nodesOf,
  openTestDatabase,
  readAllPages,
  testAccessToken,
  testRedisUrl,
  TEST_ENV,
  TEST_TOKENS,
  type TestGraphQLError,
  type TestPage,
} from '@aula/runtime/src/testing';

/** A whole platform for one test file, on free ports, over a throwaway database. */
export interface TestPlatform extends RunningPlatform {
  readonly database: Database;
  readonly bus: EventBus;
  /** The Bedrock emulator chat uses, unless the test passed its own `BEDROCK_ENDPOINT`. */
  readonly bedrock?: RunningEmulator;
  /** Stops everything and drops the test database. */
  close(): Promise<void>;
}

/**
 * Boots all subgraphs and the gateway against a fresh test database (and Redis when set: the
 * `REDIS_URL` of `env`, or else the run's `TEST_REDIS_URL`).
 */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const database = await openTestDatabase();
  const bus = createEventBus({
    redisUrl: env.REDIS_URL ?? testRedisUrl(),
    keyPrefix: `aula-test-${randomUUID()}:`,
  });
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
