// EU Blue Card (§18g AufenthG). Thresholds from the facts file: 2024 45,300 / 41,041.80 (official),
// 2025 48,300 / 43,759.80 and 2026 50,700 / 45,934.20 (secondary). Dates pinned.
import { describe, expect, it } from 'vitest';
import { evaluateRoute, hasNote, listCodes } from './pathways.fixture.js';
import type { PathwayProfile } from './profile.js';

const BLUE = 'eu_blue_card';
const IT = 'eu_blue_card_it';

const withSalary = (salary: number, extra: PathwayProfile = {}): PathwayProfile => ({
  nationality: 'NG',
  highestQualification: 'university',
  recognitionStatus: 'full',
  qualificationAwardedOn: '2015-06-30',
  isShortageOccupation: false,
  jobOffer: { annualGrossSalaryEur: salary, matchesQualification: true },
  ...extra,
});

describe('salary thresholds one euro below / above', () => {
  const cases: [string, string, number, boolean, string][] = [
    ['2024 general, 1 below', '2024-06-01', 45_299, false, 'not_eligible'],
    ['2024 general, exactly', '2024-06-01', 45_300, false, 'eligible'],
    ['2024 general, 1 above', '2024-06-01', 45_301, false, 'eligible'],
    ['2024 shortage, 1 below', '2024-06-01', 41_040.8, true, 'not_eligible'],
    ['2024 shortage, 1 above', '2024-06-01', 41_042.8, true, 'eligible'],
    ['2026 general, 1 below', '2026-03-01', 50_699, false, 'not_eligible'],
    ['2026 general, 1 above', '2026-03-01', 50_701, false, 'eligible'],
    ['2026 shortage, 1 below', '2026-03-01', 45_933.2, true, 'not_eligible'],
    ['2026 shortage, 1 above', '2026-03-01', 45_935.2, true, 'eligible'],
  ];
  it.each(cases)('%s', (_label, date, salary, isShortageOccupation, status) => {
    expect(evaluateRoute(withSalary(salary, { isShortageOccupation }), date, BLUE).status).toBe(status);
  });

  it('2024 one euro below: says which salary is needed, and the lower shortage threshold', () => {
    const route = evaluateRoute(withSalary(45_299), '2024-06-01', BLUE);
    expect(route.failed).toContainEqual(
      expect.objectContaining({
        code: 'salary_below_threshold',
        salary: 45_299,
        amount: 45_300,
        year: 2024,
        variant: 'general',
      }),
    );
    expect(route.nextSteps).toContainEqual(
      expect.objectContaining({ code: 'job_offer_salary_at_least', amount: 45_300 }),
    );
    expect(route.nextSteps).toContainEqual(
      expect.objectContaining({
        code: 'job_offer_salary_at_least',
        amount: 41_041.8,
        variant: 'shortageOrNewEntrant',
        ifVariantApplies: true,
      }),
    );
    expect(hasNote(route, 'check_official_source')).toBe(false);
  });

  it('2026 figures are secondary: the result says to check the official source', () => {
    const route = evaluateRoute(withSalary(45_935.2, { isShortageOccupation: true }), '2026-03-01', BLUE);
    expect(route.notes).toContainEqual(
      expect.objectContaining({
        code: 'check_official_source',
        subject: 'blueCard',
        year: 2026,
        sourceQuality: 'secondary',
      }),
    );
  });

  it('2025 exactly at 48,300: eligible, secondary source flagged', () => {
    const route = evaluateRoute(withSalary(48_300), '2025-07-01', BLUE);
    expect(route.status).toBe('eligible');
    expect(route.notes).toContainEqual(
      expect.objectContaining({ code: 'check_official_source', year: 2025 }),
    );
  });

  it('2027 has no figure: the 2026 one is used and flagged', () => {
    const route = evaluateRoute(withSalary(50_701), '2027-02-01', BLUE);
    expect(route.status).toBe('eligible');
    expect(route.notes).toContainEqual(
      expect.objectContaining({
        code: 'latest_known_amount_used',
        table: 'blueCard',
        year: 2027,
        amountYear: 2026,
      }),
    );
    expect(route.notes).toContainEqual(
      expect.objectContaining({ code: 'check_official_source', sourceQuality: 'outdated' }),
    );
  });
});

