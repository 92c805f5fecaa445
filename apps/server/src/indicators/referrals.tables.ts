import {
  type Cell,
  clientGroups,
  type IndicatorColumn,
  type IndicatorTable,
  offerCategories,
  partnerTypes,
  referralOutcomes,
} from '@pathways/contracts';
import { medianCell, rateCell } from '@pathways/domain';
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
import type { MedianRow, ReferralFact } from './referrals.repo.js';

const GROUPS = [...clientGroups, TOTAL];
/** `none`: referred to a partner without naming one of its offers. */
const CATEGORIES = [...offerCategories, 'none', TOTAL];
const PARTNER_TYPES = [...partnerTypes, TOTAL];
const MEASURES = ['made', 'accepted', 'completed'] as const;
const OUTCOMES = referralOutcomes.map((o) => `out:${o}`);

const cellKey = (period: string, grp: string, cat: string, pt: string, measure: string, sex: string) =>
  key('ref', period, grp, cat, pt, measure, sex);

const isMeasure = (m: string) => (MEASURES as readonly string[]).includes(m);

/** Parts: ref, period, client group, category, partner type, measure, sex. */
function referralLines(ctx: ReportContext, parts: string[]): string[][] {
  const [, , , cat, pt, m] = parts;
  const lines = [vary(parts, 6, SEX_COLUMNS), vary(parts, 2, GROUPS), ...calendarLinesAt(ctx, parts, 1)];
  if (isMeasure(m as string)) {
    lines.push(vary(parts, 5, MEASURES)); // a row of the category or partner-type table
    if (pt === TOTAL) lines.push(vary(parts, 3, CATEGORIES));
    if (cat === TOTAL) lines.push(vary(parts, 4, PARTNER_TYPES));
  }
  if (cat === TOTAL && pt === TOTAL && (m === 'completed' || m?.startsWith('out:')))
    lines.push(vary(parts, 5, [...OUTCOMES, 'completed'])); // the outcomes table's column
  return lines;
}

/**
 * Books referral counts (additive: linked over the year when suppressed). The outcomes table's
 * total is the "completed" count of the other tables: the same key, hidden alike everywhere.
 */
export function bookReferrals(book: Book, ctx: ReportContext, facts: ReferralFact[]) {
  for (const f of facts) {
    const measures = ['made', ...(f.accepted ? ['accepted'] : []), ...(f.outcome ? ['completed'] : [])];
    for (const period of periodKeysOfMonth(ctx, f.month))
      for (const grp of [f.grp, TOTAL])
        for (const sex of [f.sex, TOTAL]) {
          for (const m of measures) {
            add(book, cellKey(period, grp, f.category, TOTAL, m, sex), f.n);
            add(book, cellKey(period, grp, TOTAL, f.partner_type, m, sex), f.n);
            add(book, cellKey(period, grp, TOTAL, TOTAL, m, sex), f.n);
          }
          if (f.outcome) add(book, cellKey(period, grp, TOTAL, TOTAL, `out:${f.outcome}`, sex), f.n);
        }
  }
  book.families.set('ref', (parts) => referralLines(ctx, parts));
}

const REFERRAL_COLUMNS: IndicatorColumn[] = [
  countColumn('made', 'referrals_made'),
  countColumn('accepted', 'referrals_accepted'),
  countColumn('completed', 'referrals_completed'),
  { key: 'acceptance_rate', kind: 'rate', indicator: 'acceptance_rate' },
  { key: 'completion_rate', kind: 'rate', indicator: 'completion_rate' },
  { key: 'median_days_to_answer', kind: 'median', indicator: 'median_days_to_answer' },
];

/** Rolled-up bits of grouping(category, partner type, sex) in the median query. */
const ROLLED = { category: 2, categoryAllSexes: 3, partnerType: 4, partnerTypeAllSexes: 5, sex: 6, all: 7 };

export function createMedianLookup(rows: MedianRow[]) {
  const byKey = new Map(rows.map((r) => [`${r.rolled}|${r.category}|${r.partner_type}|${r.sex}`, r]));
  return (by: 'category' | 'partner_type', value: string, sex: string | null) => {
    const isTotal = value === TOTAL;
    const rolled = isTotal
      ? sex
        ? ROLLED.sex
        : ROLLED.all
      : by === 'category'
        ? sex
          ? ROLLED.category
          : ROLLED.categoryAllSexes
        : sex
          ? ROLLED.partnerType
          : ROLLED.partnerTypeAllSexes;
    const cat = !isTotal && by === 'category' ? value : null;
    const pt = !isTotal && by === 'partner_type' ? value : null;
    return byKey.get(`${rolled}|${cat}|${pt}|${sex}`) ?? null;
  };
}
export type MedianLookup = ReturnType<typeof createMedianLookup>;

