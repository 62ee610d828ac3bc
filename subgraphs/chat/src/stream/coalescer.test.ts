import { StreamCoalescer } from './coalescer';

describe('StreamCoalescer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the first delta at once and batches what follows within the window', () => {
    const batches: string[] = [];
    const coalescer = new StreamCoalescer(20, (t) => batches.push(t));
    coalescer.push('He');
    expect(batches).toEqual(['He']);
    coalescer.push('l');
    coalescer.push('lo');
    expect(batches).toEqual(['He']);
    jest.advanceTimersByTime(20);
    expect(batches).toEqual(['He', 'llo']);
    coalescer.push(' wor');
    coalescer.push('ld');
    jest.advanceTimersByTime(20);
    expect(batches).toEqual(['He', 'llo', ' world']);
    // After a quiet window (a tool round, say) the next delta goes out at once again.
    jest.advanceTimersByTime(100);
    coalescer.push('!');
    expect(batches).toEqual(['He', 'llo', ' world', '!']);
  });

  it('flushes early on demand and never emits empty batches', () => {
    const batches: string[] = [];
    const coalescer = new StreamCoalescer(20, (t) => batches.push(t));
    coalescer.push('a');
    coalescer.push('b');
    coalescer.flush();
    coalescer.flush();
    coalescer.push('');
    jest.advanceTimersByTime(100);
    expect(batches).toEqual(['a', 'b']);
  });

  it('passes every delta straight through with a zero window', () => {
    const batches: string[] = [];
    const coalescer = new StreamCoalescer(0, (t) => batches.push(t));
    coalescer.push('a');
    coalescer.push('b');
    expect(batches).toEqual(['a', 'b']);
  });
});
