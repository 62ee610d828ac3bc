import { DateTimeScalar } from '@aula/runtime';
import type { Resolvers } from '../generated/graphql';
import { Chatbot } from './Chatbot';
import { ChatbotTemplate } from './ChatbotTemplate';
import { ChatbotVersion } from './ChatbotVersion';
import { Material } from './Material';
import { Mutation } from './Mutation';
import { Query } from './Query';

/** The content subgraph's resolvers: one module per GraphQL type, named after it. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Chatbot,
  ChatbotVersion,
  Material,
  ChatbotTemplate,
};
