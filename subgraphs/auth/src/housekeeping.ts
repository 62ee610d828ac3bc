import type { Db } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { refreshTokens } from './db/schema';

/** How many rows one pass removed. */
export interface PruneResult {
  readonly refreshTokens: number;
}

/**
 * Removes refresh-token families that are entirely expired or were revoked over a day ago.
 * Used tokens of a family that is still alive are kept: they are what reuse detection
 * recognises. (Sign-in counters expire by themselves in the rate limiter's store.)
 */
export async function pruneAuthTables(db: Db): Promise<PruneResult> {
  const families = await db.execute(sql`
    delete from ${refreshTokens} where family_id in (
      select family_id from ${refreshTokens} group by family_id
      having max(expires_at) < now()
          or bool_and(revoked_at is not null and revoked_at < now() - interval '1 day'))`);
  return { refreshTokens: affected(families) };
}

/** Row count from either driver's result (`rowCount` for pg, `affectedRows` for PGlite). */
function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}
