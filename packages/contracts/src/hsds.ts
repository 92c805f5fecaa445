import { z } from 'zod';
import { CountryCode, Uuid } from './common.js';
import { DeliveryMode, Eligibility } from './offers.js';
import { PartnerType } from './reference.js';

/**
 * Open Referral HSDS 3.0 as Pathways exchanges it: one JSON document with a flat array per
 * table (the tabular shape), contacts nested in organizations and addresses in locations.
 * HSDS objects accept properties they do not define (HSDS 3.0 "Extending HSDS"), so records
 * are loose objects: foreign fields pass and are ignored. What HSDS has no field for travels
 * in `x_pathways`, a documented additional property, strict so typos are caught.
 */

export const HSDS_VERSION = '3.0';
/** The taxonomy whose terms are the offer categories of `offerCategories`. */
export const HSDS_CATEGORY_TAXONOMY = 'pathways-offer-category';

const Id = z.uuid();
const IsoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional HSDS strings: publishers write `null` as often as they leave a field out. */
const maybe = <T extends z.ZodType>(schema: T) => schema.nullish();
const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'use an ISO 639-1 or 639-3 code in lower case');
const Translations = z.strictObject({ fr: text(2000).optional(), ar: text(2000).optional() });

// HSDS caps no lengths; these are Pathways' own limits, so a file that fits here fits the tables.

export const HsdsPhone = z.looseObject({
  id: Id,
  contact_id: maybe(Id),
  number: z.string().regex(/^\+[1-9]\d{6,14}$/, 'use international format, e.g. +233201234567'),
});

export const HsdsContact = z.looseObject({
  id: Id,
  organization_id: maybe(Id),
  name: text(200),
  title: maybe(z.string().trim().max(120)),
  email: maybe(z.email().max(254)),
  phones: z.array(HsdsPhone).max(1, 'Pathways keeps one phone number per contact').optional(),
});

export const HsdsOrganizationExtension = z.strictObject({ type: PartnerType.optional() });

export const HsdsOrganization = z.looseObject({
  id: Id,
  name: text(200),
  /** Required by HSDS; an empty string when Pathways has none. */
  description: maybe(z.string().trim().max(2000)),
  website: maybe(z.url().max(500)),
  /** Absent: an import leaves the partner's contacts as they are; `[]` clears them. */
  contacts: z.array(HsdsContact).max(20).optional(),
  x_pathways: HsdsOrganizationExtension.optional(),
});
export type HsdsOrganization = z.infer<typeof HsdsOrganization>;

/**
 * Offer fields HSDS has no place for. On import a missing key keeps what the offer has (a new
 * offer gets the default), so a file passed through a tool that drops unknown fields loses nothing.
 */
export const HsdsServiceExtension = z.strictObject({
  /** Translations of `name` (which is the English title). */
  title_translations: Translations.optional(),
  /** Translations of `description` (which is the English one). */
  description_translations: Translations.optional(),
  /** Structured eligibility as the offers API has it; the service's minimum_age/maximum_age win. */
  eligibility: Eligibility.optional(),
  centre_ids: z.array(Uuid).max(50).optional(),
  /** `null`: no seat limit. */
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  /** Read for new offers only: enrolments keep an existing offer's count. */
  seats_left: z.number().int().min(0).max(100_000).nullable().optional(),
  sessions: z.number().int().min(1).max(1000).nullable().optional(),
  delivery_mode: DeliveryMode.optional(),
});
export type HsdsServiceExtension = z.infer<typeof HsdsServiceExtension>;

export const hsdsServiceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const HsdsServiceStatus = z.enum(hsdsServiceStatuses);
export type HsdsServiceStatus = z.infer<typeof HsdsServiceStatus>;

export const HsdsService = z.looseObject({
  id: Id,
  organization_id: Id,
  /** The English title. */
  name: text(2000),
  description: maybe(z.string().trim().max(4000)),
  status: HsdsServiceStatus,
  /** Written from the structured eligibility on export; not read back (x_pathways carries it). */
  eligibility_description: maybe(z.string().max(4000)),
  minimum_age: maybe(z.number().int().min(0).max(120)),
  maximum_age: maybe(z.number().int().min(0).max(120)),
  x_pathways: HsdsServiceExtension.optional(),
});
export type HsdsService = z.infer<typeof HsdsService>;

