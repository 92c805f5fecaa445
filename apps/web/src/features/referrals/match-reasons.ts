import type { MatchReasonCode, OfferMatchReason } from '@pathways/contracts';

/** Does the reason speak for the offer, warn about it, or rule the client out? */
export type ReasonTone = 'fits' | 'caution' | 'fails';

/** Turns codes inside a reason (language, client group, sex, ISCED level, day) into words. */
export type Namers = {
  language: (code: string) => string;
  group: (code: string) => string;
  sex: (code: string) => string;
  education: (isced: number) => string;
  /** A CEFR level, or `native`. */
  level: (level: string) => string;
  /** A migration purpose (work, vocational training, study…). */
  purpose: (code: string) => string;
  day: (iso: string) => string;
};

/** A message key under `referrals.reasons` and the values it needs, already in words. */
export type ReasonMessage = { key: string; values: Record<string, string | number>; tone: ReasonTone };

type Params = OfferMatchReason['params'];
type Values = ReasonMessage['values'];

const text = (params: Params, name: string): string | null => {
  const value = params[name];
  return typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : null;
};
const count = (params: Params, name: string): number | null => {
  const value = params[name];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
};

/** The message when every value is there, else the plainer one that needs none. */
const withValues = (key: string, values: Record<string, string | number | null>): [string, Values] => {
  const complete = Object.values(values).every((value) => value !== null);
  return complete ? [`${key}_detail`, values as Values] : [key, {}];
};

type Describe = (params: Params, names: Namers) => [string, Values];

// Parameters as the matcher sends them (packages/domain/src/offers). A reason arriving without
// them still reads well: the shorter message is used.
const describers: Record<MatchReasonCode, { tone: ReasonTone; describe: Describe }> = {
  client_group_fits: {
    tone: 'fits',
    describe: (p, n) => withValues('client_group_fits', { group: mapped(text(p, 'group'), n.group) }),
  },
  women_only: { tone: 'fits', describe: () => ['women_only', {}] },
  age_fits: { tone: 'fits', describe: (p) => withValues('age_fits', { age: count(p, 'age') }) },
  education_fits: { tone: 'fits', describe: () => ['education_fits', {}] },
  language_fits: {
    tone: 'fits',
    describe: (p, n) =>
      withValues('language_fits', {
        language: mapped(text(p, 'language'), n.language),
        level: mapped(text(p, 'has'), n.level),
      }),
  },
  language_below: {
    tone: 'fails',
    describe: (p, n) =>
      withValues('language_below', {
        language: mapped(text(p, 'language'), n.language),
        required: mapped(text(p, 'required'), n.level),
        actual: mapped(text(p, 'has'), n.level),
      }),
  },
  language_missing: {
    tone: 'fails',
    describe: (p, n) =>
      withValues('language_missing', {
        language: mapped(text(p, 'language'), n.language),
        required: mapped(text(p, 'required'), n.level),
      }),
  },
  region_fits: { tone: 'fits', describe: (p) => withValues('region_fits', { region: text(p, 'region') }) },
  intention_fits: {
    tone: 'fits',
    describe: (p, n) => withValues('intention_fits', { purpose: mapped(text(p, 'purpose'), n.purpose) }),
  },
  starts_soon: { tone: 'fits', describe: (p) => withValues('starts_soon', { days: count(p, 'days') }) },
  started: {
    tone: 'caution',
    describe: (p, n) => withValues('started', { date: mapped(text(p, 'startsOn'), n.day) }),
  },
  seats_left: { tone: 'fits', describe: (p) => withValues('seats_left', { seats: count(p, 'seats') }) },
  few_seats_left: {
    tone: 'caution',
    describe: (p) => withValues('few_seats_left', { seats: count(p, 'seats') }),
  },
  no_seats_left: { tone: 'fails', describe: () => ['no_seats_left', {}] },
  no_seat_limit: { tone: 'fits', describe: () => ['no_seat_limit', {}] },
  client_group_excluded: {
    tone: 'fails',
    describe: (p, n) => withValues('client_group_excluded', { group: mapped(text(p, 'group'), n.group) }),
  },
  sex_excluded: {
    tone: 'fails',
    describe: (p, n) => withValues('sex_excluded', { sex: mapped(text(p, 'sex'), n.sex) }),
  },
  too_young: {
    tone: 'fails',
    describe: (p) => withValues('too_young', { minAge: count(p, 'minAge'), age: count(p, 'age') }),
  },
  too_old: {
    tone: 'fails',
    describe: (p) => withValues('too_old', { maxAge: count(p, 'maxAge'), age: count(p, 'age') }),
  },
  age_unknown: {
    tone: 'caution',
    describe: (p) => withValues('age_unknown', { ageFrom: count(p, 'ageFrom'), ageTo: count(p, 'ageTo') }),
  },
  education_below: {
    tone: 'fails',
    describe: (p, n) =>
      withValues('education_below', {
        required: mapped(count(p, 'required'), n.education),
        actual: mapped(count(p, 'has'), n.education),
      }),
  },
  education_unknown: {
    tone: 'caution',
    describe: (p, n) =>
      withValues('education_unknown', { required: mapped(count(p, 'required'), n.education) }),
  },
  region_excluded: {
    tone: 'fails',
    describe: (p) => withValues('region_excluded', { region: text(p, 'region') }),
  },
  already_ended: {
    tone: 'fails',
    describe: (p, n) => withValues('already_ended', { date: mapped(text(p, 'endsOn'), n.day) }),
  },
  offered_in_client_language: {
    tone: 'fits',
    describe: (p, n) =>
      withValues('offered_in_client_language', { language: mapped(text(p, 'language'), n.language) }),
  },
};

