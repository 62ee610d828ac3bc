import {
  appError,
  badInput,
  ErrorCode,
  forbidden,
  requireRole,
  requireService,
} from '@aula/runtime';
import * as classes from '../classes';
import { openFlagCountOfClass } from '../flags';
import type { Resolvers } from '../generated/graphql';
import type { ClassModel } from '../mappers';
import { requireRoles } from '../people';
import { classRoster, relationships } from '../relationships';
import { invite, overtakeInvitations } from '../invitations';
import { supervisionSince } from '../ties';
import { announceChange, managedClass, reader, SERVICES, watchesStudent, writer } from './access';

const MAX_IDS = 500;

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120)
    throw badInput('A class name must be 1 to 120 characters.', { argument: 'name' });
  return trimmed;
}

function cleanTerm(term: string | null | undefined): string | null {
  const trimmed = term?.trim() ?? '';
  if (trimmed.length > 60)
    throw badInput('A term must be at most 60 characters.', { argument: 'term' });
  return trimmed || null;
}

function cleanKeywords(keywords: readonly string[]): string[] {
  const cleaned = [
    ...new Set(keywords.map((k) => k.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean)),
  ];
  if (cleaned.length > 200)
    throw badInput('A class can have at most 200 flag keywords.', { argument: 'keywords' });
  const bad = cleaned.filter((k) => k.length < 2 || k.length > 60);
  if (bad.length)
    throw badInput(`Each keyword must be 2 to 60 characters: ${bad.join(', ')}.`, {
      argument: 'keywords',
    });
  return cleaned;
}

function cleanIds(ids: readonly string[], argument: string): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_IDS)
    throw badInput(`At most ${MAX_IDS} people can be changed at once.`, { argument });
  return unique;
}

function requireActive(found: ClassModel): void {
  if (found.archivedAt)
    throw appError(ErrorCode.CONFLICT, 'This class is archived; its members can no longer change.');
}

