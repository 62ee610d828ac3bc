import { StreamCoalescer } from './coalescer';

describe('StreamCoalescer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('batches deltas of one window into one flush', () => {
    const batches: string[] = [];
    const coalescer = new StreamCoalescer(20, (t) => batches.push(t));
    coalescer.push('Hel');
    coalescer.push('lo');
    expect(batches).toEqual([]);
    jest.advanceTimersByTime(20);
    coalescer.push(' world');
    jest.advanceTimersByTime(20);
    expect(batches).toEqual(['Hello', ' world']);
  });

  it('flushes early on demand and never emits empty batches', () => {
    const batches: string[] = [];
    const coalescer = new StreamCoalescer(20, (t) => batches.push(t));
    coalescer.push('a');
    coalescer.flush();
    coalescer.flush();
    coalescer.push('');
    jest.advanceTimersByTime(100);
    expect(batches).toEqual(['a']);
  });

  it('passes every delta straight through with a zero window', () => {
    const batches: string[] = [];
    const coalescer = new StreamCoalescer(0, (t) => batches.push(t));
    coalescer.push('a');
    coalescer.push('b');
    expect(batches).toEqual(['a', 'b']);
  });
});
