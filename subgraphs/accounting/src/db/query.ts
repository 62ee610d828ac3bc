import type { Db } from '@aula/runtime';
import type { SQL } from 'drizzle-orm';

/** A database or an open transaction: anything that can run a statement. */
export type Executor = Pick<Db, 'execute'>;

/** A transaction handle as `Db.transaction` passes it. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs one raw statement and returns its rows. Both drivers (pg and PGlite) answer with
 * `{ rows }`; money columns are selected as `::text` so neither driver rounds them.
 */
export async function rowsOf<T>(db: Executor, statement: SQL): Promise<T[]> {
  const result = await db.execute(statement);
  return (result as unknown as { rows: T[] }).rows;
}

/** Whether `value` is a UUID, the shape of every user, grant and reservation id. */
export { isUuid } from '@aula/runtime';
