import type { AgeGroup } from '@pathways/contracts';
import { DEFAULT_MIN_CELL } from './suppression.js';

/**
 * Age group from the year of birth (the one date every client record has, often alone): the age
 * a person reaches in `referenceYear`, the year the reporting period ends.
 */
export function ageGroupOf(birthYear: number | null | undefined, referenceYear: number): AgeGroup {
  if (birthYear === null || birthYear === undefined) return 'unknown';
  const age = referenceYear - birthYear;
  if (age < 0 || age > 120) return 'unknown';
  if (age < 15) return 'under_15';
  if (age <= 24) return '15_24';
  if (age <= 34) return '25_34';
  if (age <= 44) return '35_44';
  return '45_plus';
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

type Shown = number | string | null;

/**
 * A rate as published. Null without a base. In a suppressed view a rate is shown only when its
 * base is at least k and both counts it is made of are shown: a rate next to its base would
 * otherwise give a hidden count back.
 */
export function rateCell(
  numerator: Shown,
  denominator: Shown,
  raw: { numerator: number; denominator: number },
  isSuppressedView: boolean,
  k = DEFAULT_MIN_CELL,
): number | string | null {
  if (raw.denominator === 0) return null;
  if (
    isSuppressedView &&
    (raw.denominator < k || typeof numerator !== 'number' || typeof denominator !== 'number')
  )
    return 'x';
  return Math.round((raw.numerator / raw.denominator) * 10_000) / 10_000;
}

/** A median as published (from `n` values): hidden in a suppressed view when n < k. */
export function medianCell(
  value: number | null,
  n: number,
  isSuppressedView: boolean,
  k = DEFAULT_MIN_CELL,
): number | string | null {
  if (n === 0 || value === null) return null;
  if (isSuppressedView && n < k) return 'x';
  return Math.round(value * 10) / 10;
}
