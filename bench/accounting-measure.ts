import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '@aula/runtime';
import { rowsOf } from '../subgraphs/accounting/src/db/query';

/** Linux reports process CPU in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const TICK_MS = 10;

/** CPU milliseconds used so far by each PostgreSQL backend serving the current database. */
export type DatabaseCpu = ReadonlyMap<number, number>;

/**
 * Reads {@link DatabaseCpu} from `/proc` (PostgreSQL on this machine); `null` where it cannot be
 * read (another host, not Linux).
 */
export async function databaseCpu(db: Db): Promise<DatabaseCpu | null> {
  const rows = await rowsOf<{ pid: number }>(
    db,
    sql`select pid from pg_stat_activity where datname = current_database()`,
  );
  const used = new Map<number, number>();
  try {
    for (const { pid } of rows) {
      // The fields after the command name: utime is the 12th, stime the 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      used.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    }
  } catch {
    return null;
  }
  return used;
}

/** CPU milliseconds the backends used between two readings (a backend opened meanwhile from 0). */
export function databaseCpuBetween(
  before: DatabaseCpu | null,
  after: DatabaseCpu | null,
): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * A V8 CPU profile of this process for one phase, written to `dir/<name>.cpuprofile` (open it in
 * Chrome DevTools or speedscope) when `dir` is set; a no-op otherwise.
 */
export async function profilePhase<T>(
  dir: string | undefined,
  name: string,
  run: () => Promise<T>,
): Promise<T> {
  if (!dir) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}
