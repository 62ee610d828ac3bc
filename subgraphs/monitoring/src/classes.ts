import { isUuid, type Db } from '@aula/runtime';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { classes, classStudents, classSupervisors } from './db/schema';
import type { ClassModel } from './mappers';

/** Whether `id` can be a row id here (user and class ids are UUIDs); others match nothing. */
export { isUuid };

/** One class by id; `null` when there is none. */
export async function findClass(db: Db, id: string): Promise<ClassModel | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(classes).where(eq(classes.id, id)).limit(1);
  return row ?? null;
}

/** Creates a class with its first supervisors, students and keywords in one transaction. */
export async function createClass(
  db: Db,
  input: {
    name: string;
    term: string | null;
    createdBy: string;
    supervisorIds: string[];
    studentIds: string[];
    flagKeywords: string[];
  },
): Promise<ClassModel> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(classes)
      .values({
        name: input.name,
        term: input.term,
        createdBy: input.createdBy,
        flagKeywords: input.flagKeywords,
      })
      .returning();
    const created = row!;
    if (input.supervisorIds.length) {
      await tx
        .insert(classSupervisors)
        .values(input.supervisorIds.map((supervisorId) => ({ classId: created.id, supervisorId })));
    }
    if (input.studentIds.length) {
      await tx
        .insert(classStudents)
        .values(input.studentIds.map((studentId) => ({ classId: created.id, studentId })));
    }
    return created;
  });
}

/** Changes name and/or term. */
export async function updateClass(
  db: Db,
  id: string,
  changes: { name?: string; term?: string | null },
): Promise<ClassModel> {
  const [row] = await db.update(classes).set(changes).where(eq(classes.id, id)).returning();
  return row!;
}

/** Replaces a class's flag keywords. */
export async function setFlagKeywords(db: Db, id: string, keywords: string[]): Promise<ClassModel> {
  const [row] = await db
    .update(classes)
    .set({ flagKeywords: keywords })
    .where(eq(classes.id, id))
    .returning();
  return row!;
}

/**
 * Enrols students; re-enrolling someone removed earlier starts a new enrolment,
 * someone still enrolled keeps their original date.
 */
export async function enrollStudents(db: Db, classId: string, studentIds: string[]): Promise<void> {
  if (!studentIds.length) return;
  await db
    .insert(classStudents)
    .values(studentIds.map((studentId) => ({ classId, studentId })))
    .onConflictDoUpdate({
      target: [classStudents.classId, classStudents.studentId],
      set: {
        enrolledAt: sql`case when ${classStudents.removedAt} is null then ${classStudents.enrolledAt} else now() end`,
        removedAt: null,
      },
    });
}

/** Ends enrolments (the rows stay, so ended relationships remain answerable). */
export async function unenrollStudents(
  db: Db,
  classId: string,
  studentIds: string[],
): Promise<void> {
  if (!studentIds.length) return;
  await db
    .update(classStudents)
    .set({ removedAt: sql`now()` })
    .where(
      and(
        eq(classStudents.classId, classId),
        inArray(classStudents.studentId, studentIds),
        isNull(classStudents.removedAt),
      ),
    );
}

/** Assigns a supervisor; a no-op when already assigned. */
export async function assignSupervisor(
  db: Db,
  classId: string,
  supervisorId: string,
): Promise<void> {
  await db
    .insert(classSupervisors)
    .values({ classId, supervisorId })
    .onConflictDoUpdate({
      target: [classSupervisors.classId, classSupervisors.supervisorId],
      set: {
        assignedAt: sql`case when ${classSupervisors.removedAt} is null then ${classSupervisors.assignedAt} else now() end`,
        removedAt: null,
      },
    });
}

/** Ends a supervisor's assignment. */
export async function removeSupervisor(
  db: Db,
  classId: string,
  supervisorId: string,
): Promise<void> {
  await db
    .update(classSupervisors)
    .set({ removedAt: sql`now()` })
    .where(
      and(
        eq(classSupervisors.classId, classId),
        eq(classSupervisors.supervisorId, supervisorId),
        isNull(classSupervisors.removedAt),
      ),
    );
}

