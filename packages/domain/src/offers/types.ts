import type { ClientGroup, Offer, OfferMatchReason, sexes } from '@pathways/contracts';

export type IsoDate = string;
type Sex = (typeof sexes)[number];

/**
 * What the rules read from a client. Field names follow the `Client` contract, so the server can
 * pass a presented client as it is; `undefined` is accepted too, so the web can pass a form draft.
 */
export type MatchableClient = {
  group: ClientGroup;
  sex: Sex;
  /** `YYYY-MM-DD`, or `YYYY` when only the year is known. */
  dateOfBirth?: { value: string } | null;
  /** ISCED 2011 level, 0–8. */
  educationIsced?: number | null;
  /** CEFR level A1..C2 or `native`. */
  languages: readonly { code: string; level: string }[];
  region?: string | null;
  intentions?: { purposes: readonly string[] } | null;
  /** The client's centre: offers reserved for other centres are left out. Unknown: not checked. */
  centreId?: string | null;
};

/** The part of an `Offer` the rules read; pass full offers and get them back in the result. */
export type MatchableOffer = Pick<
  Offer,
  | 'id'
  | 'category'
  | 'status'
  | 'centreIds'
  | 'eligibility'
  | 'schedule'
  | 'capacity'
  | 'seatsLeft'
  | 'languages'
>;

export type EligibleOffer<O> = { offer: O; score: number; reasons: OfferMatchReason[] };
export type IneligibleOfferMatch<O> = { offer: O; failures: OfferMatchReason[] };
export type OfferMatchResult<O> = { eligible: EligibleOffer<O>[]; ineligible: IneligibleOfferMatch<O>[] };

/**
 * One condition's verdict. `fit` explains why an offer suits the client, `caution` keeps the offer
 * but ranks it lower (something could not be checked), `failure` makes it ineligible.
 */
export type FindingKind = 'fit' | 'caution' | 'failure';
export type Finding = { kind: FindingKind; reason: OfferMatchReason };

/** What every condition sees: the day ages and dates are measured against is fixed once per offer. */
export type MatchContext = { client: MatchableClient; offer: MatchableOffer; today: IsoDate };
