import type { ConversationAccessResolvers } from '../generated/graphql';

/** One recorded read of a student's conversation. */
export const ConversationAccess: ConversationAccessResolvers = {
  viewer: (entry) => ({ id: entry.viewerId }),
  student: (entry) => ({ id: entry.studentId }),
};
