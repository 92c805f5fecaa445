import { describe, expect, it } from 'vitest';
import { suppressCalendarYear } from './calendar-linked.js';
import { displayCount, suppressTable } from './suppression.js';

/**
 * Sessions held at one centre in 2026, by month (one-cell tables). March has 3: a small cell.
 * An analyst may ask for any month, quarter or the year, and subtract one answer from another.
 */
const monthly = [10, 12, 3, 8, 8, 8, 8, 8, 8, 8, 8, 8];
const months = monthly.map((n) => [[n]]);
const shownAlone = (n: number) => displayCount(n, suppressTable([[n]])[0]?.[0] ?? 'shown');

describe('differencing overlapping periods', () => {
  it('would reveal March if every period were suppressed on its own', () => {
    const q1 = monthly.slice(0, 3).reduce((s, n) => s + n, 0);
    const [jan, feb, mar] = [shownAlone(10), shownAlone(12), shownAlone(3)];
    expect(mar).toBe('<5');
    // 2026-Q1 minus 2026-01 minus 2026-02, all allowed and overlapping: March comes back.
    expect(shownAlone(q1)).toBe(25);
    expect((shownAlone(q1) as number) - (jan as number) - (feb as number)).toBe(3);
  });

  it('cannot reveal March when the year is suppressed as one linked whole', () => {
    const linked = suppressCalendarYear(2026, months);
    const cell = (key: string) => {
      const t = linked.get(key);
      return displayCount(t?.values[0]?.[0] ?? 0, t?.status[0]?.[0] ?? 'shown');
    };
    expect(cell('2026-03')).toBe('<5');
    // The quarter line [Jan, Feb, Mar, Q1] had one hidden cell: its smallest other, January, goes too.
    expect([cell('2026-01'), cell('2026-02'), cell('2026-Q1')]).toEqual(['x', 12, 25]);
    // Every allowed answer in the year is what an attacker has: Q1 − Feb = Jan + Mar = 13, and
    // nothing separates the two. March may be any value from 1 to 4.
    const [feb, q1] = [cell('2026-02') as number, cell('2026-Q1') as number];
    const possibleMarch = new Set<number>();
    for (let jan = 0; jan <= q1; jan++)
      for (let mar = 1; mar <= 4; mar++) if (jan + feb + mar === q1) possibleMarch.add(mar);
    expect([...possibleMarch].sort()).toEqual([1, 2, 3, 4]);
    // The other quarters and the year are untouched and add up as published.
    expect(cell('2026-Q2')).toBe(24);
    expect(cell('2026')).toBe(97);
  });

  it('hides the same cells whichever period is asked first (one deterministic pattern)', () => {
    const a = suppressCalendarYear(2026, months);
    const b = suppressCalendarYear(
      2026,
      months.map((m) => m.map((row) => [...row])),
    );
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('keeps linked lines of every quarter at zero or two and more hidden cells', () => {
    // Two rows (women, men) plus total, one column: several small months spread over the year.
    const byMonth = [
      [2, 9],
      [6, 1],
      [7, 7],
      [0, 4],
      [5, 5],
      [9, 0],
      [3, 3],
      [8, 8],
      [8, 2],
      [1, 1],
      [6, 6],
      [7, 9],
    ].map(([w, m]) => [[w as number], [m as number], [(w as number) + (m as number)]]);
    const linked = suppressCalendarYear(2026, byMonth);
    const hiddenAt = (key: string, row: number) => linked.get(key)?.status[row]?.[0] !== 'shown';
    for (let row = 0; row < 3; row++) {
      for (let q = 1; q <= 4; q++) {
        const keys = [1, 2, 3].map((i) => `2026-${String(3 * (q - 1) + i).padStart(2, '0')}`);
        const hidden = [...keys, `2026-Q${q}`].filter((k) => hiddenAt(k, row)).length;
        expect(hidden === 0 || hidden >= 2, `row ${row} Q${q}`).toBe(true);
      }
      const yearLine = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026'].filter((k) => hiddenAt(k, row));
      expect(yearLine.length === 0 || yearLine.length >= 2).toBe(true);
    }
  });
});
