import { creditAmount, notFound, requireScope, requireService } from '@aula/runtime';
import { ChatService } from '../chat-service';
import type { Resolvers } from '../generated/graphql';
import { findMessage } from '../messages';
import { ownSession } from './guards';

/** Messages: sending, stopping, supervisor notes, and the ChatMessage type. */
export const messageResolvers: Resolvers = {
  Mutation: {
    sendMessage: async (_parent, { sessionId, content }, ctx) => {
      ctx.chat.checkContent(content);
      const { session, userId } = await ownSession(ctx, sessionId);
      ChatService.requireOwner(userId, session);
      return ctx.chat.sendMessage(userId, session, content);
    },
    stopGeneration: async (_parent, { messageId }, ctx) => {
      if (ctx.principal?.kind !== 'service') requireScope(ctx, 'chat:write');
      return ctx.chat.stopGeneration(ctx.principal, messageId);
    },
    stopAnswer: async (_parent, { messageId, reason }, ctx) => {
      requireService(ctx, 'monitoring');
      await ctx.chat.stopAnswer(messageId, reason);
      return true;
    },
    appendSupervisorNote: async (_parent, { sessionId, supervisorId, content }, ctx) => {
      requireService(ctx, 'monitoring');
      return ctx.chat.appendSupervisorNote(sessionId, supervisorId, content);
    },
  },
  ChatMessage: {
    __resolveReference: async (ref, ctx) => {
      const message = await findMessage(ctx.db, ref.id);
      if (!message) throw notFound('That message');
      await ctx.access.require(ctx.principal, message.ownerId);
      return message;
    },
    creditsCharged: (message) =>
      message.creditsChargedMicro === null ? null : creditAmount(message.creditsChargedMicro),
    author: (message) => (message.authorId ? { id: message.authorId } : null),
    createdAt: (message) => message.createdAt,
    completedAt: (message) => message.completedAt,
  },
};
