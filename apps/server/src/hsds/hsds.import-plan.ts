import {
  type Eligibility,
  type HsdsDataset,
  type OfferCategory,
  offerCategories,
  type PartnerContact,
} from '@pathways/contracts';
import type { FieldError } from '../http/errors.js';
import { CATEGORY_TAXONOMY_ID, categoryTermId, offerStatusOf } from './hsds.mapping.js';
import type { OfferRecord, PartnerRecord } from './hsds.records.js';

/** What the import checks the file against: the country's directory as it stands. */
export type ImportContext = {
  countryCode: string;
  /** This country's partners and offers, by id. */
  partners: ReadonlyMap<string, PartnerRecord>;
  offers: ReadonlyMap<string, OfferRecord>;
  /** Ids of the file's organizations and services that other countries already use. */
  foreignOrganisationIds: ReadonlySet<string>;
  foreignOfferIds: ReadonlySet<string>;
  centreIds: ReadonlySet<string>;
};

export type ImportPlan = { partners: PartnerRecord[]; offers: OfferRecord[] };

const defaultEligibility: Eligibility = { clientGroups: [], sexes: [], regions: [] };
const builtInTerms = new Map<string, OfferCategory>(offerCategories.map((c) => [categoryTermId(c), c]));

type Service = HsdsDataset['services'][number];
/** The records of one service that the file spreads over other tables, with their positions. */
type ServiceParts = {
  schedule?: HsdsDataset['schedules'][number];
  cost?: HsdsDataset['cost_options'][number];
  location?: HsdsDataset['locations'][number];
  languages: string[];
  category?: OfferCategory;
};

/**
 * Checks the whole file against itself and the directory, and works out the records to write.
 * Errors name the field as `table[index].field`; any error means nothing is written.
 */
export function planImport(d: HsdsDataset, ctx: ImportContext): { errors: FieldError[]; plan?: ImportPlan } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => {
    errors.push({ field, message });
  };

  checkUniqueIds(d, fail);
  const organizationIds = new Set(d.organizations.map((o) => o.id));
  d.organizations.forEach((o, i) => {
    if (ctx.foreignOrganisationIds.has(o.id))
      fail(`organizations[${i}].id`, `is already used by an organization outside ${ctx.countryCode}`);
    o.contacts?.forEach((c, j) => {
      if (c.organization_id && c.organization_id !== o.id)
        fail(
          `organizations[${i}].contacts[${j}].organization_id`,
          'must be the id of the enclosing organization',
        );
      c.phones?.forEach((p, k) => {
        if (p.contact_id && p.contact_id !== c.id)
          fail(
            `organizations[${i}].contacts[${j}].phones[${k}].contact_id`,
            'must be the id of the enclosing contact',
          );
      });
    });
  });

  const parts = new Map<string, ServiceParts>(d.services.map((s) => [s.id, { languages: [] }]));
  const partsOf = (table: string, i: number, serviceId: string) => {
    const p = parts.get(serviceId);
    if (!p) fail(`${table}[${i}].service_id`, 'is not the id of a service in the file');
    return p;
  };

  d.services.forEach((s, i) => {
    if (ctx.foreignOfferIds.has(s.id))
      fail(`services[${i}].id`, `is already used by an offer outside ${ctx.countryCode}`);
    if (!organizationIds.has(s.organization_id) && !ctx.partners.has(s.organization_id))
      fail(
        `services[${i}].organization_id`,
        `is not an organization in the file or in ${ctx.countryCode}'s directory`,
      );
    if (s.minimum_age != null && s.maximum_age != null && s.minimum_age > s.maximum_age)
      fail(`services[${i}].maximum_age`, 'must not be below minimum_age');
    s.x_pathways?.centre_ids?.forEach((id, j) => {
      if (!ctx.centreIds.has(id))
        fail(`services[${i}].x_pathways.centre_ids[${j}]`, `is not a centre in ${ctx.countryCode}`);
    });
  });

  d.schedules.forEach((item, i) => {
    const p = partsOf('schedules', i, item.service_id);
    if (item.valid_from && item.valid_to && item.valid_from > item.valid_to)
      fail(`schedules[${i}].valid_to`, 'must not be before valid_from');
    if (!p) return;
    if (p.schedule) fail(`schedules[${i}].service_id`, 'a service has at most one schedule in Pathways');
    else p.schedule = item;
  });
  d.cost_options.forEach((item, i) => {
    const p = partsOf('cost_options', i, item.service_id);
    if (!p) return;
    if (p.cost) fail(`cost_options[${i}].service_id`, 'a service has at most one cost option in Pathways');
    else p.cost = item;
  });
  d.languages.forEach((item, i) => {
    const p = partsOf('languages', i, item.service_id);
    if (!p) return;
    if (p.languages.includes(item.code)) fail(`languages[${i}].code`, 'is listed twice for this service');
    else if (p.languages.length >= 10) fail(`languages[${i}]`, 'a service has at most 10 languages');
    else p.languages.push(item.code);
  });

  const locationIndex = new Map(d.locations.map((l, i) => [l.id, i]));
  d.service_at_locations.forEach((item, i) => {
    const p = partsOf('service_at_locations', i, item.service_id);
    const at = locationIndex.get(item.location_id);
    if (at === undefined)
      fail(`service_at_locations[${i}].location_id`, 'is not the id of a location in the file');
    if (!p || at === undefined) return;
    const location = d.locations[at] as HsdsDataset['locations'][number];
    if (p.location)
      fail(`service_at_locations[${i}].service_id`, 'a service has at most one location in Pathways');
    else if (location.location_type !== 'physical')
      fail(`locations[${at}].location_type`, 'Pathways keeps physical locations only');
    else if (!location.name) fail(`locations[${at}].name`, 'Pathways needs a name for a location');
    else p.location = location;
  });

  resolveCategories(d, ctx, parts, fail);

  const plan: ImportPlan = {
    partners: d.organizations.map((o) => partnerOf(o, ctx.partners.get(o.id))),
    offers: [],
  };
  d.services.forEach((s, i) => {
    const p = parts.get(s.id) as ServiceParts;
    const offer = offerOf(s, p, ctx.offers.get(s.id), (field, message) =>
      fail(`services[${i}].${field}`, message),
    );
    if (offer) plan.offers.push(offer);
  });
  return errors.length ? { errors } : { errors, plan };
}

