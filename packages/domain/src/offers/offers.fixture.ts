// Builders for the offer-matching tests: an open offer (no conditions, no dates, no seat limit)
// and a client with nothing recorded beyond group and sex; each test sets only what it checks.
import type { MatchableClient, MatchableOffer } from './types.js';

export const TODAY = '2026-03-01';

type OfferOverrides = Partial<Omit<MatchableOffer, 'eligibility'>> & {
  eligibility?: Partial<MatchableOffer['eligibility']>;
};

export const buildOffer = (overrides: OfferOverrides = {}): MatchableOffer => {
  const { eligibility, ...rest } = overrides;
  return {
    id: 'offer-1',
    category: 'information_event',
    status: 'active',
    centreIds: [],
    schedule: {},
    capacity: null,
    seatsLeft: null,
    languages: ['en'],
    ...rest,
    eligibility: { clientGroups: [], sexes: [], regions: [], ...eligibility },
  };
};

export const buildClient = (overrides: Partial<MatchableClient> = {}): MatchableClient => ({
  group: 'prospective_migrant',
  sex: 'female',
  languages: [],
  ...overrides,
});
