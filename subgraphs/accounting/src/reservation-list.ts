import { keysetAfter, type CursorPosition } from '@aula/runtime';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';
import { grantColumns, toGrant, type GrantRow, type RawGrant } from './grants';
import {
  reservationColumns,
  selectReservations,
  type ReservationRow,
  type ReservationStatus,
} from './reservation-rows';

/** Which reservations to list; every field narrows, and they combine with AND. */
export interface ReservationListFilter {
  /** Only this person's; null for everyone (admins only, checked by the caller). */
  readonly userId: string | null;
  readonly status: ReservationStatus | null;
  readonly sessionId: string | null;
  readonly from: Date | null;
  readonly to: Date | null;
}

const created = sql.raw(`date_trunc('milliseconds', created_at)`);

/**
 * A page of reservations, newest first (`first + 1` rows, so the caller can tell whether
 * another page follows). Ordered by the millisecond a cursor carries, then id, so paging
 * neither skips nor repeats one.
 */
export async function listReservations(
  db: Executor,
  filter: ReservationListFilter,
  first: number,
  after: CursorPosition | null,
): Promise<ReservationRow[]> {
  const conditions: SQL[] = [sql`true`];
  if (filter.userId) conditions.push(sql`user_id = ${filter.userId}::uuid`);
  if (filter.status) conditions.push(sql`status = ${filter.status}::accounting.reservation_status`);
  if (filter.sessionId) conditions.push(sql`session_id = ${filter.sessionId}`);
  if (filter.from) conditions.push(sql`created_at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`created_at < ${filter.to.toISOString()}::timestamptz`);
  conditions.push(keysetAfter(created, sql`id`, after));
  return selectReservations(
    db,
    sql`select ${reservationColumns} from accounting.reservations
        where ${sql.join(conditions, sql` and `)}
        order by ${created} desc, id desc limit ${first + 1}`,
  );
}

/** The REFUND grant that gave a reservation's (or an external usage's) charge back, or null when none did. */
export async function refundGrantOf(db: Executor, reservationId: string): Promise<GrantRow | null> {
  const [raw] = await rowsOf<RawGrant>(
    db,
    sql`select ${grantColumns} from accounting.grants where refund_of = ${reservationId}::uuid`,
  );
  return raw ? toGrant(raw) : null;
}