function checkUniqueIds(d: HsdsDataset, fail: (field: string, message: string) => void) {
  const tables = [
    'organizations',
    'services',
    'locations',
    'service_at_locations',
    'schedules',
    'languages',
    'cost_options',
    'taxonomies',
    'taxonomy_terms',
    'attributes',
  ] as const;
  const check = (seen: Map<string, string>, id: string, path: string) => {
    const first = seen.get(id);
    if (first) fail(`${path}.id`, `repeats the id of ${first}`);
    else seen.set(id, path);
  };
  for (const table of tables) {
    const seen = new Map<string, string>();
    for (const [i, item] of d[table].entries()) check(seen, item.id, `${table}[${i}]`);
  }
  // Nested records are tables of their own in HSDS: ids are unique across all their parents.
  const contacts = new Map<string, string>();
  const phones = new Map<string, string>();
  for (const [i, o] of d.organizations.entries()) {
    for (const [j, c] of (o.contacts ?? []).entries()) {
      check(contacts, c.id, `organizations[${i}].contacts[${j}]`);
      for (const [k, p] of (c.phones ?? []).entries())
        check(phones, p.id, `organizations[${i}].contacts[${j}].phones[${k}]`);
    }
  }
  const addresses = new Map<string, string>();
  for (const [i, l] of d.locations.entries()) {
    for (const [j, a] of (l.addresses ?? []).entries())
      check(addresses, a.id, `locations[${i}].addresses[${j}]`);
  }
}

/** Categories come from attributes whose term is in the Pathways offer-category taxonomy. */
function resolveCategories(
  d: HsdsDataset,
  ctx: ImportContext,
  parts: Map<string, ServiceParts>,
  fail: (field: string, message: string) => void,
) {
  const taxonomyIds = new Set([CATEGORY_TAXONOMY_ID, ...d.taxonomies.map((t) => t.id)]);
  // Term id → category, or null for a term of some other taxonomy.
  const terms = new Map<string, OfferCategory | null>(builtInTerms);
  d.taxonomy_terms.forEach((t, i) => {
    if (t.taxonomy_id && !taxonomyIds.has(t.taxonomy_id))
      fail(`taxonomy_terms[${i}].taxonomy_id`, 'is not the id of a taxonomy in the file');
    const ours = t.taxonomy_id === CATEGORY_TAXONOMY_ID || builtInTerms.has(t.id);
    if (!ours) {
      terms.set(t.id, null);
      return;
    }
    const category = offerCategories.find((c) => c === t.code);
    if (!category)
      fail(`taxonomy_terms[${i}].code`, `is not an offer category of ${ctx.countryCode}'s Pathways`);
    else if (builtInTerms.has(t.id) && builtInTerms.get(t.id) !== category)
      fail(
        `taxonomy_terms[${i}].code`,
        `does not match the Pathways term with this id (${builtInTerms.get(t.id)})`,
      );
    else terms.set(t.id, category);
  });
  d.attributes.forEach((a, i) => {
    if (!terms.has(a.taxonomy_term_id)) {
      fail(`attributes[${i}].taxonomy_term_id`, 'is not a taxonomy term in the file or in Pathways');
      return;
    }
    if (a.link_entity !== 'service') return;
    const p = parts.get(a.link_id);
    if (!p) {
      fail(`attributes[${i}].link_id`, 'is not the id of a service in the file');
      return;
    }
    const category = terms.get(a.taxonomy_term_id);
    if (!category) return;
    if (p.category && p.category !== category)
      fail(`attributes[${i}].taxonomy_term_id`, 'a service has one offer category in Pathways');
    else p.category = category;
  });
}