function mapped<T>(value: T | null, name: (value: T) => string): string | null {
  return value === null ? null : name(value);
}

/** Every message key a reason can use, with and without its values: the coverage test checks them. */
export const reasonMessageKeys = (code: MatchReasonCode): string[] => {
  // Params holding a value under any name, to reach the detailed message.
  const everyParam = new Proxy<Params>({}, { get: () => 3 });
  const keys = [
    describers[code].describe({}, identityNamers)[0],
    describers[code].describe(everyParam, identityNamers)[0],
  ];
  return [...new Set(keys)].map((key) => `reasons.${key}`);
};

const identityNamers: Namers = {
  language: (code) => code,
  group: (code) => code,
  sex: (code) => code,
  education: (isced) => String(isced),
  level: (level) => level,
  purpose: (code) => code,
  day: (iso) => iso,
};

/** A matcher's reason as a message key (under `referrals.reasons.`) with its values in words. */
export const describeMatchReason = (reason: OfferMatchReason, names: Namers): ReasonMessage => {
  const describer = describers[reason.code];
  const [key, values] = describer.describe(reason.params ?? {}, names);
  return { key: `referrals.reasons.${key}`, values, tone: describer.tone };
};

// Timing and seats read as one line ("Starts in 12 days · 3 seats left"); the rest one by one.
const logisticsCodes = new Set<MatchReasonCode>([
  'starts_soon',
  'started',
  'already_ended',
  'seats_left',
  'few_seats_left',
  'no_seats_left',
  'no_seat_limit',
]);

/** Splits reasons into fit reasons (warnings first) and the timing-and-seats ones. */
export const groupReasons = (reasons: readonly OfferMatchReason[]) => {
  const rank: Record<ReasonTone, number> = { fails: 0, caution: 1, fits: 2 };
  const fit = reasons
    .filter((reason) => !logisticsCodes.has(reason.code))
    .map((reason, index) => ({ reason, index }))
    .sort(
      (a, b) =>
        rank[describers[a.reason.code].tone] - rank[describers[b.reason.code].tone] || a.index - b.index,
    )
    .map(({ reason }) => reason);
  const logistics = reasons.filter((reason) => logisticsCodes.has(reason.code));
  return { fit, logistics };
};
