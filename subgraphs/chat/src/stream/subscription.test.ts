import { chatStreamChannel, createEventBus, createLogger } from '@aula/runtime';
import { testRedisUrl } from '@aula/runtime/src/testing';
import { randomUUID } from 'node:crypto';
import type { ChatStreamPayload, MessageRecord } from './events';
import { MessageStreamPublisher } from './publisher';
import { createSnapshotStore, type SnapshotStore, type StreamSnapshot } from './snapshot';
import { subscribeToSession } from './subscription';

const redisUrl = testRedisUrl();
const bus = createEventBus({ redisUrl, keyPrefix: `aula-test-${randomUUID()}:` });
const snapshots = createSnapshotStore({ redisUrl, keyPrefix: `aula-test-${randomUUID()}:` });
const logger = createLogger('chat-test', 'silent');

afterAll(async () => {
  await snapshots.close();
  await bus.close();
});

function publisherFor(sessionId: string, messageId: string, resumeFrom?: StreamSnapshot) {
  return new MessageStreamPublisher({
    bus,
    snapshots,
    logger,
    sessionId,
    messageId,
    snapshotTtlMs: 60_000,
    ...(resumeFrom ? { resumeFrom } : {}),
  });
}

async function take(
  iterator: AsyncIterableIterator<ChatStreamPayload>,
  count: number,
): Promise<ChatStreamPayload[]> {
  const events: ChatStreamPayload[] = [];
  while (events.length < count) events.push((await iterator.next()).value as ChatStreamPayload);
  return events;
}

