import { type Permission, rolePermissions } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { invalid, notFound } from '../http/errors.js';

export type ViewCentre = { id: string; countryCode: string; code: string; name: string };

/** What one indicator request counts: these centres' records, suppressed or not. */
export type IndicatorView = {
  centres: ViewCentre[];
  countryCodes: string[];
  /** For the analyst (and any role held for all countries) and for every view across countries. */
  isSuppressed: boolean;
};

type Reach = { isGlobal: boolean; countryCodes: Set<string>; centreIds: Set<string> };

/**
 * Global memberships (analyst, admin) reach every centre but only as suppressed aggregates;
 * country and centre memberships reach their own records in full.
 */
function reachOf(actor: Actor): { full: Reach; suppressedOnly: boolean } {
  const full: Reach = { isGlobal: false, countryCodes: new Set(), centreIds: new Set() };
  let suppressedOnly = false;
  const permission: Permission = 'indicators.read';
  for (const m of actor.memberships) {
    if (!(rolePermissions[m.role] as readonly Permission[]).includes(permission)) continue;
    if (m.scopeType === 'all') suppressedOnly = true;
    else if (m.scopeType === 'country' && m.countryCode) full.countryCodes.add(m.countryCode);
    else if (m.scopeType === 'centre' && m.centreId) full.centreIds.add(m.centreId);
  }
  return { full, suppressedOnly };
}

const inReach = (reach: Reach, c: ViewCentre) =>
  reach.isGlobal || reach.countryCodes.has(c.countryCode) || reach.centreIds.has(c.id);

/**
 * The centres a request covers, from the actor's reach and the country/centre filters. A country
 * or centre outside the reach answers 404 exactly as one that does not exist.
 */
export async function resolveView(
  db: Kysely<DB>,
  actor: Actor,
  filters: { country?: string | undefined; centre?: string | undefined },
): Promise<IndicatorView> {
  const all = (
    await db
      .selectFrom('centres')
      .select(['id', 'country_code', 'code', 'name'])
      .orderBy('country_code')
      .orderBy('code')
      .execute()
  ).map((c) => ({ id: c.id, countryCode: c.country_code, code: c.code, name: c.name }));
  const { full, suppressedOnly } = reachOf(actor);
  const reachable = all.filter((c) => suppressedOnly || inReach(full, c));

  let centres = reachable;
  if (filters.centre) {
    centres = reachable.filter((c) => c.id === filters.centre);
    if (!centres.length) throw notFound('centre');
    if (filters.country && centres[0]?.countryCode !== filters.country)
      throw invalid('centre', 'is not a centre of the chosen country');
  } else if (filters.country) {
    centres = reachable.filter((c) => c.countryCode === filters.country);
    if (!centres.length) throw notFound('country');
  }
  if (!centres.length) throw notFound('centre');

  const countryCodes = [...new Set(centres.map((c) => c.countryCode))];
  const isFullyReached = centres.every((c) => inReach(full, c));
  return { centres, countryCodes, isSuppressed: !isFullyReached || countryCodes.length > 1 };
}
