import type { PartnerOrganisation, Summary } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor, Scope } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import type { DB } from '../db/schema.js';
import {
  countActiveUsers,
  countCentres,
  countriesOfScope,
  listPartnerOrganisations,
} from './reference.repo.js';

/**
 * Partners an actor may see: all for global roles; every partner of their countries for
 * country and centre staff (they refer clients to them); their own organisation for partner staff.
 */
function partnerFilter(scope: Scope, countryCodesOfStaff: string[]) {
  if (scope.isGlobal) return { countryCodes: 'all' as const, ids: [] };
  return { countryCodes: countryCodesOfStaff, ids: scope.partnerOrganisationIds };
}

async function staffCountries(db: Kysely<DB>, scope: Scope): Promise<string[]> {
  return countriesOfScope(db, { ...scope, partnerOrganisationIds: [] });
}

export async function listVisiblePartners(db: Kysely<DB>, actor: Actor): Promise<PartnerOrganisation[]> {
  const scope = scopeFor(actor, 'partners.read');
  return listPartnerOrganisations(db, partnerFilter(scope, await staffCountries(db, scope)));
}

export async function summarise(db: Kysely<DB>, actor: Actor): Promise<Summary> {
  const scope = scopeFor(actor, 'summary.read');
  const staff = await staffCountries(db, scope);
  const [countries, centres, partners, activeUsers] = await Promise.all([
    countriesOfScope(db, scope),
    countCentres(db, scope),
    listPartnerOrganisations(db, partnerFilter(scope, staff)),
    countActiveUsers(db, scope),
  ]);
  return { countries: countries.length, centres, partnerOrganisations: partners.length, activeUsers };
}
