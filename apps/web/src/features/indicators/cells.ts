import type { Cell, IndicatorColumn } from '@pathways/contracts';

export type CellKind = IndicatorColumn['kind'];

/**
 * How a published figure reads: a number in the UI language's format; a small count exactly as
 * the server hid it ("<5", never a number); "x" for a cell hidden so a small one cannot be worked
 * out, or a rate or median whose base is too small; a dash where a rate has no base at all.
 */
export type ShownCell =
  | { status: 'value'; text: string }
  | { status: 'small'; text: string }
  | { status: 'hidden'; text: 'x' }
  | { status: 'none'; text: '–' };

export type NumberFormats = Record<CellKind, (value: number) => string>;

export function numberFormatsOf(language: string): NumberFormats {
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const rate = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const median = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return {
    count: (value) => count.format(value),
    rate: (value) => rate.format(value),
    median: (value) => median.format(value),
  };
}

export function showCell(cell: Cell, kind: CellKind, formats: NumberFormats): ShownCell {
  if (typeof cell === 'number') return { status: 'value', text: formats[kind](cell) };
  if (cell === null) return { status: 'none', text: '–' };
  if (cell === 'x') return { status: 'hidden', text: 'x' };
  return { status: 'small', text: cell };
}

/** Charts plot shown numbers only: a hidden cell is a gap (its table says why), never a guess. */
export const chartValue = (cell: Cell | undefined): number | null => (typeof cell === 'number' ? cell : null);

export const isHiddenCell = (cell: Cell | undefined) => typeof cell === 'string';
