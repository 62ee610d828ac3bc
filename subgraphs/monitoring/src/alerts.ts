import { operations, type Db, type Logger, type ServiceClient } from '@aula/runtime';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { classes, classStudents, classSupervisors, flags, notificationSettings } from './db/schema';
import type { Mailer } from './mail';
import type { FlagModel } from './mappers';

const RANK = { LOW: 1, MEDIUM: 2, HIGH: 3 } as const;
/** The most of a message an e-mail carries: a short excerpt, never the conversation. */
const EXCERPT_CHARS = 80;

/** Options for {@link createFlagAlerts}. */
export interface FlagAlertOptions {
  readonly db: Db;
  readonly mailer: Mailer;
  /** Asks auth for people's e-mail addresses. */
  readonly auth: ServiceClient;
  readonly logger: Logger;
  /** The app's address, for the link to the flag. */
  readonly appUrl: string;
  /** Where escalations go. */
  readonly adminEmails: readonly string[];
}

/** E-mail alerts for new flags and escalations of unacknowledged HIGH ones. */
export interface FlagAlerts {
  /** E-mails the student's supervisors whose settings ask for a flag this severe. */
  flagRaised(flag: FlagModel): Promise<number>;
  /** Escalates HIGH flags open longer than `olderThanMs`; returns the flags escalated. */
  escalateOverdue(olderThanMs: number): Promise<FlagModel[]>;
}

/** Builds the alerting side of monitoring. */
export function createFlagAlerts(options: FlagAlertOptions): FlagAlerts {
  const { db, mailer, logger } = options;

  const contacts = async (ids: readonly string[]) => {
    if (!ids.length) return new Map<string, { email: string | null; displayName: string }>();
    const data = await options.auth.request(operations.auth.UserContacts, {
      representations: ids.map((id) => ({ __typename: 'User', id })),
    });
    const out = new Map<string, { email: string | null; displayName: string }>();
    for (const user of data._entities) if (user) out.set(user.id, user);
    return out;
  };

  const describe = (flag: FlagModel, student: string) => {
    const excerpt =
      flag.excerpt.length > EXCERPT_CHARS
        ? `${flag.excerpt.slice(0, EXCERPT_CHARS - 1)}…`
        : flag.excerpt;
    const kind = flag.category.toLowerCase().replace('_', ' ');
    return {
      kind,
      body: [
        `A ${flag.severity} ${kind} flag was raised on ${student}'s conversation.`,
        '',
        `Excerpt: "${excerpt}"`,
        '',
        `Open it in Aula: ${new URL(`/flags?flag=${flag.id}`, options.appUrl).toString()}`,
        '',
        'You receive this because you supervise this student. Change what you are sent in Aula.',
      ].join('\n'),
    };
  };

  return {
    async flagRaised(flag) {
      const rows = await db
        .selectDistinct({ id: classSupervisors.supervisorId })
        .from(classStudents)
        .innerJoin(classes, and(eq(classes.id, classStudents.classId), isNull(classes.archivedAt)))
        .innerJoin(
          classSupervisors,
          and(
            eq(classSupervisors.classId, classStudents.classId),
            isNull(classSupervisors.removedAt),
          ),
        )
        .where(and(eq(classStudents.studentId, flag.studentId), isNull(classStudents.removedAt)));
      const supervisorIds = rows.map((r) => r.id);
      if (!supervisorIds.length) return 0;
      const settings = await db
        .select()
        .from(notificationSettings)
        .where(inArray(notificationSettings.userId, supervisorIds));
      const byId = new Map(settings.map((s) => [s.userId, s]));
      const wanted = supervisorIds.filter((id) => {
        const s = byId.get(id);
        return (s?.emailAlerts ?? true) && RANK[flag.severity] >= RANK[s?.minSeverity ?? 'MEDIUM'];
      });
      if (!wanted.length) return 0;
      const people = await contacts([...wanted, flag.studentId]);
      const student = people.get(flag.studentId)?.displayName ?? 'a student';
      const { kind, body } = describe(flag, student);
      const to = wanted.map((id) => people.get(id)?.email).filter((e): e is string => !!e);
      await mailer.send({
        to,
        subject: `Aula: ${flag.severity} ${kind} flag for ${student}`,
        text: body,
      });
      return to.length;
    },

    async escalateOverdue(olderThanMs) {
      const cutoff = new Date(Date.now() - olderThanMs);
      // One conditional write per flag decides which replica escalates it.
      const escalated = await db
        .update(flags)
        .set({ escalatedAt: sql`now()` })
        .where(
          and(
            eq(flags.status, 'OPEN'),
            eq(flags.severity, 'HIGH'),
            isNull(flags.escalatedAt),
            lt(flags.createdAt, cutoff),
          ),
        )
        .returning();
      if (!escalated.length) return [];
      const people = await contacts([...new Set(escalated.map((f) => f.studentId))]).catch(
        (error: unknown) => {
          logger.warn({ err: error }, 'student names unavailable for escalation e-mails');
          return new Map<string, { email: string | null; displayName: string }>();
        },
      );
      for (const flag of escalated) {
        const student = people.get(flag.studentId)?.displayName ?? 'a student';
        const { kind, body } = describe(flag, student);
        await mailer.send({
          to: options.adminEmails,
          subject: `Aula: ESCALATED — unacknowledged HIGH ${kind} flag for ${student}`,
          text: `Nobody has acknowledged this flag since ${flag.createdAt.toISOString()}.\n\n${body}`,
        });
      }
      return escalated;
    },
  };
}
