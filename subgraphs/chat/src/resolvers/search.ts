import {
  badInput,
  decodeCursor,
  pageSize,
  requireRole,
  requireScope,
  requireSession,
  toConnection,
} from '@aula/runtime';
import type { QueryResolvers } from '../generated/graphql';
import { allMessages, allSessions, exportFile } from '../export';
import { hitPosition, searchOwnMessages } from '../search';
import { ownSession, operationOf } from '../guards';

/** Searching and exporting conversations. */
export const searchQueries: Pick<
  QueryResolvers,
  'searchMyChats' | 'exportMyChatSession' | 'exportUserChats'
> = {
  searchMyChats: async (_parent, { query, first, after }, ctx) => {
    const person = requireScope(ctx, 'chat:read');
    const words = query.trim();
    if (words.length < 1 || words.length > 200)
      throw badInput('Search for 1 to 200 characters.', { field: 'query' });
    const size = pageSize(first, { fallback: 20, max: 50 });
    const rows = await searchOwnMessages(ctx.db, person.userId, words, size, decodeCursor(after));
    return toConnection(rows, size, hitPosition);
  },
  exportMyChatSession: async (_parent, { sessionId, format }, ctx) => {
    const { session } = await ownSession(ctx, sessionId);
    const messages = await allMessages(ctx.db, session.id);
    return exportFile([{ session, messages }], format, session.title);
  },
  exportUserChats: async (_parent, { userId, format }, ctx, info) => {
    // Administrators signed in as themselves: an export of someone's conversations is a
    // safeguarding or data-subject act, not something an API key does.
    requireSession(ctx);
    const admin = requireRole(ctx, 'ADMIN');
    const sessions = await allSessions(ctx.db, userId, true);
    const exported = [];
    for (const session of sessions) {
      // Recorded before the text is read, like every other read of someone else's messages.
      await ctx.access.recordRead(admin, {
        ownerId: session.ownerId,
        sessionId: session.id,
        kind: 'OPENED',
        operation: operationOf(ctx, info),
      });
      exported.push({ session, messages: await allMessages(ctx.db, session.id) });
    }
    return exportFile(exported, format, `conversations-${userId}`);
  },
};
