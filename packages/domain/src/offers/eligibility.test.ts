import type { OfferMatchReason } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import { matchOffers } from './match.js';
import { buildClient, buildOffer, TODAY } from './offers.fixture.js';
import type { MatchableClient, MatchableOffer } from './types.js';

/** The failures when ineligible, else undefined; the reasons when eligible. */
const match = (client: MatchableClient, offer: MatchableOffer, today = TODAY) => {
  const result = matchOffers(client, [offer], today);
  return { failures: result.ineligible[0]?.failures, reasons: result.eligible[0]?.reasons };
};
const reasonOf = (reasons: OfferMatchReason[] | undefined, code: string) =>
  reasons?.find((r) => r.code === code);

describe('sex', () => {
  const womenOnly = buildOffer({ eligibility: { sexes: ['female'] } });

  it('shows a women-only offer to a woman as such', () => {
    const { reasons, failures } = match(buildClient({ sex: 'female' }), womenOnly);
    expect(failures).toBeUndefined();
    expect(reasonOf(reasons, 'women_only')).toEqual({ code: 'women_only', params: {} });
  });

  it('lists a women-only offer as ineligible for a man, naming his sex', () => {
    expect(match(buildClient({ sex: 'male' }), womenOnly).failures).toEqual([
      { code: 'sex_excluded', params: { sex: 'male' } },
    ]);
  });

  it('does not call an offer for women and others women-only', () => {
    const offer = buildOffer({ eligibility: { sexes: ['female', 'other'] } });
    expect(reasonOf(match(buildClient({ sex: 'female' }), offer).reasons, 'women_only')).toBeUndefined();
  });
});

describe('language requirement: German A2', () => {
  const offer = buildOffer({ eligibility: { language: { code: 'de', minLevel: 'A2' } } });
  const withGerman = (level: string) => buildClient({ languages: [{ code: 'de', level }] });

  it.each([
    ['B1', 'B1'],
    ['A2', 'A2'],
    ['native', 'native'],
  ])('fits a client with German %s', (level, has) => {
    const { reasons, failures } = match(withGerman(level), offer);
    expect(failures).toBeUndefined();
    expect(reasonOf(reasons, 'language_fits')?.params).toEqual({ language: 'de', required: 'A2', has });
  });

  it('fails a client with German A1, saying what is needed and what they have', () => {
    expect(match(withGerman('A1'), offer).failures).toEqual([
      { code: 'language_below', params: { language: 'de', required: 'A2', has: 'A1' } },
    ]);
  });

  it('fails a client without German as missing, not below', () => {
    const client = buildClient({ languages: [{ code: 'fr', level: 'C1' }] });
    expect(match(client, offer).failures).toEqual([
      { code: 'language_missing', params: { language: 'de', required: 'A2' } },
    ]);
  });

  it('ranks native above C2', () => {
    const c2Offer = buildOffer({ eligibility: { language: { code: 'de', minLevel: 'C2' } } });
    expect(match(withGerman('native'), c2Offer).failures).toBeUndefined();
    expect(match(withGerman('C1'), c2Offer).failures?.[0]?.code).toBe('language_below');
  });

  it('takes the best of two recorded levels', () => {
    const client = buildClient({
      languages: [
        { code: 'de', level: 'A1' },
        { code: 'de', level: 'B2' },
      ],
    });
    expect(reasonOf(match(client, offer).reasons, 'language_fits')?.params.has).toBe('B2');
  });
});

