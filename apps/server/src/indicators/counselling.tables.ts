import { clientGroups, type IndicatorDimension, type IndicatorTable } from '@pathways/contracts';
import { rateCell } from '@pathways/domain';
import type { CountRow } from './counselling.repo.js';
import {
  add,
  askedPeriodKey,
  type Book,
  calendarLinesAt,
  countColumn,
  key,
  periodKeysOfMonth,
  type Reader,
  type ReportContext,
  SEX_COLUMNS,
  shownSexes,
  TOTAL,
  vary,
} from './indicator-book.js';

const GROUPS = [...clientGroups, TOTAL];

/** The rows of a breakdown: all values (booked, so that zero rows take part in suppression) and those shown. */
export type RowSpec = {
  dimension: IndicatorDimension;
  keys: string[];
  shownKeys: string[];
  /** Turns a grouped value into its row (a year of birth into an age group). */
  fold(raw: string): string;
  labelOf(row: string): string | null;
};

type Family = 'ppl' | 'ses';

const cellKey = (family: Family, period: string, row: string, grp: string, sex: string) =>
  key(family, period, row, grp, sex);

/**
 * Books people (distinct: sums only across sex and client group, where each person has one
 * value) or sessions (additive: also across months, linked over the year when suppressed).
 */
export function bookCounselling(
  book: Book,
  ctx: ReportContext,
  family: Family,
  rows: CountRow[],
  spec: RowSpec,
) {
  for (const r of rows) {
    const row = r.row_key === null ? TOTAL : spec.fold(r.row_key);
    for (const period of periodKeysOfMonth(ctx, r.month))
      for (const grp of [r.grp, TOTAL])
        for (const sex of [r.sex, TOTAL]) add(book, cellKey(family, period, row, grp, sex), r.n);
  }
  const rowKeys = [...spec.keys, TOTAL];
  // Parts: family, period, row, client group, sex.
  book.families.set(family, (parts) => [
    vary(parts, 4, SEX_COLUMNS),
    vary(parts, 2, rowKeys),
    vary(parts, 3, GROUPS),
    ...calendarLinesAt(ctx, parts, 1),
  ]);
}

export function presentCounselling(
  reader: Reader,
  ctx: ReportContext,
  family: Family,
  spec: RowSpec,
): IndicatorTable {
  const period = askedPeriodKey(ctx);
  const indicator = family === 'ppl' ? 'people_counselled' : 'sessions_held';
  const sexes = shownSexes(ctx);
  const withShare = family === 'ppl' && !ctx.sex;
  const at = (row: string, sex: string) => cellKey(family, period, row, ctx.grp, sex);
  return {
    id: indicator,
    indicator,
    rowDimension: spec.dimension,
    columns: [
      ...sexes.map((sex) => countColumn(sex, indicator)),
      ...(withShare
        ? [{ key: 'share_female', kind: 'rate' as const, indicator: 'share_women_counselled' as const }]
        : []),
    ],
    rows: [...spec.shownKeys, TOTAL].map((row) => ({
      key: row,
      label: spec.labelOf(row),
      cells: [
        ...sexes.map((sex) => reader.count(at(row, sex))),
        ...(withShare
          ? [
              rateCell(
                reader.count(at(row, 'female')),
                reader.count(at(row, TOTAL)),
                { numerator: reader.raw(at(row, 'female')), denominator: reader.raw(at(row, TOTAL)) },
                ctx.isSuppressed,
                ctx.k,
              ),
            ]
          : []),
      ],
    })),
  };
}
