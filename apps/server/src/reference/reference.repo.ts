import type { Country, PartnerOrganisation } from '@pathways/contracts';
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { userInScope } from '../users/users.scope.js';

/** Countries and their centres: reference data, the same for every signed-in user. */
export async function listCountriesWithCentres(db: Kysely<DB>): Promise<Country[]> {
  const [countries, centres] = await Promise.all([
    db.selectFrom('countries').selectAll().orderBy('name').execute(),
    db.selectFrom('centres').selectAll().orderBy('city').execute(),
  ]);
  return countries.map((c) => ({
    code: c.code,
    name: c.name,
    status: c.status,
    uiLanguages: c.ui_languages,
    partnerInstitution: c.partner_institution,
    centres: centres
      .filter((ce) => ce.country_code === c.code)
      .map((ce) => ({
        id: ce.id,
        countryCode: ce.country_code,
        code: ce.code,
        name: ce.name,
        city: ce.city,
        operator: ce.operator,
        timeZone: ce.time_zone,
        languages: ce.languages,
        status: ce.status,
      })),
  }));
}

/** Countries a scope touches: its countries, plus the countries of its centres and partners. */
export async function countriesOfScope(db: Kysely<DB>, scope: Scope): Promise<string[]> {
  if (scope.isGlobal) return (await db.selectFrom('countries').select('code').execute()).map((r) => r.code);
  const codes = new Set(scope.countryCodes);
  if (scope.centreIds.length) {
    const rows = await db
      .selectFrom('centres')
      .select('country_code')
      .where('id', 'in', scope.centreIds)
      .execute();
    for (const r of rows) codes.add(r.country_code);
  }
  if (scope.partnerOrganisationIds.length) {
    const rows = await db
      .selectFrom('partner_organisations')
      .select('country_code')
      .where('id', 'in', scope.partnerOrganisationIds)
      .execute();
    for (const r of rows) codes.add(r.country_code);
  }
  return [...codes];
}

export async function listPartnerOrganisations(
  db: Kysely<DB>,
  filter: { countryCodes: string[] | 'all'; ids: string[] },
): Promise<PartnerOrganisation[]> {
  const { countryCodes, ids } = filter;
  if (countryCodes !== 'all' && countryCodes.length === 0 && ids.length === 0) return [];
  const rows = await db
    .selectFrom('partner_organisations')
    .select(['id', 'country_code', 'name', 'type'])
    .$if(countryCodes !== 'all', (q) =>
      q.where((eb) =>
        eb.or([
          ...(countryCodes !== 'all' && countryCodes.length ? [eb('country_code', 'in', countryCodes)] : []),
          ...(ids.length ? [eb('id', 'in', ids)] : []),
        ]),
      ),
    )
    .orderBy('country_code')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    countryCode: r.country_code,
    name: r.name,
    type: r.type as PartnerOrganisation['type'],
  }));
}

/** Centres a scope reaches directly: all, those of its countries, or its own. */
export async function countCentres(db: Kysely<DB>, scope: Scope): Promise<number> {
  if (!scope.isGlobal && !scope.countryCodes.length && !scope.centreIds.length) return 0;
  const row = await db
    .selectFrom('centres')
    .select(sql<number>`count(*)::int`.as('n'))
    .$if(!scope.isGlobal, (q) =>
      q.where((eb) =>
        eb.or([
          ...(scope.countryCodes.length ? [eb('country_code', 'in', scope.countryCodes)] : []),
          ...(scope.centreIds.length ? [eb('id', 'in', scope.centreIds)] : []),
        ]),
      ),
    )
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Active users holding a membership inside the scope (a global scope counts everyone). */
export async function countActiveUsers(db: Kysely<DB>, scope: Scope): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('status', '=', 'active')
    .where(userInScope(scope))
    .executeTakeFirstOrThrow();
  return row.n;
}
