import { z } from 'zod';
import { CefrLevel, ClientGroup, Sex } from './clients.js';
import { CountryCode, Locale, Uuid, Version } from './common.js';
import { PartnerType } from './reference.js';

const IsoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'use an ISO 639 language code');

// ---------------------------------------------------------------------------------------------
// Partner organisations and their data-sharing agreements

export const agreementPurposes = ['referrals', 'outcome_feedback', 'follow_up', 'statistics'] as const;
export const AgreementPurpose = z.enum(agreementPurposes);
export type AgreementPurpose = z.infer<typeof AgreementPurpose>;

export const PartnerContact = z.strictObject({
  name: text(200),
  role: z.string().trim().max(120).optional(),
  email: z.email().max(254).optional(),
  phone: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'use international format, e.g. +233201234567')
    .optional(),
});
export type PartnerContact = z.infer<typeof PartnerContact>;

export const AgreementInput = z
  .strictObject({
    signedOn: IsoDate,
    expiresOn: IsoDate,
    purposes: z.array(AgreementPurpose).min(1).max(agreementPurposes.length),
    reference: z.string().trim().max(200).optional(),
  })
  .refine((a) => a.expiresOn > a.signedOn, {
    path: ['expiresOn'],
    message: 'must be after the signing date',
  });
export type AgreementInput = z.infer<typeof AgreementInput>;

export const Agreement = z.object({
  id: Uuid,
  signedOn: IsoDate,
  expiresOn: IsoDate,
  purposes: z.array(AgreementPurpose),
  reference: z.string().nullable(),
  /** Signed, not expired, and covering referrals: the server refuses referrals otherwise. */
  coversReferralsToday: z.boolean(),
});
export type Agreement = z.infer<typeof Agreement>;

export const PartnerInput = z.strictObject({
  name: text(200),
  type: PartnerType,
  website: z.url().max(500).optional(),
  description: z.string().trim().max(2000).optional(),
  contacts: z.array(PartnerContact).max(20).default([]),
});
export type PartnerInput = z.infer<typeof PartnerInput>;
export const CreatePartnerBody = PartnerInput.extend({ countryCode: CountryCode });
export const UpdatePartnerBody = PartnerInput.extend({ version: Version });

export const PartnerDetail = z.object({
  id: Uuid,
  countryCode: CountryCode,
  name: z.string(),
  type: PartnerType,
  website: z.string().nullable(),
  description: z.string().nullable(),
  contacts: z.array(PartnerContact),
  agreements: z.array(Agreement),
  canReceiveReferrals: z.boolean(),
  version: z.number().int(),
});
export type PartnerDetail = z.infer<typeof PartnerDetail>;
export const PartnerDetailList = z.object({ items: z.array(PartnerDetail) });
export const PartnerIdParams = z.strictObject({ partnerId: Uuid });
export const PartnerListQuery = z.strictObject({ country: CountryCode.optional() });

// ---------------------------------------------------------------------------------------------
// Offers (measures). HSDS calls them services.

export const offerCategories = [
  'vocational_training',
  'qualification',
  'pre_integration_language_course',
  'job_search_support',
  'job_placement',
  'business_start_up',
  'psychosocial_support',
  'health',
  'shelter_emergency',
  'reintegration_assistance',
  'recognition_support',
  'information_event',
] as const;
export const OfferCategory = z.enum(offerCategories);
export type OfferCategory = z.infer<typeof OfferCategory>;

export const offerStatuses = ['draft', 'active', 'paused', 'closed'] as const;
export const OfferStatus = z.enum(offerStatuses);
export type OfferStatus = z.infer<typeof OfferStatus>;

export const deliveryModes = ['in_person', 'online', 'hybrid'] as const;
export const DeliveryMode = z.enum(deliveryModes);

/** Text in several UI languages; English is required so every reader has a fallback. */
export const LocalisedText = z
  .object({ en: text(2000), fr: text(2000).optional(), ar: text(2000).optional() })
  .strict();
export type LocalisedText = z.infer<typeof LocalisedText>;
export const OptionalLocalisedText = z
  .object({
    en: z.string().trim().max(4000),
    fr: z.string().trim().max(4000),
    ar: z.string().trim().max(4000),
  })
  .partial()
  .strict();

/** Who may take part. An empty list or a missing bound means "no condition". */
export const Eligibility = z
  .strictObject({
    clientGroups: z.array(ClientGroup).max(3).default([]),
    /** `['female']` makes a women-only offer. */
    sexes: z.array(Sex).max(4).default([]),
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    minEducationIsced: z.number().int().min(0).max(8).optional(),
    language: z.strictObject({ code: LanguageCode, minLevel: CefrLevel }).optional(),
    regions: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  })
  .refine((e) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
    path: ['maxAge'],
    message: 'must not be below the minimum age',
  });
export type Eligibility = z.infer<typeof Eligibility>;

