import { appError, badInput, ErrorCode, notFound } from '@aula/runtime';
import * as classes from '../classes';
import type { Resolvers } from '../generated/graphql';
import { invite, pendingInvitation } from '../invitations';
import { requireRoles } from '../people';
import { managedClass, writer } from './access';

/** A teacher's invitation by e-mail, and what alert settings show of the platform's escalation. */
export const inviteResolvers: Resolvers = {
  Mutation: {
    inviteToClass: async (_p, { classId, email, role }, ctx) => {
      const person = writer(ctx);
      const found = await managedClass(ctx, person, classId);
      if (found.archivedAt)
        throw appError(ErrorCode.CONFLICT, 'This class is archived; nobody can be invited to it.');
      const address = email.trim();
      if (!/^[^\s@]+@[^\s@]+$/.test(address) || address.length > 320)
        throw badInput('Enter an e-mail address such as name@school.org.', { argument: 'email' });
      const inviteeId = await ctx.people.idByEmail(address);
      if (!inviteeId) throw notFound('An active account with that e-mail address');
      const student = role === 'STUDENT';
      await requireRoles(
        ctx.people,
        [inviteeId],
        student ? ['STUDENT'] : ['SUPERVISOR', 'ADMIN'],
        student ? 'invited as students' : 'invited as co-teachers',
      );
      const members = student
        ? await classes.activeStudentIds(ctx.db, classId)
        : await classes.activeSupervisorIds(ctx.db, classId);
      if (members.includes(inviteeId))
        throw appError(
          ErrorCode.CONFLICT,
          student ? 'They are already a student of this class.' : 'They already teach this class.',
        );
      await invite(ctx.db, { classId, inviteeIds: [inviteeId], role, invitedBy: person.userId });
      const pending = await pendingInvitation(ctx.db, classId, inviteeId);
      // A pending invitation to the other role keeps its place: one per class and person.
      if (!pending || pending.role !== role)
        throw appError(
          ErrorCode.CONFLICT,
          'They already have an invitation to this class waiting for an answer.',
        );
      return pending;
    },
  },
  NotificationSettings: {
    escalationMinutes: (_settings, _a, ctx) => ctx.escalationMinutes,
  },
};