function partnerOf(
  o: HsdsDataset['organizations'][number],
  existing: PartnerRecord | undefined,
): PartnerRecord {
  const contacts: PartnerContact[] | undefined = o.contacts?.map((c) => ({
    name: c.name,
    ...(c.title ? { role: c.title } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.phones?.[0] ? { phone: c.phones[0].number } : {}),
  }));
  return {
    id: o.id,
    name: o.name,
    // HSDS has no organization type; a new partner without the extension counts as an NGO.
    type: o.x_pathways?.type ?? existing?.type ?? 'ngo',
    website: o.website || null,
    description: o.description || null,
    contacts: contacts ?? existing?.contacts ?? [],
  };
}

const withoutEnglish = <T extends { en?: string }>(text: T | undefined) => {
  if (!text) return {};
  const { en: _en, ...rest } = text;
  return rest;
};

/**
 * One service as an offer. Standard HSDS fields say what they say; an x_pathways key left out
 * keeps the offer's current value (or the default for a new offer).
 */
function offerOf(
  s: Service,
  p: ServiceParts,
  existing: OfferRecord | undefined,
  fail: (field: string, message: string) => void,
): OfferRecord | undefined {
  const ext = s.x_pathways ?? {};
  const category = p.category ?? existing?.category;
  if (!category) fail('id', 'has no attribute with a term of the pathways-offer-category taxonomy');
  const languages = p.languages.length ? p.languages : (existing?.languages ?? []);
  if (!languages.length) fail('id', 'has no language in the languages table');

  const capacity = ext.capacity !== undefined ? ext.capacity : (existing?.capacity ?? null);
  let seatsLeft: number | null = null;
  if (capacity === null) {
    if (ext.seats_left != null) fail('x_pathways.seats_left', 'needs a capacity');
  } else if (ext.seats_left != null && ext.seats_left > capacity) {
    fail('x_pathways.seats_left', 'must not exceed the capacity');
  } else if (existing?.capacity != null && existing.seatsLeft != null) {
    // Enrolments keep an existing offer's count, and a file may be older than the last one:
    // its seats_left is not read. A new capacity keeps the seats already taken taken.
    seatsLeft = Math.max(0, capacity - (existing.capacity - existing.seatsLeft));
  } else {
    seatsLeft = ext.seats_left ?? capacity;
  }
  if (!category || !languages.length) return undefined;

  // Ages live in HSDS's own fields, which other tools edit: those win over the extension's copy.
  const {
    minAge: _min,
    maxAge: _max,
    ...conditions
  } = ext.eligibility ?? existing?.eligibility ?? defaultEligibility;
  const eligibility: Eligibility = {
    ...conditions,
    ...(s.minimum_age != null ? { minAge: s.minimum_age } : {}),
    ...(s.maximum_age != null ? { maxAge: s.maximum_age } : {}),
  };

  const schedule = p.schedule;
  const sessions = ext.sessions !== undefined ? ext.sessions : existing?.schedule.sessions;
  const location = p.location;
  const address = location?.addresses?.[0];
  return {
    id: s.id,
    partnerOrganisationId: s.organization_id,
    category,
    centreIds: ext.centre_ids ?? existing?.centreIds ?? [],
    title: { en: s.name, ...(ext.title_translations ?? withoutEnglish(existing?.title)) },
    description: {
      ...(s.description ? { en: s.description } : {}),
      ...(ext.description_translations ?? withoutEnglish(existing?.description)),
    },
    eligibility,
    capacity,
    seatsLeft,
    schedule: {
      ...(schedule?.valid_from ? { startsOn: schedule.valid_from } : {}),
      ...(schedule?.valid_to ? { endsOn: schedule.valid_to } : {}),
      ...(sessions != null ? { sessions } : {}),
      ...(schedule?.description ? { note: schedule.description } : {}),
    },
    cost: p.cost
      ? {
          amount: p.cost.amount,
          currency: p.cost.currency,
          ...(p.cost.option ? { note: p.cost.option } : {}),
        }
      : null,
    deliveryMode: ext.delivery_mode ?? existing?.deliveryMode ?? 'in_person',
    languages,
    location: location
      ? {
          name: location.name as string,
          ...(address?.address_1 ? { address: address.address_1 } : {}),
          ...(address?.city ? { city: address.city } : {}),
          ...(location.latitude != null ? { latitude: location.latitude } : {}),
          ...(location.longitude != null ? { longitude: location.longitude } : {}),
        }
      : null,
    status: offerStatusOf(s.status),
  };
}
