import type { Db } from '@aula/runtime';
import { sql, type SQL } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import { rowsOf } from './db/rows';
import { isUuid } from './classes';

/**
 * When a supervisor's current tie to a student began, as SQL: the earliest start (the later of
 * enrolment and assignment) over the active classes linking them now; null when none does.
 * Everything a supervisor reads about a student is bounded below by it.
 */
export const tieStartSql = (supervisorId: string, studentId: SQL | string): SQL => sql`(
  select min(greatest(sv.assigned_at, st.enrolled_at))
  from monitoring.class_supervisors sv
  join monitoring.class_students st on st.class_id = sv.class_id and st.removed_at is null
  join monitoring.classes c on c.id = sv.class_id and c.archived_at is null
  where sv.supervisor_id = ${supervisorId}::uuid and sv.removed_at is null
    and st.student_id = ${typeof studentId === 'string' ? sql`${studentId}::uuid` : studentId})`;

/** When `supervisorId`'s current tie to `studentId` began; null when they have none. */
export async function supervisionSince(
  db: Db,
  supervisorId: string,
  studentId: string,
): Promise<Date | null> {
  if (!isUuid(supervisorId) || !isUuid(studentId)) return null;
  const result = await db.execute(sql`select ${tieStartSql(supervisorId, studentId)} as since`);
  const since = rowsOf<{ since: Date | string | null }>(result)[0]?.since;
  return since ? new Date(since) : null;
}

// No 0/O or 1/I/L: codes are read aloud and copied from a board.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/** A fresh join code (8 characters from 31: about 2^40 codes, so guessing one is hopeless). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as a person may type it (any case, spaces or dashes), in its stored form. */
export const normalizeJoinCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');
