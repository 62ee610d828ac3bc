/**
 * The rows of a raw `db.execute` result. Both drivers (node-postgres and PGlite)
 * return an object with `rows`, but the shared `Db` type cannot say so.
 */
export function rowsOf<T>(result: unknown): T[] {
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
