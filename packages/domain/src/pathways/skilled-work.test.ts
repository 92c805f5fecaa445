// Skilled workers (§18a/§18b with the age-45 rule of §18(2) Nr. 5) and the experience-based route
// (§19c(2) with §6 BeschV). 55% of BBG 2024 = 49,830; 45% of BBG 2024 = 40,770. Dates pinned.
import { describe, expect, it } from 'vitest';
import { evaluateRoute, hasNote, listCodes } from './pathways.fixture.js';
import type { PathwayProfile } from './profile.js';

const ACADEMIC = 'skilled_worker_academic';
const VOCATIONAL = 'skilled_worker_vocational';
const EXPERIENCE = 'experience_based';
const ON = '2024-06-01';

const graduate = (dateOfBirth: string, salary?: number, extra: PathwayProfile = {}): PathwayProfile => ({
  dateOfBirth,
  highestQualification: 'university',
  recognitionStatus: 'full',
  jobOffer: { matchesQualification: true, ...(salary === undefined ? {} : { annualGrossSalaryEur: salary }) },
  ...extra,
});

describe('age-45 salary rule', () => {
  it('age 44 (45th birthday tomorrow), salary 30,000: eligible', () => {
    expect(evaluateRoute(graduate('1979-06-02', 30_000), ON, ACADEMIC).status).toBe('eligible');
  });

  it('age 45 (birthday today), salary 49,829, no pension provision: not eligible, needs 49,830', () => {
    const route = evaluateRoute(
      graduate('1979-06-01', 49_829, { hasAdequatePensionProvision: false }),
      ON,
      ACADEMIC,
    );
    expect(route.status).toBe('not_eligible');
    expect(route.failed).toContainEqual(
      expect.objectContaining({ code: 'salary_below_threshold', amount: 49_830 }),
    );
    expect(route.failed).toContainEqual(
      expect.objectContaining({ code: 'age_out_of_range', age: 45, below: 45 }),
    );
  });

  it('age 45, salary 49,829, pension provision unknown: possibly eligible, asks about it', () => {
    const route = evaluateRoute(graduate('1979-06-01', 49_829), ON, ACADEMIC);
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toEqual([
      expect.objectContaining({
        code: 'fact_unknown',
        fact: 'hasAdequatePensionProvision',
        condition: 'age_45_salary_or_pension',
      }),
    ]);
  });

  it('age 45, salary 49,830: eligible', () => {
    expect(evaluateRoute(graduate('1979-06-01', 49_830), ON, ACADEMIC).status).toBe('eligible');
  });

  it('age 45, salary 49,831: eligible', () => {
    expect(evaluateRoute(graduate('1979-06-01', 49_831), ON, ACADEMIC).status).toBe('eligible');
  });

  it('age 45, low salary but adequate pension provision: eligible', () => {
    const profile = graduate('1979-06-01', 30_000, { hasAdequatePensionProvision: true });
    expect(evaluateRoute(profile, ON, ACADEMIC).status).toBe('eligible');
  });

  it('age 45 without a job offer: possibly eligible, missing an offer of at least 49,830', () => {
    const route = evaluateRoute({ ...graduate('1979-06-01'), jobOffer: undefined }, ON, ACADEMIC);
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'job_offer_salary_at_least', amount: 49_830 }),
    );
    expect(listCodes(route.missing)).toContain('offer_required');
  });

  it('vocational route, age 50, evaluated in 2026: the 2024 figure is used and flagged', () => {
    const profile = graduate('1975-06-01', 55_000, { highestQualification: 'vocational' });
    const route = evaluateRoute(profile, '2026-03-01', VOCATIONAL);
    expect(route.status).toBe('eligible');
    expect(route.notes).toContainEqual(
      expect.objectContaining({
        code: 'latest_known_amount_used',
        table: 'bbgShare',
        year: 2026,
        amountYear: 2024,
      }),
    );
  });

  it('vocational route with a deficit notice: not eligible, complete the recognition', () => {
    const route = evaluateRoute(
      graduate('1995-01-01', 35_000, { highestQualification: 'vocational', recognitionStatus: 'partial' }),
      ON,
      VOCATIONAL,
    );
    expect(route.status).toBe('not_eligible');
    expect(listCodes(route.nextSteps)).toContain('complete_recognition');
  });

  it('a degree holder is not on the vocational route', () => {
    expect(evaluateRoute(graduate('1995-01-01', 35_000), ON, VOCATIONAL).status).toBe('not_eligible');
  });
});

