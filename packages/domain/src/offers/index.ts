// Offer matching: which of a country's active offers a client may join, ranked by fit, with the
// reasons (codes and parameters the UI words) and, for the others, the conditions that fail.
export { FEW_SEATS, STARTS_SOON_DAYS } from './availability.js';
export { matchOffers } from './match.js';
export * from './pathway-gaps.js';
export type {
  EligibleOffer,
  IneligibleOfferMatch,
  MatchableClient,
  MatchableOffer,
  OfferMatchResult,
} from './types.js';
