import {
  appError,
  badInput,
  ErrorCode,
  requireScope,
  requireScopeOrService,
  requireService,
} from '@aula/runtime';
import { chatbotFor } from '../chatbots';
import { customToolMutations } from './customTools';
import type { MutationResolvers } from '../generated/graphql';
import { onBehalfOf, ownSession, recordWrite, sendableSession } from '../guards';
import { createSession, deleteSessionIfIdle, findSession, renameSession } from '../sessions';

/** Conversations and messages: starting, renaming, deleting, sending, stopping; monitoring's notes and stops. */
export const Mutation: MutationResolvers = {
  ...customToolMutations,
  startChat: async (_parent, { chatbotId, message, studentId }, ctx, info) => {
    const person = requireScope(ctx, 'chat:write');
    const ownerId = studentId ?? person.userId;
    if (message != null) ctx.chat.checkContent(message);
    const sentBy = ownerId === person.userId ? undefined : await onBehalfOf(ctx, ownerId);
    const chatbot = await chatbotFor(
      ctx.services,
      ctx.isAvailable('content'),
      chatbotId ?? null,
      ownerId,
    );
    const session = await createSession(ctx.db, {
      ownerId,
      chatbotId: chatbot.chatbotId,
      chatbotVersionId: chatbot.versionId,
    });
    try {
      if (sentBy) await recordWrite(ctx, session, info);
      if (message == null) return session;
      await ctx.chat.sendMessage(ownerId, session, message, sentBy);
    } catch (error) {
      // A refused first message (no credits, too fast) leaves no empty conversation behind.
      await deleteSessionIfIdle(ctx.db, session.id);
      throw error;
    }
    return (await findSession(ctx.db, session.id)) ?? session;
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
  sendMessage: async (_parent, { sessionId, content }, ctx, info) => {
    ctx.chat.checkContent(content);
    const { session, sentBy } = await sendableSession(ctx, sessionId, info);
    return ctx.chat.sendMessage(session.ownerId, session, content, sentBy);
  },
  stopGeneration: async (_parent, { messageId }, ctx) => {
    return ctx.chat.stopGeneration(requireScopeOrService(ctx, 'chat:write'), messageId);
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
};
