import type { Logger, ServiceClient } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { nextBoundary, periodInterval } from './allowances';
import { rowsOf, type Executor } from './db/query';
import { studentIdsOfClass } from './roster';

/** How long one replica may hold a class allowance while it asks monitoring for the roster. */
const LEASE = sql.raw(`interval '2 minutes'`);

/**
 * Grants every due class allowance to the students enrolled at this run. The roster comes
 * from monitoring over HTTP, so a row is not locked across that call: a replica first
 * leases one due allowance with a conditional update (FOR UPDATE SKIP LOCKED picks it), asks
 * for the roster, then in one statement advances the allowance only if its next run is
 * still the one it leased and grants each student once (unique per allowance, period and
 * person). If monitoring does not answer, the lease is dropped and the next tick retries.
 * Returns how many grants were made.
 */
export async function applyDueClassAllowances(
  db: Executor,
  client: ServiceClient,
  logger: Logger,
  limit = 20,
): Promise<number> {
  let granted = 0;
  for (let run = 0; run < limit; run += 1) {
    const [leased] = await rowsOf<{ id: string; class_id: string; next_run_at: string }>(
      db,
      sql`update accounting.allowances set lease_until = now() + ${LEASE}
          where id = (
            select id from accounting.allowances
            where active and class_id is not null and next_run_at <= now()
              and (lease_until is null or lease_until < now())
            order by next_run_at limit 1 for update skip locked)
          returning id, class_id, next_run_at::text`,
    );
    if (!leased) break;
    let students: string[];
    try {
      students = await studentIdsOfClass(client, leased.class_id);
    } catch (err) {
      logger.warn(
        { err, allowanceId: leased.id },
        'class roster unavailable; the class allowance waits for the next tick',
      );
      await db.execute(
        sql`update accounting.allowances set lease_until = null where id = ${leased.id}`,
      );
      break;
    }
    const recipients = students.length
      ? sql`(values ${sql.join(
          students.map((id) => sql`(${id}::uuid)`),
          sql`, `,
        )}) as s(user_id)`
      : sql`(select null::uuid as user_id where false) as s`;
    const [row] = await rowsOf<{ granted: number }>(
      db,
      sql`with advanced as (
            update accounting.allowances a
            set next_run_at = ${nextBoundary}, last_run_at = now(), lease_until = null
            where a.id = ${leased.id} and a.active and a.next_run_at = ${leased.next_run_at}::timestamptz
            returning a.id, a.amount, a.rollover, a.next_run_at, a.next_run_at - ${periodInterval} as period_start
          ), inserted as (
            insert into accounting.grants
              (user_id, amount, remaining, expires_at, source, note, allowance_id, allowance_period_start)
            select s.user_id, advanced.amount, advanced.amount,
                   case when advanced.rollover then null else advanced.next_run_at end,
                   'ALLOWANCE'::accounting.grant_source, 'Class allowance', advanced.id, advanced.period_start
            from advanced cross join ${recipients}
            on conflict do nothing
            returning id, user_id, amount
          ), logged as (
            insert into accounting.ledger_entries (user_id, kind, amount, grant_id, note)
            select user_id, 'GRANT'::accounting.ledger_kind, amount, id, 'Class allowance' from inserted
          )
          select count(*)::int as granted from inserted`,
    );
    granted += row?.granted ?? 0;
  }
  return granted;
}
