import type { ChatStreamEventResolvers } from '../generated/graphql';

/** Every stream event carries its type name across the bus. */
export const ChatStreamEvent: ChatStreamEventResolvers = {
  __resolveType: (event) => event.__typename,
};
