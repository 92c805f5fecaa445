// The offer's eligibility conditions, one function each. A condition the offer does not set says
// nothing (no reason); a condition it sets gives a fit, a failure, or a caution when the client's
// record lacks the fact to check it. Unknown facts never exclude: the counsellor can ask.
import { computeAgeRange } from '../pathways/dates.js';
import { laterOf } from './dates.js';
import { caution, failure, fit } from './findings.js';
import type { Finding, MatchContext } from './types.js';

// `native` outranks C2: a native speaker meets any CEFR requirement.
const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;

/** -1 for a level we do not know, so it meets no requirement. */
export const rankLanguageLevel = (level: string): number =>
  (LANGUAGE_LEVELS as readonly string[]).indexOf(level);

export const checkClientGroup = ({ client, offer }: MatchContext): Finding | undefined => {
  const groups = offer.eligibility.clientGroups;
  if (groups.length === 0) return undefined;
  return groups.includes(client.group)
    ? fit('client_group_fits', { group: client.group })
    : failure('client_group_excluded', { group: client.group });
};

/** `unknown` is a recorded value, not a missing one: it does not meet a sex condition. */
export const checkSex = ({ client, offer }: MatchContext): Finding | undefined => {
  const sexes = offer.eligibility.sexes;
  if (sexes.length === 0) return undefined;
  if (!sexes.includes(client.sex)) return failure('sex_excluded', { sex: client.sex });
  const isWomenOnly = sexes.length === 1 && sexes[0] === 'female';
  // A men-only or "female and other" offer has no reason worth showing when it fits.
  return isWomenOnly ? fit('women_only') : undefined;
};

/**
 * The age that counts is the age on the first day of the offer, or today for an offer already
 * running. With only a birth year the age is known within one year: clearly outside the bounds
 * fails, straddling a bound is a caution (the counsellor checks the document), inside fits.
 */
export const checkAge = ({ client, offer, today }: MatchContext): Finding | undefined => {
  const { minAge, maxAge } = offer.eligibility;
  if (minAge === undefined && maxAge === undefined) return undefined;
  const dob = client.dateOfBirth?.value;
  if (!dob) return caution('age_unknown');
  const on = offer.schedule.startsOn ? laterOf(offer.schedule.startsOn, today) : today;
  const isYearOnly = dob.length === 4;
  const range = computeAgeRange(isYearOnly ? { birthYear: Number(dob) } : { dateOfBirth: dob }, on);
  if (!range) return caution('age_unknown');
  if (minAge !== undefined && range.max < minAge) return failure('too_young', { age: range.max, minAge, on });
  if (maxAge !== undefined && range.min > maxAge) return failure('too_old', { age: range.min, maxAge, on });
  const isStraddling =
    (minAge !== undefined && range.min < minAge) || (maxAge !== undefined && range.max > maxAge);
  if (isStraddling) return caution('age_unknown', { ageFrom: range.min, ageTo: range.max, on });
  return fit('age_fits', { age: range.min });
};

export const checkEducation = ({ client, offer }: MatchContext): Finding | undefined => {
  const required = offer.eligibility.minEducationIsced;
  if (required === undefined) return undefined;
  const has = client.educationIsced;
  if (has === undefined || has === null) return caution('education_unknown', { required });
  return has >= required
    ? fit('education_fits', { required, has })
    : failure('education_below', { required, has });
};

/** The offer's language requirement (e.g. German A2 for a B1 course); the best recorded level counts. */
export const checkLanguageRequirement = ({ client, offer }: MatchContext): Finding | undefined => {
  const requirement = offer.eligibility.language;
  if (!requirement) return undefined;
  const { code: language, minLevel: required } = requirement;
  const levels = client.languages.filter((l) => l.code === language).map((l) => l.level);
  if (levels.length === 0) return failure('language_missing', { language, required });
  const has = levels.reduce((best, level) =>
    rankLanguageLevel(level) > rankLanguageLevel(best) ? level : best,
  );
  return rankLanguageLevel(has) >= rankLanguageLevel(required)
    ? fit('language_fits', { language, required, has })
    : failure('language_below', { language, required, has });
};

// Regions are free text on both sides: compare them ignoring case and surrounding spaces.
const normaliseRegion = (region: string): string => region.normalize('NFC').trim().toLocaleLowerCase('en');

/**
 * An unrecorded region is not checked and gives no reason (the contract has no code for it): the
 * offer's regions are on the offer card, and `region_fits` is missing from the reasons.
 */
export const checkRegion = ({ client, offer }: MatchContext): Finding | undefined => {
  const regions = offer.eligibility.regions;
  const region = client.region?.trim();
  if (regions.length === 0 || !region) return undefined;
  const isListed = regions.some((r) => normaliseRegion(r) === normaliseRegion(region));
  return isListed ? fit('region_fits', { region }) : failure('region_excluded', { region });
};
