/**
 * The referral tables' inputs counted from the slice's referral rows (readReferralRows): the
 * same figures the SQL aggregates gave, grouping sets and percentile_cont included.
 */
import type { MedianRow, ReferralFact, ReferralRow } from './referrals.repo.js';

type Period = { from: string; to: string };
const inPeriod = (row: ReferralRow, period: Period) => row.sent_on >= period.from && row.sent_on <= period.to;

/** Referral counts at the finest grain the tables need (by month when linked over the year). */
export function referralFactsOf(rows: ReferralRow[], byMonth: boolean): ReferralFact[] {
  const facts = new Map<string, ReferralFact>();
  for (const r of rows) {
    const month = byMonth ? r.sent_on.slice(0, 7) : null;
    const key = [month, r.grp, r.sex, r.category, r.partner_type, r.accepted, r.outcome].join('\u0000');
    const fact = facts.get(key);
    if (fact) fact.n += 1;
    else
      facts.set(key, {
        month,
        grp: r.grp,
        sex: r.sex,
        category: r.category,
        partner_type: r.partner_type,
        accepted: r.accepted,
        outcome: r.outcome,
        n: 1,
      });
  }
  return [...facts.values()];
}

/** percentile_cont(0.5): the middle value, or the mean of the two middle ones. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)] as number;
  const high = sorted[Math.ceil(middle)] as number;
  return low + (high - low) * (middle - Math.floor(middle));
}

// The grouping sets of the medians table and grouping(category, partner_type, sex) of each.
const MEDIAN_SETS = [
  { category: true, partner_type: false, sex: true, rolled: 0b010 },
  { category: true, partner_type: false, sex: false, rolled: 0b011 },
  { category: false, partner_type: true, sex: true, rolled: 0b100 },
  { category: false, partner_type: true, sex: false, rolled: 0b101 },
  { category: false, partner_type: false, sex: true, rolled: 0b110 },
  { category: false, partner_type: false, sex: false, rolled: 0b111 },
] as const;

/** Median days from sending to the partner's answer, per category, partner type and sex. */
export function mediansOf(rows: ReferralRow[], period: Period, clientGroup: string | null): MedianRow[] {
  const answered = rows.filter(
    (r) => r.days_to_answer !== null && inPeriod(r, period) && (!clientGroup || r.grp === clientGroup),
  );
  const out: MedianRow[] = [];
  for (const set of MEDIAN_SETS) {
    const groups = new Map<string, { row: MedianRow; days: number[] }>();
    for (const r of answered) {
      const category = set.category ? r.category : null;
      const partnerType = set.partner_type ? r.partner_type : null;
      const sex = set.sex ? r.sex : null;
      const key = [category, partnerType, sex].join('\u0000');
      let group = groups.get(key);
      if (!group) {
        group = {
          row: { category, partner_type: partnerType, sex, rolled: set.rolled, median: null, n: 0 },
          days: [],
        };
        groups.set(key, group);
      }
      group.days.push(r.days_to_answer as number);
    }
    for (const { row, days } of groups.values()) out.push({ ...row, median: median(days), n: days.length });
  }
  return out;
}

/** Returnees with an accepted referral sent in the period, each once, by sex. */
export function returneesOf(rows: ReferralRow[], period: Period): { sex: string; n: number }[] {
  const people = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.grp !== 'returnee' || !r.accepted || !inPeriod(r, period)) continue;
    const ids = people.get(r.sex) ?? new Set<string>();
    ids.add(r.client_id);
    people.set(r.sex, ids);
  }
  return [...people].map(([sex, ids]) => ({ sex, n: ids.size }));
}
