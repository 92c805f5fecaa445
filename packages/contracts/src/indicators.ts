import { z } from 'zod';
import { ClientGroup, Sex } from './clients.js';
import { CountryCode, Uuid } from './common.js';

/** The programme's indicators; each has a written definition in @pathways/domain (en, fr, ar). */
export const indicatorIds = [
  'people_counselled',
  'sessions_held',
  'share_women_counselled',
  'referrals_made',
  'referrals_accepted',
  'referrals_completed',
  'acceptance_rate',
  'completion_rate',
  'median_days_to_answer',
  'share_women_referred',
  'share_women_completed',
  'returnees_reintegration',
  'outcomes',
  'event_participants',
  'people_reached',
] as const;
export const IndicatorId = z.enum(indicatorIds);
export type IndicatorId = z.infer<typeof IndicatorId>;

/** What the rows of the counselling tables are broken down by; sex is always the columns. */
export const indicatorDimensions = [
  'none',
  'month',
  'country',
  'centre',
  'client_group',
  'age_group',
  'channel',
  'topic',
] as const;
export const IndicatorDimension = z.enum(indicatorDimensions);
export type IndicatorDimension = z.infer<typeof IndicatorDimension>;

/** `2026`, `2026-Q1` or `2026-03`: the only periods of suppressed (analyst, cross-country) views. */
export const PeriodKey = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'use YYYY, YYYY-Qn or YYYY-MM');

const IsoDate = z.iso.date();

const indicatorQueryShape = {
  /** A whole year, quarter or month; or give `from` and `to` instead. Default: this year. */
  period: PeriodKey.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  country: CountryCode.optional(),
  centre: Uuid.optional(),
  clientGroup: ClientGroup.optional(),
  /** Narrows every table to one sex column (the figures are the same cells as unfiltered). */
  sex: Sex.optional(),
  breakdown: IndicatorDimension.default('month'),
};

type PeriodFields = { period?: string; from?: string; to?: string };
function checkPeriodFields(q: PeriodFields, ctx: z.RefinementCtx) {
  if (q.period && (q.from || q.to))
    ctx.addIssue({ code: 'custom', path: ['period'], message: 'give either period or from/to, not both' });
  if (Boolean(q.from) !== Boolean(q.to))
    ctx.addIssue({ code: 'custom', path: [q.from ? 'to' : 'from'], message: 'give both from and to' });
  if (q.from && q.to && q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
}

export const IndicatorQuery = z.strictObject(indicatorQueryShape).superRefine(checkPeriodFields);
/** The same figures as a file; `lang` picks the language of labels and definitions. */
export const IndicatorExportQuery = z
  .strictObject({ ...indicatorQueryShape, lang: z.enum(['en', 'fr', 'ar']).default('en') })
  .superRefine(checkPeriodFields);
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;

/**
 * A figure as shown: a number; `<5` (or `<k`) for a count from 1 to k−1; `x` for a cell hidden
 * so that a small one cannot be worked out from totals (secondary suppression), or a rate or
 * median whose base is below k; null where a rate has no base at all.
 */
export const Cell = z.union([z.number(), z.string().regex(/^(<\d+|x)$/), z.null()]);
export type Cell = z.infer<typeof Cell>;

export const columnKinds = ['count', 'rate', 'median'] as const;
export const IndicatorColumn = z.object({
  /** A sex (`female`, …, `total`) or a measure (`made`, `acceptance_rate`, …). */
  key: z.string(),
  /** Rates are fractions from 0 to 1; medians are days. */
  kind: z.enum(columnKinds),
  indicator: IndicatorId,
});
export type IndicatorColumn = z.infer<typeof IndicatorColumn>;

export const tableIds = [
  'people_counselled',
  'sessions_held',
  'referrals_by_offer_category',
  'referrals_by_partner_type',
  'referrals_by_sex',
  'outcomes',
  'returnees_reintegration',
  'event_participants',
  'people_reached',
] as const;
export const TableId = z.enum(tableIds);
export type TableId = z.infer<typeof TableId>;

export const rowDimensions = [
  ...indicatorDimensions,
  'offer_category',
  'partner_type',
  'sex',
  'outcome',
] as const;

export const IndicatorTable = z.object({
  id: TableId,
  indicator: IndicatorId,
  rowDimension: z.enum(rowDimensions),
  columns: z.array(IndicatorColumn),
  /** The last row is always `total`. Labels are given for centres and countries (names). */
  rows: z.array(z.object({ key: z.string(), label: z.string().nullable(), cells: z.array(Cell) })),
});
export type IndicatorTable = z.infer<typeof IndicatorTable>;

export const HeadlineFigure = z.object({
  indicator: IndicatorId,
  kind: z.enum(columnKinds),
  value: Cell,
});
export type HeadlineFigure = z.infer<typeof HeadlineFigure>;

export const IndicatorReport = z.object({
  period: z.object({ from: z.string(), to: z.string(), key: PeriodKey.nullable() }),
  filters: z.object({
    country: CountryCode.nullable(),
    centre: Uuid.nullable(),
    clientGroup: ClientGroup.nullable(),
    sex: Sex.nullable(),
  }),
  breakdown: IndicatorDimension,
  /** Applied for the analyst and for every view across more than one country. */
  suppression: z.object({ applied: z.boolean(), k: z.number().int() }),
  headline: z.array(HeadlineFigure),
  tables: z.array(IndicatorTable),
  generatedAt: z.iso.datetime(),
});
export type IndicatorReport = z.infer<typeof IndicatorReport>;
