// Vocational training (§16a), training-place search (§17), recognition partnership (§16d(3)),
// Western Balkans regulation (§26(2) BeschV) and language course (§16f). Dates pinned.
import { describe, expect, it } from 'vitest';
import { evaluateRoute, hasNote, listCodes } from './pathways.fixture.js';
import type { PathwayProfile } from './profile.js';

const ON = '2026-03-01';

describe('vocational training §16a', () => {
  const TRAINING = 'vocational_training';

  it('training place and German B1: eligible, with agency approval noted', () => {
    const route = evaluateRoute({ trainingPlaceOffer: {}, languages: { de: 'B1' } }, ON, TRAINING);
    expect(route.status).toBe('eligible');
    expect(hasNote(route, 'agency_approval_with_priority_check')).toBe(true);
  });

  it('German A2 but the company confirmed it is adequate: eligible', () => {
    const profile: PathwayProfile = {
      trainingPlaceOffer: { isLanguageConfirmedAdequate: true },
      languages: { de: 'A2' },
    };
    expect(evaluateRoute(profile, ON, TRAINING).status).toBe('eligible');
  });

  it('German A2, no confirmation and no preparatory course: not eligible, reach B1', () => {
    const profile: PathwayProfile = {
      trainingPlaceOffer: { isLanguageConfirmedAdequate: false, hasPreparatoryLanguageCourse: false },
      languages: { de: 'A2' },
    };
    const route = evaluateRoute(profile, ON, TRAINING);
    expect(route.status).toBe('not_eligible');
    expect(route.nextSteps).toContainEqual({ code: 'reach_language_level', language: 'de', level: 'B1' });
  });

  it('no training place yet: possibly eligible, missing the offer', () => {
    const route = evaluateRoute({ languages: { de: 'B1' } }, ON, TRAINING);
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'offer_required', offer: 'trainingPlaceOffer' }),
    );
  });

  it('no age limit: a 52-year-old with a place and B1 is eligible', () => {
    expect(
      evaluateRoute({ age: 52, trainingPlaceOffer: {}, languages: { de: 'B1' } }, ON, TRAINING).status,
    ).toBe('eligible');
  });
});

describe('training-place search §17', () => {
  const SEARCH = 'training_place_search';
  const candidate = (extra: PathwayProfile): PathwayProfile => ({
    dateOfBirth: '1991-03-02',
    languages: { de: 'B1' },
    highestQualification: 'school_leaving',
    isLivelihoodSecured: true,
    ...extra,
  });

  it('age 34, B1, school-leaving certificate, livelihood: eligible', () => {
    expect(evaluateRoute(candidate({}), ON, SEARCH).status).toBe('eligible');
  });

  it('age 35 (birthday today): not eligible', () => {
    const route = evaluateRoute(candidate({ dateOfBirth: '1991-03-01' }), ON, SEARCH);
    expect(route.failed).toEqual([expect.objectContaining({ code: 'age_out_of_range', age: 35, below: 35 })]);
  });

  it('German A2: not eligible', () => {
    expect(listCodes(evaluateRoute(candidate({ languages: { de: 'A2' } }), ON, SEARCH).failed)).toEqual([
      'language_level_insufficient',
    ]);
  });

  it('no school-leaving certificate: not eligible', () => {
    expect(listCodes(evaluateRoute(candidate({ highestQualification: 'none' }), ON, SEARCH).failed)).toEqual([
      'qualification_not_eligible',
    ]);
  });
});

describe('recognition partnership §16d(3)', () => {
  const PARTNERSHIP = 'recognition_partnership';
  const nurse = (extra: PathwayProfile = {}): PathwayProfile => ({
    highestQualification: 'vocational',
    languages: { de: 'A2' },
    jobOffer: {
      matchesQualification: true,
      hasRecognitionPartnershipAgreement: true,
      isEmployerSuitableForQualification: true,
    },
    ...extra,
  });

  it('vocational, A2, matching offer, agreement, suitable employer: eligible', () => {
    expect(evaluateRoute(nurse(), ON, PARTNERSHIP).status).toBe('eligible');
  });

  it('German A1: not eligible, reach A2', () => {
    const route = evaluateRoute(nurse({ languages: { de: 'A1' } }), ON, PARTNERSHIP);
    expect(route.status).toBe('not_eligible');
    expect(route.nextSteps).toContainEqual({ code: 'reach_language_level', language: 'de', level: 'A2' });
  });

  it('no agreement with the employer yet: possibly eligible, with a step to agree on recognition', () => {
    const route = evaluateRoute(
      nurse({
        jobOffer: {
          matchesQualification: true,
          hasRecognitionPartnershipAgreement: false,
          isEmployerSuitableForQualification: true,
        },
      }),
      ON,
      PARTNERSHIP,
    );
    expect(route.status).toBe('possibly_eligible');
    expect(listCodes(route.nextSteps)).toContain('agree_recognition_with_employer');
  });

  it('2024-02-29: not in force', () => {
    expect(listCodes(evaluateRoute(nurse(), '2024-02-29', PARTNERSHIP).failed)).toEqual(['not_in_force']);
  });
});

