import {
  appError,
  badInput,
  decodeCursor,
  ErrorCode,
  forbidden,
  notFound,
  pageSize,
  toConnection,
} from '@aula/runtime';
import * as classes from '../classes';
import type { Resolvers } from '../generated/graphql';
import {
  answerInvitation,
  classByJoinCode,
  findInvitation,
  overtakeInvitations,
  pendingInvitations,
  revokeInvitation,
  setJoinCode,
  type InvitationRow,
} from '../invitations';
import { requireRoles } from '../people';
import { announceChange, managedClass, reader, writer } from './access';

const MAX_ROSTER_ROWS = 500;

/** A page of invitations as a Relay connection, oldest first. */
const invitationPage = (rows: InvitationRow[], size: number) =>
  toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));

/**
 * The user ids of a CSV roster: a header row with an `id` column, one student per row. The
 * cells are user ids (no commas or quotes inside), so splitting lines and cells is exact;
 * a quoted cell is unwrapped.
 */
function rosterIds(csv: string): string[] {
  const rows = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) =>
      line.split(',').map((cell) =>
        cell
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .trim(),
      ),
    );
  const column = rows[0]?.findIndex((cell) => cell.toLowerCase() === 'id') ?? -1;
  if (column < 0)
    throw badInput('The roster needs a header row with an `id` column.', { argument: 'csv' });
  if (rows.length - 1 > MAX_ROSTER_ROWS)
    throw badInput(`A roster can have at most ${MAX_ROSTER_ROWS} rows.`, { argument: 'csv' });
  const ids = [...new Set(rows.slice(1).map((cells) => cells[column] ?? ''))];
  const bad = ids.filter((id) => !classes.isUuid(id));
  if (bad.length)
    throw badInput(`These are not user ids: ${bad.slice(0, 10).join(', ')}.`, { argument: 'csv' });
  return ids;
}

/** Join codes, invitations and roster import: the legitimate ways into a class. */
export const tieResolvers: Resolvers = {
  Query: {
    myClassInvitations: async (_p, { first, after }, ctx) => {
      const person = reader(ctx);
      const size = pageSize(first);
      const rows = await pendingInvitations(
        ctx.db,
        { inviteeId: person.userId },
        size,
        decodeCursor(after),
      );
      return invitationPage(rows, size);
    },
  },
  Mutation: {
    joinClass: async (_p, { code }, ctx) => {
      const person = writer(ctx);
      if (person.role !== 'STUDENT') throw forbidden('Only students join classes with a code.');
      const found = await classByJoinCode(ctx.db, code);
      if (!found) throw notFound('A class with that code');
      await classes.enrollStudents(ctx.db, found.id, [person.userId]);
      await overtakeInvitations(ctx.db, found.id, [person.userId]);
      await announceChange(ctx, { studentIds: [person.userId], classIds: [found.id] });
      return found;
    },
    rotateJoinCode: async (_p, { classId }, ctx) => {
      const found = await managedClass(ctx, writer(ctx), classId);
      if (found.archivedAt)
        throw appError(ErrorCode.CONFLICT, 'This class is archived; nobody can join it.');
      return setJoinCode(ctx.db, classId, true);
    },
    disableJoinCode: async (_p, { classId }, ctx) => {
      await managedClass(ctx, writer(ctx), classId);
      return setJoinCode(ctx.db, classId, false);
    },
    respondToClassInvitation: async (_p, { invitationId, accept }, ctx) => {
      const person = writer(ctx);
      const found = await findInvitation(ctx.db, invitationId);
      if (!found || found.inviteeId !== person.userId) throw notFound('The invitation');
      const target = await classes.findClass(ctx.db, found.classId);
      if (accept && target?.archivedAt)
        throw appError(ErrorCode.CONFLICT, 'This class is archived; it cannot be joined.');
      const answered = await answerInvitation(ctx.db, invitationId, accept);
      if (!answered)
        throw appError(
          ErrorCode.CONFLICT,
          `This invitation was already ${found.status.toLowerCase()}.`,
        );
      if (accept) {
        await announceChange(ctx, {
          studentIds:
            found.role === 'STUDENT'
              ? [person.userId]
              : await classes.activeStudentIds(ctx.db, found.classId),
          classIds: [found.classId],
        });
      }
      return answered;
    },
    revokeClassInvitation: async (_p, { invitationId }, ctx) => {
      const person = writer(ctx);
      const found = await findInvitation(ctx.db, invitationId);
      if (!found) throw notFound('The invitation');
      await managedClass(ctx, person, found.classId);
      const revoked = await revokeInvitation(ctx.db, invitationId);
      if (!revoked)
        throw appError(
          ErrorCode.CONFLICT,
          `This invitation was already ${found.status.toLowerCase()}.`,
        );
      return revoked;
    },
    importClassRoster: async (_p, { classId, csv }, ctx) => {
      const person = writer(ctx);
      if (person.role !== 'ADMIN') throw forbidden('Only admins import class rosters.');
      const found = await managedClass(ctx, person, classId);
      if (found.archivedAt)
        throw appError(
          ErrorCode.CONFLICT,
          'This class is archived; its members can no longer change.',
        );
      const ids = rosterIds(csv);
      await requireRoles(ctx.people, ids, ['STUDENT'], 'enrolled as students');
      await classes.enrollStudents(ctx.db, classId, ids);
      await overtakeInvitations(ctx.db, classId, ids);
      await announceChange(ctx, { studentIds: ids, classIds: [classId] });
      return found;
    },
  },
  Class: {
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
  },
  ClassInvitation: {
    class: async (invitation, _a, ctx) => {
      const found = await classes.findClass(ctx.db, invitation.classId);
      if (!found) throw notFound('The class');
      return found;
    },
    invitee: (invitation) => ({ id: invitation.inviteeId }),
    invitedBy: (invitation) => ({ id: invitation.invitedBy }),
  },
};
