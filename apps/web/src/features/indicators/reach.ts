import {
  type Country,
  type IndicatorDimension,
  type Membership,
  type Permission,
  rolePermissions,
} from '@pathways/contracts';
import type { IndicatorSearch } from './indicator-search';

export type ReachCentre = { id: string; name: string; countryCode: string };
export type ReachCountry = { code: string; name: string; centres: ReachCentre[] };

/**
 * The countries and centres whose figures the user may ask for, as the server decides them
 * (apps/server/src/indicators/indicators.scope.ts): a global membership reaches every centre but
 * only as suppressed aggregates; country and centre memberships reach their own in full.
 */
export type Reach = { countries: ReachCountry[]; isGlobal: boolean };

const readsIndicators = (m: Membership) =>
  (rolePermissions[m.role] as readonly Permission[]).includes('indicators.read');

export function reachOf(memberships: readonly Membership[], countries: readonly Country[]): Reach {
  const granting = memberships.filter(readsIndicators);
  const isGlobal = granting.some((m) => m.scopeType === 'all');
  const countryCodes = new Set(granting.flatMap((m) => (m.scopeType === 'country' ? [m.countryCode] : [])));
  const centreIds = new Set(granting.flatMap((m) => (m.scopeType === 'centre' ? [m.centreId] : [])));
  const reached = countries
    .map((country) => ({
      code: country.code,
      name: country.name,
      centres: country.centres
        .filter((c) => isGlobal || countryCodes.has(country.code) || centreIds.has(c.id))
        .map((c) => ({ id: c.id, name: c.name, countryCode: c.countryCode })),
    }))
    .filter((country) => country.centres.length > 0);
  return { countries: reached, isGlobal };
}

export type DrillLevel = 'country' | 'centre' | 'month';

/** Where the drill-down stands: the chosen (or only reachable) country and centre. */
export type Drill = {
  level: DrillLevel;
  country: ReachCountry | null;
  centre: ReachCentre | null;
  /** Whether the breadcrumb offers a way up to all countries / to the whole country. */
  canLeaveCountry: boolean;
  canLeaveCentre: boolean;
};

export function drillOf(reach: Reach, search: IndicatorSearch): Drill {
  const onlyCountry = reach.countries.length === 1 ? (reach.countries[0] ?? null) : null;
  const country = reach.countries.find((c) => c.code === search.country) ?? onlyCountry;
  const onlyCentre = country?.centres.length === 1 ? (country.centres[0] ?? null) : null;
  const centre = reach.countries.flatMap((c) => c.centres).find((c) => c.id === search.centre) ?? onlyCentre;
  return {
    level: centre ? 'month' : country ? 'centre' : 'country',
    country: centre ? (reach.countries.find((c) => c.code === centre.countryCode) ?? country) : country,
    centre,
    canLeaveCountry: reach.countries.length > 1,
    canLeaveCentre: (country?.centres.length ?? 0) > 1,
  };
}

/** The breakdown of the drill-down table at each level. */
export const breakdownOfLevel: Record<DrillLevel, IndicatorDimension> = {
  country: 'country',
  centre: 'centre',
  month: 'month',
};
