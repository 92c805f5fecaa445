import { describe, expect, it } from 'vitest';
import { checkPeriod, monthsOf, periodOfKey, periodOfRange } from './periods.js';

describe('periods', () => {
  it('turns a year, quarter or month key into its dates', () => {
    expect(periodOfKey('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31', key: '2026' });
    expect(periodOfKey('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31', key: '2026-Q1' });
    expect(periodOfKey('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31', key: '2026-Q4' });
    expect(periodOfKey('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29', key: '2024-02' });
    expect(() => periodOfKey('2026-13')).toThrow();
  });

  it('recognises a date range that is exactly a month, quarter or year', () => {
    expect(periodOfRange('2026-04-01', '2026-06-30').key).toBe('2026-Q2');
    expect(periodOfRange('2026-05-01', '2026-05-31').key).toBe('2026-05');
    expect(periodOfRange('2025-01-01', '2025-12-31').key).toBe('2025');
    expect(periodOfRange('2026-01-01', '2026-01-30').key).toBeNull();
    expect(periodOfRange('2026-02-01', '2026-04-30').key).toBeNull();
  });

  it('lets suppressed views take only whole months, quarters or years', () => {
    const dayShort = periodOfRange('2026-01-02', '2026-03-31');
    expect(checkPeriod(dayShort, true)).toMatchObject({ field: 'period' });
    expect(checkPeriod(dayShort, false)).toBeNull();
    expect(checkPeriod(periodOfKey('2026-03'), true)).toBeNull();
    expect(checkPeriod(periodOfRange('2000-01-01', '2026-01-01'), false)).toMatchObject({ field: 'to' });
  });

  it('lists the months a period touches, across a year end', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf(periodOfKey('2026-03'))).toEqual(['2026-03']);
  });
});
