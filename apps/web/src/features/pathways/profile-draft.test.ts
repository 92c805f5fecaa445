import { describe, expect, it } from 'vitest';
import { draftFromProfile, fieldOfServerError, profileFromDraft, validateDraft } from './profile-draft';

describe('profile draft', () => {
  it('leaves every unanswered question out of the profile', () => {
    expect(profileFromDraft(draftFromProfile())).toEqual({});
  });

  it('builds the Pakistani engineer profile from the answers', () => {
    const draft = {
      ...draftFromProfile(),
      nationality: 'PK',
      age: 29,
      highestQualification: 'university' as const,
      isShortageOccupation: 'yes' as const,
      yearsInLast5: 3,
      german: 'B1' as const,
      livelihoodSecured: 'yes' as const,
      hasJobOffer: 'no' as const,
      salary: 60000,
    };
    expect(profileFromDraft(draft)).toEqual({
      nationality: 'PK',
      age: 29,
      highestQualification: 'university',
      isShortageOccupation: true,
      qualifiedExperience: { yearsInLast5: 3 },
      languages: { de: 'B1' },
      isLivelihoodSecured: true,
    });
  });

  it('sends only the most precise age fact and keeps facts the form does not ask', () => {
    const base = {
      birthYear: 1990,
      languages: { fr: 'B2' as const, de: 'A1' as const },
      hasAdequatePensionProvision: true,
      qualifiedExperience: { periods: [{ from: '2020-01-01' }] },
    };
    const draft = { ...draftFromProfile(base), dateOfBirth: '1990-05-04' };
    expect(profileFromDraft(draft)).toEqual({
      dateOfBirth: '1990-05-04',
      languages: { fr: 'B2', de: 'A1' },
      hasAdequatePensionProvision: true,
      qualifiedExperience: { periods: [{ from: '2020-01-01' }] },
    });
    expect(profileFromDraft({ ...draftFromProfile(base), yearsInLast5: 2 }).qualifiedExperience).toEqual({
      yearsInLast5: 2,
    });
  });

  it('round-trips a job offer and "no" answers', () => {
    const profile = {
      jobOffer: { annualGrossSalaryEur: 50000, matchesQualification: false },
      hasReceivedAsylumSeekerBenefitsLast24Months: false,
      languageCourse: { hoursPerWeek: 20 },
      trainingPlaceOffer: {},
    };
    expect(profileFromDraft(draftFromProfile(profile))).toEqual(profile);
  });

  it('flags answers the schema would reject', () => {
    const draft = {
      ...draftFromProfile(),
      age: 12.5,
      yearsInLast5: 4,
      yearsInLast7: 1,
      dateOfBirth: '2001-02-30',
    };
    expect(validateDraft(draft, '2026-13-01')).toEqual({
      age: 'wholeNumber',
      'qualifiedExperience.yearsInLast7': 'experienceWindows',
      dateOfBirth: 'date',
      evaluationDate: 'date',
    });
    expect(validateDraft(draftFromProfile(), '2026-03-01')).toEqual({});
  });

  it('maps server field errors onto the form', () => {
    expect(fieldOfServerError('profile.languages.de')).toBe('languages.de');
    expect(fieldOfServerError('profile.qualifiedExperience')).toBe('qualifiedExperience.yearsInLast7');
    expect(fieldOfServerError('evaluationDate')).toBe('evaluationDate');
  });
});
