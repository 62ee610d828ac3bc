import { createEventBus } from './pubsub';
import type { ServiceClient } from './service-client';
import { SUPERVISION_CHANGED } from './contracts';
import { createSupervisionDirectory } from './supervision';

/**
 * The cache rules of the directory. Monitoring's answers are scripted here because
 * the case that matters — a change announced while a question is in flight — needs
 * control over when the answer arrives; monitoring's own suite covers the real thing.
 */
describe('supervision directory', () => {
  const scripted = () => {
    const calls: Array<{ resolve: (value: boolean) => void; reject: (error: Error) => void }> = [];
    const client: ServiceClient = {
      request: <T>() =>
        new Promise<T>((resolve, reject) => {
          calls.push({
            resolve: (value) =>
              resolve({ supervisionSince: value ? '2026-01-01T00:00:00.000Z' : null } as T),
            reject,
          });
        }),
      onBehalfOf: () => client,
    };
    return { client, calls };
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('subscribes to nothing until started, and caches nothing before then', async () => {
    const bus = createEventBus();
    const { client, calls } = scripted();
    const directory = createSupervisionDirectory({ client, bus });
    await settle();
    const first = directory.canSupervise('t', 's');
    calls[0]!.resolve(true);
    expect(await first).toBe(true);
    const second = directory.canSupervise('t', 's');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(true);
    expect(await second).toBe(true);
    await directory.start();
    const third = directory.canSupervise('t', 's');
    calls[2]!.resolve(true);
    await third;
    expect(await directory.canSupervise('t', 's')).toBe(true);
    expect(calls).toHaveLength(3);
    directory.close();
  });

  it('caches answers, shares concurrent questions, and drops everything on a change', async () => {
    const bus = createEventBus();
    const { client, calls } = scripted();
    const directory = createSupervisionDirectory({ client, bus });
    await directory.start();
    const first = [directory.canSupervise('t', 's'), directory.canSupervise('t', 's')];
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(true);
    expect(await Promise.all(first)).toEqual([true, true]);
    expect(await directory.canSupervise('t', 's')).toBe(true);
    expect(calls).toHaveLength(1);
    await bus.publish(SUPERVISION_CHANGED, { studentIds: ['s'], classIds: [] });
    const after = directory.canSupervise('t', 's');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(false);
    expect(await after).toBe(false);
    directory.close();
  });

  it('does not cache an answer that was in flight when a change was announced', async () => {
    const bus = createEventBus();
    const { client, calls } = scripted();
    const directory = createSupervisionDirectory({ client, bus });
    await directory.start();
    const stale = directory.canSupervise('t', 's');
    await bus.publish(SUPERVISION_CHANGED, { studentIds: ['s'], classIds: [] });
    calls[0]!.resolve(false);
    expect(await stale).toBe(false);
    const fresh = directory.canSupervise('t', 's');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(true);
    expect(await fresh).toBe(true);
    directory.close();
  });

  it('fails closed and caches nothing when monitoring cannot answer', async () => {
    const bus = createEventBus();
    const { client, calls } = scripted();
    const directory = createSupervisionDirectory({ client, bus });
    await directory.start();
    const refused = directory.canSupervise('t', 's');
    calls[0]!.reject(new Error('monitoring is down'));
    expect(await refused).toBe(false);
    const retried = directory.canSupervise('t', 's');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(true);
    expect(await retried).toBe(true);
    directory.close();
  });

  it('can say SERVICE_UNAVAILABLE instead of no when monitoring cannot answer', async () => {
    const bus = createEventBus();
    const { client, calls } = scripted();
    const directory = createSupervisionDirectory({ client, bus, whenUnreachable: 'unavailable' });
    await directory.start();
    const unanswered = directory.canSupervise('t', 's');
    calls[0]!.reject(new Error('monitoring is down'));
    await expect(unanswered).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    const retried = directory.canSupervise('t', 's');
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(true);
    expect(await retried).toBe(true);
    directory.close();
  });

  it('drops the oldest answers beyond its size limit', async () => {
    const bus = createEventBus();
    const { client, calls } = scripted();
    const directory = createSupervisionDirectory({ client, bus, maxEntries: 2 });
    await directory.start();
    for (const student of ['a', 'b', 'c']) {
      const answer = directory.canSupervise('t', student);
      calls[calls.length - 1]!.resolve(true);
      await answer;
    }
    await directory.canSupervise('t', 'c');
    expect(calls).toHaveLength(3);
    const evicted = directory.canSupervise('t', 'a');
    expect(calls).toHaveLength(4);
    calls[3]!.resolve(true);
    await evicted;
    directory.close();
  });
});
