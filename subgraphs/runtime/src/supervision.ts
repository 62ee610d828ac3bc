import { operations, SUPERVISION_CHANGED } from './contracts';
import { appError, ErrorCode } from './errors';
import type { EventBus } from './pubsub';
import type { ServiceClient } from './service-client';

/** One answer for the whole platform: may this supervisor see that student's data, and from when? */
export interface SupervisionDirectory {
  canSupervise(supervisorId: string, studentId: string): Promise<boolean>;
  /**
   * When the supervisor's current tie to the student began (they may read what the student
   * wrote since then, nothing earlier); null when no active class links them.
   */
  supervisedSince(supervisorId: string, studentId: string): Promise<Date | null>;
}

/**
 * Asks the monitoring subgraph (`isSupervisorOf`, service identity only) and caches
 * answers briefly; every cached answer is dropped the moment monitoring announces a
 * change on {@link SUPERVISION_CHANGED}, so enrolment changes take effect at once.
 * When monitoring cannot be reached the answer is "no": failing closed — or, with
 * `whenUnreachable: 'unavailable'`, a SERVICE_UNAVAILABLE error (still closed), for callers
 * that must tell "not a supervisor" (FORBIDDEN, final) from "cannot tell now" (ask again).
 *
 * Creating it has no side effects: it listens for changes from {@link start} on, and
 * nothing is cached until that subscription is in place (a change announced before then
 * could not be heard). An answer that was in flight while a change
 * was announced is returned but not cached, since it may predate the change.
 * Concurrent questions about the same pair share one request.
 */
export function createSupervisionDirectory(options: {
  client: ServiceClient;
  bus: EventBus;
  /** @default 30_000 */
  ttlMs?: number;
  /** Most answers kept; the oldest are dropped first. @default 10_000 */
  maxEntries?: number;
  /** What an unanswered question yields: "no" (`deny`), or SERVICE_UNAVAILABLE thrown. @default 'deny' */
  whenUnreachable?: 'deny' | 'unavailable';
}): SupervisionDirectory & {
  /** Subscribes to {@link SUPERVISION_CHANGED}; answers are cached only from then on. */
  start(): Promise<void>;
  close(): void;
} {
  const ttl = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const cache = new Map<string, { value: Date | null; until: number }>();
  const inFlight = new Map<string, Promise<Date | null>>();
  let generation = 0;
  let listening = false;
  let closed = false;
  let unsubscribe: (() => void) | undefined;

  const ask = async (
    supervisorId: string,
    studentId: string,
    key: string,
  ): Promise<Date | null> => {
    const asked = generation;
    let value: Date | null = null;
    try {
      const data = await options.client.request(operations.monitoring.SupervisionSince, {
        supervisorId,
        studentId,
      });
      value = data.supervisionSince ? new Date(data.supervisionSince) : null;
      if (listening && !closed && asked === generation) {
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
        cache.set(key, { value, until: Date.now() + ttl });
      }
    } catch {
      if (options.whenUnreachable === 'unavailable')
        throw appError(
          ErrorCode.SERVICE_UNAVAILABLE,
          'Who supervises this student cannot be checked right now. Try again shortly.',
        );
      value = null;
    }
    return value;
  };

  const supervisedSince = async (supervisorId: string, studentId: string) => {
    const key = `${supervisorId}:${studentId}`;
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const shared = inFlight.get(key);
    if (shared) return shared;
    const request = ask(supervisorId, studentId, key).finally(() => {
      if (inFlight.get(key) === request) inFlight.delete(key);
    });
    inFlight.set(key, request);
    return request;
  };

  return {
    supervisedSince,
    async start() {
      if (listening || closed) return;
      const stop = await options.bus.subscribe(SUPERVISION_CHANGED, () => {
        generation += 1;
        cache.clear();
        inFlight.clear();
      });
      if (closed) return stop();
      unsubscribe = stop;
      listening = true;
    },
    async canSupervise(supervisorId, studentId) {
      return (await supervisedSince(supervisorId, studentId)) !== null;
    },
    close() {
      closed = true;
      unsubscribe?.();
    },
  };
}
