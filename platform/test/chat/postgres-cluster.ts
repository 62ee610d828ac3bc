import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl in a temporary directory, on a free
 * port), so a test can really stop and restart it without touching the shared server.
 */
export interface TemporaryPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  urlOf(database: string): string;
  /** Creates a database. */
  createDatabase(name: string): void;
  /** Runs one SQL statement with psql and returns its unaligned output. */
  psql(database: string, statement: string): string;
  /** Stops the server (fast shutdown: every session is terminated, as in a restart). */
  stop(): void;
  start(): void;
  /** Stops the server, removes its files. */
  close(): void;
}

/** The directory holding `initdb`, `pg_ctl` and `psql`, or undefined when PostgreSQL is not installed. */
export function postgresBinaries(): string | undefined {
  const candidates = (process.env.PATH ?? '').split(delimiter);
  const versions = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))
    : [];
  candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  return candidates.find((dir) =>
    ['initdb', 'pg_ctl', 'postgres', 'psql'].every((tool) => existsSync(join(dir, tool))),
  );
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Initialises and starts a cluster. PostgreSQL refuses to run as root, so under root every
 * server command runs as the `postgres` system user.
 */
export async function startTemporaryPostgres(): Promise<TemporaryPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL binaries (initdb, pg_ctl) were not found');
  const root = mkdtempSync(join(tmpdir(), 'aula-pg-'));
  // The server user must be able to create its data directory here.
  chmodSync(root, 0o777);
  const data = join(root, 'data');
  const port = await freePort();
  const asServer = (tool: string, args: string[]) => {
    const command = process.getuid?.() === 0 ? 'runuser' : join(bin, tool);
    const full =
      process.getuid?.() === 0 ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, full, { encoding: 'utf8', cwd: root });
    if (result.status !== 0)
      throw new Error(`${tool} failed: ${result.stderr || result.stdout || result.error}`);
  };
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const start = () =>
    asServer('pg_ctl', ['-D', data, '-l', join(root, 'log'), '-o', options, '-w', 'start']);
  asServer('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
  start();
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const psql = (database: string, statement: string) =>
    execFileSync(
      join(bin, 'psql'),
      ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', urlOf(database), '-c', statement],
      {
        encoding: 'utf8',
      },
    ).trim();
  let running = true;
  return {
    urlOf,
    createDatabase: (name) => void psql('postgres', `create database "${name}"`),
    psql,
    stop() {
      asServer('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    start() {
      start();
      running = true;
    },
    close() {
      if (running) asServer('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