describe('Western Balkans regulation §26(2) BeschV', () => {
  const BALKANS = 'western_balkans';
  const applicant = (nationality: string, extra: PathwayProfile = {}): PathwayProfile => ({
    nationality,
    jobOffer: {},
    hasReceivedAsylumSeekerBenefitsLast24Months: false,
    highestQualification: 'none',
    ...extra,
  });

  it('Kosovo, any job offer, no benefits: eligible, with quota and mission notes', () => {
    const route = evaluateRoute(applicant('XK'), ON, BALKANS);
    expect(route.status).toBe('eligible');
    expect(route.notes).toContainEqual({ code: 'annual_quota', quota: 50_000 });
    expect(hasNote(route, 'apply_at_mission_in_home_country')).toBe(true);
  });

  it('Kosovo with asylum-seeker benefits in the last 24 months: not eligible', () => {
    const route = evaluateRoute(
      applicant('XK', { hasReceivedAsylumSeekerBenefitsLast24Months: true }),
      ON,
      BALKANS,
    );
    expect(route.status).toBe('not_eligible');
    expect(route.failed).toEqual([
      expect.objectContaining({
        code: 'fact_mismatch',
        fact: 'hasReceivedAsylumSeekerBenefitsLast24Months',
        expected: false,
      }),
    ]);
  });

  it('Ghana: not eligible, nationality', () => {
    const route = evaluateRoute(applicant('GH'), ON, BALKANS);
    expect(route.failed).toEqual([
      expect.objectContaining({ code: 'nationality_not_eligible', nationality: 'GH' }),
    ]);
  });

  it('Serbia, benefits unknown: possibly eligible', () => {
    const route = evaluateRoute(
      applicant('RS', { hasReceivedAsylumSeekerBenefitsLast24Months: undefined }),
      ON,
      BALKANS,
    );
    expect(route.status).toBe('possibly_eligible');
  });

  it('Albania in December 2025: the exhausted 2025 quota is noted', () => {
    const route = evaluateRoute(applicant('AL'), '2025-12-10', BALKANS);
    expect(route.notes).toContainEqual(
      expect.objectContaining({ code: 'annual_quota_exhausted', year: 2025 }),
    );
    expect(hasNote(evaluateRoute(applicant('AL'), ON, BALKANS), 'annual_quota_exhausted')).toBe(false);
  });

  it('Bosnia and Herzegovina without a job offer: possibly eligible, find one', () => {
    const route = evaluateRoute(applicant('BA', { jobOffer: undefined }), ON, BALKANS);
    expect(route.status).toBe('possibly_eligible');
    expect(route.nextSteps).toContainEqual(
      expect.objectContaining({ code: 'find_offer', offer: 'jobOffer' }),
    );
  });
});

describe('language course §16f', () => {
  const COURSE = 'language_course';

  it('20 h/week course: eligible, discretionary, practice figure flagged', () => {
    const route = evaluateRoute({ languageCourse: { hoursPerWeek: 20 } }, ON, COURSE);
    expect(route.status).toBe('eligible');
    expect(hasNote(route, 'discretionary')).toBe(true);
    expect(route.notes).toContainEqual(
      expect.objectContaining({ code: 'check_official_source', subject: 'intensive_course_hours' }),
    );
  });

  it('15 h/week: not eligible', () => {
    const route = evaluateRoute({ languageCourse: { hoursPerWeek: 15 } }, ON, COURSE);
    expect(route.failed).toEqual([expect.objectContaining({ code: 'number_below', atLeast: 18, value: 15 })]);
  });

  it('no course yet: possibly eligible', () => {
    expect(evaluateRoute({}, ON, COURSE).status).toBe('possibly_eligible');
  });
});
