// Whole calendar days between YYYY-MM-DD strings, read as UTC so the server's time zone never
// shifts a start date by one day.
import type { IsoDate } from './types.js';

const MS_PER_DAY = 86_400_000;

const toDayNumber = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

/** Positive when `to` is after `from`. */
export const countDaysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round(toDayNumber(to) - toDayNumber(from));

/** ISO dates compare as strings; the later one. */
export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
