import { decodeCursor, pageSize } from '@aula/runtime';
import { managedClass, reader } from '../access';
import * as classes from '../classes';
import { openFlagCountOfClass } from '../flags';
import type { ClassResolvers } from '../generated/graphql';
import { invitationPage, pendingInvitations } from '../invitations';

/** A class over its row; members and settings only for its supervisors and admins. */
export const Class: ClassResolvers = {
  // Content references classes it publishes to; the field that led here was authorised there.
  __resolveReference: async (ref, ctx) => classes.findClass(ctx.db, ref.id),
  archived: (c) => c.archivedAt !== null,
  supervisors: async (c, _a, ctx) => {
    await managedClass(ctx, reader(ctx), c.id);
    return (await classes.activeSupervisorIds(ctx.db, c.id)).map((id) => ({ id }));
  },
  students: async (c, _a, ctx) => {
    await managedClass(ctx, reader(ctx), c.id);
    return (await classes.activeStudentIds(ctx.db, c.id)).map((id) => ({ id }));
  },
  flagKeywords: async (c, _a, ctx) => {
    await managedClass(ctx, reader(ctx), c.id);
    return c.flagKeywords;
  },
  openFlagCount: async (c, _a, ctx) => {
    await managedClass(ctx, reader(ctx), c.id);
    return openFlagCountOfClass(ctx.db, c.id);
  },
  joinCode: async (c, _a, ctx) => {
    await managedClass(ctx, reader(ctx), c.id);
    return c.joinCode;
  },
  pendingInvitations: async (c, { first, after }, ctx) => {
    await managedClass(ctx, reader(ctx), c.id);
    const size = pageSize(first);
    const rows = await pendingInvitations(ctx.db, { classId: c.id }, size, decodeCursor(after));
    return invitationPage(rows, size);
  },
};
