import {
  badInput,
  creditAmount,
  forbidden,
  notFound,
  requireScope,
  requireService,
} from '@aula/runtime';
import { ChatService } from '../chat-service';
import type { Resolvers } from '../generated/graphql';
import { findMessage, streamingReservationIds } from '../messages';
import { operationOf, ownSession } from './guards';

/** Most reservation ids one `settlementPending` call may ask about. */
const MAX_PENDING_QUERY = 500;

/** Messages: sending, stopping, supervisor notes, settlements owed, and the ChatMessage type. */
export const messageResolvers: Resolvers = {
  Query: {
    settlementPending: async (_parent, { reservationIds }, ctx) => {
      requireService(ctx, 'accounting');
      if (reservationIds.length > MAX_PENDING_QUERY)
        throw badInput(`Ask about at most ${MAX_PENDING_QUERY} reservations at a time.`);
      const [owed, live] = await Promise.all([
        ctx.outbox.pendingReservations(reservationIds),
        streamingReservationIds(ctx.db, reservationIds),
      ]);
      return [...new Set([...owed, ...live])];
    },
  },
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
      const since = await ctx.access.readableFrom(ctx.principal, message.ownerId);
      if (since && new Date(message.createdAt).getTime() < since.getTime())
        throw forbidden('This message is from before you supervised this student.');
      return message;
    },
    // Every path to a message's text passes here: a reader other than its owner is put on record first.
    content: async (message, _args, ctx, info) => {
      await ctx.access.recordRead(ctx.principal, {
        ownerId: message.ownerId,
        sessionId: message.sessionId,
        kind: 'OPENED',
        operation: operationOf(ctx, info),
      });
      return message.content;
    },
    creditsCharged: (message) =>
      message.creditsChargedMicro === null ? null : creditAmount(message.creditsChargedMicro),
    author: (message) => (message.authorId ? { id: message.authorId } : null),
    createdAt: (message) => message.createdAt,
    completedAt: (message) => message.completedAt,
  },
};
