import {
  badInput,
  forbidden,
  notFound,
  requireService,
  decodeCursor,
  emptyConnection,
  pageSize,
  toConnection,
} from '@aula/runtime';
import { isSupervisorOf, isUuid } from '../classes';
import { listAccess, recordAccess } from '../audit';
import type { MonitoringContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import { addComment, commentsOn, recordNote } from '../interventions';
import { insideWindow, reader, readWindow, writer, type Person } from './access';

function cleanText(content: string, max: number, what: string): string {
  const trimmed = content.trim();
  if (trimmed.length < 1 || trimmed.length > max)
    throw badInput(`${what} must be 1 to ${max} characters.`, { argument: 'content' });
  return trimmed;
}

/**
 * The owner of a session, if `person` supervises them. Notes and comments speak as
 * the student's teacher, so admins without a class link are refused too.
 */
async function supervisedOwner(
  ctx: MonitoringContext,
  person: Person,
  sessionId: string,
): Promise<string> {
  if (person.role !== 'SUPERVISOR' && person.role !== 'ADMIN')
    throw forbidden('Only supervisors can write to a student’s conversation.');
  const owner = await ctx.chat.sessionOwner(sessionId);
  if (!owner) throw notFound('The chat session');
  if (!(await isSupervisorOf(ctx.db, person.userId, owner))) {
    throw forbidden(
      'You can only write to the conversations of students in classes you supervise.',
    );
  }
  return owner;
}

/** Teacher notes, private comments and the audit trail of who viewed what. */
export const interventionResolvers: Resolvers = {
  Query: {
    messageComments: async (_p, { messageId }, ctx) => {
      const person = reader(ctx);
      if (person.role === 'STUDENT')
        throw forbidden('Comments on messages are private to supervisors.');
      // Authorized on the message's own student, never on what earlier comments claim.
      const place = await ctx.chat.messagePlace(messageId);
      if (!place) {
        if (person.role !== 'ADMIN') throw notFound('The message');
        return commentsOn(ctx.db, messageId);
      }
      if (!insideWindow(await readWindow(ctx, person, place.ownerId), place.createdAt)) {
        throw forbidden(
          'Only the student’s supervisors (for messages from while they supervise) and admins may read these comments.',
        );
      }
      return commentsOn(ctx.db, messageId);
    },
    conversationAccessLog: async (_p, { filter, first, after }, ctx) => {
      // Read through `reader` so an admin's integration key with monitoring:read may export the log.
      if (reader(ctx).role !== 'ADMIN')
        throw forbidden('Only admins can read the conversation access log.');
      const size = pageSize(first);
      const cursor = decodeCursor(after);
      for (const id of [filter?.viewerId, filter?.studentId])
        if (id && !isUuid(id)) return emptyConnection();
      const rows = await listAccess(
        ctx.db,
        {
          viewerId: filter?.viewerId ?? undefined,
          studentId: filter?.studentId ?? undefined,
          sessionId: filter?.sessionId ?? undefined,
          since: filter?.since ? new Date(filter.since) : undefined,
          until: filter?.until ? new Date(filter.until) : undefined,
        },
        size,
        cursor,
      );
      return toConnection(rows, size, (row) => ({ key: row.at, id: row.id }));
    },
    whoViewedMyConversations: async (_p, { first, after }, ctx) => {
      const person = reader(ctx);
      const size = pageSize(first);
      const rows = await listAccess(
        ctx.db,
        { studentId: person.userId },
        size,
        decodeCursor(after),
      );
      return toConnection(rows, size, (row) => ({ key: row.at, id: row.id }));
    },
  },
  Mutation: {
    postSupervisorNote: async (_p, { sessionId, content }, ctx) => {
      const person = writer(ctx);
      const text = cleanText(content, 4000, 'A note');
      const owner = await supervisedOwner(ctx, person, sessionId);
      const message = await ctx.chat.appendSupervisorNote(sessionId, person.userId, text);
      return recordNote(ctx.db, {
        messageId: message.id,
        sessionId,
        studentId: owner,
        supervisorId: person.userId,
        content: text,
        createdAt: new Date(message.createdAt),
      });
    },
    commentOnMessage: async (_p, { input }, ctx) => {
      const person = writer(ctx);
      const text = cleanText(input.content, 2000, 'A comment');
      const owner = await supervisedOwner(ctx, person, input.sessionId);
      const place = await ctx.chat.messagePlace(input.messageId);
      if (!place || place.sessionId !== input.sessionId) {
        throw badInput('That message is not part of this conversation.', {
          argument: 'messageId',
        });
      }
      if (!insideWindow(await readWindow(ctx, person, owner), place.createdAt))
        throw forbidden('That message is from before you supervised this student.');
      return addComment(ctx.db, {
        messageId: input.messageId,
        sessionId: input.sessionId,
        studentId: owner,
        authorId: person.userId,
        content: text,
      });
    },
    recordConversationAccess: async (_p, { input }, ctx) => {
      requireService(ctx, 'chat');
      if (!isUuid(input.viewerId) || !isUuid(input.studentId)) {
        throw badInput('viewerId and studentId must be user ids.', { argument: 'input' });
      }
      if (input.viewerId === input.studentId) return false;
      // A repeat within the same minute is already on record: still true, the look is recorded.
      await recordAccess(ctx.db, {
        ...input,
        operation: (input.operation ?? '').slice(0, 200),
      });
      return true;
    },
  },
  ConversationAccess: {
    viewer: (entry) => ({ id: entry.viewerId }),
    student: (entry) => ({ id: entry.studentId }),
  },
  SupervisorNote: {
    student: (note) => ({ id: note.studentId }),
    supervisor: (note) => ({ id: note.supervisorId }),
  },
  MessageComment: {
    student: (comment) => ({ id: comment.studentId }),
    author: (comment) => ({ id: comment.authorId }),
  },
};
