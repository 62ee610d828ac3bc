import {
  decodeCursor,
  forbidden,
  pageSize,
  toConnection,
  type EventBus,
  type Logger,
} from '@aula/runtime';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { caughtEmails, notificationSettings } from '../db/schema';
import { flagRaisedStream } from '../flag-inbox';
import type { Resolvers } from '../generated/graphql';
import type { FlagModel } from '../mappers';
import { managedClass, reader, writer } from './access';

const DEFAULT_SETTINGS = { emailAlerts: true, minSeverity: 'MEDIUM' as const };

/** The live flag inbox, notification settings and the caught e-mails. */
export function alertResolvers(deps: { bus: EventBus; logger: Logger }): Resolvers {
  return {
    Subscription: {
      flagRaised: {
        subscribe: async (_p, { classId, minSeverity }, ctx) => {
          const person = reader(ctx);
          if (person.role === 'STUDENT')
            throw forbidden('Only supervisors and admins have a flags inbox.');
          if (classId) await managedClass(ctx, person, classId);
          return flagRaisedStream({
            db: ctx.db,
            bus: deps.bus,
            logger: deps.logger,
            viewerId: person.userId,
            viewerIsAdmin: person.role === 'ADMIN',
            classId,
            minSeverity,
          });
        },
        resolve: (flag: FlagModel) => flag,
      },
    },
    Query: {
      myNotificationSettings: async (_p, _a, ctx) => {
        const person = reader(ctx);
        if (person.role === 'STUDENT')
          throw forbidden('Only supervisors and admins receive flag alerts.');
        const [row] = await ctx.db
          .select()
          .from(notificationSettings)
          .where(eq(notificationSettings.userId, person.userId));
        return row ?? DEFAULT_SETTINGS;
      },
      caughtEmails: async (_p, { first, after }, ctx) => {
        const person = reader(ctx);
        if (person.role !== 'ADMIN') throw forbidden('Only administrators read caught e-mails.');
        const size = pageSize(first);
        const cursor = decodeCursor(after);
        const rows = await ctx.db
          .select()
          .from(caughtEmails)
          .where(
            cursor
              ? or(
                  lt(caughtEmails.receivedAt, cursor.key),
                  and(eq(caughtEmails.receivedAt, cursor.key), lt(caughtEmails.id, cursor.id)),
                )
              : undefined,
          )
          .orderBy(desc(caughtEmails.receivedAt), desc(caughtEmails.id))
          .limit(size + 1);
        return toConnection(
          rows.map((r) => ({
            id: r.id,
            to: r.recipients,
            subject: r.subject,
            text: r.body,
            receivedAt: r.receivedAt,
          })),
          size,
          (r) => ({ key: r.receivedAt, id: r.id }),
        );
      },
    },
    Mutation: {
      updateNotificationSettings: async (_p, { emailAlerts, minSeverity }, ctx) => {
        const person = writer(ctx);
        if (person.role === 'STUDENT')
          throw forbidden('Only supervisors and admins receive flag alerts.');
        const values = {
          userId: person.userId,
          emailAlerts: emailAlerts ?? DEFAULT_SETTINGS.emailAlerts,
          minSeverity: minSeverity ?? DEFAULT_SETTINGS.minSeverity,
        };
        const set: Record<string, unknown> = { updatedAt: sql`now()` };
        if (emailAlerts !== null && emailAlerts !== undefined) set.emailAlerts = emailAlerts;
        if (minSeverity) set.minSeverity = minSeverity;
        const [row] = await ctx.db
          .insert(notificationSettings)
          .values(values)
          .onConflictDoUpdate({ target: notificationSettings.userId, set })
          .returning();
        return row!;
      },
    },
  };
}
