import type { EventBus } from './pubsub';
import type { ServiceClient } from './service-client';

/** The bus channel monitoring publishes on whenever enrolment or supervision changes. */
export const SUPERVISION_CHANGED = 'supervision.changed';

/** One answer for the whole platform: may this supervisor see that student's data? */
export interface SupervisionDirectory {
  canSupervise(supervisorId: string, studentId: string): Promise<boolean>;
}

/**
 * Asks the monitoring subgraph (`isSupervisorOf`, service identity only) and caches
 * answers briefly; every cached answer is dropped the moment monitoring announces a
 * change on {@link SUPERVISION_CHANGED}, so enrolment changes take effect at once.
 * When monitoring cannot be reached the answer is "no": failing closed.
 */
export function createSupervisionDirectory(options: {
  client: ServiceClient;
  bus: EventBus;
  /** @default 30_000 */
  ttlMs?: number;
}): SupervisionDirectory & { close(): void } {
  const ttl = options.ttlMs ?? 30_000;
  const cache = new Map<string, { value: boolean; until: number }>();
  let unsubscribe: (() => void) | undefined;
  void options.bus.subscribe(SUPERVISION_CHANGED, () => cache.clear()).then((stop) => {
    unsubscribe = stop;
  });
  return {
    async canSupervise(supervisorId, studentId) {
      const key = `${supervisorId}:${studentId}`;
      const hit = cache.get(key);
      if (hit && hit.until > Date.now()) return hit.value;
      let value = false;
      try {
        const data = await options.client.request<{ isSupervisorOf: boolean }>(
          'monitoring',
          'query($s: ID!, $t: ID!) { isSupervisorOf(supervisorId: $s, studentId: $t) }',
          { s: supervisorId, t: studentId },
        );
        value = data.isSupervisorOf === true;
        cache.set(key, { value, until: Date.now() + ttl });
      } catch {
        value = false;
      }
      return value;
    },
    close() {
      unsubscribe?.();
    },
  };
}
