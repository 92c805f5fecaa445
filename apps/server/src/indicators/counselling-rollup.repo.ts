import type { IndicatorDimension } from '@pathways/contracts';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { type CounselFact, countCounselling, type Slice } from './counselling.repo.js';

/**
 * People and sessions from the rollup (`indicator_client_years`, see rollup.repo.ts): the same
 * facts as `countCounselling` reads from the raw tables, for any whole months of one calendar
 * year. People are rows with a session in the months asked (`months & mask`), sessions the sum
 * of those months' columns.
 */

/** Where counts come from: the rollup where it can answer (else raw), or the raw tables only. */
export type CountSource = 'rollup' | 'raw';

type Months = { year: number; first: number; last: number };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The whole months of one year a date range covers exactly, or null (part of a month, two years). */
export function wholeMonthsOf(from: string, to: string): Months | null {
  const year = Number(from.slice(0, 4));
  const first = Number(from.slice(5, 7));
  const last = Number(to.slice(5, 7));
  const isWhole =
    Number(to.slice(0, 4)) === year &&
    from.slice(8) === '01' &&
    Number(to.slice(8)) === lastDay(year, last) &&
    first <= last;
  return isWhole ? { year, first, last } : null;
}

const monthNumbers = ({ first, last }: Months) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);
const maskOf = (months: number[]) => months.reduce((mask, m) => mask | (1 << (m - 1)), 0);
const sessionsOf = (m: number) => sql.ref(`r.sessions_${pad(m)}`);

/**
 * Which rows count for a slice: per country, its `is_whole` rows when the slice holds all its
 * centres, or one centre's rows. A country covered by some but not all of several centres is
 * left to the raw tables (null): a person seen at two of them must be counted once.
 */
async function rowsOfSlice(db: Kysely<DB>, slice: Slice) {
  const centres = await db
    .selectFrom('centres')
    .select(['id', 'country_code'])
    .where('country_code', 'in', slice.countryCodes)
    .execute();
  const chosen = new Set(slice.centreIds);
  const wholeCountries: string[] = [];
  const singleCentres: { countryCode: string; id: string }[] = [];
  for (const countryCode of slice.countryCodes) {
    const all = centres.filter((c) => c.country_code === countryCode);
    const inSlice = all.filter((c) => chosen.has(c.id));
    if (inSlice.length === all.length) wholeCountries.push(countryCode);
    else if (inSlice.length === 1) singleCentres.push({ countryCode, id: (inSlice[0] as { id: string }).id });
    else if (inSlice.length > 1) return null;
  }
  return { wholeCountries, singleCentres };
}

type Rows = NonNullable<Awaited<ReturnType<typeof rowsOfSlice>>>;

/** The rows of the slice: whole countries' is_whole rows, or (`perCentre`) every row with a centre. */
function inRows(rows: Rows, year: number, perCentre: boolean): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  if (rows.wholeCountries.length)
    parts.push(sql<boolean>`(r.country_code in (${sql.join(rows.wholeCountries)})
      and ${perCentre ? sql`r.centre_id is not null` : sql`r.is_whole`})`);
  if (rows.singleCentres.length)
    parts.push(sql<boolean>`(r.country_code in (${sql.join(rows.singleCentres.map((c) => c.countryCode))})
      and r.centre_id in (${sql.join(rows.singleCentres.map((c) => c.id))}))`);
  return sql<boolean>`r.year = ${year} and (${sql.join(parts, sql` or `)})`;
}

/** A breakdown by one of the copied attributes (its totals are summed, see `withTotals`). */
function attributeRowOf(dimension: IndicatorDimension): RawBuilder<string> | null {
  switch (dimension) {
    case 'country':
      return sql<string>`r.country_code`;
    case 'client_group':
      return sql<string>`r.client_group`;
    case 'age_group':
      // Years of birth, folded into age groups by the caller as for the raw tables.
      return sql<string>`coalesce(r.birth_year::text, '')`;
    default:
      return null;
  }
}

