import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, sqlState, isUniqueViolation } from './db';
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
