import type { Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { loginThrottle, refreshTokens } from './db/schema';

/** How many rows one pass removed. */
export interface PruneResult {
  readonly throttleRows: number;
  readonly refreshTokens: number;
}

/**
 * Removes what can no longer matter: throttle rows whose failures are forgotten and whose lock
 * has passed (so guessing random emails cannot grow the table without bound), and refresh-token
 * families that are entirely expired or were revoked over a day ago. Used tokens of a family
 * that is still alive are kept: they are what reuse detection recognises.
 */
export async function pruneAuthTables(db: Db, failureWindowSeconds: number): Promise<PruneResult> {
  const throttle = await db.execute(sql`
    delete from ${loginThrottle}
    where last_failure_at < now() - make_interval(secs => ${failureWindowSeconds})
      and (locked_until is null or locked_until < now())`);
  const families = await db.execute(sql`
    delete from ${refreshTokens} where family_id in (
      select family_id from ${refreshTokens} group by family_id
      having max(expires_at) < now()
          or bool_and(revoked_at is not null and revoked_at < now() - interval '1 day'))`);
  return { throttleRows: affected(throttle), refreshTokens: affected(families) };
}

/** Row count from either driver's result (`rowCount` for pg, `affectedRows` for PGlite). */
function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
