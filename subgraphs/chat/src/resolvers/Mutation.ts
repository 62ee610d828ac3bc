import { appError, badInput, ErrorCode, requireScope, requireService } from '@aula/runtime';
import { ChatService } from '../chat-service';
import { chatbotFor } from '../chatbots';
import type { MutationResolvers } from '../generated/graphql';
import { ownSession } from '../guards';
import { createSession, deleteSessionIfIdle, findSession, renameSession } from '../sessions';

/** Conversations and messages: starting, renaming, deleting, sending, stopping; monitoring's notes and stops. */
export const Mutation: MutationResolvers = {
  startChat: async (_parent, { chatbotId, message }, ctx) => {
    const person = requireScope(ctx, 'chat:write');
    if (message != null) ctx.chat.checkContent(message);
    const chatbot = await chatbotFor(
      ctx.services,
      ctx.isAvailable('content'),
      chatbotId ?? null,
      person.userId,
    );
    const session = await createSession(ctx.db, {
      ownerId: person.userId,
      chatbotId: chatbot.chatbotId,
      chatbotVersionId: chatbot.versionId,
    });
    if (message == null) return session;
    try {
      await ctx.chat.sendMessage(person.userId, session, message);
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
};
