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
    const [end] = await take(resumed, 1);
    await resumed.return!();
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
});
