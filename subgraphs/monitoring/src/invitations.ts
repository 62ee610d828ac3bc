import {
  isUniqueViolation,
  isUuid,
  toConnection,
  type CursorPosition,
  type Db,
  keysetAfter,
} from '@aula/runtime';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { assignSupervisor, enrollStudents } from './classes';
import { classes, classInvitations } from './db/schema';
import type { ClassModel } from './mappers';
import { newJoinCode, normalizeJoinCode } from './ties';

/** A row of `monitoring.class_invitations`. */
export type InvitationRow = typeof classInvitations.$inferSelect;

/**
 * Invites people to a class as students or co-teachers. Someone with a pending invitation
 * keeps it (no duplicate); returns the pending invitations now standing for them.
 */
export async function invite(
  db: Db,
  input: {
    classId: string;
    inviteeIds: string[];
    role: 'STUDENT' | 'SUPERVISOR';
    invitedBy: string;
  },
): Promise<void> {
  if (!input.inviteeIds.length) return;
  await db
    .insert(classInvitations)
    .values(
      input.inviteeIds.map((inviteeId) => ({
        classId: input.classId,
        inviteeId,
        role: input.role,
        invitedBy: input.invitedBy,
      })),
    )
    .onConflictDoNothing();
}

/** The pending invitation of one person to one class; null when there is none. */
export async function pendingInvitation(
  db: Db,
  classId: string,
  inviteeId: string,
): Promise<InvitationRow | null> {
  const [row] = await db
    .select()
    .from(classInvitations)
    .where(
      and(
        eq(classInvitations.classId, classId),
        eq(classInvitations.inviteeId, inviteeId),
        eq(classInvitations.status, 'PENDING'),
      ),
    );
  return row ?? null;
}

/** One invitation; null when there is none. */
export async function findInvitation(db: Db, id: string): Promise<InvitationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(classInvitations).where(eq(classInvitations.id, id));
  return row ?? null;
}

/**
 * Answers a pending invitation; accepting enrols (or assigns) the invitee in the same
 * transaction. Null when it was no longer pending (answered, withdrawn or overtaken).
 */
export async function answerInvitation(
  db: Db,
  id: string,
  accept: boolean,
): Promise<InvitationRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(classInvitations)
      .set({ status: accept ? 'ACCEPTED' : 'DECLINED', respondedAt: sql`now()` })
      .where(and(eq(classInvitations.id, id), eq(classInvitations.status, 'PENDING')))
      .returning();
    if (!row || !accept) return row ?? null;
    if (row.role === 'STUDENT') await enrollStudents(tx as never, row.classId, [row.inviteeId]);
    else await assignSupervisor(tx as never, row.classId, row.inviteeId);
    return row;
  });
}

/** Withdraws a pending invitation; null when it was no longer pending. */
export async function revokeInvitation(db: Db, id: string): Promise<InvitationRow | null> {
  const [row] = await db
    .update(classInvitations)
    .set({ status: 'REVOKED', respondedAt: sql`now()` })
    .where(and(eq(classInvitations.id, id), eq(classInvitations.status, 'PENDING')))
    .returning();
  return row ?? null;
}

/**
 * Marks pending invitations overtaken: everyone's in a class being archived, or these
 * people's once they joined another way.
 */
export async function overtakeInvitations(
  db: Db,
  classId: string,
  inviteeIds?: string[],
): Promise<void> {
  if (inviteeIds && !inviteeIds.length) return;
  await db
    .update(classInvitations)
    .set({ status: 'REVOKED', respondedAt: sql`now()` })
    .where(
      and(
        eq(classInvitations.classId, classId),
        eq(classInvitations.status, 'PENDING'),
        inviteeIds ? inArray(classInvitations.inviteeId, inviteeIds) : undefined,
      ),
    );
}

/** A page of pending invitations (of one class or of one invitee), oldest first. */
export async function pendingInvitations(
  db: Db,
  of: { classId: string } | { inviteeId: string },
  size: number,
  after: CursorPosition | null,
): Promise<InvitationRow[]> {
  return db
    .select()
    .from(classInvitations)
    .where(
      and(
        'classId' in of
          ? eq(classInvitations.classId, of.classId)
          : eq(classInvitations.inviteeId, of.inviteeId),
        eq(classInvitations.status, 'PENDING'),
        keysetAfter(classInvitations.createdAt, classInvitations.id, after, { order: 'asc' }),
      ),
    )
    .orderBy(asc(classInvitations.createdAt), asc(classInvitations.id))
    .limit(size + 1);
}

/** Issues a new join code for a class (retrying the rare collision); null disables joining by code. */
export async function setJoinCode(db: Db, classId: string, enabled: boolean): Promise<ClassModel> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const [row] = await db
        .update(classes)
        .set({ joinCode: enabled ? newJoinCode() : null })
        .where(eq(classes.id, classId))
        .returning();
      return row!;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/** The active class a join code opens; null when no active class has it. */
export async function classByJoinCode(db: Db, code: string): Promise<ClassModel | null> {
  const normalized = normalizeJoinCode(code);
  if (!/^[A-Z0-9]{4,16}$/.test(normalized)) return null;
  const [row] = await db
    .select()
    .from(classes)
    .where(and(eq(classes.joinCode, normalized), sql`${classes.archivedAt} is null`));
  return row ?? null;
}

/** A page of invitations as a Relay connection, oldest first. */
export const invitationPage = (rows: InvitationRow[], size: number) =>
  toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
