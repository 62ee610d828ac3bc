import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';

/** A drizzle database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** Options for {@link openDatabase}. */
export interface DatabaseOptions {
  /** `postgres://…` URL; without it an embedded PGlite is used. */
  readonly url?: string;
  /** PGlite data directory; without it PGlite keeps everything in memory. */
  readonly dataDir?: string;
  /** Connection pool size for PostgreSQL. @default 10 */
  readonly poolSize?: number;
  /**
   * Longest a query waits for a free pooled connection before it fails (and the caller is
   * told SERVICE_UNAVAILABLE). @default 5000
   */
  readonly acquireTimeoutMs?: number;
}

/** One open database: PostgreSQL through `pg`, or PGlite in-process. */
export interface Database {
  readonly kind: 'postgres' | 'pglite';
  readonly db: Db;
  /** Resolves when the database answers; rejects otherwise (readiness checks). */
  ping(): Promise<void>;
  /**
   * Applies a subgraph's committed drizzle-kit migrations, recording them in
   * `drizzle.<schema>_migrations`. Services and replicas starting together take turns (one advisory lock).
   */
  migrate(options: { schema: string; migrationsFolder: string }): Promise<void>;
  close(): Promise<void>;
}

/** Opens PostgreSQL when `url` is given, PGlite otherwise. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10, options.acquireTimeoutMs ?? 5000)
    : openPglite(options.dataDir);
}

async function openPglite(dataDir?: string): Promise<Database> {
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client) as unknown as Db;
  let closed = false;
  let migrations: Promise<unknown> = Promise.resolve();
  return {
    kind: 'pglite',
    db,
    async ping() {
      if (closed) throw new Error('database is closed');
      await client.query('select 1');
    },
    migrate({ schema, migrationsFolder }) {
      // PGlite lives in this one process: a promise chain makes concurrent starts take turns.
      const run = migrations.then(() =>
        migratePglite(db as never, {
          migrationsFolder,
          migrationsSchema: 'drizzle',
          migrationsTable: `${schema}_migrations`,
        }),
      );
      migrations = run.catch(() => undefined);
      return run;
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

async function openPostgres(
  url: string,
  poolSize: number,
  acquireTimeoutMs: number,
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: acquireTimeoutMs,
  });
  // An idle client whose server went away must not crash the process.
  pool.on('error', () => undefined);
  // Nor one checked out between queries (a transaction awaiting another service) when the
  // server terminates it (a restart: "terminating connection due to administrator command"):
  // without a listener that 'error' event is thrown. Its next query fails instead, and the
  // pool discards it on release.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async ping() {
      await pool.query('select 1');
    },
    async migrate({ schema, migrationsFolder }) {
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock(hashtext($1))', ['aula:migrate']);
        await migratePg(db as never, {
          migrationsFolder,
          migrationsSchema: 'drizzle',
          migrationsTable: `${schema}_migrations`,
        });
      } finally {
        await lock
          .query('select pg_advisory_unlock(hashtext($1))', ['aula:migrate'])
          .catch(() => undefined);
        lock.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

const dialect = new PgDialect();

/**
 * Runs `statement` and returns its rows; on PostgreSQL's pool as the named prepared statement
 * `name`, so each connection sends and PostgreSQL parses and plans its text once and afterwards
 * only binds values (a hot statement's parsing was a quarter of the database's CPU per call).
 * Elsewhere (PGlite, an open transaction) it runs as an ordinary statement. One `name` must
 * always carry the same text; only the values may differ. Rows come as pg parses them by
 * default (timestamps as `Date`), not through drizzle's parsers.
 */
export async function executePrepared<T>(
  db: Pick<Db, 'execute'>,
  name: string,
  statement: SQL,
): Promise<T[]> {
  const client = (db as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) {
    const query = dialect.sqlToQuery(statement);
    return (await client.query({ name, text: query.sql, values: query.params })).rows as T[];
  }
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

/** The SQLSTATE of a database error (drizzle wraps driver errors; the code is in `cause`). */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * The DETAIL of a database error (what a function's `RAISE … USING DETAIL` carries; drizzle wraps
 * driver errors, the driver's is in `cause`); `''` when there is none.
 */
export function sqlDetail(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const detail = (current as { detail?: unknown }).detail;
    if (typeof detail === 'string') return detail;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}

/** `true` for a unique-constraint violation. */
export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';

export { sql };
