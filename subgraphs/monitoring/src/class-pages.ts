import { keysetAfter, millisecondsOf, type CursorPosition, type Db } from '@aula/runtime';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { classes, classStudents, classSupervisors } from './db/schema';
import type { ClassModel } from './mappers';

/**
 * Pages of classes and of their members (`size + 1` rows each, for the runtime's
 * `toConnection`). Times are compared at the millisecond a cursor keeps (`millisecondsOf`):
 * students enrolled by one call share one `now()`.
 */

/** Who a class list is for: a person's own classes by role, or every class (admins). */
export type ClassScope =
  { readonly as: 'SUPERVISOR' | 'STUDENT'; readonly userId: string } | { readonly as: 'ALL' };

/** One page of classes, newest first: those of `scope`, archived ones too when asked. */
export async function classPage(
  db: Db,
  scope: ClassScope,
  includeArchived: boolean,
  size: number,
  after: CursorPosition | null,
): Promise<ClassModel[]> {
  const key = millisecondsOf(classes.createdAt);
  const where = and(
    includeArchived ? undefined : isNull(classes.archivedAt),
    keysetAfter(key, classes.id, after),
  );
  if (scope.as === 'ALL') {
    return db
      .select()
      .from(classes)
      .where(where)
      .orderBy(desc(key), desc(classes.id))
      .limit(size + 1);
  }
  const link = scope.as === 'SUPERVISOR' ? classSupervisors : classStudents;
  const person =
    scope.as === 'SUPERVISOR' ? classSupervisors.supervisorId : classStudents.studentId;
  const rows = await db
    .select({ c: classes })
    .from(classes)
    .innerJoin(link, eq(link.classId, classes.id))
    .where(and(eq(person, scope.userId), isNull(link.removedAt), where))
    .orderBy(desc(key), desc(classes.id))
    .limit(size + 1);
  return rows.map((r) => r.c);
}

/** A current student or supervisor of a class, with when they joined it. */
export interface ClassMemberRow {
  readonly userId: string;
  readonly joinedAt: Date;
}

/** The membership table of each kind of member, with its person and join-time columns. */
function membership(role: 'STUDENT' | 'SUPERVISOR') {
  return role === 'STUDENT'
    ? { table: classStudents, person: classStudents.studentId, joined: classStudents.enrolledAt }
    : {
        table: classSupervisors,
        person: classSupervisors.supervisorId,
        joined: classSupervisors.assignedAt,
      };
}

/** One page of a class's current students or supervisors, in the order they joined. */
export async function memberPage(
  db: Db,
  classId: string,
  role: 'STUDENT' | 'SUPERVISOR',
  size: number,
  after: CursorPosition | null,
): Promise<ClassMemberRow[]> {
  const { table, person, joined } = membership(role);
  const key = millisecondsOf(joined);
  return db
    .select({ userId: person, joinedAt: joined })
    .from(table)
    .where(
      and(
        eq(table.classId, classId),
        isNull(table.removedAt),
        keysetAfter(key, person, after, { order: 'asc' }),
      ),
    )
    .orderBy(asc(key), asc(person))
    .limit(size + 1);
}

/** How many current students or supervisors a class has. */
export async function memberCount(
  db: Db,
  classId: string,
  role: 'STUDENT' | 'SUPERVISOR',
): Promise<number> {
  const { table } = membership(role);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.classId, classId), isNull(table.removedAt)));
  return Number(row?.n ?? 0);
}
