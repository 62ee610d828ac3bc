import {
  badInput,
  decodeCursor,
  isUuid,
  keysetAfter,
  millisecondsOf,
  type CursorPosition,
  type Db,
} from '@aula/runtime';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf } from './db/rows';
import { classStudents } from './db/schema';
import type { ClassModel, RelationshipModel, RosterEntryModel } from './mappers';
import { tieStartSql } from './ties';

/**
 * One page (`size + 1` rows) of a class's current students in enrolment order, as `viewerId`
 * sees them: each with the window the viewer has on them in this class (from the later of
 * enrolment and the viewer's assignment, until the class was archived) and the open flags
 * raised since the viewer's tie began. A null viewer (an admin) sees the whole enrolment and
 * every open flag.
 */
export async function classRoster(
  db: Db,
  found: ClassModel,
  viewerId: string | null,
  size: number,
  after: CursorPosition | null,
): Promise<RosterEntryModel[]> {
  const assignedAt = viewerId
    ? sql`(select assigned_at from monitoring.class_supervisors where class_id = ${found.id}::uuid and supervisor_id = ${viewerId}::uuid)`
    : sql`null::timestamptz`;
  // Written out in full: drizzle leaves column names unqualified, which the subqueries would capture.
  const student = sql`"class_students"."student_id"`;
  const enrolled = millisecondsOf(classStudents.enrolledAt);
  const flagsFrom = viewerId ? sql`and f.created_at >= ${tieStartSql(viewerId, student)}` : sql``;
  const rows = await db
    .select({
      studentId: classStudents.studentId,
      enrolledAt: classStudents.enrolledAt,
      visibleFrom: sql<
        Date | string
      >`greatest(${classStudents.enrolledAt}, coalesce(${assignedAt}, ${classStudents.enrolledAt}))`,
      openFlagCount: sql<number>`(select count(*)::int from monitoring.flags f where f.student_id = ${student} and f.status = 'OPEN' ${flagsFrom})`,
    })
    .from(classStudents)
    .where(
      and(
        eq(classStudents.classId, found.id),
        isNull(classStudents.removedAt),
        keysetAfter(enrolled, classStudents.studentId, after, { order: 'asc' }),
      ),
    )
    .orderBy(asc(enrolled), asc(classStudents.studentId))
    .limit(size + 1);
  return rows.map((r) => ({
    ...r,
    visibleFrom: new Date(r.visibleFrom),
    visibleUntil: found.archivedAt,
    openFlagCount: Number(r.openFlagCount),
  }));
}

interface RelationshipRow {
  supervisor_id: string;
  student_id: string;
  active: boolean;
  since: Date | string;
  ended_at: Date | string | null;
  class_ids: string[] | null;
}

/**
 * Where a relationship sits in its list: when it began, then its supervisor and student (a
 * pair has no id of its own, so the supervisor rides in the cursor's key).
 */
export function relationshipPosition(r: RelationshipModel): CursorPosition<string> {
  return { key: `${r.since.toISOString()}|${r.supervisorId}`, id: r.studentId };
}

/** Reads an `after` made by {@link relationshipPosition}; `BAD_USER_INPUT` for anything else. */
export function decodeRelationshipCursor(
  after: string | null | undefined,
): { since: Date; supervisorId: string; studentId: string } | null {
  const position = decodeCursor(after, 'text');
  if (!position) return null;
  const [at, supervisorId, ...rest] = position.key.split('|');
  const since = new Date(at ?? '');
  if (rest.length || !supervisorId || !isUuid(supervisorId) || Number.isNaN(since.getTime()))
    throw badInput('The cursor is not valid: pass the endCursor of a previous page.', {
      argument: 'after',
    });
  return { since, supervisorId, studentId: position.id };
}

/**
 * One page (`size + 1` rows) of the supervisor–student pairs linked by any class, ever, the
 * earliest begun first. A pair is ACTIVE while some non-archived class has both of them
 * currently; otherwise it ENDED when the last link did (the earliest of removal, unassignment
 * or archiving, per link).
 */
export async function relationships(
  db: Db,
  filter: { supervisorId?: string; studentId?: string },
  size: number,
  after: ReturnType<typeof decodeRelationshipCursor>,
): Promise<RelationshipModel[]> {
  const conditions = [sql`true`];
  if (filter.supervisorId) conditions.push(sql`sv.supervisor_id = ${filter.supervisorId}::uuid`);
  if (filter.studentId) conditions.push(sql`st.student_id = ${filter.studentId}::uuid`);
  const result = await db.execute(sql`
    with links as (
      select sv.supervisor_id, st.student_id, sv.class_id,
             greatest(sv.assigned_at, st.enrolled_at) as began,
             (sv.removed_at is null and st.removed_at is null and c.archived_at is null) as active,
             least(coalesce(sv.removed_at, 'infinity'), coalesce(st.removed_at, 'infinity'), coalesce(c.archived_at, 'infinity')) as ended
      from monitoring.class_supervisors sv
      join monitoring.class_students st on st.class_id = sv.class_id
      join monitoring.classes c on c.id = sv.class_id
      where ${sql.join(conditions, sql` and `)}
    )
    , pairs as (
      select supervisor_id, student_id,
             bool_or(active) as active,
             min(began) as since,
             case when bool_or(active) then null else max(ended) end as ended_at,
             array_agg(class_id::text order by class_id) filter (where active) as class_ids
      from links
      group by supervisor_id, student_id
    )
    select * from pairs
    where ${
      after
        ? sql`(${millisecondsOf(sql`since`)}, supervisor_id, student_id) > (${after.since.toISOString()}::timestamptz, ${after.supervisorId}::uuid, ${after.studentId}::uuid)`
        : sql`true`
    }
    order by ${millisecondsOf(sql`since`)}, supervisor_id, student_id
    limit ${size + 1}`);
  return rowsOf<RelationshipRow>(result).map((row) => ({
    supervisorId: row.supervisor_id,
    studentId: row.student_id,
    active: row.active,
    since: new Date(row.since),
    endedAt: row.ended_at === null ? null : new Date(row.ended_at),
    classIds: row.class_ids ?? [],
  }));
}