describe('experience-based employment §19c(2)', () => {
  const worker = (salary: number, extra: PathwayProfile = {}): PathwayProfile => ({
    highestQualification: 'vocational',
    qualifiedExperience: { yearsInLast5: 2 },
    jobOffer: { annualGrossSalaryEur: salary },
    ...extra,
  });

  it('2 years in the last 5, salary 40,770 in 2024: eligible', () => {
    const route = evaluateRoute(worker(40_770), ON, EXPERIENCE);
    expect(route.status).toBe('eligible');
    expect(hasNote(route, 'latest_known_amount_used')).toBe(false);
  });

  it('salary 40,769 and employer not bound by a collective agreement: not eligible', () => {
    const route = evaluateRoute(
      worker(40_769, {
        jobOffer: { annualGrossSalaryEur: 40_769, isEmployerBoundByCollectiveAgreement: false },
      }),
      ON,
      EXPERIENCE,
    );
    expect(route.status).toBe('not_eligible');
    expect(route.failed).toContainEqual(
      expect.objectContaining({ code: 'salary_below_threshold', amount: 40_770 }),
    );
  });

  it('salary 40,769 with a collective agreement: eligible', () => {
    const profile = worker(0, {
      jobOffer: { annualGrossSalaryEur: 40_769, isEmployerBoundByCollectiveAgreement: true },
    });
    expect(evaluateRoute(profile, ON, EXPERIENCE).status).toBe('eligible');
  });

  it('salary 40,769, collective agreement unknown: possibly eligible', () => {
    const route = evaluateRoute(worker(40_769), ON, EXPERIENCE);
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({
        code: 'fact_unknown',
        fact: 'jobOffer.isEmployerBoundByCollectiveAgreement',
      }),
    );
  });

  it('1.9 years in the last 5: not eligible', () => {
    const route = evaluateRoute(
      worker(45_000, { qualifiedExperience: { yearsInLast5: 1.9 } }),
      ON,
      EXPERIENCE,
    );
    expect(route.failed).toContainEqual(
      expect.objectContaining({ code: 'experience_insufficient', years: 2, withinYears: 5 }),
    );
  });

  it('AHK qualification counts', () => {
    expect(evaluateRoute(worker(45_000, { highestQualification: 'ahk' }), ON, EXPERIENCE).status).toBe(
      'eligible',
    );
  });

  it('school-leaving certificate only: not eligible', () => {
    expect(
      evaluateRoute(worker(45_000, { highestQualification: 'school_leaving' }), ON, EXPERIENCE).status,
    ).toBe('not_eligible');
  });

  it('2024-02-29, before entry into force: not in force', () => {
    expect(listCodes(evaluateRoute(worker(45_000), '2024-02-29', EXPERIENCE).failed)).toEqual([
      'not_in_force',
    ]);
  });

  it('2026: only the 2024 figure is known (2025/26 are derived, not published): used and flagged', () => {
    const route = evaluateRoute(worker(41_000), '2026-03-01', EXPERIENCE);
    expect(route.status).toBe('eligible');
    expect(route.notes).toContainEqual(
      expect.objectContaining({ code: 'latest_known_amount_used', amountYear: 2024, year: 2026 }),
    );
    expect(route.notes).toContainEqual(
      expect.objectContaining({ code: 'check_official_source', subject: 'bbgShare' }),
    );
  });
});
