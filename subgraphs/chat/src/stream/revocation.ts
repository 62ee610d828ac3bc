import { SUPERVISION_CHANGED, type EventBus, type Logger } from '@aula/runtime';

/**
 * Ends a supervisor's stream the moment they stop supervising its owner. Access is
 * checked when a subscription starts; this re-checks on every `supervision.changed`
 * (monitoring publishes it before an enrolment change answers), so an open stream
 * cannot outlive the relationship that allowed it.
 */
export async function endWhenAccessEnds<T>(
  stream: AsyncIterableIterator<T>,
  options: { bus: EventBus; stillAllowed: () => Promise<boolean>; logger: Logger },
): Promise<AsyncIterableIterator<T>> {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    unsubscribe();
    void stream.return?.();
  };
  const unsubscribe = await options.bus.subscribe(SUPERVISION_CHANGED, () => {
    // Let the supervision cache drop its answers (it listens on the same channel) first.
    setImmediate(() => {
      if (ended) return;
      options.stillAllowed().then(
        (allowed) => {
          if (!allowed) end();
        },
        (error: unknown) => {
          options.logger.warn({ err: error }, 'could not re-check stream access; ending it');
          end();
        },
      );
    });
  });
  const guarded: AsyncIterableIterator<T> = {
    next: () => stream.next(),
    return: async () => {
      end();
      return { value: undefined, done: true };
    },
    throw: (error?: unknown) => {
      end();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]: () => guarded,
  };
  return guarded;
}
