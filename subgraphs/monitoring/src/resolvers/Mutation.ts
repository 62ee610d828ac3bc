import {
  appError,
  badInput,
  ErrorCode,
  forbidden,
  notFound,
  requirePerson,
  requireRole,
  requireService,
} from '@aula/runtime';
import { announceChange, insideWindow, managedClass, readWindow, supervisedOwner } from '../access';
import { recordAccess } from '../audit';
import * as classes from '../classes';
import { FLAG_EVENTS, type FlagEvent } from '../flag-watcher';
import { findFlag, resolveFlag } from '../flags';
import { applyLmsRoster } from '../lti/roster';
import type { MutationResolvers } from '../generated/graphql';
import { webhookMutations } from './webhooks';
import { resetHelpResources, saveHelpResources } from '../help-resources';
import {
  cleanIds,
  cleanKeywords,
  cleanName,
  cleanTerm,
  cleanText,
  requireActive,
  rosterIds,
} from '../input';
import { addComment, recordNote } from '../interventions';
import {
  answerInvitation,
  classByJoinCode,
  findInvitation,
  invite,
  overtakeInvitations,
  revokeInvitation,
  setJoinCode,
  pendingInvitation,
} from '../invitations';
import { saveNotificationSettings } from '../notifications';
import { requireRoles } from '../people';

