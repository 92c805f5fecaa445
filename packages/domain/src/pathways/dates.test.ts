import { describe, expect, it } from 'vitest';
import { computeAgeRange, computeExperienceRange, subtractYears } from './dates.js';

describe('computeAgeRange', () => {
  it('counts a birthday on the evaluation date', () => {
    expect(computeAgeRange({ dateOfBirth: '1991-03-01' }, '2026-03-01')).toEqual({ min: 35, max: 35 });
    expect(computeAgeRange({ dateOfBirth: '1991-03-02' }, '2026-03-01')).toEqual({ min: 34, max: 34 });
  });

  it('gives a one-year range from the birth year alone, and prefers the date of birth', () => {
    expect(computeAgeRange({ birthYear: 1991 }, '2026-03-01')).toEqual({ min: 34, max: 35 });
    expect(computeAgeRange({ birthYear: 1980, dateOfBirth: '1991-03-02' }, '2026-03-01')).toEqual({
      min: 34,
      max: 34,
    });
  });

  it('is unknown without any birth fact', () => {
    expect(computeAgeRange({}, '2026-03-01')).toBeUndefined();
  });
});

describe('computeExperienceRange', () => {
  it('narrows the 7-year window from the 5-year count', () => {
    expect(computeExperienceRange({ yearsInLast5: 3 }, 7, '2026-03-01')).toEqual({ min: 3, max: 5 });
    expect(computeExperienceRange({ yearsInLast7: 6 }, 5, '2026-03-01')).toEqual({ min: 4, max: 5 });
  });

  it('counts overlapping periods once and clips them to the window', () => {
    const periods = [
      { from: '2015-01-01', to: '2022-03-01' },
      { from: '2020-03-01', to: '2022-03-01' },
    ];
    expect(computeExperienceRange({ periods }, 5, '2026-03-01')).toEqual({ min: 1, max: 1 });
  });

  it('handles 29 February', () => {
    expect(subtractYears('2024-02-29', 1)).toBe('2023-02-28');
    expect(subtractYears('2024-02-29', 4)).toBe('2020-02-29');
  });
});
