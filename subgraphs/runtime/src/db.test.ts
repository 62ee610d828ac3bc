import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { openDatabase, sql, sqlState, isUniqueViolation } from './db';
import { createErrorFormatter, isTransientFailure } from './errors';
import { createLogger } from './logger';
import { openTestDatabase } from './testing';

function migrationsFolder(schema: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aula-migrations-'));
  mkdirSync(join(dir, 'meta'));
  writeFileSync(
    join(dir, '0000_init.sql'),
    `CREATE SCHEMA "${schema}";\n--> statement-breakpoint\nCREATE TABLE "${schema}"."things" ("id" integer PRIMARY KEY, "name" text NOT NULL UNIQUE);`,
  );
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({
      version: '7',
      dialect: 'postgresql',
      entries: [{ idx: 0, version: '7', when: 1, tag: '0000_init', breakpoints: true }],
    }),
  );
  return dir;
}

describe('openDatabase', () => {
  it('applies migrations once, even when two starts race', async () => {
    const database = await openTestDatabase();
    try {
      const folder = migrationsFolder('race_test');
      await Promise.all([
        database.migrate({ schema: 'race_test', migrationsFolder: folder }),
        database.migrate({ schema: 'race_test', migrationsFolder: folder }),
      ]);
      await database.migrate({ schema: 'race_test', migrationsFolder: folder });
      await database.ping();
    } finally {
      await database.close();
    }
  });

  it('surfaces SQLSTATE codes through drizzle wrapping', async () => {
    const database = await openTestDatabase();
    try {
      await database.migrate({
        schema: 'codes_test',
        migrationsFolder: migrationsFolder('codes_test'),
      });
      const { sql } = await import('drizzle-orm');
      await database.db.execute(sql`insert into codes_test.things values (1, 'a')`);
      const error = await database.db
        .execute(sql`insert into codes_test.things values (2, 'a')`)
        .catch((e: unknown) => e);
      expect(sqlState(error)).toBe('23505');
      expect(isUniqueViolation(error)).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('fails its readiness ping when PostgreSQL is unreachable', async () => {
    const database = await openDatabase({ url: 'postgres://nobody@127.0.0.1:1/none', poolSize: 1 });
    await expect(database.ping()).rejects.toThrow();
    await database.close();
  });
});

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('a busy connection pool', () => {
  it('fails a query that waits too long for a connection as SERVICE_UNAVAILABLE, not internal', async () => {
    const database = await openDatabase({
      url: process.env.TEST_DATABASE_URL,
      poolSize: 1,
      acquireTimeoutMs: 50,
    });
    try {
      // drizzle queries run when awaited: `.then` starts this one now, holding the only connection.
      const holder = database.db.execute(sql`select pg_sleep(0.5)`).then(() => undefined);
      const waited = await database.db.execute(sql`select 1`).then(
        () => null,
        (error: unknown) => error,
      );
      await holder;
      expect(waited).toBeInstanceOf(Error);
      expect(isTransientFailure(waited)).toBe(true);
      const format = createErrorFormatter(createLogger('db-test', 'silent'));
      const shown = format(
        { message: 'raw', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        new GraphQLError('raw', { originalError: waited as Error }),
      );
      expect(shown.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(shown.message).not.toMatch(/timeout|connect/i);
    } finally {
      await database.close();
    }
  });
});

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('a server restart', () => {
  it('ends a transaction whose connection the server terminated, without crashing the process', async () => {
    const database = await openDatabase({ url: process.env.TEST_DATABASE_URL, poolSize: 2 });
    try {
      let resume!: () => void;
      const paused = new Promise<void>((resolve) => (resume = resolve));
      let pid = 0;
      const transaction = database.db.transaction(async (tx) => {
        const result = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
          rows: Array<{ pid: number }>;
        };
        pid = result.rows[0]!.pid;
        // Between queries, as when awaiting another service: the server ends the session now.
        await paused;
        await tx.execute(sql`select 1`);
      });
      while (!pid) await new Promise((resolve) => setTimeout(resolve, 10));
      await database.db.execute(sql`select pg_terminate_backend(${pid})`);
      // The client's 'error' event (57P01) arrives while nothing queries it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      resume();
      await expect(transaction).rejects.toBeInstanceOf(Error);
      await expect(database.ping()).resolves.toBeUndefined();
    } finally {
      await database.close();
    }
  });
});

describe('isTransientFailure', () => {
  it('knows deadlocks, a restarting server and refused sockets, and nothing else', () => {
    const wrapped = (code: string) => Object.assign(new Error('query failed'), { cause: { code } });
    expect(isTransientFailure(wrapped('40P01'))).toBe(true);
    expect(isTransientFailure(wrapped('57P01'))).toBe(true);
    expect(isTransientFailure(wrapped('53300'))).toBe(true);
    expect(isTransientFailure(wrapped('ECONNREFUSED'))).toBe(true);
    expect(isTransientFailure(wrapped('23505'))).toBe(false);
    expect(isTransientFailure(new Error('boom'))).toBe(false);
  });
});
