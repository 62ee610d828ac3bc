import {
  appError,
  badInput,
  ErrorCode,
  forbidden,
  notFound,
  decodeCursor,
  emptyConnection,
  pageSize,
  toConnection,
} from '@aula/runtime';
import { isUuid } from '../classes';
import { findFlag, listFlags, openFlagCount, resolveFlag } from '../flags';
import { FLAG_EVENTS, type FlagEvent } from '../flag-watcher';
import type { Resolvers } from '../generated/graphql';
import { insideWindow, managedClass, reader, readWindow, writer } from './access';

/** The flags inbox, resolving flags, and `User.openFlagCount`. */
export const flagResolvers: Resolvers = {
  Query: {
    flags: async (_p, { filter, first, after }, ctx) => {
      const person = reader(ctx);
      if (person.role === 'STUDENT')
        throw forbidden('Only supervisors and admins have a flags inbox.');
      const size = pageSize(first);
      const cursor = decodeCursor(after);
      if (filter?.classId) await managedClass(ctx, person, filter.classId);
      for (const id of [filter?.studentId]) if (id && !isUuid(id)) return emptyConnection();
      const since = filter?.since ? new Date(filter.since) : undefined;
      const rows = await listFlags(
        ctx.db,
        {
          supervisorId: person.role === 'ADMIN' ? undefined : person.userId,
          classId: filter?.classId ?? undefined,
          studentId: filter?.studentId ?? undefined,
          status: filter?.status ?? undefined,
          category: filter?.category ?? undefined,
          severity: filter?.severity ?? undefined,
          since,
        },
        size,
        cursor,
      );
      return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
    },
    flag: async (_p, { id }, ctx) => {
      const person = reader(ctx);
      const found = await findFlag(ctx.db, id);
      if (!found) return null;
      if (!insideWindow(await readWindow(ctx, person, found.studentId), found.createdAt))
        throw forbidden(
          'Only the student’s supervisors (for flags raised while they supervise) and admins may read this flag.',
        );
      return found;
    },
  },
  Mutation: {
    resolveFlag: async (_p, { flagId, resolution, note }, ctx) => {
      const person = writer(ctx);
      const cleanNote = note?.trim() || null;
      if (cleanNote && cleanNote.length > 2000)
        throw badInput('A note must be at most 2000 characters.', { argument: 'note' });
      const found = await findFlag(ctx.db, flagId);
      if (!found) throw notFound('The flag');
      if (!insideWindow(await readWindow(ctx, person, found.studentId), found.createdAt)) {
        throw forbidden('Only the student’s supervisors and admins may resolve this flag.');
      }
      const resolved = await resolveFlag(ctx.db, flagId, resolution, cleanNote, person.userId);
      if (!resolved)
        throw appError(
          ErrorCode.CONFLICT,
          `This flag was already ${found.status.toLowerCase()}; reload to see who resolved it.`,
        );
      await ctx.bus.publish(FLAG_EVENTS, { event: 'resolved', flag: resolved } satisfies FlagEvent);
      return resolved;
    },
  },
  Flag: {
    student: (f) => ({ id: f.studentId }),
    resolvedBy: (f) => (f.resolvedBy ? { id: f.resolvedBy } : null),
  },
  User: {
    __resolveReference: (ref) => ({ id: ref.id }),
    openFlagCount: async (user, _a, ctx) => {
      const person = reader(ctx);
      const window = person.userId === user.id ? null : await readWindow(ctx, person, user.id);
      if (window === false) {
        throw forbidden('Only the person, their supervisors and admins may see their open flags.');
      }
      return isUuid(user.id) ? openFlagCount(ctx.db, user.id, window) : 0;
    },
  },
};