export const OfferLocation = z.strictObject({
  name: text(200),
  address: z.string().trim().max(300).optional(),
  city: z.string().trim().max(100).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

export const OfferSchedule = z
  .strictObject({
    startsOn: IsoDate.optional(),
    endsOn: IsoDate.optional(),
    sessions: z.number().int().min(1).max(1000).optional(),
    /** Free text such as "Mon and Wed 9:00–12:00". */
    note: z.string().trim().max(300).optional(),
  })
  .refine((s) => !s.startsOn || !s.endsOn || s.startsOn <= s.endsOn, {
    path: ['endsOn'],
    message: 'must not be before the start',
  });

export const OfferCost = z.strictObject({
  /** 0 for a free offer. */
  amount: z.number().min(0).max(1_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 currency code'),
  note: z.string().trim().max(300).optional(),
});

export const OfferInput = z
  .strictObject({
    partnerOrganisationId: Uuid,
    category: OfferCategory,
    /** Empty: offered to clients of every centre of the country. */
    centreIds: z.array(Uuid).max(50).default([]),
    title: LocalisedText,
    description: OptionalLocalisedText.default({}),
    eligibility: Eligibility.default({ clientGroups: [], sexes: [], regions: [] }),
    /** Absent: no seat limit. */
    capacity: z.number().int().min(1).max(100_000).optional(),
    schedule: OfferSchedule.default({}),
    cost: OfferCost.optional(),
    deliveryMode: DeliveryMode,
    languages: z.array(LanguageCode).min(1).max(10),
    location: OfferLocation.optional(),
    status: OfferStatus.default('draft'),
  })
  .strict();
export type OfferInput = z.infer<typeof OfferInput>;
export const CreateOfferBody = OfferInput;
export const UpdateOfferBody = OfferInput.extend({
  version: Version,
  /** Managers correct the count when places are taken outside Pathways. */
  seatsLeft: z.number().int().min(0).max(100_000).optional(),
});

export const Offer = z.object({
  id: Uuid,
  countryCode: CountryCode,
  partnerOrganisationId: Uuid,
  partnerName: z.string(),
  partnerType: PartnerType,
  category: OfferCategory,
  centreIds: z.array(Uuid),
  title: LocalisedText,
  description: OptionalLocalisedText,
  eligibility: Eligibility,
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  schedule: OfferSchedule,
  cost: OfferCost.nullable(),
  deliveryMode: DeliveryMode,
  languages: z.array(z.string()),
  location: OfferLocation.nullable(),
  status: OfferStatus,
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type Offer = z.infer<typeof Offer>;
export const OfferList = z.object({ items: z.array(Offer), total: z.number().int() });
export const OfferIdParams = z.strictObject({ offerId: Uuid });
export const OfferListQuery = z.strictObject({
  country: CountryCode.optional(),
  partnerOrganisationId: Uuid.optional(),
  status: OfferStatus.optional(),
  category: OfferCategory.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The public directory: no staff names, no client data, no internal fields. */
export const PublicOffer = z.object({
  id: Uuid,
  countryCode: CountryCode,
  providerName: z.string(),
  category: OfferCategory,
  title: z.string(),
  description: z.string(),
  /** The language the title and description are in (the asked one, else English). */
  language: Locale,
  womenOnly: z.boolean(),
  clientGroups: z.array(ClientGroup),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  seatsLeft: z.number().int().nullable(),
  free: z.boolean(),
  cost: OfferCost.nullable(),
  deliveryMode: DeliveryMode,
  languages: z.array(z.string()),
  city: z.string().nullable(),
});
export type PublicOffer = z.infer<typeof PublicOffer>;
export const PublicOfferQuery = z.strictObject({
  country: CountryCode,
  lang: Locale.default('en'),
  q: z.string().trim().max(100).optional(),
  category: OfferCategory.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const PublicOfferList = z.object({ items: z.array(PublicOffer), total: z.number().int() });

// ---------------------------------------------------------------------------------------------
// Matching a client to offers: reasons are codes with parameters, worded by the UI.

export const MatchReasonCode = z.enum([
  'client_group_fits',
  'women_only',
  'age_fits',
  'education_fits',
  'language_fits',
  'language_below',
  'language_missing',
  'region_fits',
  'intention_fits',
  'starts_soon',
  'started',
  'seats_left',
  'few_seats_left',
  'no_seats_left',
  'no_seat_limit',
  'client_group_excluded',
  'sex_excluded',
  'too_young',
  'too_old',
  'age_unknown',
  'education_below',
  'education_unknown',
  'region_excluded',
  'already_ended',
  'offered_in_client_language',
]);
export type MatchReasonCode = z.infer<typeof MatchReasonCode>;
export const OfferMatchReason = z.object({
  code: MatchReasonCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type OfferMatchReason = z.infer<typeof OfferMatchReason>;

export const OfferMatch = z.object({
  offer: Offer,
  score: z.number(),
  reasons: z.array(OfferMatchReason),
});
export const IneligibleOffer = z.object({ offer: Offer, failures: z.array(OfferMatchReason) });
export const OfferMatches = z.object({
  eligible: z.array(OfferMatch),
  ineligible: z.array(IneligibleOffer),
});
export type OfferMatches = z.infer<typeof OfferMatches>;
