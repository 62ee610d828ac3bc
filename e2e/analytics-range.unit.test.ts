import { exactCredits, microFromCredits } from '../web/src/lib/money';
import {
  everyDay,
  isReportable,
  lastDays,
  rangeInstants,
} from '../web/src/screens/admin/analytics/range';

test('a day range becomes the API’s half-open instants, the last day included', () => {
  expect(rangeInstants({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
    from: '2026-11-01T00:00:00.000Z',
    to: '2026-12-01T00:00:00.000Z',
  });
  expect(lastDays(7, Date.parse('2026-11-30T15:00:00Z'))).toEqual({
    from: '2026-11-24',
    to: '2026-11-30',
  });
});

test('only ranges the API accepts are reportable', () => {
  expect(isReportable({ from: '2026-11-01', to: '2026-11-01' })).toBe(true);
  expect(isReportable({ from: '2026-11-02', to: '2026-11-01' })).toBe(false);
  expect(isReportable({ from: '', to: '2026-11-01' })).toBe(false);
  expect(isReportable({ from: '2025-01-01', to: '2026-11-01' })).toBe(false);
});

test('days without usage are filled with zero rows, in order', () => {
  const rows = [{ day: '2026-11-03', streams: 2 }];
  const filled = everyDay({ from: '2026-11-01', to: '2026-11-04' }, rows, (day) => ({
    day,
    streams: 0,
  }));
  expect(filled).toEqual([
    { day: '2026-11-01', streams: 0 },
    { day: '2026-11-02', streams: 0 },
    { day: '2026-11-03', streams: 2 },
    { day: '2026-11-04', streams: 0 },
  ]);
});

test('exact credits are written from micro-credits without rounding', () => {
  expect(exactCredits('0')).toBe('0');
  expect(exactCredits('1250000')).toBe('1.25');
  expect(exactCredits('7')).toBe('0.000007');
  expect(exactCredits('123456789012345678')).toBe('123456789012.345678');
  expect(exactCredits('-500000')).toBe('-0.5');
});

test('typed credits become exact micro-credits, and anything else is refused', () => {
  expect(microFromCredits('0')).toBe('0');
  expect(microFromCredits('0.25')).toBe('250000');
  expect(microFromCredits(' 1,5 ')).toBe('1500000');
  expect(microFromCredits('.000001')).toBe('1');
  expect(microFromCredits('100')).toBe('100000000');
  for (const bad of ['', '.', '-1', '1e3', 'abc', '0.0000001'])
    expect(microFromCredits(bad)).toBeNull();
});