describe('a late joiner of a session stream', () => {
  it('gets the snapshot, drops buffered events it covers, and misses nothing after it', async () => {
    const sessionId = randomUUID();
    const messageId = randomUUID();
    const publisher = publisherFor(sessionId, messageId);
    await publisher.publish({
      __typename: 'ChatStreamStarted',
      message: { id: messageId } as MessageRecord,
    });
    for (const text of ['The ', 'sky ', 'is '])
      await publisher.publish({ __typename: 'ChatStreamTextDelta', text });

    // Events published after the subscription exists but before the snapshot is read:
    // the snapshot covers them and their buffered copies must not be delivered again.
    const racing: SnapshotStore = {
      ...snapshots,
      read: async (id) => {
        await publisher.publish({ __typename: 'ChatStreamTextDelta', text: 'blue ' });
        await publisher.publish({ __typename: 'ChatStreamTextDelta', text: 'because ' });
        return snapshots.read(id);
      },
    };
    const iterator = await subscribeToSession(bus, racing, sessionId);
    await publisher.publish({ __typename: 'ChatStreamTextDelta', text: 'of Rayleigh scattering.' });
    const events = await take(iterator, 2);
    await iterator.return!();

    expect(events[0]).toMatchObject({
      __typename: 'ChatStreamSnapshot',
      sequence: 6,
      text: 'The sky is blue because ',
    });
    expect(events[1]).toMatchObject({
      __typename: 'ChatStreamTextDelta',
      sequence: 7,
      text: 'of Rayleigh scattering.',
    });
  });

  it('joins an idle session without a snapshot and passes other messages’ events through', async () => {
    const sessionId = randomUUID();
    const finished = publisherFor(sessionId, randomUUID());
    await finished.publish({ __typename: 'ChatStreamTextDelta', text: 'Done.' });
    await finished.publish({
      __typename: 'ChatStreamCompleted',
      message: {} as MessageRecord,
      usage: { inputTokens: 1, outputTokens: 1, estimated: false },
      creditsChargedMicro: '1',
      newBalanceMicro: '1',
    });
    const iterator = await subscribeToSession(bus, snapshots, sessionId);
    const next = publisherFor(sessionId, randomUUID());
    await next.publish({ __typename: 'ChatStreamStarted', message: {} as MessageRecord });
    const [first] = await take(iterator, 1);
    expect(first).toMatchObject({ __typename: 'ChatStreamStarted', sequence: 1 });
  });

  it('gives a subscriber resuming after a lost connection the end of an answer it missed', async () => {
    const sessionId = randomUUID();
    const messageId = randomUUID();
    const publisher = publisherFor(sessionId, messageId);
    await publisher.publish({ __typename: 'ChatStreamStarted', message: {} as MessageRecord });
    await publisher.publish({ __typename: 'ChatStreamTextDelta', text: 'Almost ' });
    // The subscriber last saw sequence 2; the answer finished while it was away.
    await publisher.publish({ __typename: 'ChatStreamTextDelta', text: 'done.' });
    await publisher.publish({
      __typename: 'ChatStreamCompleted',
      message: {} as MessageRecord,
      usage: { inputTokens: 1, outputTokens: 2, estimated: false },
      creditsChargedMicro: '3',
      newBalanceMicro: '4',
    });
    const resumed = await subscribeToSession(bus, snapshots, sessionId, { messageId, sequence: 2 });
    const [text, end] = await take(resumed, 2);
    await resumed.return!();
    // What it missed before the end comes as a snapshot, so its sequence has no gap.
    expect(text).toMatchObject({
      __typename: 'ChatStreamSnapshot',
      sequence: 3,
      text: 'Almost done.',
    });
    expect(end).toMatchObject({ __typename: 'ChatStreamCompleted', messageId, sequence: 4 });

    // One that had seen the end gets nothing replayed (nor does a fresh one: see above).
    const caughtUp = await subscribeToSession(bus, snapshots, sessionId, {
      messageId,
      sequence: 4,
    });
    await publisherFor(sessionId, randomUUID()).publish({
      __typename: 'ChatStreamStarted',
      message: {} as MessageRecord,
    });
    const [first] = await take(caughtUp, 1);
    await caughtUp.return!();
    expect(first).toMatchObject({ __typename: 'ChatStreamStarted', sequence: 1 });
  });

  it('drops an event sent again by a replica taking over a dead writer’s answer', async () => {
    const sessionId = randomUUID();
    const messageId = randomUUID();
    const writer = publisherFor(sessionId, messageId);
    const iterator = await subscribeToSession(bus, snapshots, sessionId);
    await writer.publish({ __typename: 'ChatStreamStarted', message: {} as MessageRecord });
    await writer.publish({ __typename: 'ChatStreamTextDelta', text: 'Once upon ' });
    // The snapshot keeps the event it is at, for the replica that re-sends it.
    const snapshot = (await snapshots.read(sessionId))!;
    expect(snapshot.last).toMatchObject({ sequence: 2, text: 'Once upon ' });
    await bus.publish(chatStreamChannel(sessionId), snapshot.last!);
    const taker = publisherFor(sessionId, messageId, snapshot);
    await taker.publish({ __typename: 'ChatStreamTextDelta', text: 'a time.' });
    const events = await take(iterator, 3);
    await iterator.return!();
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3]);
  });

  it('ends a pending read at once when the subscriber leaves', async () => {
    const iterator = await subscribeToSession(bus, snapshots, randomUUID());
    const pending = iterator.next();
    await iterator.return!();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
  });

  it('fills events the bus lost from the snapshot, and drops those it gets twice', async () => {
    const sessionId = randomUUID();
    const messageId = randomUUID();
    const iterator = await subscribeToSession(bus, snapshots, sessionId);
    await publisherFor(sessionId, messageId).publish({
      __typename: 'ChatStreamStarted',
      message: {} as MessageRecord,
    });
    // The bus was away for these two: their snapshots were written, their events never arrived
    // (a bus that cannot publish with the write, as on a cluster, sends them one after the other).
    const away = new MessageStreamPublisher({
      bus: {
        ...bus,
        publish: () => Promise.reject(new Error('Redis is away')),
        publishAfterWrite: undefined,
      },
      snapshots,
      logger,
      sessionId,
      messageId,
      snapshotTtlMs: 60_000,
      retryForMs: 1,
      resumeFrom: (await snapshots.read(sessionId))!,
    });
    await away.publish({ __typename: 'ChatStreamTextDelta', text: 'Lost ' });
    await away.publish({ __typename: 'ChatStreamTextDelta', text: 'twice, ' });
    const back = publisherFor(sessionId, messageId, (await snapshots.read(sessionId))!);
    await back.publish({ __typename: 'ChatStreamTextDelta', text: 'found.' });
    const events = await take(iterator, 2);
    // The same event twice over the bus is delivered once.
    await bus.publish(chatStreamChannel(sessionId), {
      __typename: 'ChatStreamTextDelta',
      sessionId,
      messageId,
      sequence: 4,
      at: new Date().toISOString(),
      text: 'found.',
    });
    await back.publish({ __typename: 'ChatStreamTextDelta', text: ' Really.' });
    events.push(...(await take(iterator, 1)));
    await iterator.return!();
    expect(events.map((e) => [e.__typename, e.sequence])).toEqual([
      ['ChatStreamStarted', 1],
      ['ChatStreamSnapshot', 4],
      ['ChatStreamTextDelta', 5],
    ]);
    expect(events[1]).toMatchObject({ text: 'Lost twice, found.' });
  });

  it('retries an event while the bus is away, keeping the order', async () => {
    const sessionId = randomUUID();
    const messageId = randomUUID();
    let failures = 2;
    const flaky = {
      ...bus,
      publish: (async (channel, payload) => {
        if (failures-- > 0) throw new Error('Redis is away');
        return bus.publish(channel, payload);
      }) as typeof bus.publish,
      // On one Redis server the snapshot goes with the event, and fails with it.
      ...(bus.publishAfterWrite && {
        publishAfterWrite: (async (write, channel, payload) => {
          if (failures-- > 0) throw new Error('Redis is away');
          return bus.publishAfterWrite!(write, channel, payload);
        }) as typeof bus.publishAfterWrite,
      }),
    };
    const publisher = new MessageStreamPublisher({
      bus: flaky,
      snapshots,
      logger,
      sessionId,
      messageId,
      snapshotTtlMs: 60_000,
    });
    const iterator = await subscribeToSession(bus, snapshots, sessionId);
    void publisher.publish({ __typename: 'ChatStreamStarted', message: {} as MessageRecord });
    await publisher.publish({ __typename: 'ChatStreamTextDelta', text: 'Late, not lost.' });
    const events = await take(iterator, 2);
    await iterator.return!();
    expect(events.map((e) => [e.__typename, e.sequence])).toEqual([
      ['ChatStreamStarted', 1],
      ['ChatStreamTextDelta', 2],
    ]);
  });
});
