import type { Membership, Role, ScopeType } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** Memberships of the given users with the human name of each scope, keyed by user id. */
export async function listMembershipsOf(
  db: Kysely<DB>,
  userIds: string[],
): Promise<Map<string, Membership[]>> {
  const byUser = new Map<string, Membership[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('memberships as m')
    .leftJoin('countries as co', 'co.code', 'm.country_code')
    .leftJoin('centres as ce', 'ce.id', 'm.centre_id')
    .leftJoin('partner_organisations as p', 'p.id', 'm.partner_organisation_id')
    .select([
      'm.id',
      'm.user_id',
      'm.role',
      'm.scope_type',
      'm.country_code',
      'm.centre_id',
      'm.partner_organisation_id',
      'co.name as country_name',
      'ce.city as centre_city',
      'p.name as partner_name',
    ])
    .where('m.user_id', 'in', userIds)
    .orderBy('m.role')
    .execute();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({
      id: r.id,
      role: r.role as Role,
      scopeType: r.scope_type as ScopeType,
      countryCode: r.country_code,
      centreId: r.centre_id,
      partnerOrganisationId: r.partner_organisation_id,
      scopeName: r.partner_name ?? r.centre_city ?? r.country_name ?? null,
    });
    byUser.set(r.user_id, list);
  }
  return byUser;
}
