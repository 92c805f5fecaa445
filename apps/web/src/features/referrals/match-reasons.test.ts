import type { OfferMatchReason } from '@pathways/contracts';
import { type MatchableClient, type MatchableOffer, matchOffers } from '@pathways/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../locales/features/referrals/en.json';
import { describeMatchReason, groupReasons, type Namers } from './match-reasons';

const names: Namers = {
  language: (code) => ({ de: 'German', fr: 'French' })[code] ?? code,
  group: (code) => ({ returnee: 'Returnee' })[code] ?? code,
  sex: (code) => ({ male: 'Male' })[code] ?? code,
  education: (isced) => `ISCED ${isced}`,
  level: (level) => (level === 'native' ? 'native' : level),
  purpose: (code) => ({ vocational_training: 'vocational training' })[code] ?? code,
  day: (iso) => `day ${iso}`,
};

/** The sentence a person reads, formatted from the shipped English messages as i18next-icu does. */
const sentence = (reason: OfferMatchReason): string => {
  const { key, values } = describeMatchReason(reason, names);
  let node: unknown = { referrals: en };
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(new IntlMessageFormat(String(node), 'en').format(values));
};
const sentences = (reasons: readonly OfferMatchReason[]) => reasons.map(sentence);

// Reasons come from the real matcher, so a renamed parameter there fails here.
const TODAY = '2026-03-01';
type OfferOverrides = Partial<Omit<MatchableOffer, 'eligibility'>> & {
  eligibility?: Partial<MatchableOffer['eligibility']>;
};
const offer = (over: OfferOverrides): MatchableOffer => ({
  id: crypto.randomUUID(),
  category: 'business_start_up' as const,
  status: 'active' as const,
  centreIds: [],
  schedule: {},
  capacity: null,
  seatsLeft: null,
  languages: ['fr'],
  ...over,
  eligibility: { clientGroups: [], sexes: [], regions: [], ...over.eligibility },
});
const client: MatchableClient = {
  group: 'returnee',
  sex: 'female',
  dateOfBirth: { value: '2009-06-15' },
  educationIsced: 2,
  languages: [{ code: 'de', level: 'A1' }],
  region: 'Greater Accra',
};
const match = (one: MatchableOffer, who: MatchableClient = client) => matchOffers(who, [one], TODAY);

describe('match reasons in words', () => {
  it('reads the examples of the issue', () => {
    const fits = match(
      offer({ eligibility: { sexes: ['female'] }, schedule: { startsOn: '2026-03-13' }, seatsLeft: 3 }),
    );
    const reasons = fits.eligible[0]?.reasons ?? [];
    const { fit, logistics } = groupReasons(reasons);
    expect(sentences(fit)).toContain('Women-only offer');
    expect(sentences(logistics).join(' · ')).toBe('Starts in 12 days · Only 3 seats left');

    const german = match(offer({ eligibility: { language: { code: 'de', minLevel: 'A2' } } }));
    expect(sentences(german.ineligible[0]?.failures ?? [])).toEqual(['Needs German A2 — client has A1']);
  });

  it('names each failing condition of an ineligible offer with the values', () => {
    const strict = match(
      offer({
        eligibility: {
          minAge: 18,
          minEducationIsced: 3,
          clientGroups: ['prospective_migrant'],
          regions: ['Ashanti'],
        },
        schedule: { endsOn: '2026-01-31' },
        seatsLeft: 0,
      }),
    );
    expect(sentences(strict.ineligible[0]?.failures ?? [])).toEqual([
      "Not open to the client's group: Returnee",
      'Too young: from age 18 — client is 16',
      'Needs education ISCED 3 — client has ISCED 2',
      "Not offered in the client's region (Greater Accra)",
      'Ended on day 2026-01-31',
      'No seats left',
    ]);
    const menOnly = match(offer({ eligibility: { sexes: ['male'], maxAge: 15 } }));
    expect(sentences(menOnly.ineligible[0]?.failures ?? [])).toEqual([
      'Not open to clients recorded as: female',
      'Too old: up to age 15 — client is 16',
    ]);
  });

  it('words what fits and what could not be checked', () => {
    const open = match(
      offer({ eligibility: { language: { code: 'de', minLevel: 'A1' }, maxAge: 30 }, capacity: 20 }),
      { ...client, dateOfBirth: null, intentions: { purposes: ['vocational_training'] } },
    );
    expect(sentences(open.eligible[0]?.reasons ?? [])).toEqual(
      expect.arrayContaining([
        "The client's age is not recorded",
        'Speaks German at level A1',
        '20 seats left',
      ]),
    );
    const unknownEducation = match(offer({ eligibility: { minEducationIsced: 3 } }), {
      ...client,
      educationIsced: null,
    });
    expect(sentences(unknownEducation.eligible[0]?.reasons ?? [])).toContain(
      "Needs education ISCED 3 — the client's is not recorded",
    );
  });

  it('says today and tomorrow rather than "in 0 days", and "started" for a running offer', () => {
    expect(sentences(match(offer({ schedule: { startsOn: TODAY } })).eligible[0]?.reasons ?? [])).toContain(
      'Starts today',
    );
    expect(
      sentences(match(offer({ schedule: { startsOn: '2026-03-02' } })).eligible[0]?.reasons ?? []),
    ).toContain('Starts tomorrow');
    expect(
      sentences(match(offer({ schedule: { startsOn: '2026-02-01' } })).eligible[0]?.reasons ?? []),
    ).toContain('Started on day 2026-02-01');
  });

  it('falls back to the plain sentence when a value is missing, never to a half-filled one', () => {
    expect(sentence({ code: 'language_below', params: { language: 'de' } })).toBe(
      'Language level below what the offer needs',
    );
    expect(sentence({ code: 'starts_soon', params: {} })).toBe('Starts soon');
    expect(sentence({ code: 'too_young', params: { age: 16 } })).toBe('Below the minimum age');
  });

  it('marks each reason as fitting, a caution or a failure', () => {
    expect(describeMatchReason({ code: 'women_only', params: {} }, names).tone).toBe('fits');
    expect(describeMatchReason({ code: 'age_unknown', params: {} }, names).tone).toBe('caution');
    expect(describeMatchReason({ code: 'language_below', params: {} }, names).tone).toBe('fails');
  });
});

describe('grouping reasons', () => {
  it('keeps timing and seats on a line of their own and puts warnings before fits', () => {
    const reasons: OfferMatchReason[] = [
      { code: 'women_only', params: {} },
      { code: 'starts_soon', params: { days: 12 } },
      { code: 'education_unknown', params: {} },
      { code: 'few_seats_left', params: { seats: 3 } },
      { code: 'region_fits', params: {} },
    ];
    const { fit, logistics } = groupReasons(reasons);
    expect(fit.map((reason) => reason.code)).toEqual(['education_unknown', 'women_only', 'region_fits']);
    expect(logistics.map((reason) => reason.code)).toEqual(['starts_soon', 'few_seats_left']);
  });
});
