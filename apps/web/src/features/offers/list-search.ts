import { offerCategories, offerStatuses } from '@pathways/contracts';
import { isProgrammeCountry, type ProgrammeCountry } from './directory-countries';

// Filters live in the URL so a page can be shared or bookmarked. They describe offers only:
// nothing about a person ever goes into these parameters.

type Category = (typeof offerCategories)[number];
type Status = (typeof offerStatuses)[number];

const pick = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((candidate) => candidate === value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_QUERY = 100;

const textOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim().slice(0, MAX_QUERY);
  return text || undefined;
};

const pageOf = (value: unknown): number | undefined => {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 && page <= 1000 ? page : undefined;
};

/** Drops the keys whose value is undefined, so the URL carries only what is set. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

export type DirectorySearch = {
  country?: ProgrammeCountry;
  category?: Category;
  q?: string;
  page?: number;
};

export const parseDirectorySearch = (search: Record<string, unknown>): DirectorySearch => {
  const country = typeof search.country === 'string' ? search.country.toUpperCase() : undefined;
  return compact({
    country: isProgrammeCountry(country) ? country : undefined,
    category: pick(offerCategories, search.category),
    q: textOf(search.q),
    page: pageOf(search.page),
  });
};

export type OfferListSearch = {
  status?: Status;
  category?: Category;
  partner?: string;
  q?: string;
  page?: number;
};

export const parseOfferListSearch = (search: Record<string, unknown>): OfferListSearch =>
  compact({
    status: pick(offerStatuses, search.status),
    category: pick(offerCategories, search.category),
    partner: typeof search.partner === 'string' && UUID.test(search.partner) ? search.partner : undefined,
    q: textOf(search.q),
    page: pageOf(search.page),
  });