export const HsdsAddress = z.looseObject({
  id: Id,
  location_id: maybe(Id),
  address_1: z.string().trim().max(300),
  city: z.string().trim().max(100),
  state_province: maybe(z.string().max(100)),
  postal_code: maybe(z.string().max(20)),
  country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code'),
  address_type: z.enum(['physical', 'postal', 'virtual']),
});

export const HsdsLocation = z.looseObject({
  id: Id,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  organization_id: maybe(Id),
  name: maybe(z.string().trim().max(200)),
  latitude: maybe(z.number().min(-90).max(90)),
  longitude: maybe(z.number().min(-180).max(180)),
  addresses: z.array(HsdsAddress).max(1, 'Pathways keeps one address per location').optional(),
});
export type HsdsLocation = z.infer<typeof HsdsLocation>;

export const HsdsServiceAtLocation = z.looseObject({
  id: Id,
  service_id: Id,
  location_id: Id,
  description: maybe(z.string()),
});

/** Pathways reads a service's dates and note; recurrence fields (freq, byday, …) pass unread. */
export const HsdsSchedule = z.looseObject({
  id: Id,
  service_id: Id,
  valid_from: maybe(IsoDate),
  valid_to: maybe(IsoDate),
  description: maybe(z.string().trim().max(300)),
});

export const HsdsLanguage = z.looseObject({
  id: Id,
  service_id: Id,
  name: maybe(z.string().max(100)),
  code: LanguageCode,
});

export const HsdsCostOption = z.looseObject({
  id: Id,
  service_id: Id,
  amount: z.number().min(0).max(1_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 currency code'),
  option: maybe(z.string().trim().max(300)),
});

export const HsdsTaxonomy = z.looseObject({
  id: Id,
  name: text(200),
  description: maybe(z.string()),
  uri: maybe(z.string()),
  version: maybe(z.string()),
});

export const HsdsTaxonomyTerm = z.looseObject({
  id: Id,
  code: maybe(z.string().max(200)),
  name: text(500),
  description: maybe(z.string()),
  taxonomy_id: maybe(Id),
  parent_id: maybe(Id),
  language: maybe(z.string()),
});

export const HsdsAttribute = z.looseObject({
  id: Id,
  link_id: Id,
  link_entity: z.string().min(1).max(50),
  link_type: maybe(z.string()),
  taxonomy_term_id: Id,
  value: maybe(z.string()),
});

/** The document the export returns and the import takes. A missing table counts as empty. */
export const HsdsDataset = z.strictObject({
  organizations: z.array(HsdsOrganization).max(5_000).default([]),
  services: z.array(HsdsService).max(10_000).default([]),
  locations: z.array(HsdsLocation).max(10_000).default([]),
  service_at_locations: z.array(HsdsServiceAtLocation).max(10_000).default([]),
  schedules: z.array(HsdsSchedule).max(10_000).default([]),
  languages: z.array(HsdsLanguage).max(50_000).default([]),
  cost_options: z.array(HsdsCostOption).max(10_000).default([]),
  taxonomies: z.array(HsdsTaxonomy).max(100).default([]),
  taxonomy_terms: z.array(HsdsTaxonomyTerm).max(10_000).default([]),
  attributes: z.array(HsdsAttribute).max(50_000).default([]),
});
export type HsdsDataset = z.infer<typeof HsdsDataset>;
export type HsdsDatasetInput = z.input<typeof HsdsDataset>;

export const HsdsExportQuery = z.strictObject({ country: CountryCode });
export const HsdsImportQuery = HsdsExportQuery;

const Counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Already identical: left alone, version not bumped. */
  unchanged: z.number().int(),
});
export const HsdsImportSummary = z.object({ organizations: Counts, services: Counts });
export type HsdsImportSummary = z.infer<typeof HsdsImportSummary>;