function referralCells(
  reader: Reader,
  ctx: ReportContext,
  at: (m: string) => string,
  median: MedianRow | null,
): Cell[] {
  const shown = (m: string) => reader.count(at(m));
  const raw = (m: string) => reader.raw(at(m));
  const rate = (num: string, den: string) =>
    rateCell(shown(num), shown(den), { numerator: raw(num), denominator: raw(den) }, ctx.isSuppressed, ctx.k);
  return [
    ...MEASURES.map(shown),
    rate('accepted', 'made'),
    rate('completed', 'accepted'),
    medianCell(median?.median ?? null, median?.n ?? 0, ctx.isSuppressed, ctx.k),
  ];
}

export function presentReferralTables(
  reader: Reader,
  ctx: ReportContext,
  medians: MedianLookup,
): IndicatorTable[] {
  const period = askedPeriodKey(ctx);
  const sex = ctx.sex ?? TOTAL;
  const medianSex = ctx.sex;
  const byCategory = CATEGORIES.map((cat) => ({
    key: cat,
    label: null,
    cells: referralCells(
      reader,
      ctx,
      (m) => cellKey(period, ctx.grp, cat, TOTAL, m, sex),
      medians('category', cat, medianSex),
    ),
  }));
  const byPartnerType = PARTNER_TYPES.map((pt) => ({
    key: pt,
    label: null,
    cells: referralCells(
      reader,
      ctx,
      (m) => cellKey(period, ctx.grp, TOTAL, pt, m, sex),
      medians('partner_type', pt, medianSex),
    ),
  }));
  const bySex = shownSexes(ctx).map((s) => ({
    key: s,
    label: null,
    cells: referralCells(
      reader,
      ctx,
      (m) => cellKey(period, ctx.grp, TOTAL, TOTAL, m, s),
      medians('category', TOTAL, s === TOTAL ? null : s),
    ),
  }));
  const sexColumns = shownSexes(ctx);
  const outcomes = [...referralOutcomes, TOTAL].map((o) => ({
    key: o,
    label: null,
    cells: sexColumns.map((s) =>
      reader.count(cellKey(period, ctx.grp, TOTAL, TOTAL, o === TOTAL ? 'completed' : `out:${o}`, s)),
    ),
  }));
  return [
    {
      id: 'referrals_by_offer_category',
      indicator: 'referrals_made',
      rowDimension: 'offer_category',
      columns: REFERRAL_COLUMNS,
      rows: byCategory,
    },
    {
      id: 'referrals_by_partner_type',
      indicator: 'referrals_made',
      rowDimension: 'partner_type',
      columns: REFERRAL_COLUMNS,
      rows: byPartnerType,
    },
    {
      id: 'referrals_by_sex',
      indicator: 'referrals_made',
      rowDimension: 'sex',
      columns: REFERRAL_COLUMNS,
      rows: bySex,
    },
    {
      id: 'outcomes',
      indicator: 'outcomes',
      rowDimension: 'outcome',
      columns: sexColumns.map((s) => countColumn(s, 'outcomes')),
      rows: outcomes,
    },
  ];
}

/** Returnees supported (distinct, never linked over time): one row, by sex. */
export function bookReturnees(book: Book, rows: { sex: string; n: number }[]) {
  for (const r of rows) {
    add(book, key('ret', r.sex), r.n);
    add(book, key('ret', TOTAL), r.n);
  }
  book.families.set('ret', (parts) => [vary(parts, 1, SEX_COLUMNS)]);
}

export function presentReturnees(reader: Reader, ctx: ReportContext): IndicatorTable {
  const columns = shownSexes(ctx);
  // Only returnees count here: another client group asked for gives zeros, not other people.
  const isOtherGroup = ctx.grp !== TOTAL && ctx.grp !== 'returnee';
  return {
    id: 'returnees_reintegration',
    indicator: 'returnees_reintegration',
    rowDimension: 'none',
    columns: columns.map((s) => countColumn(s, 'returnees_reintegration')),
    rows: [
      {
        key: TOTAL,
        label: null,
        cells: columns.map((s) => (isOtherGroup ? 0 : reader.count(key('ret', s)))),
      },
    ],
  };
}
