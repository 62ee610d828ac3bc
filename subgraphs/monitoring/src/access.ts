import {
  forbidden,
  notFound,
  SUPERVISION_CHANGED,
  type Person,
  type SupervisionCheck,
} from '@aula/runtime';
import { findClass, isSupervisorOf, supervisesClass } from './classes';
import type { MonitoringContext } from './context';
import type { ClassModel } from './mappers';
import { supervisionSince } from './ties';

/** Services that may ask monitoring's service-only questions. */
export const SERVICES = ['auth', 'accounting', 'chat', 'content', 'monitoring'] as const;

/**
 * The scope an API key needs to read monitoring data: readers are
 * `requireScope(ctx, MONITORING_READ)`; changes take the runtime's `requirePerson` (a person
 * signed in; API keys only read here).
 */
export const MONITORING_READ = 'monitoring:read';

/**
 * The runtime's supervision check answered from monitoring's own tables (it owns the classes,
 * so it does not ask itself over the network): for `relationTo` and the other shared guards.
 */
export const supervisionIn = (ctx: MonitoringContext): SupervisionCheck => ({
  canSupervise: (supervisorId, studentId) => isSupervisorOf(ctx.db, supervisorId, studentId),
});

/**
 * The class, if `person` may manage or watch it: admins any, supervisors only the
 * classes they are assigned to. `NOT_FOUND` and `FORBIDDEN` otherwise.
 */
export async function managedClass(
  ctx: MonitoringContext,
  person: Person,
  classId: string,
): Promise<ClassModel> {
  const found = await findClass(ctx.db, classId);
  if (!found) throw notFound('The class');
  if (person.role === 'ADMIN') return found;
  // Supervisors keep reading an archived class of theirs; changes to it are refused elsewhere.
  if (person.role === 'SUPERVISOR' && (await supervisesClass(ctx.db, classId, person.userId, true)))
    return found;
  throw forbidden('Only the supervisors of this class and admins may do this.');
}

/**
 * Since when `person` may see this student's data: `null` for admins (everything), the start
 * of a supervisor's current tie, or `false` for no access at all. The one window every read
 * of a student's flags, comments and messages is bounded by.
 */
export async function readWindow(
  ctx: MonitoringContext,
  person: Person,
  studentId: string,
): Promise<Date | null | false> {
  if (person.role === 'ADMIN') return null;
  if (person.role !== 'SUPERVISOR') return false;
  return (await supervisionSince(ctx.db, person.userId, studentId)) ?? false;
}

/** Whether something that happened at `at` lies inside a window from {@link readWindow}. */
export const insideWindow = (window: Date | null | false, at: Date): boolean =>
  window !== false && (window === null || at.getTime() >= window.getTime());

/** Tells every cache in the platform that these links changed, before the mutation answers. */
export async function announceChange(
  ctx: MonitoringContext,
  change: { studentIds: string[]; classIds: string[] },
): Promise<void> {
  await ctx.bus.publish(SUPERVISION_CHANGED, change);
}

/**
 * The owner of a session, if `person` supervises them. Notes and comments speak as
 * the student's teacher, so admins without a class link are refused too.
 */
export async function supervisedOwner(
  ctx: MonitoringContext,
  person: Person,
  sessionId: string,
): Promise<string> {
  if (person.role !== 'SUPERVISOR' && person.role !== 'ADMIN')
    throw forbidden('Only supervisors can write to a student’s conversation.');
  const owner = await ctx.chat.sessionOwner(sessionId);
  if (!owner) throw notFound('The chat session');
  if (!(await isSupervisorOf(ctx.db, person.userId, owner))) {
    throw forbidden(
      'You can only write to the conversations of students in classes you supervise.',
    );
  }
  return owner;
}
