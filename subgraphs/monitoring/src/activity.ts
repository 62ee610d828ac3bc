import {
  AsyncQueue,
  CHAT_ACTIVITY,
  SUPERVISION_CHANGED,
  type ChatActivity,
  type Db,
  type EventBus,
  type Logger,
  type SupervisionChange,
} from '@aula/runtime';
import { CHAT_KIND } from './activity-log';
import { activeStudentIds, supervisesClass } from './classes';
import { FLAG_EVENTS, type FlagEvent } from './flag-watcher';
import type { ClassActivityModel, FlagModel } from './mappers';

type Incoming =
  | { readonly channel: 'chat'; readonly event: ChatActivity }
  | { readonly channel: 'flag'; readonly event: FlagEvent }
  | { readonly channel: 'supervision'; readonly event: SupervisionChange };

/** Options for {@link classActivityStream}. */
export interface ClassActivityOptions {
  readonly db: Db;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly classId: string;
  /** The watching person. */
  readonly viewerId: string;
  /** Admins watch any class; others only while they supervise it. */
  readonly viewerIsAdmin: boolean;
}

/**
 * The live activity of one class, read straight from the shared bus so every
 * replica serves its own subscribers without relaying. Membership is re-read
 * whenever monitoring announces a supervision change; if the viewer stops
 * supervising the class, the stream ends.
 */
export function classActivityStream(
  options: ClassActivityOptions,
): AsyncIterableIterator<ClassActivityModel> {
  const buffered: Incoming[] = [];
  const unsubscribers: Array<Promise<() => void>> = [];
  let students = new Set<string>();
  let processing = Promise.resolve();
  const queue = new AsyncQueue<ClassActivityModel>(() => {
    for (const stop of unsubscribers) void stop.then((unsubscribe) => unsubscribe());
  });
  const finish = () => void queue.return();
  const deliver = (value: ClassActivityModel) => queue.push(value);

  const reload = async () => {
    if (
      !options.viewerIsAdmin &&
      !(await supervisesClass(options.db, options.classId, options.viewerId))
    )
      return finish();
    students = new Set(await activeStudentIds(options.db, options.classId));
  };

  const process = async (incoming: Incoming) => {
    if (queue.closed) return;
    if (incoming.channel === 'supervision') {
      const { classIds, studentIds } = incoming.event;
      const concerned =
        !classIds ||
        classIds.includes(options.classId) ||
        studentIds?.some((id) => students.has(id));
      if (concerned) await reload();
      return;
    }
    if (incoming.channel === 'chat') {
      const event = incoming.event;
      const kind = CHAT_KIND[event.kind];
      if (!kind || !students.has(event.userId)) return;
      deliver({
        kind,
        classId: options.classId,
        studentId: event.userId,
        sessionId: event.sessionId,
        messageId: event.messageId,
        chatbotId: event.chatbotId ?? null,
        flag: null,
        at: event.at ? new Date(event.at) : new Date(),
      });
      return;
    }
    const flag = revive(incoming.event.flag);
    if (!students.has(flag.studentId)) return;
    const raised = incoming.event.event === 'raised';
    deliver({
      kind: raised ? 'FLAG_RAISED' : 'FLAG_RESOLVED',
      classId: options.classId,
      studentId: flag.studentId,
      sessionId: flag.sessionId,
      messageId: flag.messageId,
      chatbotId: flag.chatbotId,
      flag,
      at: raised ? flag.createdAt : (flag.resolvedAt ?? new Date()),
    });
  };

  // Events go through one queue so a membership reload and the events after it stay in order.
  const enqueue = (incoming: Incoming) => {
    buffered.push(incoming);
    processing = processing
      .then(() => process(buffered.shift()!))
      .catch((error: unknown) =>
        options.logger.error(
          { err: error, classId: options.classId },
          'class activity event failed',
        ),
      );
  };

  unsubscribers.push(
    options.bus.subscribe(CHAT_ACTIVITY, (event) => enqueue({ channel: 'chat', event })),
  );
  unsubscribers.push(
    options.bus.subscribe(FLAG_EVENTS, (event) => enqueue({ channel: 'flag', event })),
  );
  unsubscribers.push(
    options.bus.subscribe(SUPERVISION_CHANGED, (event) =>
      enqueue({ channel: 'supervision', event }),
    ),
  );
  processing = Promise.all(unsubscribers)
    .then(reload)
    .catch((error: unknown) => {
      options.logger.error(
        { err: error, classId: options.classId },
        'class activity could not start',
      );
      finish();
    });

  return queue;
}

/** A flag that crossed Redis has its dates as strings. */
function revive(flag: FlagModel): FlagModel {
  return {
    ...flag,
    createdAt: new Date(flag.createdAt),
    resolvedAt: flag.resolvedAt ? new Date(flag.resolvedAt) : null,
  };
}
