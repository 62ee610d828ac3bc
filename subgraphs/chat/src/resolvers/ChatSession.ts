import { decodeCursor, pageSize, toBackwardConnection, toConnection } from '@aula/runtime';
import type { ChatSessionResolvers } from '../generated/graphql';
import { readableSession } from '../guards';
import { firstPagesOf, hasStreamingAnswer, listMessages, messagePosition } from '../messages';

/** A conversation over its row. */
export const ChatSession: ChatSessionResolvers = {
  __resolveReference: async (ref, ctx) => (await readableSession(ctx, ref.id)).session,
  owner: (session) => ({ id: session.ownerId }),
  isStreaming: (session, _args, ctx) => hasStreamingAnswer(ctx.db, session.id),
  title: async (session, _args, ctx) => {
    const since = await ctx.access.readableFrom(ctx.principal, session.ownerId);
    // A title names the conversation's start; from before a supervisor's tie, it stays unsaid.
    return since && session.createdAt.getTime() < since.getTime()
      ? 'Conversation started before you supervised'
      : session.title;
  },
  deletedByOwnerAt: (session) => session.deletedByOwnerAt,
  messages: async (session, { first, after, last, before }, ctx) => {
    const since = await ctx.access.readableFrom(ctx.principal, session.ownerId);
    if (last != null) {
      // Backwards from the newest (or from `before`): how a chat opens at its latest messages.
      const size = pageSize(last, { max: 200, argument: 'last' });
      const rows =
        before != null
          ? await listMessages(ctx.db, session.id, size, decodeCursor(before), since, 'desc')
          : await firstPagesOf(ctx, ctx.db).load({
              sessionId: session.id,
              size,
              since: since ?? null,
              order: 'desc',
            });
      return toBackwardConnection(rows, size, messagePosition);
    }
    const size = pageSize(first, { fallback: 50, max: 200 });
    const rows =
      after != null
        ? await listMessages(ctx.db, session.id, size, decodeCursor(after), since)
        : await firstPagesOf(ctx, ctx.db).load({
            sessionId: session.id,
            size,
            since: since ?? null,
            order: 'asc',
          });
    return toConnection(rows, size, messagePosition);
  },
};
