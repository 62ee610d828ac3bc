import {
  decodeCursor,
  emptyConnection,
  forbidden,
  pageSize,
  toConnection,
  requireScope,
} from '@aula/runtime';
import { MONITORING_READ, readWindow } from '../access';
import * as classes from '../classes';
import { openFlagCount } from '../flags';
import { notesOfStudent } from '../interventions';
import type { UserResolvers } from '../generated/graphql';

/** Monitoring's fields on `User`: their open flags and the notes in their conversations. */
export const User: UserResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  openFlagCount: async (user, _a, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const window = person.userId === user.id ? null : await readWindow(ctx, person, user.id);
    if (window === false) {
      throw forbidden('Only the person, their supervisors and admins may see their open flags.');
    }
    return classes.isUuid(user.id) ? openFlagCount(ctx.db, user.id, window) : 0;
  },
  supervisorNotes: async (user, { first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const window = person.userId === user.id ? null : await readWindow(ctx, person, user.id);
    if (window === false)
      throw forbidden(
        'Only the person, their supervisors and admins may read the notes in their conversations.',
      );
    if (!classes.isUuid(user.id)) return emptyConnection();
    const rows = await notesOfStudent(ctx.db, user.id, window, size, cursor);
    return toConnection(rows, size, (note) => ({ key: note.createdAt, id: note.messageId }));
  },
};
