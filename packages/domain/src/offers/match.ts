// Matches one client against a country's offers. Left out entirely, as not offered to this client:
// drafts, paused and closed offers (they cannot be referred to, and staff should not learn of
// drafts here) and offers reserved for other centres. Every other offer lands in `eligible`,
// ranked, or in `ineligible` with all its failing conditions, so the counsellor sees everything
// that would have to change, not just the first.
import { checkSchedule, checkSeats } from './availability.js';
import {
  checkAge,
  checkClientGroup,
  checkEducation,
  checkLanguageRequirement,
  checkRegion,
  checkSex,
} from './eligibility.js';
import { checkIntention, checkOfferLanguage } from './fit.js';
import { scoreReasons } from './score.js';
import type {
  EligibleOffer,
  Finding,
  IneligibleOfferMatch,
  IsoDate,
  MatchableClient,
  MatchableOffer,
  MatchContext,
  OfferMatchResult,
} from './types.js';

// The order reasons are shown in: who may take part first, then fit, then dates and seats.
const CONDITIONS: readonly ((context: MatchContext) => Finding | undefined)[] = [
  checkClientGroup,
  checkSex,
  checkAge,
  checkEducation,
  checkLanguageRequirement,
  checkRegion,
  checkIntention,
  checkOfferLanguage,
  checkSchedule,
  checkSeats,
];

/**
 * The contract: an offer with no centres is for every centre of the country; one that names centres
 * is for their clients only. A client whose centre is not known is not held back.
 */
const isOfferedToClient = (offer: MatchableOffer, client: MatchableClient): boolean =>
  offer.status === 'active' &&
  (offer.centreIds.length === 0 || !client.centreId || offer.centreIds.includes(client.centreId));

const isFinding = (finding: Finding | undefined): finding is Finding => finding !== undefined;

// An offer without a start date is ongoing: after the dated ones at the same score.
const compareStart = (a: MatchableOffer, b: MatchableOffer): number => {
  const [startA, startB] = [a.schedule.startsOn, b.schedule.startsOn];
  if (startA === startB) return 0;
  if (!startA) return 1;
  if (!startB) return -1;
  return startA < startB ? -1 : 1;
};

const compareId = (a: MatchableOffer, b: MatchableOffer): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const rankEligible = <O extends MatchableOffer>(a: EligibleOffer<O>, b: EligibleOffer<O>): number =>
  b.score - a.score || compareStart(a.offer, b.offer) || compareId(a.offer, b.offer);

/** Closest to eligible first: fewest failing conditions. */
const rankIneligible = <O extends MatchableOffer>(
  a: IneligibleOfferMatch<O>,
  b: IneligibleOfferMatch<O>,
): number =>
  a.failures.length - b.failures.length || compareStart(a.offer, b.offer) || compareId(a.offer, b.offer);

/**
 * Ranks the offers for the client on `today` (YYYY-MM-DD, in the centre's time zone: the caller
 * decides the day, the rules never read the clock).
 */
export const matchOffers = <O extends MatchableOffer>(
  client: MatchableClient,
  offers: readonly O[],
  today: IsoDate,
): OfferMatchResult<O> => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const eligible: EligibleOffer<O>[] = [];
  const ineligible: IneligibleOfferMatch<O>[] = [];
  for (const offer of offers) {
    if (!isOfferedToClient(offer, client)) continue;
    const findings = CONDITIONS.map((check) => check({ client, offer, today })).filter(isFinding);
    const failures = findings.filter((f) => f.kind === 'failure').map((f) => f.reason);
    if (failures.length > 0) {
      ineligible.push({ offer, failures });
      continue;
    }
    const reasons = findings.map((f) => f.reason);
    eligible.push({ offer, score: scoreReasons(reasons), reasons });
  }
  return { eligible: eligible.sort(rankEligible), ineligible: ineligible.sort(rankIneligible) };
};
