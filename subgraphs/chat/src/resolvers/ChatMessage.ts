import { creditAmount, forbidden, notFound } from '@aula/runtime';
import type { ChatMessageResolvers } from '../generated/graphql';
import { operationOf } from '../guards';
import { findMessage } from '../messages';
import { isRecordedByStream } from '../stream/recorded';

/** A message over its row (or the same record after crossing the bus). */
export const ChatMessage: ChatMessageResolvers = {
  __resolveReference: async (ref, ctx) => {
    const message = await findMessage(ctx.db, ref.id);
    if (!message) throw notFound('That message');
    await ctx.access.require(ctx.principal, message.ownerId);
    const since = await ctx.access.readableFrom(ctx.principal, message.ownerId);
    if (since && new Date(message.createdAt).getTime() < since.getTime())
      throw forbidden('This message is from before you supervised this student.');
    return message;
  },
  // Every path to a message's text passes here: a reader other than its owner is put on record
  // first — by the watcher's stream itself for the messages its events carry (see holdUntilRecorded).
  content: async (message, _args, ctx, info) => {
    if (isRecordedByStream(ctx, message.sessionId)) return message.content;
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
  apiKeyId: (message) => message.apiKeyId ?? null,
  createdAt: (message) => message.createdAt,
  completedAt: (message) => message.completedAt,
};
