import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { DB } from '../db/schema.js';

/**
 * The partners and offers a scope reaches. Partners and offers belong to a country, not a
 * centre, so centre staff reach their centres' countries; partner staff reach their own
 * organisation only. An empty reach reaches nothing.
 */
export type PartnerReach = { isGlobal: boolean; countryCodes: string[]; partnerOrganisationIds: string[] };

export async function partnerReachOf(db: Kysely<DB> | Transaction<DB>, scope: Scope): Promise<PartnerReach> {
  if (scope.isGlobal) return { isGlobal: true, countryCodes: [], partnerOrganisationIds: [] };
  const countryCodes = new Set(scope.countryCodes);
  if (scope.centreIds.length) {
    const rows = await db
      .selectFrom('centres')
      .select('country_code')
      .where('id', 'in', scope.centreIds)
      .execute();
    for (const r of rows) countryCodes.add(r.country_code);
  }
  return {
    isGlobal: false,
    countryCodes: [...countryCodes],
    partnerOrganisationIds: [...scope.partnerOrganisationIds],
  };
}

export function reachesCountry(reach: PartnerReach, countryCode: string): boolean {
  return reach.isGlobal || reach.countryCodes.includes(countryCode);
}

/** A WHERE condition on a row's country and partner columns: true only for rows in reach. */
export function isInReach(reach: PartnerReach, countryColumn: string, partnerColumn: string) {
  if (reach.isGlobal) return sql<boolean>`true`;
  const parts = [
    ...(reach.countryCodes.length
      ? [sql`${sql.ref(countryColumn)} IN (${sql.join(reach.countryCodes)})`]
      : []),
    ...(reach.partnerOrganisationIds.length
      ? [sql`${sql.ref(partnerColumn)} IN (${sql.join(reach.partnerOrganisationIds)})`]
      : []),
  ];
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` OR `)})` : sql<boolean>`false`;
}
