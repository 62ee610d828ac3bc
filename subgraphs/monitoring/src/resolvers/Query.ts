import {
  forbidden,
  notFound,
  requireService,
  decodeCursor,
  emptyConnection,
  pageSize,
  toConnection,
  requireScope,
} from '@aula/runtime';
import { classPage } from '../class-pages';
import { insideWindow, managedClass, MONITORING_READ, readWindow, SERVICES } from '../access';
import { classHistory, flagsById } from '../activity-log';
import { listAccess } from '../audit';
import * as classes from '../classes';
import { conversationHold, findFlag, listFlags, openFlagCountOfInbox } from '../flags';
import type { QueryResolvers } from '../generated/graphql';
import { webhookQueries } from './webhooks';
import { careOfferPosition, careOffersIn } from '../care';
import { helpLocaleOf, helpResourcesOf } from '../help-resources';
import type { ClassModel } from '../mappers';
import { commentsOn } from '../interventions';
import { invitationPage, pendingInvitations } from '../invitations';
import { caughtEmailPage, notificationSettingsOf } from '../notifications';
import {
  classRoster,
  decodeRelationshipCursor,
  relationshipPosition,
  relationships,
} from '../relationships';
import { supervisionSince } from '../ties';

/** Where a class sits in a list of classes (newest first). */
const classPosition = (row: ClassModel) => ({ key: row.createdAt, id: row.id });

