import {
  badInput,
  forbidden,
  appError,
  decodeCursor,
  ErrorCode,
  pageSize,
  requireScope,
  requireService,
  toConnection,
} from '@aula/runtime';
import { chatbotFor } from '../chatbots';
import type { ChatSubgraphContext } from '../context';
import type { Resolvers } from '../generated/graphql';
import {
  findMessage,
  hasStreamingAnswer,
  lastChatAt,
  listMessages,
  messagePosition,
} from '../messages';
import {
  countSessionsSince,
  createSession,
  findSession,
  listSessions,
  renameSession,
  sessionPosition,
} from '../sessions';
import { operationOf, ownSession, readableSession, requireReader } from './guards';

/** Conversations: queries, mutations, and chat's fields on User. */
export const sessionResolvers: Resolvers = {
  Query: {
    chatSession: async (_parent, { id }, ctx, info) => {
      const { session, grant } = await readableSession(ctx, id);
      if (grant !== 'owner')
        await ctx.access.recordRead(ctx.principal, {
          ownerId: session.ownerId,
          sessionId: session.id,
          kind: 'OPENED',
          operation: operationOf(ctx, info),
        });
      return session;
    },
    myChatSessions: async (_parent, { first, after }, ctx) => {
      const person = requireScope(ctx, 'chat:read');
      return sessionPage(ctx, person.userId, first, after);
    },
    chatSessionOwner: async (_parent, { sessionId }, ctx) => {
      requireService(ctx, 'monitoring');
      return (await findSession(ctx.db, sessionId))?.ownerId ?? null;
    },
    chatMessagePlace: async (_parent, { messageId }, ctx) => {
      requireService(ctx, 'monitoring');
      const message = await findMessage(ctx.db, messageId);
      return message
        ? { sessionId: message.sessionId, ownerId: message.ownerId, createdAt: message.createdAt }
        : null;
    },
  },
  Mutation: {
    startChat: async (_parent, { chatbotId }, ctx) => {
      const person = requireScope(ctx, 'chat:write');
      const chatbot = await chatbotFor(
        ctx.services,
        ctx.isAvailable('content'),
        chatbotId ?? null,
        person.userId,
      );
      return createSession(ctx.db, {
        ownerId: person.userId,
        chatbotId: chatbot.chatbotId,
        chatbotVersionId: chatbot.versionId,
      });
    },
    renameChatSession: async (_parent, { id, title }, ctx) => {
      const { session } = await ownSession(ctx, id);
      const trimmed = title.trim();
      if (trimmed.length < 1 || trimmed.length > 200)
        throw badInput('A title must have 1 to 200 characters.');
      return (await renameSession(ctx.db, session.id, trimmed)) ?? session;
    },
    deleteChatSession: async (_parent, { id }, ctx) => {
      const { session } = await ownSession(ctx, id);
      if (!(await ctx.retention.deleteByOwner(session.id))) {
        throw appError(
          ErrorCode.CONFLICT,
          'An answer is still being written in this chat. Stop it or wait, then delete.',
        );
      }
      return true;
    },
  },
  ChatSession: {
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
    messages: async (session, { first, after }, ctx) => {
      const size = pageSize(first, { fallback: 50, max: 200 });
      const since = await ctx.access.readableFrom(ctx.principal, session.ownerId);
      const rows = await listMessages(ctx.db, session.id, size, decodeCursor(after), since);
      return toConnection(rows, size, messagePosition);
    },
  },
  User: {
    __resolveReference: (ref) => ({ id: ref.id }),
    lastChatAt: async (user, _args, ctx) => {
      await ctx.access.require(requireReader(ctx), user.id, "this person's chat activity");
      return lastChatAt(ctx.db, user.id);
    },
    chatSessions: async (user, { first, after }, ctx) => {
      const principal = requireReader(ctx);
      const grant = await ctx.access.require(principal, user.id, "this person's conversations");
      return sessionPage(ctx, user.id, first, after, {
        includeDeleted: grant !== 'owner',
        activeSince: await ctx.access.readableFrom(principal, user.id),
      });
    },
    chatSessionsToday: async (user, _args, ctx) => {
      if (!(await ctx.access.grant(requireReader(ctx), user.id)))
        throw forbidden("You may not see this person's chat activity.");
      const midnight = new Date();
      midnight.setUTCHours(0, 0, 0, 0);
      return countSessionsSince(ctx.db, user.id, midnight);
    },
  },
};

/** One page of a person's conversations, most recently active first. */
async function sessionPage(
  ctx: ChatSubgraphContext,
  ownerId: string,
  first: number | null | undefined,
  after: string | null | undefined,
  view: Parameters<typeof listSessions>[4] = {},
) {
  const size = pageSize(first);
  const rows = await listSessions(ctx.db, ownerId, size, decodeCursor(after), view);
  return toConnection(rows, size, sessionPosition);
}
