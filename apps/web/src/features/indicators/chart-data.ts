import type { Cell, IndicatorTable } from '@pathways/contracts';
import { chartValue, isHiddenCell } from './cells';

export type ChartDatum = { key: string; label: string } & Record<string, string | number | null>;
export type Series = { id: string; table: IndicatorTable | undefined; column: string };

export const cellAt = (table: IndicatorTable | undefined, row: string, column: string): Cell | undefined => {
  const index = table?.columns.findIndex((c) => c.key === column) ?? -1;
  return index < 0 ? undefined : table?.rows.find((r) => r.key === row)?.cells[index];
};

/**
 * The rows of a chart: one per table row except the total (a bar of the total beside its parts
 * would dwarf them), each series a shown number or null. `hiddenCount` says how many hidden
 * cells were left out, so the chart can say so. With `skipEmpty`, rows with nothing to show and
 * nothing hidden are dropped (thirteen offer categories, most of them empty, read badly).
 */
export function chartRowsOf(
  rows: readonly { key: string; label: string }[],
  series: readonly Series[],
  skipEmpty = false,
): { data: ChartDatum[]; hiddenCount: number } {
  let hiddenCount = 0;
  const data: ChartDatum[] = [];
  for (const row of rows) {
    if (row.key === 'total') continue;
    const cells = series.map((s) => cellAt(s.table, row.key, s.column));
    const hidden = cells.filter(isHiddenCell).length;
    const values = cells.map(chartValue);
    if (skipEmpty && hidden === 0 && values.every((v) => !v)) continue;
    hiddenCount += hidden;
    const datum: ChartDatum = { key: row.key, label: row.label };
    series.forEach((s, i) => {
      datum[s.id] = values[i] ?? null;
    });
    data.push(datum);
  }
  return { data, hiddenCount };
}
