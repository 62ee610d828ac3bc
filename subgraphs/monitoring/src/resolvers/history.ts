import { decodeCursor, emptyConnection, forbidden, pageSize, toConnection } from '@aula/runtime';
import { classHistory, flagsById } from '../activity-log';
import { isUuid } from '../classes';
import { openFlagCountOfInbox } from '../flags';
import type { Resolvers } from '../generated/graphql';
import { notesOfStudent } from '../interventions';
import { managedClass, reader, readWindow } from './access';

/** What supervision remembers: a class's past activity, the inbox count, a student's notes. */
export const historyResolvers: Resolvers = {
  Query: {
    classActivityHistory: async (_p, { classId, first, after }, ctx) => {
      const person = reader(ctx);
      if (person.role === 'STUDENT')
        throw forbidden('Only the supervisors of this class and admins may read its activity.');
      const size = pageSize(first);
      const cursor = decodeCursor(after);
      await managedClass(ctx, person, classId);
      const rows = await classHistory(
        ctx.db,
        { classId, viewerId: person.role === 'ADMIN' ? null : person.userId },
        size,
        cursor,
      );
      const flags = await flagsById(
        ctx.db,
        rows.flatMap((row) => (row.flagId ? [row.flagId] : [])),
      );
      const events = rows.map((row) => ({
        ...row,
        event: { ...row.event, flag: row.flagId ? (flags.get(row.flagId) ?? null) : null },
      }));
      const connection = toConnection(events, size, (row) => ({ key: row.at, id: row.id }));
      return {
        ...connection,
        edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.event })),
      };
    },
    myOpenFlagCount: (_p, _a, ctx) => {
      const person = reader(ctx);
      if (person.role === 'STUDENT')
        throw forbidden('Only supervisors and admins have a flags inbox.');
      return openFlagCountOfInbox(ctx.db, person.role === 'ADMIN' ? null : person.userId);
    },
  },
  User: {
    supervisorNotes: async (user, { first, after }, ctx) => {
      const person = reader(ctx);
      const size = pageSize(first);
      const cursor = decodeCursor(after);
      const window = person.userId === user.id ? null : await readWindow(ctx, person, user.id);
      if (window === false)
        throw forbidden(
          'Only the person, their supervisors and admins may read the notes in their conversations.',
        );
      if (!isUuid(user.id)) return emptyConnection();
      const rows = await notesOfStudent(ctx.db, user.id, window, size, cursor);
      return toConnection(rows, size, (note) => ({ key: note.createdAt, id: note.messageId }));
    },
  },
};
