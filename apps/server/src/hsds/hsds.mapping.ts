import {
  type Eligibility,
  HSDS_CATEGORY_TAXONOMY,
  type HsdsDataset,
  type HsdsServiceStatus,
  type OfferCategory,
  type OfferStatus,
  offerCategories,
} from '@pathways/contracts';
import { v5 as uuidv5 } from 'uuid';
import type { OfferRecord, PartnerRecord } from './hsds.records.js';

/**
 * Pathways ⇄ HSDS 3.0. Records HSDS splits out of a service (its location, schedule, languages,
 * cost, category) have no id of their own in Pathways: their ids are UUIDv5 of the owner's id
 * and their role, so exporting twice, or exporting what an import wrote, gives the same ids.
 */

// A fixed namespace for Pathways' derived HSDS ids (random once, never to change).
const NAMESPACE = '6f0c2d1e-5b7a-4c39-9a8e-2d4b1f3e7a90';
export const derivedId = (...parts: string[]) => uuidv5(parts.join('/'), NAMESPACE);

export const CATEGORY_TAXONOMY_ID = derivedId('taxonomy', HSDS_CATEGORY_TAXONOMY);
export const categoryTermId = (category: OfferCategory) =>
  derivedId('taxonomy', HSDS_CATEGORY_TAXONOMY, category);

const categoryLabels: Record<OfferCategory, string> = {
  vocational_training: 'Vocational training',
  qualification: 'Qualification',
  pre_integration_language_course: 'Pre-integration language course',
  job_search_support: 'Job-search support',
  job_placement: 'Job placement',
  business_start_up: 'Business start-up support',
  psychosocial_support: 'Psychosocial support',
  health: 'Health',
  shelter_emergency: 'Shelter and emergency support',
  reintegration_assistance: 'Reintegration assistance',
  recognition_support: 'Recognition of qualifications',
  information_event: 'Information event',
};

// Pathways has four statuses and HSDS four: a one-to-one map, so status survives a round trip.
const statusToHsds: Record<OfferStatus, HsdsServiceStatus> = {
  active: 'active',
  draft: 'inactive',
  paused: 'temporarily closed',
  closed: 'defunct',
};
const statusFromHsds = Object.fromEntries(
  Object.entries(statusToHsds).map(([ours, theirs]) => [theirs, ours]),
) as Record<HsdsServiceStatus, OfferStatus>;
export const offerStatusOf = (status: HsdsServiceStatus): OfferStatus => statusFromHsds[status];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The taxonomy of offer categories, every term listed so a file can be checked against it. */
export function categoryTaxonomy(): Pick<HsdsDataset, 'taxonomies' | 'taxonomy_terms'> {
  return {
    taxonomies: [
      {
        id: CATEGORY_TAXONOMY_ID,
        name: HSDS_CATEGORY_TAXONOMY,
        description: 'Categories of offers (measures) in Pathways.',
        version: '1',
      },
    ],
    taxonomy_terms: offerCategories.map((category) => ({
      id: categoryTermId(category),
      code: category,
      name: categoryLabels[category],
      description: categoryLabels[category],
      taxonomy_id: CATEGORY_TAXONOMY_ID,
      language: 'en',
    })),
  };
}

/** A plain-English summary for HSDS readers who do not know the x_pathways extension. */
export function describeEligibility(e: Eligibility): string | undefined {
  const parts: string[] = [];
  if (e.sexes.length === 1 && e.sexes[0] === 'female') parts.push('Women only.');
  else if (e.sexes.length) parts.push(`Sex: ${e.sexes.join(', ')}.`);
  if (e.clientGroups.length)
    parts.push(`For: ${e.clientGroups.map((g) => g.replaceAll('_', ' ')).join(', ')}.`);
  if (e.minAge !== undefined && e.maxAge !== undefined) parts.push(`Ages ${e.minAge} to ${e.maxAge}.`);
  else if (e.minAge !== undefined) parts.push(`Aged ${e.minAge} or over.`);
  else if (e.maxAge !== undefined) parts.push(`Aged ${e.maxAge} or under.`);
  if (e.minEducationIsced !== undefined)
    parts.push(`Education: ISCED level ${e.minEducationIsced} or above.`);
  if (e.language) {
    const name = languageNames.of(e.language.code) ?? e.language.code;
    parts.push(`${name} at level ${e.language.minLevel} or above.`);
  }
  if (e.regions.length) parts.push(`Regions: ${e.regions.join(', ')}.`);
  return parts.length ? parts.join(' ') : undefined;
}