describe('new entrants (degree within the last 3 years) get the lower threshold', () => {
  it('degree 2023-09-30, evaluated 2026-03-01, salary 46,000: eligible', () => {
    expect(
      evaluateRoute(withSalary(46_000, { qualificationAwardedOn: '2023-09-30' }), '2026-03-01', BLUE).status,
    ).toBe('eligible');
  });

  it('degree 2022-09-30 (more than 3 years): 46,000 is below 50,700', () => {
    const route = evaluateRoute(
      withSalary(46_000, { qualificationAwardedOn: '2022-09-30' }),
      '2026-03-01',
      BLUE,
    );
    expect(route.status).toBe('not_eligible');
    expect(listCodes(route.failed)).toEqual(['salary_below_threshold']);
  });

  it('degree date unknown and salary between thresholds: possibly eligible, asks for the date', () => {
    const route = evaluateRoute(
      withSalary(46_000, { qualificationAwardedOn: undefined }),
      '2026-03-01',
      BLUE,
    );
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'fact_unknown', fact: 'qualificationAwardedOn' }),
    );
  });
});

describe('other Blue Card conditions', () => {
  it('the Pakistani engineer without a job offer: possibly eligible, missing a job offer of 45,934.20', () => {
    const route = evaluateRoute(
      {
        nationality: 'PK',
        age: 29,
        highestQualification: 'university',
        isShortageOccupation: true,
        qualifiedExperience: { yearsInLast5: 3 },
        languages: { de: 'B1' },
        isLivelihoodSecured: true,
      },
      '2026-03-01',
      BLUE,
    );
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'offer_required', offer: 'jobOffer' }),
    );
    expect(route.missing).toContainEqual(
      expect.objectContaining({
        code: 'job_offer_salary_at_least',
        amount: 45_934.2,
        currency: 'EUR',
        year: 2026,
      }),
    );
    expect(route.nextSteps).toContainEqual(
      expect.objectContaining({ code: 'job_offer_salary_at_least', amount: 45_934.2 }),
    );
    expect(hasNote(route, 'check_official_source')).toBe(true);
  });

  it('degree not recognised: not eligible, next step apply for recognition', () => {
    const route = evaluateRoute(withSalary(60_000, { recognitionStatus: 'none' }), '2026-03-01', BLUE);
    expect(route.status).toBe('not_eligible');
    expect(listCodes(route.failed)).toEqual(['recognition_required']);
    expect(listCodes(route.nextSteps)).toContain('apply_for_recognition');
  });

  it('recognition applied for: possibly eligible, decision pending', () => {
    const route = evaluateRoute(withSalary(60_000, { recognitionStatus: 'applied' }), '2026-03-01', BLUE);
    expect(route.status).toBe('possibly_eligible');
    expect(listCodes(route.missing)).toEqual(['recognition_pending']);
  });

  it('vocational qualification: not eligible', () => {
    const route = evaluateRoute(
      withSalary(60_000, { highestQualification: 'vocational' }),
      '2026-03-01',
      BLUE,
    );
    expect(listCodes(route.failed)).toEqual(['qualification_not_eligible']);
  });

  it('job offer not matching the degree: not eligible', () => {
    const profile = withSalary(60_000);
    const route = evaluateRoute(
      { ...profile, jobOffer: { annualGrossSalaryEur: 60_000, matchesQualification: false } },
      '2026-03-01',
      BLUE,
    );
    expect(listCodes(route.failed)).toEqual(['offer_not_matching_qualification']);
  });

  it('before the 2023-11-18 regime: not in force', () => {
    const route = evaluateRoute(withSalary(60_000), '2023-11-17', BLUE);
    expect(route.failed).toEqual([{ code: 'not_in_force', effectiveFrom: '2023-11-18', effectiveTo: null }]);
  });

  it('the lower threshold notes that the Federal Employment Agency must approve', () => {
    expect(
      hasNote(
        evaluateRoute(withSalary(45_935.2, { isShortageOccupation: true }), '2026-03-01', BLUE),
        'lower_threshold_needs_agency_approval',
      ),
    ).toBe(true);
  });
});

describe('IT specialists without a degree (§18g(2))', () => {
  const it3 = (yearsInLast7: number): PathwayProfile => ({
    highestQualification: 'none',
    isItSpecialist: true,
    isShortageOccupation: false,
    qualifiedExperience: { yearsInLast7 },
    jobOffer: { annualGrossSalaryEur: 50_701 },
  });

  it('3 years in the last 7 and 50,701 in 2026: eligible', () => {
    expect(evaluateRoute(it3(3), '2026-03-01', IT).status).toBe('eligible');
  });

  it('2.5 years in the last 7: not eligible, gain experience', () => {
    const route = evaluateRoute(it3(2.5), '2026-03-01', IT);
    expect(route.status).toBe('not_eligible');
    expect(route.failed).toContainEqual(
      expect.objectContaining({ code: 'experience_insufficient', years: 3, withinYears: 7 }),
    );
    expect(route.nextSteps).toContainEqual({ code: 'gain_experience', years: 3, withinYears: 7 });
  });

  it('not an IT specialist: not eligible on the IT variant', () => {
    expect(evaluateRoute({ ...it3(4), isItSpecialist: false }, '2026-03-01', IT).status).toBe('not_eligible');
  });
});
