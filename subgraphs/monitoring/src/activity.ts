import { SUPERVISION_CHANGED, type Db, type EventBus, type Logger } from '@aula/runtime';
import { activeStudentIds, supervisesClass } from './classes';
import { CHAT_ACTIVITY, FLAG_EVENTS, type ChatActivity, type FlagEvent } from './flag-watcher';
import type { ClassActivityModel, FlagModel } from './mappers';

const KIND: Partial<Record<ChatActivity['kind'], ClassActivityModel['kind']>> = {
  'user-message': 'STUDENT_MESSAGE',
  started: 'ANSWER_STARTED',
  completed: 'ANSWER_FINISHED',
  stopped: 'ANSWER_STOPPED',
  failed: 'ANSWER_FAILED',
};

type Incoming =
  | { readonly channel: 'chat'; readonly event: ChatActivity }
  | { readonly channel: 'flag'; readonly event: FlagEvent }
  | {
      readonly channel: 'supervision';
      readonly event: { studentIds?: string[]; classIds?: string[] };
    };

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
  const waiting: Array<(result: IteratorResult<ClassActivityModel>) => void> = [];
  const unsubscribers: Array<Promise<() => void>> = [];
  let students = new Set<string>();
  let done = false;
  let processing = Promise.resolve();

  const finish = () => {
    if (done) return;
    done = true;
    for (const stop of unsubscribers) void stop.then((unsubscribe) => unsubscribe());
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };

  const pending: ClassActivityModel[] = [];
  const deliver = (value: ClassActivityModel) => {
    const resolve = waiting.shift();
    if (resolve) resolve({ value, done: false });
    else pending.push(value);
  };

  const reload = async () => {
    if (
      !options.viewerIsAdmin &&
      !(await supervisesClass(options.db, options.classId, options.viewerId))
    )
      return finish();
    students = new Set(await activeStudentIds(options.db, options.classId));
  };

  const process = async (incoming: Incoming) => {
    if (done) return;
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
      const kind = KIND[event.kind];
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
    options.bus.subscribe<ChatActivity>(CHAT_ACTIVITY, (event) =>
      enqueue({ channel: 'chat', event }),
    ),
  );
  unsubscribers.push(
    options.bus.subscribe<FlagEvent>(FLAG_EVENTS, (event) => enqueue({ channel: 'flag', event })),
  );
  unsubscribers.push(
    options.bus.subscribe<{ studentIds?: string[]; classIds?: string[] }>(
      SUPERVISION_CHANGED,
      (event) => enqueue({ channel: 'supervision', event }),
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

  return {
    next() {
      const value = pending.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      finish();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** A flag that crossed Redis has its dates as strings. */
function revive(flag: FlagModel): FlagModel {
  return {
    ...flag,
    createdAt: new Date(flag.createdAt),
    resolvedAt: flag.resolvedAt ? new Date(flag.resolvedAt) : null,
  };
}
