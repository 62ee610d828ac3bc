import { AsyncQueue, type Db, type EventBus, type Logger } from '@aula/runtime';
import { isEnrolled, isSupervisorOf } from './classes';
import { FLAG_EVENTS, type FlagEvent } from './flag-watcher';
import type { FlagModel } from './mappers';

const RANK = { LOW: 1, MEDIUM: 2, HIGH: 3 } as const;

/** Options for {@link flagRaisedStream}. */
export interface FlagInboxOptions {
  readonly db: Db;
  readonly bus: EventBus;
  readonly logger: Logger;
  /** The watching person; admins see every flag, supervisors their students' flags. */
  readonly viewerId: string;
  readonly viewerIsAdmin: boolean;
  /** Only flags on students of this class (already checked to be the viewer's). */
  readonly classId?: string | null;
  /** Only flags at least this severe. */
  readonly minSeverity?: FlagModel['severity'] | null;
}

/**
 * New flags as they are raised, for the live inbox. Each flag is checked against the viewer
 * when it arrives (supervision can change while the inbox is open), read straight from the
 * bus so every replica serves its own subscribers.
 */
export function flagRaisedStream(options: FlagInboxOptions): AsyncIterableIterator<FlagModel> {
  const stops: Array<Promise<() => void>> = [];
  const queue = new AsyncQueue<FlagModel>(() => {
    for (const stop of stops) void stop.then((unsubscribe) => unsubscribe());
  });
  let chain = Promise.resolve();

  const visible = async (flag: FlagModel): Promise<boolean> => {
    if (options.minSeverity && RANK[flag.severity] < RANK[options.minSeverity]) return false;
    if (options.classId && !(await isEnrolled(options.db, options.classId, flag.studentId)))
      return false;
    return options.viewerIsAdmin || isSupervisorOf(options.db, options.viewerId, flag.studentId);
  };

  const subscription = options.bus.subscribe(FLAG_EVENTS, (event: FlagEvent) => {
    if (event.event !== 'raised') return;
    const flag = revive(event.flag);
    // One chain keeps flags in the order they were raised.
    chain = chain
      .then(async () => {
        if (await visible(flag)) queue.push(flag);
      })
      .catch((error: unknown) =>
        options.logger.error({ err: error, flagId: flag.id }, 'flag inbox event failed'),
      );
  });
  stops.push(subscription);
  return queue;
}

/** A flag that crossed Redis has its dates as strings. */
export function revive(flag: FlagModel): FlagModel {
  return {
    ...flag,
    createdAt: new Date(flag.createdAt),
    resolvedAt: flag.resolvedAt ? new Date(flag.resolvedAt) : null,
  };
}
