import type { IndicatorDimension } from '@pathways/contracts';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../db/schema.js';

/** The centres counted (always within one request's scope) and the dates, inclusive. */
export type Slice = { countryCodes: string[]; centreIds: string[]; from: string; to: string };

/** Counts by client group and sex (and month); `row_key` is null on the rows without breakdown. */
export type CountRow = { grp: string; sex: string; row_key: string | null; month: string | null; n: number };
export type CounselFact = Omit<CountRow, 'n'> & { people: number; sessions: number };

/** Filter on the scope's centres; the country comes first so the (country, date) indexes serve. */
export function inSlice(alias: string, slice: Slice): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${alias}.country_code`)} in (${sql.join(slice.countryCodes)})
    and ${sql.ref(`${alias}.centre_id`)} in (${sql.join(slice.centreIds)})`;
}

/**
 * What a breakdown groups sessions by. Age groups are grouped by year of birth here and folded
 * into groups by the caller (each person has one year of birth, so the fold is a plain sum).
 */
function rowOf(dimension: IndicatorDimension): RawBuilder<string> | null {
  switch (dimension) {
    case 'none':
      return null;
    case 'month':
      // Written unlike the month column of `byMonth` (see client_group below).
      return sql<string>`left(s.held_on::text, 7)`;
    case 'country':
      return sql<string>`s.country_code`;
    case 'centre':
      return sql<string>`s.centre_id::text`;
    case 'client_group':
      // Not `c.client_group` itself: that is also a grouping column, and the row-less grouping
      // set would keep it instead of rolling it up.
      return sql<string>`nullif(c.client_group, '')`;
    case 'age_group':
      return sql<string>`coalesce(c.birth_year::text, '')`;
    case 'channel':
      return sql<string>`s.channel`;
    case 'topic':
      return sql<string>`t.topic`;
  }
}

/**
 * Distinct people and sessions by client group × sex × breakdown row, plus the same without the
 * row: a breakdown by topic or channel counts a person under each, so its total is its own count.
 * `byMonth` adds the month to every group (sessions add up over months); `withPeople: false`
 * skips the distinct count where only sessions are needed.
 */
export async function countCounselling(
  db: Kysely<DB>,
  slice: Slice,
  dimension: IndicatorDimension,
  options: { byMonth: boolean; withPeople: boolean },
): Promise<CounselFact[]> {
  const row = rowOf(dimension);
  const month = options.byMonth ? sql`to_char(s.held_on, 'YYYY-MM')` : sql`null::text`;
  const unnestTopics = dimension === 'topic' ? sql`cross join lateral unnest(s.topics) as t(topic)` : sql``;
  const people = options.withPeople ? sql`count(distinct s.client_id)` : sql`0`;
  const sessions = dimension === 'topic' ? sql`count(distinct s.id)` : sql`count(*)`;
  const sets = row
    ? sql`grouping sets ((${month}, c.client_group, c.sex, ${row}), (${month}, c.client_group, c.sex))`
    : sql`${month}, c.client_group, c.sex`;
  const result = await sql<CounselFact & { rolled: number }>`
    select c.client_group as grp, c.sex, ${row ?? sql`null::text`} as row_key, ${month} as month,
      ${people}::int as people, ${sessions}::int as sessions,
      ${row ? sql`grouping(${row})` : sql`1`}::int as rolled
    from counselling_sessions s
    join clients c on c.country_code = s.country_code and c.id = s.client_id
    ${unnestTopics}
    where ${inSlice('s', slice)} and s.held_on between ${slice.from}::date and ${slice.to}::date
    group by ${sets}`.execute(db);
  return result.rows.map(({ rolled, ...r }) => ({ ...r, row_key: rolled ? null : r.row_key }));
}