/** Classes, supervision, flags, comments, the access log, invitations and alerts for people; the supervision questions other services ask. */
export const Query: QueryResolvers = {
  ...webhookQueries,
  helpResources: async (_p, { locale }, ctx) => {
    requireScope(ctx, MONITORING_READ);
    return helpResourcesOf(ctx.db, helpLocaleOf(locale));
  },
  careOffers: async (_p, { sessionId, locale, first, after }, ctx) => {
    // Only the student's own flags are read, so anyone else simply gets an empty page.
    const person = requireScope(ctx, MONITORING_READ);
    const size = pageSize(first);
    const offers = await careOffersIn(
      ctx.db,
      person.userId,
      sessionId,
      helpLocaleOf(locale),
      size,
      decodeCursor(after),
    );
    return toConnection(offers, size, careOfferPosition);
  },
  myClasses: async (_p, { includeArchived, first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const size = pageSize(first);
    const as = person.role === 'STUDENT' ? 'STUDENT' : 'SUPERVISOR';
    const rows = await classPage(
      ctx.db,
      { as, userId: person.userId },
      includeArchived ?? false,
      size,
      decodeCursor(after),
    );
    return toConnection(rows, size, classPosition);
  },
  class: async (_p, { id }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const found = await classes.findClass(ctx.db, id);
    if (!found || person.role === 'ADMIN') return found;
    const member =
      person.role === 'SUPERVISOR'
        ? await classes.supervisesClass(ctx.db, id, person.userId, true)
        : await classes.isEnrolled(ctx.db, id, person.userId);
    if (!member) throw forbidden('You may only read classes you supervise or attend.');
    return found;
  },
  classes: async (_p, { includeArchived, first, after }, ctx) => {
    if (requireScope(ctx, MONITORING_READ).role !== 'ADMIN')
      throw forbidden('Only admins can list every class.');
    const size = pageSize(first);
    const rows = await classPage(
      ctx.db,
      { as: 'ALL' },
      includeArchived ?? false,
      size,
      decodeCursor(after),
    );
    return toConnection(rows, size, classPosition);
  },
  classRoster: async (_p, { classId, first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const found = await managedClass(ctx, person, classId);
    const viewerId = person.role === 'ADMIN' ? null : person.userId;
    const rows = await classRoster(ctx.db, found, viewerId, size, cursor);
    return toConnection(rows, size, (row) => ({ key: row.enrolledAt, id: row.studentId }));
  },
  supervisionRelationships: async (_p, { supervisorId, studentId, first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const size = pageSize(first);
    const cursor = decodeRelationshipCursor(after);
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
    for (const id of [supervisorId, studentId])
      if (id && !classes.isUuid(id)) return emptyConnection();
    const rows = await relationships(
      ctx.db,
      { supervisorId: supervisorId ?? undefined, studentId: studentId ?? undefined },
      size,
      cursor,
    );
    return toConnection(rows, size, relationshipPosition);
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
  flags: async (_p, { filter, first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    if (person.role === 'STUDENT')
      throw forbidden('Only supervisors and admins have a flags inbox.');
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    if (filter?.classId) await managedClass(ctx, person, filter.classId);
    for (const id of [filter?.studentId]) if (id && !classes.isUuid(id)) return emptyConnection();
    const since = filter?.since ? new Date(filter.since) : undefined;
    const rows = await listFlags(
      ctx.db,
      {
        supervisorId: person.role === 'ADMIN' ? undefined : person.userId,
        classId: filter?.classId ?? undefined,
        studentId: filter?.studentId ?? undefined,
        status: filter?.status ?? undefined,
        category: filter?.category ?? undefined,
        severity: filter?.severity ?? undefined,
        since,
      },
      size,
      cursor,
    );
    return toConnection(rows, size, (row) => ({ key: row.createdAt, id: row.id }));
  },
  flag: async (_p, { id }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const found = await findFlag(ctx.db, id);
    if (!found) return null;
    if (!insideWindow(await readWindow(ctx, person, found.studentId), found.createdAt))
      throw forbidden(
        'Only the student’s supervisors (for flags raised while they supervise) and admins may read this flag.',
      );
    return found;
  },
  messageComments: async (_p, { messageId, first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    if (person.role === 'STUDENT')
      throw forbidden('Comments on messages are private to supervisors.');
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const page = async () =>
      toConnection(await commentsOn(ctx.db, messageId, size, cursor), size, (row) => ({
        key: row.createdAt,
        id: row.id,
      }));
    // Authorized on the message's own student, never on what earlier comments claim.
    const place = await ctx.chat.messagePlace(messageId);
    if (!place) {
      if (person.role !== 'ADMIN') throw notFound('The message');
      return page();
    }
    if (!insideWindow(await readWindow(ctx, person, place.ownerId), place.createdAt)) {
      throw forbidden(
        'Only the student’s supervisors (for messages from while they supervise) and admins may read these comments.',
      );
    }
    return page();
  },
  conversationAccessLog: async (_p, { filter, first, after }, ctx) => {
    // A read scope, not requireRole: an admin's integration key with monitoring:read may export the log.
    if (requireScope(ctx, MONITORING_READ).role !== 'ADMIN')
      throw forbidden('Only admins can read the conversation access log.');
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    for (const id of [filter?.viewerId, filter?.studentId])
      if (id && !classes.isUuid(id)) return emptyConnection();
    const rows = await listAccess(
      ctx.db,
      {
        viewerId: filter?.viewerId ?? undefined,
        studentId: filter?.studentId ?? undefined,
        sessionId: filter?.sessionId ?? undefined,
        since: filter?.since ? new Date(filter.since) : undefined,
        until: filter?.until ? new Date(filter.until) : undefined,
      },
      size,
      cursor,
    );
    return toConnection(rows, size, (row) => ({ key: row.at, id: row.id }));
  },
  whoViewedMyConversations: async (_p, { first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const size = pageSize(first);
    const rows = await listAccess(ctx.db, { studentId: person.userId }, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.at, id: row.id }));
  },
  conversationHold: async (_p, { sessionId }, ctx) => {
    requireService(ctx, 'chat');
    return conversationHold(ctx.db, sessionId, ctx.flaggedRetentionDays);
  },
  myClassInvitations: async (_p, { first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    const size = pageSize(first);
    const rows = await pendingInvitations(
      ctx.db,
      { inviteeId: person.userId },
      size,
      decodeCursor(after),
    );
    return invitationPage(rows, size);
  },
  myNotificationSettings: async (_p, _a, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    if (person.role === 'STUDENT')
      throw forbidden('Only supervisors and admins receive flag alerts.');
    return notificationSettingsOf(ctx.db, person.userId);
  },
  caughtEmails: async (_p, { first, after }, ctx) => {
    if (requireScope(ctx, MONITORING_READ).role !== 'ADMIN')
      throw forbidden('Only administrators read caught e-mails.');
    const size = pageSize(first);
    const rows = await caughtEmailPage(ctx.db, size, decodeCursor(after));
    return toConnection(rows, size, (row) => ({ key: row.receivedAt, id: row.id }));
  },
  classActivityHistory: async (_p, { classId, first, after }, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    if (person.role === 'STUDENT')
      throw forbidden('Only the supervisors of this class and admins may read its activity.');
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    await managedClass(ctx, person, classId);
    const rows = await classHistory(
      ctx.db,
      { classId, viewerId: person.role === 'ADMIN' ? null : person.userId },
      size,
      cursor,
    );
    const flags = await flagsById(
      ctx.db,
      rows.flatMap((row) => (row.flagId ? [row.flagId] : [])),
    );
    const events = rows.map((row) => ({
      ...row,
      event: { ...row.event, flag: row.flagId ? (flags.get(row.flagId) ?? null) : null },
    }));
    const connection = toConnection(events, size, (row) => ({ key: row.at, id: row.id }));
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.event })),
    };
  },
  myOpenFlagCount: (_p, _a, ctx) => {
    const person = requireScope(ctx, MONITORING_READ);
    if (person.role === 'STUDENT')
      throw forbidden('Only supervisors and admins have a flags inbox.');
    return openFlagCountOfInbox(ctx.db, person.role === 'ADMIN' ? null : person.userId);
  },
};