/** Classes, enrolment, supervision and the relationships derived from them. */
export const classResolvers: Resolvers = {
  Query: {
    myClasses: async (_p, { includeArchived }, ctx) => {
      const person = reader(ctx);
      if (person.role === 'STUDENT')
        return classes.classesOf(ctx.db, person.userId, 'STUDENT', includeArchived ?? false);
      return classes.classesOf(ctx.db, person.userId, 'SUPERVISOR', includeArchived ?? false);
    },
    class: async (_p, { id }, ctx) => {
      const person = reader(ctx);
      const found = await classes.findClass(ctx.db, id);
      if (!found || person.role === 'ADMIN') return found;
      const member =
        person.role === 'SUPERVISOR'
          ? await classes.supervisesClass(ctx.db, id, person.userId, true)
          : await classes.isEnrolled(ctx.db, id, person.userId);
      if (!member) throw forbidden('You may only read classes you supervise or attend.');
      return found;
    },
    classes: async (_p, { includeArchived }, ctx) => {
      if (reader(ctx).role !== 'ADMIN') throw forbidden('Only admins can list every class.');
      return classes.allClasses(ctx.db, includeArchived ?? false);
    },
    classRoster: async (_p, { classId }, ctx) => {
      const person = reader(ctx);
      const found = await managedClass(ctx, person, classId);
      return classRoster(ctx.db, found, person.role === 'ADMIN' ? null : person.userId);
    },
    supervisionRelationships: async (_p, { supervisorId, studentId }, ctx) => {
      const person = reader(ctx);
      if (person.role === 'SUPERVISOR' && supervisorId !== person.userId) {
        throw forbidden(
          'Supervisors may only list their own relationships: pass your own id as supervisorId.',
        );
      }
      if (person.role === 'STUDENT' && studentId !== person.userId) {
        throw forbidden(
          'Students may only list their own relationships: pass your own id as studentId.',
        );
      }
      for (const id of [supervisorId, studentId]) if (id && !classes.isUuid(id)) return [];
      return relationships(ctx.db, {
        supervisorId: supervisorId ?? undefined,
        studentId: studentId ?? undefined,
      });
    },
    supervisionSince: async (_p, { supervisorId, studentId }, ctx) => {
      requireService(ctx, ...SERVICES);
      return supervisionSince(ctx.db, supervisorId, studentId);
    },
    isSupervisorOf: async (_p, { supervisorId, studentId }, ctx) => {
      requireService(ctx, ...SERVICES);
      return classes.isSupervisorOf(ctx.db, supervisorId, studentId);
    },
    classIdsOfStudent: async (_p, { studentId }, ctx) => {
      requireService(ctx, ...SERVICES);
      return classes.classIdsOfStudent(ctx.db, studentId);
    },
    studentIdsOfClass: async (_p, { classId }, ctx) => {
      requireService(ctx, ...SERVICES);
      const found = await classes.findClass(ctx.db, classId);
      return found && !found.archivedAt ? classes.activeStudentIds(ctx.db, classId) : [];
    },
    classIdsOfSupervisor: async (_p, { supervisorId }, ctx) => {
      requireService(ctx, ...SERVICES);
      return classes.classIdsOfSupervisor(ctx.db, supervisorId);
    },
  },
  Mutation: {
    createClass: async (_p, { input }, ctx) => {
      const person = writer(ctx);
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
      await managedClass(ctx, writer(ctx), classId);
      return classes.updateClass(ctx.db, classId, {
        ...(name != null ? { name: cleanName(name) } : {}),
        ...(term != null ? { term: cleanTerm(term) } : {}),
      });
    },
    enrollStudents: async (_p, { classId, userIds }, ctx) => {
      const person = writer(ctx);
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
      const found = await managedClass(ctx, writer(ctx), classId);
      requireActive(found);
      const ids = cleanIds(userIds, 'userIds').filter(classes.isUuid);
      await classes.unenrollStudents(ctx.db, classId, ids);
      await announceChange(ctx, { studentIds: ids, classIds: [classId] });
      return found;
    },
    assignSupervisor: async (_p, { classId, userId }, ctx) => {
      const person = writer(ctx);
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
      const found = await managedClass(ctx, writer(ctx), classId);
      requireActive(found);
      if (classes.isUuid(userId)) await classes.removeSupervisor(ctx.db, classId, userId);
      await announceChange(ctx, {
        studentIds: await classes.activeStudentIds(ctx.db, classId),
        classIds: [classId],
      });
      return found;
    },
    archiveClass: async (_p, { classId }, ctx) => {
      await managedClass(ctx, writer(ctx), classId);
      const archived = await classes.archiveClass(ctx.db, classId);
      await overtakeInvitations(ctx.db, classId);
      await announceChange(ctx, {
        studentIds: await classes.activeStudentIds(ctx.db, classId),
        classIds: [classId],
      });
      return archived;
    },
    setClassFlagKeywords: async (_p, { classId, keywords }, ctx) => {
      await managedClass(ctx, writer(ctx), classId);
      return classes.setFlagKeywords(ctx.db, classId, cleanKeywords(keywords));
    },
  },
  Class: {
    // Content references classes it publishes to; the field that led here was authorised there.
    __resolveReference: async (ref, ctx) => classes.findClass(ctx.db, ref.id),
    archived: (c) => c.archivedAt !== null,
    supervisors: async (c, _a, ctx) => {
      await managedClass(ctx, reader(ctx), c.id);
      return (await classes.activeSupervisorIds(ctx.db, c.id)).map((id) => ({ id }));
    },
    students: async (c, _a, ctx) => {
      await managedClass(ctx, reader(ctx), c.id);
      return (await classes.activeStudentIds(ctx.db, c.id)).map((id) => ({ id }));
    },
    flagKeywords: async (c, _a, ctx) => {
      await managedClass(ctx, reader(ctx), c.id);
      return c.flagKeywords;
    },
    openFlagCount: async (c, _a, ctx) => {
      await managedClass(ctx, reader(ctx), c.id);
      return openFlagCountOfClass(ctx.db, c.id);
    },
  },
  RosterEntry: {
    student: (entry) => ({ id: entry.studentId }),
  },
  SupervisionRelationship: {
    supervisor: (r) => ({ id: r.supervisorId }),
    student: (r) => ({ id: r.studentId }),
    status: (r) => (r.active ? 'ACTIVE' : 'ENDED'),
    classes: async (r, _a, ctx) => {
      const person = reader(ctx);
      const found = await Promise.all(r.classIds.map((id) => classes.findClass(ctx.db, id)));
      // Students see which classes link them; details beyond the class itself stay guarded.
      if (person.role !== 'STUDENT' && !(await watchesStudent(ctx, person, r.studentId))) return [];
      return found.filter((c): c is ClassModel => c !== null);
    },
  },
};
