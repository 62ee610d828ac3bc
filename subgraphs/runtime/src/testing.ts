import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './db';

/**
 * A throwaway database for one test file: a fresh PostgreSQL database when
 * `TEST_DATABASE_URL` is set (dropped on close), an in-memory PGlite otherwise.
 */
export async function openTestDatabase(): Promise<Database> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) return openDatabase();
  const name = `aula_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 5 });
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
