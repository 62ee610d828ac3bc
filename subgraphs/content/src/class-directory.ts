import {
  appError,
  ErrorCode,
  operations,
  SUPERVISION_CHANGED,
  type EventBus,
  type Logger,
  type ServiceClient,
} from '@aula/runtime';

/** Which classes people belong to, as the monitoring subgraph knows it. */
export interface ClassDirectory {
  /**
   * Classes a student is enrolled in. When monitoring cannot answer this is empty, so
   * class-published chatbots disappear rather than leak to the wrong students (fail closed).
   */
  classesOfStudent(studentId: string): Promise<readonly string[]>;
  /**
   * Classes a supervisor supervises. When monitoring cannot answer, reads treat it as
   * empty; `strict` makes it throw `SERVICE_UNAVAILABLE` instead, for decisions that must not guess.
   */
  classesOfSupervisor(
    supervisorId: string,
    options?: { strict?: boolean },
  ): Promise<readonly string[]>;
  /** Starts listening for invalidations; answers are cached only from then on. */
  start(): Promise<void>;
  /** Stops listening for invalidations. */
  close(): void;
}

type Kind = 'student' | 'supervisor';

/** Asks monitoring for the classes of one person, by kind. */
const ask = async (client: ServiceClient, kind: Kind, userId: string): Promise<string[]> =>
  kind === 'student'
    ? (await client.request(operations.monitoring.ClassIdsOfStudent, { studentId: userId }))
        .classIdsOfStudent
    : (
        await client.request(operations.monitoring.ClassIdsOfSupervisor, {
          supervisorId: userId,
        })
      ).classIdsOfSupervisor;

/**
 * Asks monitoring (service identity) and caches answers for `ttlMs`; every cached answer
 * is dropped as soon as monitoring announces a change on `supervision.changed`, so a new
 * enrolment shows (or hides) chatbots at once. Creating it has no side effects: it listens
 * from `start()` on, and caches nothing before then (a change could not be heard).
 */
export function createClassDirectory(options: {
  client: ServiceClient;
  bus: EventBus;
  logger: Logger;
  ttlMs: number;
}): ClassDirectory {
  const cache = new Map<string, { classIds: readonly string[]; until: number }>();
  let unsubscribe: (() => void) | undefined;
  let closed = false;

  async function lookup(kind: Kind, userId: string, strict: boolean): Promise<readonly string[]> {
    const key = `${kind}:${userId}`;
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.classIds;
    try {
      const value = await ask(options.client, kind, userId);
      if (unsubscribe) cache.set(key, { classIds: value, until: Date.now() + options.ttlMs });
      return value;
    } catch (error) {
      options.logger.warn(
        { err: error, kind },
        'monitoring could not say which classes a user belongs to',
      );
      if (strict) {
        throw appError(
          ErrorCode.SERVICE_UNAVAILABLE,
          'Classes cannot be checked right now because the monitoring service is not available. Try again shortly, or publish without classes.',
        );
      }
      return [];
    }
  }

  return {
    async start() {
      if (unsubscribe || closed) return;
      try {
        const stop = await options.bus.subscribe(SUPERVISION_CHANGED, () => cache.clear());
        if (closed) stop();
        else unsubscribe = stop;
      } catch (error) {
        // Answers are then simply not cached: slower, never stale.
        options.logger.warn({ err: error }, 'could not listen for supervision changes');
      }
    },
    classesOfStudent: (studentId) => lookup('student', studentId, false),
    classesOfSupervisor: (supervisorId, opts) =>
      lookup('supervisor', supervisorId, opts?.strict ?? false),
    close() {
      closed = true;
      unsubscribe?.();
    },
  };
}
