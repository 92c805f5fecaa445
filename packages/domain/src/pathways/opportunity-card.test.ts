// Opportunity Card (§20a, §20b AufenthG). Expected points written by hand from the points table in
// /work/shared/domain/germany-pathways.md. Every evaluation date is pinned.
import { describe, expect, it } from 'vitest';
import { evaluateRoute, hasNote, listCodes } from './pathways.fixture.js';
import type { PathwayProfile } from './profile.js';

const POINTS = 'opportunity_card_points';
const SKILLED = 'opportunity_card_skilled_worker';
const ON = '2026-03-01';

// The example: Pakistan, 29, B.Sc. electrical engineering (shortage), 3 years, livelihood secured.
const engineer = (german: 'B1' | 'A2' | 'A1'): PathwayProfile => ({
  nationality: 'PK',
  age: 29,
  highestQualification: 'university',
  isShortageOccupation: true,
  qualifiedExperience: { yearsInLast5: 3 },
  languages: { de: german },
  isLivelihoodSecured: true,
});

// Every points fact known and unfavourable, so totals cannot be "possibly".
const known: PathwayProfile = {
  nationality: 'EG',
  highestQualification: 'university',
  recognitionStatus: 'none',
  isShortageOccupation: false,
  qualifiedExperience: { yearsInLast5: 0, yearsInLast7: 0 },
  languages: { de: 'none', en: 'none' },
  lawfulStayMonthsInLast5Years: 0,
  isPartnerApplyingAndEligible: false,
  isLivelihoodSecured: true,
  age: 29,
};

describe('the issue example (Pakistani engineer, 2026-03-01)', () => {
  it('German B1: eligible with 7 points broken down', () => {
    const route = evaluateRoute(engineer('B1'), ON, POINTS);
    expect(route.status).toBe('eligible');
    expect(route.points?.total).toBe(7);
    expect(route.points?.required).toBe(6);
    expect(route.points?.breakdown).toEqual([
      { criterion: 'german_b1', points: 2 },
      { criterion: 'experience_2_of_5', points: 2 },
      { criterion: 'shortage_occupation', points: 1 },
      { criterion: 'age_under_35', points: 2 },
    ]);
    expect(route.failed).toEqual([]);
    expect(hasNote(route, 'check_official_source')).toBe(true);
  });

  it('German A2: 6 points, still eligible', () => {
    const route = evaluateRoute(engineer('A2'), ON, POINTS);
    expect(route.status).toBe('eligible');
    expect(route.points?.total).toBe(6);
    expect(route.points?.breakdown).toContainEqual({ criterion: 'german_a2', points: 1 });
  });

  it('German A1: 5 points, possibly eligible, says what is missing and that A2 gives 1 point', () => {
    const route = evaluateRoute(engineer('A1'), ON, POINTS);
    expect(route.status).toBe('possibly_eligible');
    expect(route.points?.total).toBe(5);
    expect(route.missing[0]).toMatchObject({ code: 'insufficient_points', total: 5, required: 6 });
    expect(route.missing).toContainEqual(
      expect.objectContaining({ fact: 'recognitionStatus', pointsPossible: 4 }),
    );
    expect(route.nextSteps).toContainEqual({
      code: 'reach_language_level',
      language: 'de',
      level: 'A2',
      pointsGained: 1,
    });
    expect(route.nextSteps).toContainEqual({
      code: 'reach_language_level',
      language: 'de',
      level: 'B1',
      pointsGained: 2,
    });
  });

  it('German A1 with every other fact known: 5 points, not eligible, with steps', () => {
    const route = evaluateRoute(
      {
        ...known,
        isShortageOccupation: true,
        languages: { de: 'A1', en: 'none' },
        qualifiedExperience: { yearsInLast5: 3, yearsInLast7: 3 },
      },
      ON,
      POINTS,
    );
    expect(route.status).toBe('not_eligible');
    expect(route.failed).toEqual([{ code: 'insufficient_points', total: 5, required: 6, potentialTotal: 5 }]);
    expect(route.nextSteps).toContainEqual({
      code: 'reach_language_level',
      language: 'de',
      level: 'A2',
      pointsGained: 1,
    });
    expect(route.nextSteps).toContainEqual({ code: 'apply_for_recognition', pointsGained: 4 });
    expect(route.nextSteps).toContainEqual({
      code: 'gain_experience',
      years: 5,
      withinYears: 7,
      pointsGained: 1,
    });
  });
});

describe('entry into force on 2024-06-01', () => {
  const profile: PathwayProfile = { ...engineer('B1'), age: undefined, dateOfBirth: '1996-07-15' };

  it('2024-05-31: both Opportunity Card routes are not in force', () => {
    for (const routeId of [POINTS, SKILLED]) {
      const route = evaluateRoute(profile, '2024-05-31', routeId);
      expect(route.status).toBe('not_eligible');
      expect(route.failed).toEqual([
        { code: 'not_in_force', effectiveFrom: '2024-06-01', effectiveTo: null },
      ]);
    }
  });

  it('2024-06-01: the same profile is eligible with 7 points', () => {
    const route = evaluateRoute(profile, '2024-06-01', POINTS);
    expect(route.status).toBe('eligible');
    expect(route.points?.total).toBe(7);
  });
});

