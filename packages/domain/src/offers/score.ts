// The ranking score. Only its order means something: it is a sum of points per reason, so each
// reason's weight is visible here and the result is the same for the same input.
//   intention_fits                +30  the offer serves what the client came for
//   women_only, client_group_fits +10  a targeted offer beats a general one; women's participation
//   offered_in_client_language    +10  the client can follow it without an interpreter
//   age/education/language/region fits +5  another targeted condition met
//   few_seats_left                 +5  scarce places: refer now
//   starts_soon              +10 … 0   linear from today to STARTS_SOON_DAYS away
//   started                       −10  late entry, may be refused
//   age/education_unknown         −15  needs checking before a referral
import type { MatchReasonCode, OfferMatchReason } from '@pathways/contracts';
import { STARTS_SOON_DAYS } from './availability.js';

const REASON_POINTS: Partial<Record<MatchReasonCode, number>> = {
  intention_fits: 30,
  women_only: 10,
  client_group_fits: 10,
  offered_in_client_language: 10,
  age_fits: 5,
  education_fits: 5,
  language_fits: 5,
  region_fits: 5,
  few_seats_left: 5,
  started: -10,
  age_unknown: -15,
  education_unknown: -15,
};

const MAX_START_POINTS = 10;

const scoreStart = (days: number): number =>
  Math.round((MAX_START_POINTS * (STARTS_SOON_DAYS - days)) / STARTS_SOON_DAYS);

const scoreReason = (reason: OfferMatchReason): number => {
  if (reason.code === 'starts_soon') return scoreStart(Number(reason.params.days));
  return REASON_POINTS[reason.code] ?? 0;
};

export const scoreReasons = (reasons: readonly OfferMatchReason[]): number =>
  reasons.reduce((sum, reason) => sum + scoreReason(reason), 0);