type Aggregated = {
  grp: string;
  sex: string;
  row_key: string | null;
  people: number;
  sessions: number;
  [month: `p${string}` | `s${string}`]: number | string | null;
};

/** What one scan computes besides sessions over the period. */
type Wanted = {
  /** People over the whole period. */
  people: boolean;
  /** Each month's sessions (and people, with `monthPeople`) as columns of their own. */
  perMonth: boolean;
  monthPeople: boolean;
};

/**
 * One scan of the rows, grouped by client group, sex and the breakdown row: people and sessions
 * over the months asked and, as wanted, each month's figures as columns (no unnest). A plain
 * GROUP BY, which PostgreSQL runs in parallel (grouping sets would not be).
 */
async function aggregate(
  db: Kysely<DB>,
  where: RawBuilder<boolean>,
  months: number[],
  row: RawBuilder<string> | null,
  wanted: Wanted,
): Promise<Aggregated[]> {
  const perMonth = wanted.perMonth
    ? months.flatMap((m) => [
        wanted.monthPeople
          ? sql`count(*) filter (where r.months & ${1 << (m - 1)} <> 0)::int as ${sql.ref(`p${pad(m)}`)}`
          : sql`0 as ${sql.ref(`p${pad(m)}`)}`,
        sql`coalesce(sum(${sessionsOf(m)}), 0)::int as ${sql.ref(`s${pad(m)}`)}`,
      ])
    : [];
  const result = await sql<Aggregated>`
    select r.client_group as grp, r.sex, ${row ?? sql`null::text`} as row_key,
      ${wanted.people ? sql`count(*)` : sql`0`}::int as people,
      coalesce(sum(${sql.join(months.map(sessionsOf), sql` + `)}), 0)::int as sessions
      ${perMonth.length ? sql`, ${sql.join(perMonth)}` : sql``}
    from indicator_client_years r
    where ${where} and r.months & ${maskOf(months)} <> 0
    group by r.client_group, r.sex${row ? sql`, ${row}` : sql``}`.execute(db);
  return result.rows;
}

/**
 * The row-less totals of a breakdown by an attribute: sums of its rows, people included, since
 * each person has one country, group and year of birth (a breakdown by centre is not so: a
 * person seen at two centres is one person, so its totals are read, see `aggregateSlice`).
 */
function withTotals(rows: Aggregated[]): Aggregated[] {
  const totals = new Map<string, Aggregated>();
  for (const r of rows) {
    const key = `${r.grp}|${r.sex}`;
    const total = totals.get(key) ?? { grp: r.grp, sex: r.sex, row_key: null, people: 0, sessions: 0 };
    for (const [field, value] of Object.entries(r))
      if (typeof value === 'number')
        total[field as `p${string}`] = Number(total[field as `p${string}`] ?? 0) + value;
    totals.set(key, total);
  }
  return [...rows, ...totals.values()];
}

type Plan = { rows: Rows; period: Months; months: number[] };

/** The rollup's answer for a slice, or null (see `countCounsellingFromRollup`). */
async function planOf(db: Kysely<DB>, slice: Slice, dimension: IndicatorDimension): Promise<Plan | null> {
  if (dimension === 'channel' || dimension === 'topic') return null;
  const period = wholeMonthsOf(slice.from, slice.to);
  if (!period) return null;
  const rows = await rowsOfSlice(db, slice);
  return rows ? { rows, period, months: monthNumbers(period) } : null;
}

async function aggregateSlice(db: Kysely<DB>, plan: Plan, dimension: IndicatorDimension, wanted: Wanted) {
  const { rows, period, months } = plan;
  const totals = inRows(rows, period.year, false);
  if (dimension === 'centre') {
    const perCentre = inRows(rows, period.year, true);
    const [whole, byCentre] = await Promise.all([
      aggregate(db, totals, months, null, wanted),
      aggregate(db, perCentre, months, sql<string>`r.centre_id::text`, wanted),
    ]);
    return [...whole, ...byCentre];
  }
  const row = attributeRowOf(dimension);
  const aggregated = await aggregate(db, totals, months, row, wanted);
  return row ? withTotals(aggregated) : aggregated;
}