describe('age', () => {
  const adultsOnly = (startsOn?: string) =>
    buildOffer({ eligibility: { minAge: 18 }, schedule: startsOn ? { startsOn } : {} });
  const bornOn = (value: string) => buildClient({ dateOfBirth: { value } });

  it('fails a client who is still 17 on the first day', () => {
    expect(match(bornOn('2008-06-15'), adultsOnly('2026-06-10')).failures).toEqual([
      { code: 'too_young', params: { age: 17, minAge: 18, on: '2026-06-10' } },
    ]);
  });

  it('counts the age at the start date, not today: 17 today, 18 when it starts', () => {
    const { reasons, failures } = match(bornOn('2008-06-15'), adultsOnly('2026-06-20'));
    expect(failures).toBeUndefined();
    expect(reasonOf(reasons, 'age_fits')?.params).toEqual({ age: 18 });
  });

  it('counts the age today for an offer already running', () => {
    // 17 on the start date in January, 18 since 1 February.
    expect(match(bornOn('2008-02-01'), adultsOnly('2026-01-10')).failures).toBeUndefined();
  });

  it('fails a client over the maximum age', () => {
    const offer = buildOffer({ eligibility: { maxAge: 35 } });
    expect(match(bornOn('1990-01-01'), offer).failures).toEqual([
      { code: 'too_old', params: { age: 36, maxAge: 35, on: TODAY } },
    ]);
  });

  describe('with the birth year only (start 2026-04-01, minimum 18)', () => {
    const offer = adultsOnly('2026-04-01');

    it('cautions when the client is 17 or 18, and keeps the offer', () => {
      const { reasons, failures } = match(bornOn('2008'), offer);
      expect(failures).toBeUndefined();
      expect(reasonOf(reasons, 'age_unknown')?.params).toEqual({ ageFrom: 17, ageTo: 18, on: '2026-04-01' });
    });

    it('fails when the client is 16 or 17', () => {
      expect(match(bornOn('2009'), offer).failures).toEqual([
        { code: 'too_young', params: { age: 17, minAge: 18, on: '2026-04-01' } },
      ]);
    });

    it('fits when the client is 18 or 19', () => {
      expect(reasonOf(match(bornOn('2007'), offer).reasons, 'age_fits')?.params).toEqual({ age: 18 });
    });
  });

  it('keeps the offer for a client without a date of birth, with a caution ranked lower', () => {
    const offer = adultsOnly();
    const known = matchOffers(bornOn('1990-01-01'), [offer], TODAY).eligible[0];
    const unknown = matchOffers(buildClient(), [offer], TODAY).eligible[0];
    expect(unknown?.reasons).toContainEqual({ code: 'age_unknown', params: {} });
    expect(known?.score).toBe(5);
    expect(unknown?.score).toBe(-15);
  });
});

describe('education', () => {
  const offer = buildOffer({ eligibility: { minEducationIsced: 4 } });

  it('fails below the minimum ISCED level, fits at or above it', () => {
    expect(match(buildClient({ educationIsced: 3 }), offer).failures).toEqual([
      { code: 'education_below', params: { required: 4, has: 3 } },
    ]);
    expect(
      reasonOf(match(buildClient({ educationIsced: 4 }), offer).reasons, 'education_fits'),
    ).toBeDefined();
  });

  it('cautions when the education is not recorded', () => {
    expect(match(buildClient({ educationIsced: null }), offer).reasons).toContainEqual({
      code: 'education_unknown',
      params: { required: 4 },
    });
  });
});

describe('region', () => {
  const offer = buildOffer({ eligibility: { regions: ['Ashanti', ' greater accra'] } });

  it('fits a listed region, ignoring case and spaces', () => {
    expect(reasonOf(match(buildClient({ region: 'Greater Accra' }), offer).reasons, 'region_fits')).toEqual({
      code: 'region_fits',
      params: { region: 'Greater Accra' },
    });
  });

  it('fails a region not listed', () => {
    expect(match(buildClient({ region: 'Volta' }), offer).failures).toEqual([
      { code: 'region_excluded', params: { region: 'Volta' } },
    ]);
  });

  it('keeps the offer when the region is not recorded, without claiming it fits', () => {
    const { reasons, failures } = match(buildClient({ region: null }), offer);
    expect(failures).toBeUndefined();
    expect(reasonOf(reasons, 'region_fits')).toBeUndefined();
  });
});

describe('client group and centre', () => {
  it('fails a prospective migrant for a returnees-only offer', () => {
    const offer = buildOffer({ eligibility: { clientGroups: ['returnee'] } });
    expect(match(buildClient(), offer).failures).toEqual([
      { code: 'client_group_excluded', params: { group: 'prospective_migrant' } },
    ]);
    expect(
      reasonOf(match(buildClient({ group: 'returnee' }), offer).reasons, 'client_group_fits'),
    ).toBeDefined();
  });

  it('leaves out an offer reserved for other centres, from both lists', () => {
    const offer = buildOffer({ centreIds: ['centre-accra'] });
    expect(matchOffers(buildClient({ centreId: 'centre-kumasi' }), [offer], TODAY)).toEqual({
      eligible: [],
      ineligible: [],
    });
    expect(matchOffers(buildClient({ centreId: 'centre-accra' }), [offer], TODAY).eligible).toHaveLength(1);
    expect(matchOffers(buildClient({ centreId: null }), [offer], TODAY).eligible).toHaveLength(1);
  });
});