describe('age at the evaluation date (base 5 points: B1 2, 2 of 5 years 2, shortage 1)', () => {
  const base: PathwayProfile = {
    ...known,
    age: undefined,
    isShortageOccupation: true,
    languages: { de: 'B1', en: 'none' },
    qualifiedExperience: { yearsInLast5: 2, yearsInLast7: 2 },
  };
  const cases: [string, string, number, string][] = [
    ['34 (35th birthday tomorrow)', '1991-03-02', 7, 'eligible'],
    ['35 (birthday today)', '1991-03-01', 6, 'eligible'],
    ['40', '1985-03-02', 6, 'eligible'],
    ['41', '1985-03-01', 5, 'not_eligible'],
  ];
  it.each(cases)('age %s', (_label, dateOfBirth, total, status) => {
    const route = evaluateRoute({ ...base, dateOfBirth }, ON, POINTS);
    expect(route.points?.total).toBe(total);
    expect(route.status).toBe(status);
  });

  it('age 35 without shortage occupation: 5 points, not eligible', () => {
    const route = evaluateRoute(
      { ...base, isShortageOccupation: false, dateOfBirth: '1991-03-01' },
      ON,
      POINTS,
    );
    expect(route.points?.total).toBe(5);
    expect(route.status).toBe('not_eligible');
  });

  it('only the birth year known across the 35 boundary: possibly eligible, asks for the date of birth', () => {
    const route = evaluateRoute({ ...base, isShortageOccupation: false, birthYear: 1991 }, ON, POINTS);
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'fact_unknown', fact: 'dateOfBirth' }),
    );
  });
});

describe('work experience (base 4 points: A2 1, shortage 1, under 35 2)', () => {
  const base: PathwayProfile = { ...known, isShortageOccupation: true, languages: { de: 'A2' } };
  const cases: [string, PathwayProfile['qualifiedExperience'], number, string][] = [
    ['1.9 of 5 years', { yearsInLast5: 1.9, yearsInLast7: 1.9 }, 4, 'not_eligible'],
    ['2 of 5 years', { yearsInLast5: 2, yearsInLast7: 2 }, 6, 'eligible'],
    ['4 of 7 years', { yearsInLast5: 4, yearsInLast7: 4 }, 6, 'eligible'],
    ['5 of 7 years', { yearsInLast5: 4, yearsInLast7: 5 }, 7, 'eligible'],
    ['5 of 5 implies 5 of 7', { yearsInLast5: 5 }, 7, 'eligible'],
    ['one 5-year period to date', { periods: [{ from: '2021-03-01' }] }, 7, 'eligible'],
    [
      'two periods, 2 years 5–7 years ago and 3 recent',
      {
        periods: [
          { from: '2019-03-01', to: '2021-03-01' },
          { from: '2023-03-01', to: '2026-03-01' },
        ],
      },
      7,
      'eligible',
    ],
    [
      'one period of 1 year 364 days',
      { periods: [{ from: '2024-03-02', to: '2026-03-01' }] },
      4,
      'not_eligible',
    ],
  ];
  it.each(cases)('%s', (_label, qualifiedExperience, total, status) => {
    const route = evaluateRoute({ ...base, qualifiedExperience }, ON, POINTS);
    expect(route.points?.total).toBe(total);
    expect(route.status).toBe(status);
  });
});