function organizationOf(p: PartnerRecord) {
  return {
    id: p.id,
    name: p.name,
    description: p.description ?? '',
    ...(p.website ? { website: p.website } : {}),
    contacts: p.contacts.map((c, index) => {
      const contactId = derivedId(p.id, 'contact', String(index));
      return {
        id: contactId,
        organization_id: p.id,
        name: c.name,
        ...(c.role ? { title: c.role } : {}),
        ...(c.email ? { email: c.email } : {}),
        phones: c.phone
          ? [{ id: derivedId(contactId, 'phone'), contact_id: contactId, number: c.phone }]
          : [],
      };
    }),
    x_pathways: { type: p.type },
  };
}

function serviceOf(o: OfferRecord) {
  const { en: _enTitle, ...titleTranslations } = o.title;
  const { en: description, ...descriptionTranslations } = o.description;
  const eligibilityText = describeEligibility(o.eligibility);
  return {
    id: o.id,
    organization_id: o.partnerOrganisationId,
    name: o.title.en,
    ...(description ? { description } : {}),
    status: statusToHsds[o.status],
    ...(eligibilityText ? { eligibility_description: eligibilityText } : {}),
    ...(o.eligibility.minAge !== undefined ? { minimum_age: o.eligibility.minAge } : {}),
    ...(o.eligibility.maxAge !== undefined ? { maximum_age: o.eligibility.maxAge } : {}),
    x_pathways: {
      title_translations: titleTranslations,
      description_translations: descriptionTranslations,
      eligibility: o.eligibility,
      centre_ids: o.centreIds,
      capacity: o.capacity,
      seats_left: o.seatsLeft,
      sessions: o.schedule.sessions ?? null,
      delivery_mode: o.deliveryMode,
    },
  };
}

/** One country's directory (or the part of it the reader may see) as an HSDS document. */
export function toHsdsDataset(
  countryCode: string,
  partners: PartnerRecord[],
  offers: OfferRecord[],
): HsdsDataset {
  const dataset: HsdsDataset = {
    organizations: partners.map(organizationOf),
    services: offers.map(serviceOf),
    locations: [],
    service_at_locations: [],
    schedules: [],
    languages: [],
    cost_options: [],
    ...categoryTaxonomy(),
    attributes: [],
  };
  for (const o of offers) {
    dataset.attributes.push({
      id: derivedId(o.id, 'category'),
      link_id: o.id,
      link_entity: 'service',
      taxonomy_term_id: categoryTermId(o.category),
    });
    for (const code of o.languages) {
      const name = languageNames.of(code);
      dataset.languages.push({
        id: derivedId(o.id, 'language', code),
        service_id: o.id,
        code,
        ...(name ? { name } : {}),
      });
    }
    const { startsOn, endsOn, note } = o.schedule;
    if (startsOn || endsOn || note) {
      dataset.schedules.push({
        id: derivedId(o.id, 'schedule'),
        service_id: o.id,
        ...(startsOn ? { valid_from: startsOn } : {}),
        ...(endsOn ? { valid_to: endsOn } : {}),
        ...(note ? { description: note } : {}),
      });
    }
    if (o.cost) {
      dataset.cost_options.push({
        id: derivedId(o.id, 'cost'),
        service_id: o.id,
        amount: o.cost.amount,
        currency: o.cost.currency,
        ...(o.cost.note ? { option: o.cost.note } : {}),
      });
    }
    if (o.location) {
      dataset.locations.push(locationOf(countryCode, o.id, o.partnerOrganisationId, o.location));
      dataset.service_at_locations.push({
        id: derivedId(o.id, 'service_at_location'),
        service_id: o.id,
        location_id: derivedId(o.id, 'location'),
      });
    }
  }
  return dataset;
}

function locationOf(
  countryCode: string,
  offerId: string,
  organizationId: string,
  location: NonNullable<OfferRecord['location']>,
) {
  const locationId = derivedId(offerId, 'location');
  const hasAddress = Boolean(location.address || location.city);
  return {
    id: locationId,
    location_type: 'physical' as const,
    organization_id: organizationId,
    name: location.name,
    ...(location.latitude !== undefined ? { latitude: location.latitude } : {}),
    ...(location.longitude !== undefined ? { longitude: location.longitude } : {}),
    // HSDS requires these address fields; Pathways has no province or postcode, so they stay empty.
    addresses: hasAddress
      ? [
          {
            id: derivedId(offerId, 'address'),
            location_id: locationId,
            address_1: location.address ?? '',
            city: location.city ?? '',
            state_province: '',
            postal_code: '',
            country: countryCode,
            address_type: 'physical' as const,
          },
        ]
      : [],
  };
}
