import { badInput, isUuid, notFound, requireScope, requireService } from '@aula/runtime';
import type { QueryResolvers } from '../generated/graphql';
import { operationOf, readableSession } from '../guards';
import { findMessage, streamingReservationIds } from '../messages';
import { findSession, sessionPage } from '../sessions';
import { customToolQueries } from './customTools';
import { searchQueries } from './search';

/** Most reservation ids one `settlementPending` call may ask about. */
const MAX_PENDING_QUERY = 500;

/** Conversations for people; session owners, message places and owed settlements for services. */
export const Query: QueryResolvers = {
  ...searchQueries,
  ...customToolQueries,
  estimateAnswerCost: async (_parent, { chatbotId, content, studentId }, ctx) => {
    const person = requireScope(ctx, 'chat:read');
    const payer = studentId ?? person.userId;
    if (payer !== person.userId) {
      if (!isUuid(payer)) throw notFound('That student');
      await ctx.access.require(ctx.principal, payer, 'what this student can afford');
    }
    return ctx.chat.estimateAnswerCost(payer, chatbotId, content);
  },
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
    return sessionPage(ctx.db, person.userId, first, after);
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
};
