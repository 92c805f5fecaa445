import { describe, expect, it } from 'vitest';
import { displayCount, suppressCells, suppressKeyed, suppressSparse, suppressTable } from './suppression.js';

const shown = (matrix: number[][], k = 5) => {
  const status = suppressTable(matrix, k);
  return matrix.map((row, r) => row.map((v, c) => displayCount(v, status[r]?.[c] ?? 'shown', k)));
};

describe('primary suppression', () => {
  it('hides counts from 1 to 4 as "<5" and keeps 0 and 5 and more', () => {
    const status = suppressCells([0, 1, 4, 5, 12], []);
    expect(status).toEqual(['shown', 'primary', 'primary', 'shown', 'shown']);
    expect(displayCount(4, 'primary')).toBe('<5');
  });

  it('follows a configured threshold', () => {
    expect(suppressCells([7, 9, 10], [], 10)).toEqual(['primary', 'primary', 'shown']);
    expect(displayCount(7, 'primary', 10)).toBe('<10');
  });
});

describe('secondary suppression', () => {
  it('hides the next smallest cell of a line with a single hidden one, never a zero', () => {
    // One line: 3 + 0 + 9 = 12. Hiding the 0 would tell that the hidden 3 is 12 − 9 − 0.
    expect(suppressCells([3, 0, 9, 12], [[0, 1, 2, 3]])).toEqual(['primary', 'shown', 'secondary', 'shown']);
  });

  it('iterates over rows and columns, totals included, until no line has one hidden cell', () => {
    //            women men total
    const table = [
      [20, 3, 23], // returnees
      [10, 12, 22], // prospective migrants
      [30, 15, 45], // total
    ];
    // Round 1: men/returnees (3) is small. Its row hides 20, its column hides 12.
    // Round 2: the women column now has one hidden cell (20): 10 is hidden too.
    expect(shown(table)).toEqual([
      ['x', '<5', 23],
      ['x', 'x', 22],
      [30, 15, 45],
    ]);
  });

  it('leaves a table without small cells untouched', () => {
    expect(
      shown([
        [5, 6, 11],
        [7, 0, 7],
        [12, 6, 18],
      ]),
    ).toEqual([
      [5, 6, 11],
      [7, 0, 7],
      [12, 6, 18],
    ]);
  });

  it('cannot be undone from the shown margins: the small cell keeps several possible values', () => {
    const table = [
      [20, 3, 23],
      [10, 12, 22],
      [30, 15, 45],
    ];
    const out = shown(table);
    // Every inner 2×2 filling that matches what is shown (margins, "<5" between 1 and 4).
    const possible = new Set<number>();
    for (let a = 0; a <= 45; a++)
      for (let b = 1; b <= 4; b++) {
        const c = 30 - a;
        const d = 22 - c;
        if (c < 0 || d < 0 || a + b !== 23 || b + d !== 15) continue;
        possible.add(b);
      }
    expect(out[0]?.[1]).toBe('<5');
    expect([...possible].sort()).toEqual([1, 2, 3, 4]);
  });

  it('gives every line of a random table either no hidden cell or at least two', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 200; run++) {
      const inner = Array.from({ length: 4 }, () => Array.from({ length: 3 }, () => Math.floor(next() * 12)));
      const withRowTotals = inner.map((row) => [...row, row.reduce((s, v) => s + v, 0)]);
      const totals =
        withRowTotals[0]?.map((_, c) => withRowTotals.reduce((s, row) => s + (row[c] ?? 0), 0)) ?? [];
      const table = [...withRowTotals, totals];
      const status = suppressTable(table);
      const lines = [...status, ...(status[0]?.map((_, c) => status.map((row) => row[c])) ?? [])];
      lines.forEach((line, i) => {
        const hidden = line.filter((s) => s !== 'shown').length;
        const values = i < table.length ? table[i] : table.map((row) => row[i - table.length]);
        const nonZeroShown = line.filter((s, j) => s === 'shown' && (values?.[j] ?? 0) > 0).length;
        // A single hidden cell is allowed only where nothing else non-zero is left to hide.
        if (hidden === 1) expect(nonZeroShown).toBe(0);
      });
    }
  });
});

describe('keyed suppression across tables', () => {
  it('hides a figure shared by two tables in both, and protects it in the second table too', () => {
    // "completed by women" (6) appears in the referrals table and as the total of the outcomes table.
    const values = new Map([
      ['women.made', 50],
      ['women.accepted', 2],
      ['women.completed', 6],
      ['outcome.job', 4],
      ['outcome.business', 2],
    ]);
    const status = suppressKeyed(values, [
      ['women.made', 'women.accepted', 'women.completed'],
      ['outcome.job', 'outcome.business', 'women.completed'],
    ]);
    // accepted (2) is small: the referrals row hides its next smallest, completed (6). The outcomes
    // line then already has three hidden cells: job and business are small themselves.
    expect(Object.fromEntries(status)).toEqual({
      'women.made': 'shown',
      'women.accepted': 'primary',
      'women.completed': 'secondary',
      'outcome.job': 'primary',
      'outcome.business': 'primary',
    });
  });

  it('carries a secondary suppression from one table into the next through the shared cell', () => {
    const values = new Map([
      ['a.small', 2],
      ['shared', 6],
      ['a.big', 50],
      ['b.other', 9],
      ['b.total', 15],
    ]);
    const status = suppressKeyed(values, [
      ['a.small', 'shared', 'a.big'],
      ['shared', 'b.other', 'b.total'],
    ]);
    expect(status.get('shared')).toBe('secondary');
    expect(status.get('b.other')).toBe('secondary');
    expect(status.get('b.total')).toBe('shown');
  });
});

describe('sparse suppression with fixed cells', () => {
  // A 3×3 table as keys "r,c" (row 2 and column 2 are totals); lines are its rows and columns.
  const grid = (m: number[][]) =>
    new Map(m.flatMap((row, r) => row.map((v, c): [string, number] => [`${r},${c}`, v])));
  const linesOf = (key: string) => {
    const [r, c] = key.split(',');
    return [[0, 1, 2].map((j) => `${r},${j}`), [0, 1, 2].map((i) => `${i},${c}`)];
  };

  it('finds the same hidden cells as the table rules', () => {
    const m = [
      [20, 3, 23],
      [10, 12, 22],
      [30, 15, 45],
    ];
    const hidden = suppressSparse(grid(m), linesOf);
    expect(Object.fromEntries(hidden)).toEqual({
      '0,1': 'primary',
      '0,0': 'secondary',
      '1,1': 'secondary',
      '1,0': 'secondary',
    });
  });

  it('never picks a fixed cell and keeps the status it was given', () => {
    const m = [
      [20, 3, 23],
      [10, 12, 22],
      [30, 15, 45],
    ];
    // The totals row was decided before (all shown): row 0's partner must come from inside.
    const fixed = new Map([
      ['2,0', 'shown' as const],
      ['2,1', 'shown' as const],
      ['2,2', 'shown' as const],
      ['0,0', 'shown' as const],
    ]);
    const hidden = suppressSparse(grid(m), linesOf, 5, fixed);
    expect(hidden.has('0,0')).toBe(false);
    // Row 0 can only hide its total (23); column 1 hides 12; the totals column, now with one
    // hidden cell (23), hides 22, which also leaves row 1 with two.
    expect(Object.fromEntries(hidden)).toEqual({
      '0,1': 'primary',
      '0,2': 'secondary',
      '1,1': 'secondary',
      '1,2': 'secondary',
    });
  });
});
