import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { messageResolvers } from './messages';
import { sessionResolvers } from './sessions';
import { streamResolvers } from './stream';

/** The chat subgraph's resolvers. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: { ...sessionResolvers.Query, ...messageResolvers.Query },
  Mutation: { ...sessionResolvers.Mutation, ...messageResolvers.Mutation },
  Subscription: { ...streamResolvers.Subscription },
  ChatSession: sessionResolvers.ChatSession,
  User: sessionResolvers.User,
  ChatMessage: messageResolvers.ChatMessage,
  ChatStreamEvent: streamResolvers.ChatStreamEvent,
  ChatStreamTextDelta: streamResolvers.ChatStreamTextDelta,
  ChatStreamSnapshot: streamResolvers.ChatStreamSnapshot,
  ChatStreamCompleted: streamResolvers.ChatStreamCompleted,
  ChatStreamStopped: streamResolvers.ChatStreamStopped,
  ChatStreamFailed: streamResolvers.ChatStreamFailed,
};
