import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';

/**
 * Cross-checks the ledger's tables against each other and returns every violation found
 * (empty when the books balance). Each check compares two independently written records of
 * the same money, so a lost update or a double release shows up as a mismatch. Used by the
 * tests and the benchmark; read-only.
 */
export async function findLedgerViolations(db: Executor): Promise<string[]> {
  const checks: Array<[string, ReturnType<typeof sql>]> = [
    [
      'grant: amount - remaining differs from what its draws kept',
      sql`select g.id::text as subject from accounting.grants g
          left join accounting.reservation_draws d on d.grant_id = g.id
          group by g.id, g.amount, g.remaining
          having g.amount - g.remaining <> coalesce(sum(d.amount - coalesce(d.released, 0)), 0)
            + (select coalesce(sum(x.amount), 0) from accounting.external_usage_draws x where x.grant_id = g.id)`,
    ],
    [
      'active reservation: draws differ from the amount reserved, or are already settled',
      sql`select r.id::text as subject from accounting.reservations r
          left join accounting.reservation_draws d on d.reservation_id = r.id
          where r.status = 'ACTIVE'
          group by r.id, r.reserved
          having coalesce(sum(d.amount) filter (where d.phase = 0), 0) <> r.reserved
              or count(*) filter (where d.released is not null or d.phase <> 0) > 0`,
    ],
    [
      'ended reservation: a reserved draw was never settled or released',
      sql`select distinct r.id::text as subject from accounting.reservations r
          join accounting.reservation_draws d on d.reservation_id = r.id
          where r.status <> 'ACTIVE' and d.released is null`,
    ],
    [
      'settled reservation: charged differs from its draws, or charged + shortfall differs from the cost',
      sql`select r.id::text as subject from accounting.reservations r
          join accounting.usage_records u on u.reservation_id = r.id
          left join accounting.reservation_draws d on d.reservation_id = r.id
          group by r.id, r.charged, r.shortfall, u.cost, u.charged
          having r.charged <> coalesce(sum(d.charged), 0) or r.charged + r.shortfall <> u.cost or u.charged <> r.charged`,
    ],
    [
      'settled reservation without exactly one usage record',
      sql`select r.id::text as subject from accounting.reservations r
          left join accounting.usage_records u on u.reservation_id = r.id
          where r.settled_at is not null group by r.id having count(u.id) <> 1`,
    ],
    [
      'account: active stream count differs from active reservations',
      sql`select a.user_id::text as subject from accounting.accounts a
          where a.active_streams <> (select count(*) from accounting.reservations r
                                     where r.user_id = a.user_id and r.status = 'ACTIVE')`,
    ],
    [
      'account: spent differs from what its draws charged',
      sql`select a.user_id::text as subject from accounting.accounts a
          where a.spent <> (select coalesce(sum(d.charged), 0) from accounting.reservation_draws d
                              join accounting.reservations r on r.id = d.reservation_id
                              where r.user_id = a.user_id)
                         + (select coalesce(sum(x.amount), 0) from accounting.external_usage_draws x
                              join accounting.external_usages u on u.id = x.usage_id
                              where u.user_id = a.user_id)`,
    ],
    [
      'user: ledger entries differ from grants and draws',
      sql`with l as (
            select user_id,
              coalesce(sum(amount) filter (where kind = 'GRANT'), 0) as granted,
              coalesce(sum(amount) filter (where kind = 'RESERVE'), 0) as reserved,
              coalesce(sum(amount) filter (where kind = 'RELEASE'), 0) as released,
              coalesce(sum(amount) filter (where kind = 'CHARGE'), 0) as charged
            from accounting.ledger_entries group by user_id
          ), t as (
            select g.user_id, sum(g.amount) as granted,
              (select coalesce(sum(d.amount) filter (where d.phase = 0), 0) from accounting.reservation_draws d
                 join accounting.reservations r on r.id = d.reservation_id where r.user_id = g.user_id) as reserved,
              (select coalesce(sum(d.released), 0) from accounting.reservation_draws d
                 join accounting.reservations r on r.id = d.reservation_id where r.user_id = g.user_id) as released,
              (select coalesce(sum(d.charged), 0) from accounting.reservation_draws d
                 join accounting.reservations r on r.id = d.reservation_id where r.user_id = g.user_id)
              + (select coalesce(sum(x.amount), 0) from accounting.external_usage_draws x
                 join accounting.external_usages u on u.id = x.usage_id where u.user_id = g.user_id) as charged
            from accounting.grants g group by g.user_id
          )
          select t.user_id::text as subject from t left join l on l.user_id = t.user_id
          where coalesce(l.granted, 0) <> t.granted or coalesce(l.reserved, 0) <> t.reserved
             or coalesce(l.released, 0) <> t.released or coalesce(l.charged, 0) <> t.charged`,
    ],
    [
      'external usage: its draws differ from its amount, or come from another person’s grants',
      sql`select u.id::text as subject from accounting.external_usages u
          left join accounting.external_usage_draws x on x.usage_id = u.id
          left join accounting.grants g on g.id = x.grant_id
          group by u.id, u.amount
          having coalesce(sum(x.amount), 0) <> u.amount or bool_or(g.user_id <> u.user_id)`,
    ],
    [
      'reversed external usage: its REFUND grant differs from what it charged',
      sql`select u.id::text as subject from accounting.external_usages u
          join accounting.grants g on g.refund_of = u.id
          where g.amount <> u.amount or g.user_id <> u.user_id or g.source <> 'REFUND'`,
    ],
  ];
  const violations: string[] = [];
  for (const [what, statement] of checks) {
    for (const row of await rowsOf<{ subject: string }>(db, statement))
      violations.push(`${what}: ${row.subject}`);
  }
  return violations;
}
