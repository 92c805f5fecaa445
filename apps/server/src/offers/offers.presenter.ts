import type {
  ClientGroup,
  Eligibility,
  Locale,
  LocalisedText,
  Offer,
  OfferCategory,
  PublicOffer,
} from '@pathways/contracts';
import type { OfferRow, PublicOfferRow } from './offers.repo.js';

type Stored<T> = Partial<T> | null;
type Schedule = Offer['schedule'];
type Cost = NonNullable<Offer['cost']>;
type Location = NonNullable<Offer['location']>;

// Rows stored by older code or imported may lack the list defaults: fill them on the way out.
export function presentEligibility(stored: unknown): Eligibility {
  const e = (stored ?? {}) as Stored<Eligibility> & {};
  return {
    clientGroups: e.clientGroups ?? [],
    sexes: e.sexes ?? [],
    minAge: e.minAge,
    maxAge: e.maxAge,
    minEducationIsced: e.minEducationIsced,
    language: e.language ? { code: e.language.code, minLevel: e.language.minLevel } : undefined,
    regions: e.regions ?? [],
  };
}

function presentLocalised(stored: Record<string, string>): Partial<LocalisedText> {
  return { en: stored.en, fr: stored.fr, ar: stored.ar };
}

function presentSchedule(stored: unknown): Schedule {
  const s = (stored ?? {}) as Stored<Schedule> & {};
  return { startsOn: s.startsOn, endsOn: s.endsOn, sessions: s.sessions, note: s.note };
}

function presentCost(stored: unknown): Cost | null {
  const c = stored as Stored<Cost>;
  if (!c || c.amount === undefined || !c.currency) return null;
  return { amount: c.amount, currency: c.currency, note: c.note };
}

function presentLocation(stored: unknown): Location | null {
  const l = stored as Stored<Location>;
  if (!l?.name) return null;
  return { name: l.name, address: l.address, city: l.city, latitude: l.latitude, longitude: l.longitude };
}

export function presentOffer(row: OfferRow): Offer {
  return {
    id: row.id,
    countryCode: row.country_code,
    partnerOrganisationId: row.partner_organisation_id,
    partnerName: row.partner_name,
    partnerType: row.partner_type as Offer['partnerType'],
    category: row.category as OfferCategory,
    centreIds: row.centre_ids,
    title: presentLocalised(row.title) as LocalisedText,
    description: presentLocalised(row.description),
    eligibility: presentEligibility(row.eligibility),
    capacity: row.capacity,
    seatsLeft: row.seats_left,
    schedule: presentSchedule(row.schedule),
    cost: presentCost(row.cost),
    deliveryMode: row.delivery_mode as Offer['deliveryMode'],
    languages: row.languages,
    location: presentLocation(row.location),
    status: row.status as Offer['status'],
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * The language a reader gets: the one asked for when the offer has its title (and, if it has a
 * description at all, its description) in it; English otherwise, which every offer has.
 */
export function languageFor(
  title: Record<string, string>,
  description: Record<string, string>,
  asked: Locale,
): Locale {
  const hasDescription = Object.values(description).some(Boolean);
  return title[asked] && (!hasDescription || description[asked]) ? asked : 'en';
}

/** Only what a member of the public needs to find a measure: no contacts, no staff, no capacity. */
export function presentPublicOffer(row: PublicOfferRow, asked: Locale): PublicOffer {
  const language = languageFor(row.title, row.description, asked);
  const eligibility = presentEligibility(row.eligibility);
  const cost = presentCost(row.cost);
  return {
    id: row.id,
    countryCode: row.country_code,
    providerName: row.provider_name,
    category: row.category as OfferCategory,
    title: row.title[language] ?? row.title.en ?? '',
    description: row.description[language] ?? '',
    language,
    womenOnly: eligibility.sexes.length === 1 && eligibility.sexes[0] === 'female',
    clientGroups: eligibility.clientGroups as ClientGroup[],
    minAge: eligibility.minAge ?? null,
    maxAge: eligibility.maxAge ?? null,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    seatsLeft: row.seats_left,
    free: cost?.amount === 0,
    cost,
    deliveryMode: row.delivery_mode as PublicOffer['deliveryMode'],
    languages: row.languages,
    city: presentLocation(row.location)?.city ?? null,
  };
}
