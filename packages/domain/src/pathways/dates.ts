// Date arithmetic on YYYY-MM-DD strings, in whole calendar days, so results do not depend on the
// server's time zone and the engine never reads the clock.
import type { ExperiencePeriod, IsoDate, PathwayProfile, QualifiedExperience } from './profile.js';

export type Range = { min: number; max: number };

const MS_PER_DAY = 86_400_000;
// A year of experience is counted as 365 days: two calendar years always hold at least 730 days,
// so someone who worked exactly two years is not refused over a leap day.
const DAYS_PER_EXPERIENCE_YEAR = 365;

const toDayNumber = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

export const subtractYears = (date: IsoDate, years: number): IsoDate => {
  const year = Number(date.slice(0, 4)) - years;
  const monthDay = date.slice(5);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // 29 February minus a year becomes 28 February, the last day that certainly lies inside the window.
  const safeMonthDay = monthDay === '02-29' && !isLeap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${safeMonthDay}`;
};

const completedYears = (from: IsoDate, on: IsoDate): number => {
  const years = Number(on.slice(0, 4)) - Number(from.slice(0, 4));
  return on.slice(5) < from.slice(5) ? years - 1 : years;
};

/** The client's age at the date, as a range when only the birth year is known. */
export const computeAgeRange = (profile: PathwayProfile, on: IsoDate): Range | undefined => {
  if (profile.dateOfBirth) {
    const age = completedYears(profile.dateOfBirth, on);
    return { min: age, max: age };
  }
  if (profile.birthYear !== undefined) {
    const max = Number(on.slice(0, 4)) - profile.birthYear;
    return { min: max - 1, max };
  }
  if (profile.age !== undefined) return { min: profile.age, max: profile.age };
  return undefined;
};

export const isWithinYears = (date: IsoDate, years: number, on: IsoDate): boolean =>
  date <= on && date >= subtractYears(on, years);

const sumPeriodYears = (periods: ExperiencePeriod[], windowYears: number, on: IsoDate): number => {
  const windowStart = toDayNumber(subtractYears(on, windowYears));
  const windowEnd = toDayNumber(on);
  const clipped = periods
    .map((p) => ({
      start: Math.max(toDayNumber(p.from), windowStart),
      end: Math.min(toDayNumber(p.to ?? on), windowEnd),
    }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  let days = 0;
  let cursor = Number.NEGATIVE_INFINITY;
  // Overlapping jobs count once: experience is time, not the number of employers.
  for (const p of clipped) {
    const start = Math.max(p.start, cursor);
    if (p.end > start) days += p.end - start;
    cursor = Math.max(cursor, p.end);
  }
  return days / DAYS_PER_EXPERIENCE_YEAR;
};

/**
 * Bounds on the years of experience within the last `windowYears`. Counts for other windows still
 * narrow it: 3 years in the last 5 means at least 3 in the last 7, and at most 3 + 2.
 */
export const computeExperienceRange = (
  experience: QualifiedExperience | undefined,
  windowYears: number,
  on: IsoDate,
): Range | undefined => {
  if (!experience) return undefined;
  if (experience.periods) {
    const years = sumPeriodYears(experience.periods, windowYears, on);
    return { min: years, max: years };
  }
  const known: [number, number][] = [];
  if (experience.yearsInLast5 !== undefined) known.push([5, experience.yearsInLast5]);
  if (experience.yearsInLast7 !== undefined) known.push([7, experience.yearsInLast7]);
  if (known.length === 0) return undefined;
  let min = 0;
  let max = windowYears;
  for (const [window, value] of known) {
    if (window <= windowYears) {
      min = Math.max(min, value);
      max = Math.min(max, value + (windowYears - window));
    } else {
      max = Math.min(max, value);
      min = Math.max(min, value - (window - windowYears));
    }
  }
  return { min, max };
};
