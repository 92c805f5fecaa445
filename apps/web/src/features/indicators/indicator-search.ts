import {
  type ClientGroup,
  clientGroups,
  type IndicatorDimension,
  type Locale,
  sexes,
} from '@pathways/contracts';
import { isIsoDate, isPeriodKey, type PeriodSearch } from './period-pick';

type Sex = (typeof sexes)[number];

/**
 * The dashboard's filters, kept in the URL so a view can be shared and printed: codes and ids
 * only (period, country, centre, client group, sex), never anything about a person.
 */
export type IndicatorSearch = PeriodSearch & {
  country?: string;
  centre?: string;
  clientGroup?: ClientGroup;
  sex?: Sex;
};

const COUNTRY = /^[A-Z]{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps what is well formed and drops the rest (a hand-edited URL never breaks the page). */
export function parseIndicatorSearch(raw: Record<string, unknown>): IndicatorSearch {
  const search: IndicatorSearch = {};
  if (isPeriodKey(raw.period)) search.period = raw.period;
  else if (isIsoDate(raw.from) && isIsoDate(raw.to) && raw.from <= raw.to) {
    search.from = raw.from;
    search.to = raw.to;
  }
  if (typeof raw.country === 'string' && COUNTRY.test(raw.country)) search.country = raw.country;
  if (typeof raw.centre === 'string' && UUID.test(raw.centre)) search.centre = raw.centre.toLowerCase();
  const group = clientGroups.find((value) => value === raw.clientGroup);
  if (group) search.clientGroup = group;
  const sex = sexes.find((value) => value === raw.sex);
  if (sex) search.sex = sex;
  return search;
}

/** The query string of /api/indicators (and its exports, with `lang`) for these filters. */
export function indicatorQueryString(
  search: IndicatorSearch,
  breakdown: IndicatorDimension,
  lang?: Locale,
): string {
  const params = new URLSearchParams();
  const values: [string, string | undefined][] = [
    ['period', search.period],
    ['from', search.period ? undefined : search.from],
    ['to', search.period ? undefined : search.to],
    ['country', search.country],
    ['centre', search.centre],
    ['clientGroup', search.clientGroup],
    ['sex', search.sex],
    ['breakdown', breakdown],
    ['lang', lang],
  ];
  for (const [key, value] of values) if (value) params.set(key, value);
  return params.toString();
}

export type ExportFormat = 'csv' | 'xlsx';

/** A download link: the filters only, as GET parameters (the session cookie does the rest). */
export const exportHref = (
  search: IndicatorSearch,
  breakdown: IndicatorDimension,
  format: ExportFormat,
  lang: Locale,
) => `/api/indicators/export.${format}?${indicatorQueryString(search, breakdown, lang)}`;

/** Drilling down: a country clears the centre; a centre keeps its country. */
export const withCountry = (search: IndicatorSearch, country: string | undefined): IndicatorSearch => {
  const { country: _, centre: __, ...rest } = search;
  return country ? { ...rest, country } : rest;
};

export const withCentre = (
  search: IndicatorSearch,
  centre: string | undefined,
  countryOfCentre?: string,
): IndicatorSearch => {
  const { centre: _, ...rest } = search;
  if (!centre) return rest;
  return { ...rest, ...(countryOfCentre ? { country: countryOfCentre } : {}), centre };
};
