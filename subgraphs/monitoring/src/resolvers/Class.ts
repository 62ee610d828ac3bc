import {
  decodeCursor,
  mapConnection,
  pageSize,
  toConnection,
  type Db,
  requireScope,
} from '@aula/runtime';
import { managedClass, MONITORING_READ } from '../access';
import { memberPage } from '../class-pages';
import * as classes from '../classes';
import { openFlagCountOfClass } from '../flags';
import type { ClassResolvers } from '../generated/graphql';
import { invitationPage, pendingInvitations } from '../invitations';
import type { ClassMemberPage } from '../mappers';

/** One page of a class's current students or supervisors, in the order they joined. */
async function members(
  db: Db,
  classId: string,
  role: 'STUDENT' | 'SUPERVISOR',
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ClassMemberPage> {
  const size = pageSize(first);
  const rows = await memberPage(db, classId, role, size, decodeCursor(after));
  const page = toConnection(rows, size, (row) => ({ key: row.joinedAt, id: row.userId }));
  return { ...mapConnection(page, (row) => ({ id: row.userId })), classId, role };
}

/** A class over its row; members and settings only for its supervisors and admins. */
export const Class: ClassResolvers = {
  // Content references classes it publishes to; the field that led here was authorised there.
  __resolveReference: async (ref, ctx) => classes.findClass(ctx.db, ref.id),
  archived: (c) => c.archivedAt !== null,
  supervisors: async (c, { first, after }, ctx) => {
    await managedClass(ctx, requireScope(ctx, MONITORING_READ), c.id);
    return members(ctx.db, c.id, 'SUPERVISOR', first, after);
  },
  students: async (c, { first, after }, ctx) => {
    await managedClass(ctx, requireScope(ctx, MONITORING_READ), c.id);
    return members(ctx.db, c.id, 'STUDENT', first, after);
  },
  flagKeywords: async (c, _a, ctx) => {
    await managedClass(ctx, requireScope(ctx, MONITORING_READ), c.id);
    return c.flagKeywords;
  },
  openFlagCount: async (c, _a, ctx) => {
    await managedClass(ctx, requireScope(ctx, MONITORING_READ), c.id);
    return openFlagCountOfClass(ctx.db, c.id);
  },
  joinCode: async (c, _a, ctx) => {
    await managedClass(ctx, requireScope(ctx, MONITORING_READ), c.id);
    return c.joinCode;
  },
  pendingInvitations: async (c, { first, after }, ctx) => {
    await managedClass(ctx, requireScope(ctx, MONITORING_READ), c.id);
    const size = pageSize(first);
    const rows = await pendingInvitations(ctx.db, { classId: c.id }, size, decodeCursor(after));
    return invitationPage(rows, size);
  },
};
