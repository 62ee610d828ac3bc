import type { MessageCommentResolvers } from '../generated/graphql';

/** A supervisor's private comment on a message. */
export const MessageComment: MessageCommentResolvers = {
  student: (comment) => ({ id: comment.studentId }),
  author: (comment) => ({ id: comment.authorId }),
};
