import { describe, expect, it } from 'vitest';
import { mediansOf, referralFactsOf, returneesOf } from './referral-facts.js';
import type { ReferralRow } from './referrals.repo.js';

const row = (over: Partial<ReferralRow>): ReferralRow => ({
  sent_on: '2026-02-10',
  client_id: 'a',
  grp: 'returnee',
  sex: 'female',
  category: 'training',
  partner_type: 'ngo',
  accepted: true,
  outcome: null,
  days_to_answer: 2,
  ...over,
});
const period = { from: '2026-01-01', to: '2026-03-31' };

describe('referral facts from rows', () => {
  it('counts by month only when asked', () => {
    const rows = [row({}), row({ sent_on: '2026-03-01' }), row({ sex: 'male' })];
    expect(referralFactsOf(rows, false).map((f) => [f.month, f.sex, f.n])).toEqual([
      [null, 'female', 2],
      [null, 'male', 1],
    ]);
    expect(referralFactsOf(rows, true).map((f) => [f.month, f.sex, f.n])).toEqual([
      ['2026-02', 'female', 1],
      ['2026-03', 'female', 1],
      ['2026-02', 'male', 1],
    ]);
  });

  it('takes medians as percentile_cont does, per grouping set, within the period and group', () => {
    const rows = [
      row({ days_to_answer: 1 }),
      row({ days_to_answer: 4 }),
      row({ days_to_answer: 10, sex: 'male' }),
      row({ days_to_answer: null }),
      row({ days_to_answer: 99, sent_on: '2026-05-01' }),
      row({ days_to_answer: 50, grp: 'local_job_seeker' }),
    ];
    const all = mediansOf(rows, period, 'returnee');
    const at = (rolled: number, sex: string | null) => all.find((m) => m.rolled === rolled && m.sex === sex);
    expect(at(0b010, 'female')).toMatchObject({
      category: 'training',
      partner_type: null,
      median: 2.5,
      n: 2,
    });
    expect(at(0b111, null)).toMatchObject({ median: 4, n: 3 });
    expect(all).toHaveLength(9);
  });

  it('counts each returnee with an accepted referral once', () => {
    const rows = [
      row({}),
      row({}),
      row({ client_id: 'b', accepted: false }),
      row({ client_id: 'c', grp: 'local_job_seeker' }),
    ];
    expect(returneesOf(rows, period)).toEqual([{ sex: 'female', n: 1 }]);
  });
});
