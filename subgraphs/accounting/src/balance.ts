import { badInput, type CursorPosition } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { isUuid, rowsOf, type Executor } from './db/query';

/** A person's credits, as exact micro-credits. */
export interface Balance {
  readonly available: bigint;
  readonly reserved: bigint;
  readonly granted: bigint;
  readonly spent: bigint;
  readonly expired: bigint;
  readonly nextExpiry: { at: Date; amount: bigint } | null;
  readonly activeStreams: number;
}

const zeroBalance: Balance = {
  available: 0n,
  reserved: 0n,
  granted: 0n,
  spent: 0n,
  expired: 0n,
  nextExpiry: null,
  activeStreams: 0,
};

/**
 * A person's balance, read in one statement so every figure comes from the same snapshot
 * (granted = available + reserved + spent + expired holds in every answer).
 */
export async function balanceOf(db: Executor, userId: string): Promise<Balance> {
  return (await balancesOf(db, [userId]))[0]!;
}

/**
 * The balances of several people (in the order asked, unknown ids as zero), read in one
 * statement: a list of fifty people with their credits costs one round trip, not fifty, and
 * every figure comes from the same snapshot. Nothing here reads a person's history: spent is the
 * account's running total (migration 0012) and reserved comes from their active reservations, so
 * a read costs the same after a year of answers as after one.
 */
export async function balancesOf(db: Executor, userIds: readonly string[]): Promise<Balance[]> {
  const ids = [...new Set(userIds.filter(isUuid))];
  if (ids.length === 0) return userIds.map(() => zeroBalance);
  const rows = await rowsOf<{
    user_id: string;
    available: string;
    expired: string;
    granted: string;
    reserved: string;
    spent: string;
    next_at: Date | string | null;
    next_amount: string | null;
    active_streams: number | null;
  }>(
    db,
    sql`select
          p.user_id::text as user_id,
          accounting.available(p.user_id)::text as available,
          (select coalesce(sum(remaining), 0) from accounting.grants
            where user_id = p.user_id and expires_at <= now())::text as expired,
          (select coalesce(sum(amount), 0) from accounting.grants where user_id = p.user_id)::text as granted,
          (select coalesce(sum(r.reserved), 0) from accounting.reservations r
            where r.user_id = p.user_id and r.status = 'ACTIVE')::text as reserved,
          coalesce(a.spent, 0)::text as spent,
          nx.expires_at as next_at,
          (select sum(remaining)::text from accounting.grants
            where user_id = p.user_id and remaining > 0 and expires_at = nx.expires_at) as next_amount,
          a.active_streams
        from unnest(array[${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[]) as p(user_id)
        left join accounting.accounts a on a.user_id = p.user_id
        left join lateral (
          select expires_at from accounting.grants
          where user_id = p.user_id and remaining > 0 and expires_at > now()
          order by expires_at limit 1
        ) nx on true`,
  );
  const byId = new Map(
    rows.map((row): [string, Balance] => [
      row.user_id,
      {
        available: BigInt(row.available),
        expired: BigInt(row.expired),
        granted: BigInt(row.granted),
        reserved: BigInt(row.reserved),
        spent: BigInt(row.spent),
        nextExpiry:
          row.next_at && row.next_amount
            ? { at: new Date(row.next_at), amount: BigInt(row.next_amount) }
            : null,
        activeStreams: row.active_streams ?? 0,
      },
    ]),
  );
  return userIds.map((id) => byId.get(id.toLowerCase()) ?? zeroBalance);
}

/** One ledger entry. */
export interface LedgerRow {
  readonly id: string;
  readonly kind: 'GRANT' | 'RESERVE' | 'RELEASE' | 'CHARGE';
  readonly amount: bigint;
  readonly grantId: string | null;
  readonly reservationId: string | null;
  readonly actorId: string | null;
  readonly note: string | null;
  readonly at: Date;
}

/** Where an entry sits in the ledger, newest first: its time, and its id, which orders it. */
export const ledgerPosition = (row: LedgerRow): CursorPosition => ({ key: row.at, id: row.id });

/** A page of a person's ledger, newest first, after `after`; one extra row tells whether more follow. */
export async function ledgerPage(
  db: Executor,
  userId: string,
  first: number,
  after: CursorPosition | null,
): Promise<LedgerRow[]> {
  if (after && !/^\d+$/.test(after.id)) {
    throw badInput('after is not a cursor this ledger gave out.', { argument: 'after' });
  }
  // Entry ids grow with time, so the id alone continues the page.
  const before = after ? sql`and id < ${after.id}::bigint` : sql``;
  const rows = isUuid(userId)
    ? await rowsOf<{
        id: string;
        kind: LedgerRow['kind'];
        amount: string;
        grant_id: string | null;
        reservation_id: string | null;
        actor_id: string | null;
        note: string | null;
        created_at: Date | string;
      }>(
        db,
        // Ordered by the bigint column, not the selected text (which sorts "9" after "10").
        sql`select id::text, kind, amount::text, grant_id, reservation_id, actor_id, note, created_at
            from accounting.ledger_entries where user_id = ${userId} ${before}
            order by ledger_entries.id desc limit ${first + 1}`,
      )
    : [];
  return rows.map((raw) => ({
    id: raw.id,
    kind: raw.kind,
    amount: BigInt(raw.amount),
    grantId: raw.grant_id,
    reservationId: raw.reservation_id,
    actorId: raw.actor_id,
    note: raw.note,
    at: new Date(raw.created_at),
  }));
}
