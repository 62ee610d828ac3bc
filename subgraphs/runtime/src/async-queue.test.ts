import { AsyncQueue } from './async-queue';

describe('AsyncQueue', () => {
  it('hands pushed items to the consumer in order, before or after it asks', async () => {
    const queue = new AsyncQueue<number>();
    queue.push(1);
    const waiting = queue.next();
    expect(await waiting).toEqual({ value: 1, done: false });
    const later = queue.next();
    queue.push(2);
    expect(await later).toEqual({ value: 2, done: false });
  });

  it('return() completes a pending next() at once and releases the source once', async () => {
    const onClose = jest.fn();
    const queue = new AsyncQueue<number>(onClose);
    const pending = queue.next();
    await queue.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    await queue.return();
    queue.push(3);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(queue.closed).toBe(true);
  });

  it('end() lets the consumer read what is queued and the last item, then completes', async () => {
    const onClose = jest.fn();
    const queue = new AsyncQueue<string>({ onClose, maxPending: 1 });
    queue.push('a');
    queue.end('why it ended');
    queue.push('ignored');
    expect(await queue.next()).toEqual({ value: 'a', done: false });
    expect(await queue.next()).toEqual({ value: 'why it ended', done: false });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    // The source ended by itself; the consumer's return() still releases it, once.
    expect(onClose).not.toHaveBeenCalled();
    await queue.return();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('overflows past maxPending: drops what waits, ends, releases the source and says so once', async () => {
    const onClose = jest.fn();
    const onOverflow = jest.fn();
    const queue = new AsyncQueue<number>({ onClose, onOverflow, maxPending: 2 });
    queue.push(1);
    queue.push(2);
    expect(queue.backlog).toBe(2);
    queue.push(3);
    queue.push(4);
    expect(onOverflow).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(queue.backlog).toBe(0);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });

  it('releaseWith() hands over a source joined later, releasing it at once if the consumer left', async () => {
    const queue = new AsyncQueue<number>();
    const leave = jest.fn();
    queue.releaseWith(leave);
    await queue.return();
    expect(leave).toHaveBeenCalledTimes(1);
    const late = jest.fn();
    queue.releaseWith(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