/** Classes and their members, join codes and invitations, flags, teacher notes and comments, alert settings; chat's access records. */
export const Mutation: MutationResolvers = {
  ...webhookMutations,
  setHelpResources: async (_p, { input }, ctx) => {
    const person = requirePerson(ctx);
    if (person.role !== 'ADMIN') throw forbidden('Only admins set the school’s help resources.');
    return saveHelpResources(ctx.db, input, person.userId);
  },
  resetHelpResources: async (_p, { locale }, ctx) => {
    const person = requirePerson(ctx);
    if (person.role !== 'ADMIN') throw forbidden('Only admins set the school’s help resources.');
    return resetHelpResources(ctx.db, locale);
  },
  createClass: async (_p, { input }, ctx) => {
    const person = requirePerson(ctx);
    requireRole(ctx, 'ADMIN', 'SUPERVISOR');
    const supervisorIds = cleanIds(
      [...(input.supervisorIds ?? []), ...(person.role === 'SUPERVISOR' ? [person.userId] : [])],
      'supervisorIds',
    );
    const studentIds = cleanIds(input.studentIds ?? [], 'studentIds');
    // A supervisor's class starts with them alone; everyone else they name is invited.
    const direct = person.role === 'ADMIN';
    const name = cleanName(input.name);
    const term = cleanTerm(input.term);
    const flagKeywords = cleanKeywords(input.flagKeywords ?? []);
    await requireRoles(ctx.people, supervisorIds, ['SUPERVISOR', 'ADMIN'], 'supervisors');
    await requireRoles(ctx.people, studentIds, ['STUDENT'], 'enrolled as students');
    const created = await classes.createClass(ctx.db, {
      name,
      term,
      createdBy: person.userId,
      supervisorIds: direct ? supervisorIds : [person.userId],
      studentIds: direct ? studentIds : [],
      flagKeywords,
    });
    if (!direct) {
      const coTeachers = supervisorIds.filter((id) => id !== person.userId);
      await invite(ctx.db, {
        classId: created.id,
        inviteeIds: coTeachers,
        role: 'SUPERVISOR',
        invitedBy: person.userId,
      });
      await invite(ctx.db, {
        classId: created.id,
        inviteeIds: studentIds,
        role: 'STUDENT',
        invitedBy: person.userId,
      });
    }
    await announceChange(ctx, { studentIds: direct ? studentIds : [], classIds: [created.id] });
    return created;
  },
  updateClass: async (_p, { classId, name, term }, ctx) => {
    await managedClass(ctx, requirePerson(ctx), classId);
    return classes.updateClass(ctx.db, classId, {
      ...(name != null ? { name: cleanName(name) } : {}),
      ...(term != null ? { term: cleanTerm(term) } : {}),
    });
  },
  enrollStudents: async (_p, { classId, userIds }, ctx) => {
    const person = requirePerson(ctx);
    const found = await managedClass(ctx, person, classId);
    requireActive(found);
    const ids = cleanIds(userIds, 'userIds');
    await requireRoles(ctx.people, ids, ['STUDENT'], 'enrolled as students');
    if (person.role !== 'ADMIN') {
      // A teacher never pulls a student in: those not already enrolled are invited.
      const enrolled = new Set(await classes.activeStudentIds(ctx.db, classId));
      const inviteeIds = ids.filter((id) => !enrolled.has(id));
      await invite(ctx.db, { classId, inviteeIds, role: 'STUDENT', invitedBy: person.userId });
      return found;
    }
    await classes.enrollStudents(ctx.db, classId, ids);
    await overtakeInvitations(ctx.db, classId, ids);
    await announceChange(ctx, { studentIds: ids, classIds: [classId] });
    return found;
  },
  unenrollStudents: async (_p, { classId, userIds }, ctx) => {
    const found = await managedClass(ctx, requirePerson(ctx), classId);
    requireActive(found);
    const ids = cleanIds(userIds, 'userIds').filter(classes.isUuid);
    await classes.unenrollStudents(ctx.db, classId, ids);
    await announceChange(ctx, { studentIds: ids, classIds: [classId] });
    return found;
  },
  assignSupervisor: async (_p, { classId, userId }, ctx) => {
    const person = requirePerson(ctx);
    const found = await managedClass(ctx, person, classId);
    requireActive(found);
    await requireRoles(ctx.people, [userId], ['SUPERVISOR', 'ADMIN'], 'supervisors');
    if (person.role !== 'ADMIN') {
      // A co-teacher joins by accepting; until then they see nothing of the class.
      if (!(await classes.activeSupervisorIds(ctx.db, classId)).includes(userId))
        await invite(ctx.db, {
          classId,
          inviteeIds: [userId],
          role: 'SUPERVISOR',
          invitedBy: person.userId,
        });
      return found;
    }
    await classes.assignSupervisor(ctx.db, classId, userId);
    await overtakeInvitations(ctx.db, classId, [userId]);
    await announceChange(ctx, {
      studentIds: await classes.activeStudentIds(ctx.db, classId),
      classIds: [classId],
    });
    return found;
  },
  removeSupervisor: async (_p, { classId, userId }, ctx) => {
    const found = await managedClass(ctx, requirePerson(ctx), classId);
    requireActive(found);
    if (classes.isUuid(userId)) await classes.removeSupervisor(ctx.db, classId, userId);
    await announceChange(ctx, {
      studentIds: await classes.activeStudentIds(ctx.db, classId),
      classIds: [classId],
    });
    return found;
  },
  archiveClass: async (_p, { classId }, ctx) => {
    await managedClass(ctx, requirePerson(ctx), classId);
    const archived = await classes.archiveClass(ctx.db, classId);
    await overtakeInvitations(ctx.db, classId);
    await announceChange(ctx, {
      studentIds: await classes.activeStudentIds(ctx.db, classId),
      classIds: [classId],
    });
    return archived;
  },
  setClassFlagKeywords: async (_p, { classId, keywords }, ctx) => {
    await managedClass(ctx, requirePerson(ctx), classId);
    return classes.setFlagKeywords(ctx.db, classId, cleanKeywords(keywords));
  },
  resolveFlag: async (_p, { flagId, resolution, note }, ctx) => {
    const person = requirePerson(ctx);
    const cleanNote = note?.trim() || null;
    if (cleanNote && cleanNote.length > 2000)
      throw badInput('A note must be at most 2000 characters.', { argument: 'note' });
    const found = await findFlag(ctx.db, flagId);
    if (!found) throw notFound('The flag');
    if (!insideWindow(await readWindow(ctx, person, found.studentId), found.createdAt)) {
      throw forbidden('Only the student’s supervisors and admins may resolve this flag.');
    }
    const resolved = await resolveFlag(ctx.db, flagId, resolution, cleanNote, person.userId);
    if (!resolved)
      throw appError(
        ErrorCode.CONFLICT,
        `This flag was already ${found.status.toLowerCase()}; reload to see who resolved it.`,
      );
    await ctx.bus.publish(FLAG_EVENTS, { event: 'resolved', flag: resolved } satisfies FlagEvent);
    return resolved;
  },
  postSupervisorNote: async (_p, { sessionId, content }, ctx) => {
    const person = requirePerson(ctx);
    const text = cleanText(content, 4000, 'A note');
    const owner = await supervisedOwner(ctx, person, sessionId);
    const message = await ctx.chat.appendSupervisorNote(sessionId, person.userId, text);
    return recordNote(ctx.db, {
      messageId: message.id,
      sessionId,
      studentId: owner,
      supervisorId: person.userId,
      content: text,
      createdAt: new Date(message.createdAt),
    });
  },
  commentOnMessage: async (_p, { input }, ctx) => {
    const person = requirePerson(ctx);
    const text = cleanText(input.content, 2000, 'A comment');
    const owner = await supervisedOwner(ctx, person, input.sessionId);
    const place = await ctx.chat.messagePlace(input.messageId);
    if (!place || place.sessionId !== input.sessionId) {
      throw badInput('That message is not part of this conversation.', {
        argument: 'messageId',
      });
    }
    if (!insideWindow(await readWindow(ctx, person, owner), place.createdAt))
      throw forbidden('That message is from before you supervised this student.');
    return addComment(ctx.db, {
      messageId: input.messageId,
      sessionId: input.sessionId,
      studentId: owner,
      authorId: person.userId,
      content: text,
    });
  },
  applyLmsRoster: async (_p, { input }, ctx) => {
    requireService(ctx, 'auth');
    const ids = [...input.studentIds, ...input.supervisorIds];
    if (!ids.every(classes.isUuid) || (input.classId != null && !classes.isUuid(input.classId)))
      throw badInput('Class and people are named by their ids.', { argument: 'input' });
    const outcome = await applyLmsRoster(ctx.db, { ...input, classId: input.classId ?? null });
    await announceChange(ctx, {
      studentIds: outcome.changedStudentIds,
      classIds: [outcome.classId],
    });
    return outcome.classId;
  },
  recordConversationAccess: async (_p, { input }, ctx) => {
    requireService(ctx, 'chat');
    if (!classes.isUuid(input.viewerId) || !classes.isUuid(input.studentId)) {
      throw badInput('viewerId and studentId must be user ids.', { argument: 'input' });
    }
    if (input.viewerId === input.studentId) return false;
    // A repeat within the same minute is already on record: still true, the look is recorded.
    await recordAccess(ctx.db, {
      ...input,
      operation: (input.operation ?? '').slice(0, 200),
    });
    return true;
  },
  joinClass: async (_p, { code }, ctx) => {
    const person = requirePerson(ctx);
    if (person.role !== 'STUDENT') throw forbidden('Only students join classes with a code.');
    const found = await classByJoinCode(ctx.db, code);
    if (!found) throw notFound('A class with that code');
    await classes.enrollStudents(ctx.db, found.id, [person.userId]);
    await overtakeInvitations(ctx.db, found.id, [person.userId]);
    await announceChange(ctx, { studentIds: [person.userId], classIds: [found.id] });
    return found;
  },
  rotateJoinCode: async (_p, { classId }, ctx) => {
    const found = await managedClass(ctx, requirePerson(ctx), classId);
    if (found.archivedAt)
      throw appError(ErrorCode.CONFLICT, 'This class is archived; nobody can join it.');
    return setJoinCode(ctx.db, classId, true);
  },
  disableJoinCode: async (_p, { classId }, ctx) => {
    await managedClass(ctx, requirePerson(ctx), classId);
    return setJoinCode(ctx.db, classId, false);
  },
  respondToClassInvitation: async (_p, { invitationId, accept }, ctx) => {
    const person = requirePerson(ctx);
    const found = await findInvitation(ctx.db, invitationId);
    if (!found || found.inviteeId !== person.userId) throw notFound('The invitation');
    const target = await classes.findClass(ctx.db, found.classId);
    if (accept && target?.archivedAt)
      throw appError(ErrorCode.CONFLICT, 'This class is archived; it cannot be joined.');
    const answered = await answerInvitation(ctx.db, invitationId, accept);
    if (!answered)
      throw appError(
        ErrorCode.CONFLICT,
        `This invitation was already ${found.status.toLowerCase()}.`,
      );
    if (accept) {
      await announceChange(ctx, {
        studentIds:
          found.role === 'STUDENT'
            ? [person.userId]
            : await classes.activeStudentIds(ctx.db, found.classId),
        classIds: [found.classId],
      });
    }
    return answered;
  },
  revokeClassInvitation: async (_p, { invitationId }, ctx) => {
    const person = requirePerson(ctx);
    const found = await findInvitation(ctx.db, invitationId);
    if (!found) throw notFound('The invitation');
    await managedClass(ctx, person, found.classId);
    const revoked = await revokeInvitation(ctx.db, invitationId);
    if (!revoked)
      throw appError(
        ErrorCode.CONFLICT,
        `This invitation was already ${found.status.toLowerCase()}.`,
      );
    return revoked;
  },
  importClassRoster: async (_p, { classId, csv }, ctx) => {
    const person = requirePerson(ctx);
    if (person.role !== 'ADMIN') throw forbidden('Only admins import class rosters.');
    const found = await managedClass(ctx, person, classId);
    if (found.archivedAt)
      throw appError(
        ErrorCode.CONFLICT,
        'This class is archived; its members can no longer change.',
      );
    const ids = rosterIds(csv);
    await requireRoles(ctx.people, ids, ['STUDENT'], 'enrolled as students');
    await classes.enrollStudents(ctx.db, classId, ids);
    await overtakeInvitations(ctx.db, classId, ids);
    await announceChange(ctx, { studentIds: ids, classIds: [classId] });
    return found;
  },
  updateNotificationSettings: async (_p, { emailAlerts, minSeverity }, ctx) => {
    const person = requirePerson(ctx);
    if (person.role === 'STUDENT')
      throw forbidden('Only supervisors and admins receive flag alerts.');
    return saveNotificationSettings(ctx.db, person.userId, { emailAlerts, minSeverity });
  },
  inviteToClass: async (_p, { classId, email, role }, ctx) => {
    const person = requirePerson(ctx);
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
};
