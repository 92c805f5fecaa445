import { type Cell, type IndicatorColumn, sexes } from '@pathways/contracts';
import { type CellStatus, calendarLinesOf, displayCount, type Period } from '@pathways/domain';

/**
 * Every count of one report, named by a key (`ses|2026-Q1|topic|returnee|female`: family, period,
 * then the family's coordinates), and for each family the lines (table rows and columns, the
 * client-group axis, linked periods) a cell belongs to. A figure that appears in two tables has
 * one key, so it is hidden the same way in both.
 */
export type LinesOf = (parts: string[]) => string[][];
export type Book = { values: Map<string, number>; families: Map<string, LinesOf> };

export const createBook = (): Book => ({ values: new Map(), families: new Map() });
export const key = (...parts: string[]) => parts.join('|');

export function add(book: Book, cellKey: string, n: number) {
  book.values.set(cellKey, (book.values.get(cellKey) ?? 0) + n);
}

/** The line through a cell along one coordinate: the cell's key with that part set to each value. */
export function vary(parts: readonly string[], index: number, values: readonly string[]): string[] {
  return values.map((v) => {
    const copy = [...parts];
    copy[index] = v;
    return copy.join('|');
  });
}

/** The lines of a cell, from its family. */
export const linesOfBook = (book: Book) => (cellKey: string) => {
  const parts = cellKey.split('|');
  return book.families.get(parts[0] as string)?.(parts) ?? [];
};

export const SEX_COLUMNS = [...sexes, 'total'] as const;
export const TOTAL = 'total';

/** What a report is about, shared by every family of tables. */
export type ReportContext = {
  period: Period;
  /** Set in suppressed views: additive counts of this calendar year are suppressed together. */
  linkedYear: number | null;
  /** Client group asked for, or `total`. */
  grp: string;
  sex: string | null;
  isSuppressed: boolean;
  k: number;
};

/** The time key of the period asked for (`p` when not linked: the report holds that period only). */
export const askedPeriodKey = (ctx: ReportContext) =>
  ctx.linkedYear === null ? 'p' : (ctx.period.key as string);

/** The time keys a month's count adds to: the month, its quarter and its year (or the one period). */
export function periodKeysOfMonth(ctx: ReportContext, month: string | null): string[] {
  if (ctx.linkedYear === null || month === null) return ['p'];
  const quarter = `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
  return [month, quarter, month.slice(0, 4)];
}

/** The linked-period lines through a cell whose period is part `index` (none when not linked). */
export function calendarLinesAt(ctx: ReportContext, parts: readonly string[], index: number): string[][] {
  if (ctx.linkedYear === null) return [];
  return calendarLinesOf(ctx.linkedYear, (period) => {
    const copy = [...parts];
    copy[index] = period;
    return copy.join('|');
  });
}

/** Reads published cells once the book is suppressed (or not). */
export type Reader = {
  count(cellKey: string): Cell;
  raw(cellKey: string): number;
};

export function createReader(book: Book, hidden: Map<string, CellStatus> | null, k: number): Reader {
  return {
    raw: (cellKey) => book.values.get(cellKey) ?? 0,
    count(cellKey) {
      const value = book.values.get(cellKey) ?? 0;
      return hidden ? displayCount(value, hidden.get(cellKey) ?? 'shown', k) : value;
    },
  };
}

export const countColumn = (columnKey: string, indicator: IndicatorColumn['indicator']): IndicatorColumn => ({
  key: columnKey,
  kind: 'count',
  indicator,
});

/** Sex columns shown: the one asked for, or all with the total. */
export const shownSexes = (ctx: ReportContext): string[] => (ctx.sex ? [ctx.sex] : [...SEX_COLUMNS]);
