import type { Db } from '@aula/runtime';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf } from './db/rows';
import { classStudents } from './db/schema';
import type { ClassModel, RelationshipModel, RosterEntryModel } from './mappers';
import { tieStartSql } from './ties';

/**
 * A class's current students in enrolment order, as `viewerId` sees them: each with the
 * window the viewer has on them in this class (from the later of enrolment and the viewer's
 * assignment, until the class was archived) and the open flags raised since the viewer's
 * tie began. A null viewer (an admin) sees the whole enrolment and every open flag.
 */
export async function classRoster(
  db: Db,
  found: ClassModel,
  viewerId: string | null,
): Promise<RosterEntryModel[]> {
  const assignedAt = viewerId
    ? sql`(select assigned_at from monitoring.class_supervisors where class_id = ${found.id}::uuid and supervisor_id = ${viewerId}::uuid)`
    : sql`null::timestamptz`;
  // Written out in full: drizzle leaves column names unqualified, which the subqueries would capture.
  const student = sql`"class_students"."student_id"`;
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
    .where(and(eq(classStudents.classId, found.id), isNull(classStudents.removedAt)))
    .orderBy(asc(classStudents.enrolledAt), asc(classStudents.studentId));
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
 * Supervisor–student pairs linked by any class, ever. A pair is ACTIVE while some
 * non-archived class has both of them currently; otherwise it ENDED when the last
 * link did (the earliest of removal, unassignment or archiving, per link).
 */
export async function relationships(
  db: Db,
  filter: { supervisorId?: string; studentId?: string },
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
    select supervisor_id, student_id,
           bool_or(active) as active,
           min(began) as since,
           case when bool_or(active) then null else max(ended) end as ended_at,
           array_agg(class_id::text order by class_id) filter (where active) as class_ids
    from links
    group by supervisor_id, student_id
    order by min(began), supervisor_id, student_id`);
  return rowsOf<RelationshipRow>(result).map((row) => ({
    supervisorId: row.supervisor_id,
    studentId: row.student_id,
    active: row.active,
    since: new Date(row.since),
    endedAt: row.ended_at === null ? null : new Date(row.ended_at),
    classIds: row.class_ids ?? [],
  }));
}
