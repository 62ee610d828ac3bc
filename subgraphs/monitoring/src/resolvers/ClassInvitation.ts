import { notFound } from '@aula/runtime';
import * as classes from '../classes';
import type { ClassInvitationResolvers } from '../generated/graphql';

/** An invitation into a class over its row. */
export const ClassInvitation: ClassInvitationResolvers = {
  class: async (invitation, _a, ctx) => {
    const found = await classes.findClass(ctx.db, invitation.classId);
    if (!found) throw notFound('The class');
    return found;
  },
  invitee: (invitation) => ({ id: invitation.inviteeId }),
  invitedBy: (invitation) => ({ id: invitation.invitedBy }),
};
