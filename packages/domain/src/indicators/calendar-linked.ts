import { type CellStatus, DEFAULT_MIN_CELL, suppressCells, tableLines } from './suppression.js';

export type PeriodTable = { values: number[][]; status: CellStatus[][] };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Additive counts (sessions, referrals, participants) of one calendar year, suppressed as one
 * linked whole: the 12 month tables, the 4 quarter tables and the year table (sums of months).
 * Besides each table's rows and columns, every cell position forms the lines
 * [month 1, month 2, month 3, quarter] and [Q1, Q2, Q3, Q4, year]. So whichever allowed periods
 * an analyst asks for (months, quarters, the year), subtracting some from another never leaves a
 * single hidden cell: the same cell is hidden the same way in every answer.
 *
 * `months` holds 12 tables of the same shape (R×C, margins included), January first.
 */
export function suppressCalendarYear(
  year: number,
  months: readonly (readonly (readonly number[])[])[],
  k = DEFAULT_MIN_CELL,
): Map<string, PeriodTable> {
  if (months.length !== 12) throw new Error('a calendar year has 12 month tables');
  const rows = months[0]?.length ?? 0;
  const cols = months[0]?.[0]?.length ?? 0;
  const size = rows * cols;
  const sum = (tables: readonly (readonly (readonly number[])[])[]) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => tables.reduce((s, t) => s + (t[r]?.[c] ?? 0), 0)),
    );
  const quarters = [0, 1, 2, 3].map((q) => sum(months.slice(3 * q, 3 * q + 3)));
  const tables = [...months, ...quarters, sum(months)];
  const keys = [
    ...months.map((_, m) => `${year}-${pad(m + 1)}`),
    ...quarters.map((_, q) => `${year}-Q${q + 1}`),
    String(year),
  ];

  const values = tables.flatMap((t) => t.flat());
  const lines: number[][] = tables.flatMap((_, t) => tableLines(rows, cols, t * size));
  const QUARTER = 12;
  const YEAR = 16;
  for (let cell = 0; cell < size; cell++) {
    for (let q = 0; q < 4; q++)
      lines.push([3 * q, 3 * q + 1, 3 * q + 2, QUARTER + q].map((t) => t * size + cell));
    lines.push([QUARTER, QUARTER + 1, QUARTER + 2, QUARTER + 3, YEAR].map((t) => t * size + cell));
  }
  const status = suppressCells(values, lines, k);

  const result = new Map<string, PeriodTable>();
  tables.forEach((table, t) => {
    const start = t * size;
    result.set(keys[t] as string, {
      values: table.map((row) => [...row]),
      status: table.map((_, r) => status.slice(start + r * cols, start + (r + 1) * cols)),
    });
  });
  return result;
}

/** The period keys of a calendar year: its months, quarters and the year itself. */
export function calendarYearKeys(year: number) {
  const months = Array.from({ length: 12 }, (_, m) => `${year}-${pad(m + 1)}`);
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return { months, quarters, year: String(year) };
}

/**
 * The time lines of one cell position across a calendar year, for keyed suppression:
 * [month 1, month 2, month 3, quarter] for each quarter and [Q1, Q2, Q3, Q4, year].
 * `keyAt(period)` names the cell of that position in that period.
 */
export function calendarLinesOf(year: number, keyAt: (period: string) => string): string[][] {
  const { months, quarters, year: whole } = calendarYearKeys(year);
  const lines = quarters.map((q, i) => [...months.slice(3 * i, 3 * i + 3), q].map(keyAt));
  lines.push([...quarters, whole].map(keyAt));
  return lines;
}
