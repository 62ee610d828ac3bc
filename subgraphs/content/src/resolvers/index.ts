import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { Chatbot, ChatbotVersion } from './chatbot';
import { ChatbotTemplate, Material } from './material';
import { Mutation } from './mutation';
import { Query } from './query';

/** The content subgraph's resolvers. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Chatbot,
  ChatbotVersion,
  Material,
  ChatbotTemplate,
};
