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

export type MedianRow = {
  category: string | null;
  partner_type: string | null;
  sex: string | null;
  /** Bits of grouping(category, partner_type, sex): 1 where the column is rolled up. */
  rolled: number;
  median: number | null;
  n: number;
};

/** One referral sent in the slice, with what every referral table of the report needs. */
export type ReferralRow = {
  /** The day it was sent, in the sending centre's time zone (YYYY-MM-DD). */
  sent_on: string;
  client_id: string;
  grp: string;
  sex: string;
  category: string;
  partner_type: string;
  accepted: boolean;
  outcome: string | null;
  /** Days from sending to the partner's answer; null when unanswered. */
  days_to_answer: number | null;
};

/**
 * The referrals sent in the slice, one row each: one pass over the referrals and their joins,
 * from which the report counts facts, medians and returnees in code (three queries each made the
 * same pass, and at a million clients the pass is most of the dashboard's time).
 */
export async function readReferralRows(db: Kysely<DB>, slice: Slice): Promise<ReferralRow[]> {
  const result = await sql<ReferralRow>`
    select to_char((r.sent_at at time zone ce.time_zone)::date, 'YYYY-MM-DD') as sent_on,
      r.client_id, c.client_group as grp, c.sex, coalesce(o.category, 'none') as category,
      p.type as partner_type, ${wasAccepted} as accepted, r.outcome,
      extract(epoch from (r.answered_at - r.sent_at)) / 86400 as days_to_answer
    from referrals r ${referralJoins}
    where ${sentIn(slice)}`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    accepted: Boolean(r.accepted),
    days_to_answer: r.days_to_answer === null ? null : Number(r.days_to_answer),
  }));
}
