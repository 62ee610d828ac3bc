import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { AnswerCostEstimate } from './AnswerCostEstimate';
import { ChatMessage } from './ChatMessage';
import { ChatSession } from './ChatSession';
import { ChatStreamCompleted } from './ChatStreamCompleted';
import { ChatStreamEvent } from './ChatStreamEvent';
import { ChatStreamFailed } from './ChatStreamFailed';
import { ChatStreamSnapshot } from './ChatStreamSnapshot';
import { ChatStreamStopped } from './ChatStreamStopped';
import { ChatStreamTextDelta } from './ChatStreamTextDelta';
import { CustomTool } from './CustomTool';
import { CustomToolCall } from './CustomToolCall';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Subscription } from './Subscription';
import { User } from './User';

/** The chat subgraph's resolvers: one module per GraphQL type, named after it. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Subscription,
  User,
  ChatSession,
  AnswerCostEstimate,
  ChatMessage,
  ChatStreamEvent,
  ChatStreamTextDelta,
  ChatStreamSnapshot,
  ChatStreamCompleted,
  ChatStreamStopped,
  ChatStreamFailed,
  CustomTool,
  CustomToolCall,
};