describe('language minimum: German A1 or English B2 (base 5 points without language)', () => {
  const base: PathwayProfile = {
    ...known,
    isShortageOccupation: true,
    qualifiedExperience: { yearsInLast5: 2, yearsInLast7: 2 },
  };

  it('German A1 and no English: language met, 5 points', () => {
    const route = evaluateRoute({ ...base, languages: { de: 'A1', en: 'none' } }, ON, POINTS);
    expect(route.failed.map((r) => r.code)).toEqual(['insufficient_points']);
    expect(route.points?.total).toBe(5);
  });

  it('no German, English B2 and a partner who applies: eligible with 6 points', () => {
    const route = evaluateRoute(
      { ...base, languages: { de: 'none', en: 'B2' }, isPartnerApplyingAndEligible: true },
      ON,
      POINTS,
    );
    expect(route.status).toBe('eligible');
    expect(route.points?.total).toBe(6);
  });

  it('no German, English B1: not eligible because of language, whatever the points', () => {
    const route = evaluateRoute(
      { ...base, languages: { de: 'none', en: 'B1' }, isPartnerApplyingAndEligible: true },
      ON,
      POINTS,
    );
    expect(route.status).toBe('not_eligible');
    expect(route.failed).toContainEqual(
      expect.objectContaining({
        code: 'language_level_insufficient',
        language: 'de',
        level: 'A1',
        alternativeLevel: 'B2',
      }),
    );
  });

  it('German unknown, English B1: possibly eligible, asks for the German level', () => {
    const route = evaluateRoute(
      { ...base, languages: { en: 'B1' }, isPartnerApplyingAndEligible: true },
      ON,
      POINTS,
    );
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'fact_unknown', fact: 'languages.de', level: 'A1' }),
    );
  });

  it('English C1 meets the minimum and adds 1 point', () => {
    const route = evaluateRoute({ ...base, languages: { de: 'none', en: 'C1' } }, ON, POINTS);
    expect(route.status).toBe('eligible');
    expect(route.points?.breakdown).toContainEqual({ criterion: 'english_c1', points: 1 });
  });

  it('German B2 counts 3 points once, not B2 + B1 + A2', () => {
    const route = evaluateRoute({ ...base, languages: { de: 'B2' } }, ON, POINTS);
    expect(route.points?.total).toBe(8);
    expect(route.points?.breakdown.filter((b) => b.criterion.startsWith('german'))).toEqual([
      { criterion: 'german_b2', points: 3 },
    ]);
  });
});

describe('other criteria (age 38: 1 point, German A1: 0)', () => {
  const base: PathwayProfile = { ...known, age: 38, languages: { de: 'A1', en: 'none' } };

  it('partial recognition (4) + age (1) + 6 months in Germany (1): 6, eligible', () => {
    const route = evaluateRoute(
      { ...base, recognitionStatus: 'partial', lawfulStayMonthsInLast5Years: 6 },
      ON,
      POINTS,
    );
    expect(route.status).toBe('eligible');
    expect(route.points?.total).toBe(6);
  });

  it('5 months in Germany gives no point: 5, not eligible', () => {
    const route = evaluateRoute(
      { ...base, recognitionStatus: 'partial', lawfulStayMonthsInLast5Years: 5 },
      ON,
      POINTS,
    );
    expect(route.status).toBe('not_eligible');
    expect(route.points?.total).toBe(5);
  });

  it('recognition applied for (age 1 + stay 1 + 4 possible): possibly eligible', () => {
    const route = evaluateRoute(
      { ...base, recognitionStatus: 'applied', lawfulStayMonthsInLast5Years: 6 },
      ON,
      POINTS,
    );
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'recognition_pending', pointsPossible: 4 }),
    );
  });

  it('recognition applied for without the stay: 1 + 4 possible < 6, not eligible', () => {
    const route = evaluateRoute({ ...base, recognitionStatus: 'applied' }, ON, POINTS);
    expect(route.status).toBe('not_eligible');
    expect(route.failed).toEqual([{ code: 'insufficient_points', total: 1, required: 6, potentialTotal: 5 }]);
  });

  it('a school-leaving certificate is not enough for the points route', () => {
    const route = evaluateRoute(
      {
        ...base,
        highestQualification: 'school_leaving',
        recognitionStatus: 'partial',
        lawfulStayMonthsInLast5Years: 6,
      },
      ON,
      POINTS,
    );
    expect(route.status).toBe('not_eligible');
    expect(listCodes(route.failed)).toContain('qualification_not_eligible');
  });
});

describe('skilled-worker route (no points)', () => {
  it('fully recognised vocational qualification and secured livelihood: eligible, no language needed', () => {
    const route = evaluateRoute(
      {
        highestQualification: 'vocational',
        recognitionStatus: 'full',
        isLivelihoodSecured: true,
        languages: { de: 'none' },
      },
      ON,
      SKILLED,
    );
    expect(route.status).toBe('eligible');
    expect(route.points).toBeUndefined();
  });

  it('livelihood not secured: not eligible on both routes, with a step to secure it', () => {
    const profile: PathwayProfile = {
      ...known,
      highestQualification: 'vocational',
      recognitionStatus: 'full',
      languages: { de: 'B2' },
      isLivelihoodSecured: false,
    };
    for (const routeId of [SKILLED, POINTS]) {
      const route = evaluateRoute(profile, ON, routeId);
      expect(route.status).toBe('not_eligible');
      expect(route.failed).toContainEqual(
        expect.objectContaining({ code: 'fact_mismatch', fact: 'isLivelihoodSecured' }),
      );
      expect(listCodes(route.nextSteps)).toContain('secure_livelihood');
    }
  });

  it('recognition unknown: possibly eligible, asks for the recognition status', () => {
    const route = evaluateRoute(engineer('B1'), ON, SKILLED);
    expect(route.status).toBe('possibly_eligible');
    expect(route.missing).toContainEqual(
      expect.objectContaining({ code: 'fact_unknown', fact: 'recognitionStatus' }),
    );
  });
});
