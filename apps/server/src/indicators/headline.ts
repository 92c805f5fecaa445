import type { Cell, HeadlineFigure, IndicatorTable, TableId } from '@pathways/contracts';
import { rateCell } from '@pathways/domain';
import type { ReportContext } from './indicator-book.js';

/**
 * The key figures above the tables, read from the tables themselves: a headline figure is always
 * the very cell a table publishes, hidden the same way.
 */
export function headlineOf(tables: IndicatorTable[], ctx: ReportContext): HeadlineFigure[] {
  const cell = (id: TableId, row: string, column: string): Cell => {
    const table = tables.find((t) => t.id === id);
    const c = table?.columns.findIndex((col) => col.key === column) ?? -1;
    const r = table?.rows.find((x) => x.key === row);
    return r && c >= 0 ? (r.cells[c] ?? null) : null;
  };
  const sex = ctx.sex ?? 'total';
  // Shares from published cells only: a shown count is its raw value, a hidden one hides the share.
  const shareOfWomen = (column: string): Cell => {
    if (ctx.sex) return null;
    const women = cell('referrals_by_sex', 'female', column);
    const all = cell('referrals_by_sex', 'total', column);
    if (typeof women !== 'number' || typeof all !== 'number') return 'x';
    return rateCell(women, all, { numerator: women, denominator: all }, ctx.isSuppressed, ctx.k);
  };
  const figures: [HeadlineFigure['indicator'], HeadlineFigure['kind'], Cell][] = [
    ['people_counselled', 'count', cell('people_counselled', 'total', sex)],
    ['share_women_counselled', 'rate', cell('people_counselled', 'total', 'share_female')],
    ['sessions_held', 'count', cell('sessions_held', 'total', sex)],
    ['referrals_made', 'count', cell('referrals_by_sex', sex, 'made')],
    ['referrals_accepted', 'count', cell('referrals_by_sex', sex, 'accepted')],
    ['referrals_completed', 'count', cell('referrals_by_sex', sex, 'completed')],
    ['acceptance_rate', 'rate', cell('referrals_by_sex', sex, 'acceptance_rate')],
    ['completion_rate', 'rate', cell('referrals_by_sex', sex, 'completion_rate')],
    ['median_days_to_answer', 'median', cell('referrals_by_sex', sex, 'median_days_to_answer')],
    ['share_women_referred', 'rate', shareOfWomen('made')],
    ['share_women_completed', 'rate', shareOfWomen('completed')],
    ['returnees_reintegration', 'count', cell('returnees_reintegration', 'total', sex)],
    ['event_participants', 'count', cell('event_participants', 'total', sex)],
    ['people_reached', 'count', cell('people_reached', 'total', sex)],
  ];
  return figures.map(([indicator, kind, value]) => ({ indicator, kind, value }));
}
