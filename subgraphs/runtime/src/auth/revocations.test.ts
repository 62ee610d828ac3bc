import { createLogger } from '../logger';
import { createEventBus, type EventBus } from '../pubsub';
import { RevocationList, type TokenRevocation } from './revocations';
import { USER_TOKENS_REVOKED } from '../contracts/channels';
import { thrownCodeOf } from '../testing';

/**
 * The revocation list's fallbacks. The bus's connection is scripted here (a Redis outage
 * cannot be staged in a unit test): while "down", published events are lost, as they are
 * on Redis pub/sub. The platform suites cover revocation end to end.
 */
describe('revocation list', () => {
  const logger = createLogger('test', 'silent');
  const flakyBus = () => {
    const inner = createEventBus();
    const listeners: Array<(connected: boolean) => void> = [];
    let up = true;
    const bus: EventBus = {
      ...inner,
      publish: (channel, payload) => (up ? inner.publish(channel, payload) : Promise.resolve()),
      onConnectionChange(listener) {
        listeners.push(listener);
        return () => undefined;
      },
    };
    const set = (connected: boolean) => {
      up = connected;
      for (const listener of listeners) listener(connected);
    };
    return { bus, set };
  };

  it('refuses people’s tokens until loaded, then tokens issued at or before a revocation', async () => {
    const { bus } = flakyBus();
    const store: TokenRevocation[] = [{ userId: 'u1', revokedAt: 1_000 }];
    let failing = true;
    const list = new RevocationList({
      bus,
      logger,
      pollMs: 5,
      load: async () => {
        if (failing) throw new Error('auth is down');
        return store;
      },
    });
    const starting = list.start(5_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(thrownCodeOf(() => list.assertCurrent('u1', 2_000))).toBe('SERVICE_UNAVAILABLE');
    failing = false;
    await starting;
    expect(thrownCodeOf(() => list.assertCurrent('u1', 1_000))).toBe('UNAUTHENTICATED');
    expect(thrownCodeOf(() => list.assertCurrent('u1', 1_001))).toBe('ok');
    expect(thrownCodeOf(() => list.assertCurrent('u2', 0))).toBe('ok');
    await bus.publish(USER_TOKENS_REVOKED, { userId: 'u2', revokedAt: 5_000, reason: 'suspended' });
    expect(thrownCodeOf(() => list.assertCurrent('u2', 4_999))).toBe('UNAUTHENTICATED');
    list.close();
  });

  it('catches up on a revocation it missed while the bus was away, and tells listeners', async () => {
    const { bus, set } = flakyBus();
    const store: TokenRevocation[] = [];
    const list = new RevocationList({
      bus,
      logger,
      pollMs: 5,
      refreshMs: 60_000,
      load: async () => store,
    });
    await list.start();
    const heard: string[] = [];
    list.onRevoked((event) => heard.push(event.userId));
    set(false);
    // Auth records the revocation; its event is lost with the connection.
    store.push({ userId: 'missed', revokedAt: Date.now() });
    await bus.publish(USER_TOKENS_REVOKED, { ...store[0], reason: 'role-changed' });
    set(true);
    for (let i = 0; i < 100 && !heard.includes('missed'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(heard).toEqual(['missed']);
    expect(thrownCodeOf(() => list.assertCurrent('missed', 0))).toBe('UNAUTHENTICATED');
    list.close();
  });

  it('fails closed when the bus has been away longer than allowed and auth cannot be reached', async () => {
    const { bus, set } = flakyBus();
    let failing = false;
    const list = new RevocationList({
      bus,
      logger,
      pollMs: 5,
      maxStaleMs: 30,
      load: async () => {
        if (failing) throw new Error('auth is down');
        return [];
      },
    });
    await list.start();
    failing = true;
    set(false);
    expect(thrownCodeOf(() => list.assertCurrent('u', 0))).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(thrownCodeOf(() => list.assertCurrent('u', 0))).toBe('SERVICE_UNAVAILABLE');
    failing = false;
    set(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(thrownCodeOf(() => list.assertCurrent('u', 0))).toBe('ok');
    list.close();
  });
});
