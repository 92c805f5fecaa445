import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { inSlice, type Slice } from './counselling.repo.js';

/** Referrals of the period: those sent in it, by the sending centre's local calendar. */
function sentIn(slice: Slice) {
  // The UTC bounds (two days' slack for time zones) let the (country, sent_at) index serve.
  return sql<boolean>`${inSlice('r', slice)}
    and r.sent_at >= (${slice.from}::date - 2)::timestamptz and r.sent_at < (${slice.to}::date + 2)::timestamptz
    and (r.sent_at at time zone ce.time_zone)::date between ${slice.from}::date and ${slice.to}::date`;
}

/**
 * Accepted at some point. The partner's answer (sent → accepted or declined, the only way to
 * "accepted") is what sets answered_at, so an answered referral that is not declined was accepted,
 * whatever came after (enrolled, cancelled…). Read off the row: no look into its history.
 */
const wasAccepted = sql<boolean>`(r.answered_at is not null and r.status <> 'declined')`;

const referralJoins = sql`
  join clients c on c.country_code = r.country_code and c.id = r.client_id
  join centres ce on ce.id = r.centre_id
  join partner_organisations p on p.country_code = r.country_code and p.id = r.partner_organisation_id
  left join offers o on o.country_code = r.country_code and o.id = r.offer_id`;

export type ReferralFact = {
  month: string | null;
  grp: string;
  sex: string;
  category: string;
  partner_type: string;
  accepted: boolean;
  outcome: string | null;
  n: number;
};

/** Referral counts at the finest grain the tables need; every table is a sum of these. */
export async function countReferralFacts(db: Kysely<DB>, slice: Slice, byMonth: boolean) {
  const month = byMonth
    ? sql`to_char((r.sent_at at time zone ce.time_zone)::date, 'YYYY-MM')`
    : sql`null::text`;
  const result = await sql<ReferralFact>`
    select ${month} as month, c.client_group as grp, c.sex, coalesce(o.category, 'none') as category,
      p.type as partner_type, ${wasAccepted} as accepted, r.outcome, count(*)::int as n
    from referrals r ${referralJoins}
    where ${sentIn(slice)}
    group by 1, 2, 3, 4, 5, 6, 7`.execute(db);
  return result.rows.map((r) => ({ ...r, accepted: Boolean(r.accepted) }));
}

export type MedianRow = {
  category: string | null;
  partner_type: string | null;
  sex: string | null;
  /** Bits of grouping(category, partner_type, sex): 1 where the column is rolled up. */
  rolled: number;
  median: number | null;
  n: number;
};

/** Median days from sending to the partner's answer, per category, partner type and sex. */
export async function medianDaysToAnswer(db: Kysely<DB>, slice: Slice, clientGroup: string | null) {
  const result = await sql<MedianRow>`
    select coalesce(o.category, 'none') as category, p.type as partner_type, c.sex,
      grouping(coalesce(o.category, 'none'), p.type, c.sex)::int as rolled,
      percentile_cont(0.5) within group (order by extract(epoch from (r.answered_at - r.sent_at)) / 86400)
        as median,
      count(*)::int as n
    from referrals r ${referralJoins}
    where ${sentIn(slice)} and r.answered_at is not null
      ${clientGroup ? sql`and c.client_group = ${clientGroup}` : sql``}
    group by grouping sets ((coalesce(o.category, 'none'), c.sex), (coalesce(o.category, 'none')),
      (p.type, c.sex), (p.type), (c.sex), ())`.execute(db);
  return result.rows.map((r) => ({ ...r, median: r.median === null ? null : Number(r.median) }));
}

/** Returnees with an accepted referral sent in the period, each once, by sex. */
export async function countReturneesSupported(db: Kysely<DB>, slice: Slice) {
  const result = await sql<{ sex: string; n: number }>`
    select c.sex, count(distinct r.client_id)::int as n
    from referrals r ${referralJoins}
    where ${sentIn(slice)} and c.client_group = 'returnee' and ${wasAccepted}
    group by c.sex`.execute(db);
  return result.rows;
}