/** The facts `countCounselling` would give, from aggregated rows. */
function factsOf(
  aggregated: Aggregated[],
  plan: Plan,
  dimension: IndicatorDimension,
  byMonth: boolean,
  withPeople: boolean,
): CounselFact[] {
  const monthKey = (m: number) => `${plan.period.year}-${pad(m)}`;
  const facts: CounselFact[] = [];
  const push = (a: Aggregated, row_key: string | null, month: string | null, m?: number) => {
    const people = !withPeople ? 0 : m === undefined ? a.people : Number(a[`p${pad(m)}`]);
    const sessions = m === undefined ? a.sessions : Number(a[`s${pad(m)}`]);
    // As from the raw tables: a group exists only where sessions were held.
    if (sessions > 0) facts.push({ grp: a.grp, sex: a.sex, row_key, month, people, sessions });
  };
  for (const a of aggregated) {
    if (!byMonth) {
      push(a, a.row_key, null);
      if (dimension === 'month') for (const m of plan.months) push(a, monthKey(m), null, m);
    } else if (dimension === 'month') {
      for (const m of plan.months) {
        push(a, monthKey(m), monthKey(m), m);
        push(a, null, monthKey(m), m);
      }
    } else {
      for (const m of plan.months) push(a, a.row_key, monthKey(m), m);
    }
  }
  return facts;
}

/**
 * The facts of `countCounselling` from the rollup, or null when the rollup cannot answer: a
 * breakdown by channel or topic (not in the rollup: rows per channel and topic came to the size
 * of the sessions table), part of a month, two years, or some of several centres of a country.
 */
export async function countCounsellingFromRollup(
  db: Kysely<DB>,
  slice: Slice,
  dimension: IndicatorDimension,
  options: { byMonth: boolean; withPeople: boolean },
): Promise<CounselFact[] | null> {
  const plan = await planOf(db, slice, dimension);
  if (!plan) return null;
  const perMonth = options.byMonth || dimension === 'month';
  const aggregated = await aggregateSlice(db, plan, dimension, {
    people: options.withPeople,
    perMonth,
    monthPeople: perMonth && options.withPeople,
  });
  return factsOf(aggregated, plan, dimension, options.byMonth, options.withPeople);
}

/**
 * People and sessions for a report: `[people over the slice, sessions]`, sessions by month over
 * `linkedYear` when given (suppressed views link additive counts over the calendar year). From
 * the rollup where it answers, else from the raw tables; a whole year asked in a linked view is
 * one scan of the rollup for both.
 */
export async function countPeopleAndSessions(
  db: Kysely<DB>,
  slice: Slice,
  linkedYear: Slice | null,
  dimension: IndicatorDimension,
  source: CountSource,
): Promise<[CounselFact[], CounselFact[]]> {
  const count = async (s: Slice, options: { byMonth: boolean; withPeople: boolean }) =>
    (source === 'rollup' ? await countCounsellingFromRollup(db, s, dimension, options) : null) ??
    countCounselling(db, s, dimension, options);
  if (!linkedYear) {
    const facts = await count(slice, { byMonth: false, withPeople: true });
    return [facts, facts];
  }
  const isWholeYear = slice.from === linkedYear.from && slice.to === linkedYear.to;
  const plan = source === 'rollup' && isWholeYear ? await planOf(db, slice, dimension) : null;
  if (plan) {
    const aggregated = await aggregateSlice(db, plan, dimension, {
      people: true,
      perMonth: true,
      monthPeople: dimension === 'month',
    });
    return [
      factsOf(aggregated, plan, dimension, false, true),
      factsOf(aggregated, plan, dimension, true, false),
    ];
  }
  return Promise.all([
    count(slice, { byMonth: false, withPeople: true }),
    count(linkedYear, { byMonth: true, withPeople: false }),
  ]);
}