/** Archives a class once; archiving again keeps the first date. */
export async function archiveClass(db: Db, classId: string): Promise<ClassModel> {
  const [row] = await db
    .update(classes)
    .set({ archivedAt: sql`coalesce(${classes.archivedAt}, now())` })
    .where(eq(classes.id, classId))
    .returning();
  return row!;
}

/** The ids of a class's current students. */
export async function activeStudentIds(db: Db, classId: string): Promise<string[]> {
  const rows = await db
    .select({ id: classStudents.studentId })
    .from(classStudents)
    .where(and(eq(classStudents.classId, classId), isNull(classStudents.removedAt)))
    .orderBy(asc(classStudents.enrolledAt));
  return rows.map((r) => r.id);
}

/** The ids of a class's current supervisors. */
export async function activeSupervisorIds(db: Db, classId: string): Promise<string[]> {
  const rows = await db
    .select({ id: classSupervisors.supervisorId })
    .from(classSupervisors)
    .where(and(eq(classSupervisors.classId, classId), isNull(classSupervisors.removedAt)))
    .orderBy(asc(classSupervisors.assignedAt));
  return rows.map((r) => r.id);
}

/**
 * Whether `userId` is currently assigned to `classId`. An archived class supervises
 * nobody, unless `includeArchived` (its supervisors may still read its history).
 */
export async function supervisesClass(
  db: Db,
  classId: string,
  userId: string,
  includeArchived = false,
): Promise<boolean> {
  if (!isUuid(classId) || !isUuid(userId)) return false;
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(classSupervisors)
    .innerJoin(classes, eq(classes.id, classSupervisors.classId))
    .where(
      and(
        eq(classSupervisors.classId, classId),
        eq(classSupervisors.supervisorId, userId),
        isNull(classSupervisors.removedAt),
        includeArchived ? undefined : isNull(classes.archivedAt),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Whether `userId` is currently enrolled in `classId`. */
export async function isEnrolled(db: Db, classId: string, userId: string): Promise<boolean> {
  if (!isUuid(classId) || !isUuid(userId)) return false;
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(classStudents)
    .where(
      and(
        eq(classStudents.classId, classId),
        eq(classStudents.studentId, userId),
        isNull(classStudents.removedAt),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/**
 * The one authorization answer: does an active class link this supervisor to this
 * student? One query over two partial indexes (both start from a person's id).
 */
export async function isSupervisorOf(
  db: Db,
  supervisorId: string,
  studentId: string,
): Promise<boolean> {
  if (!isUuid(supervisorId) || !isUuid(studentId)) return false;
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(classSupervisors)
    .innerJoin(
      classStudents,
      and(
        eq(classStudents.classId, classSupervisors.classId),
        eq(classStudents.studentId, studentId),
        isNull(classStudents.removedAt),
      ),
    )
    .innerJoin(classes, and(eq(classes.id, classSupervisors.classId), isNull(classes.archivedAt)))
    .where(and(eq(classSupervisors.supervisorId, supervisorId), isNull(classSupervisors.removedAt)))
    .limit(1);
  return rows.length > 0;
}

/** The active classes a student is enrolled in. */
export async function classIdsOfStudent(db: Db, studentId: string): Promise<string[]> {
  if (!isUuid(studentId)) return [];
  const rows = await db
    .select({ id: classStudents.classId })
    .from(classStudents)
    .innerJoin(classes, and(eq(classes.id, classStudents.classId), isNull(classes.archivedAt)))
    .where(and(eq(classStudents.studentId, studentId), isNull(classStudents.removedAt)));
  return rows.map((r) => r.id);
}

/** The active classes a person supervises. */
export async function classIdsOfSupervisor(db: Db, supervisorId: string): Promise<string[]> {
  if (!isUuid(supervisorId)) return [];
  const rows = await db
    .select({ id: classSupervisors.classId })
    .from(classSupervisors)
    .innerJoin(classes, and(eq(classes.id, classSupervisors.classId), isNull(classes.archivedAt)))
    .where(
      and(eq(classSupervisors.supervisorId, supervisorId), isNull(classSupervisors.removedAt)),
    );
  return rows.map((r) => r.id);
}
