import { scopeTypeOfRole } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { appendAuditEvent } from '../audit/audit.repo.js';
import type { PasswordHasher } from '../auth/passwords.js';
import type { DB, MembershipsTable } from '../db/schema.js';
import { DEMO_COUNTRIES, DEMO_PASSWORD, demoPartners, listDemoAccountsWithNames } from './demo-data.js';
import { seedDemoOffers } from './demo-offers.js';

// Held for the seed's transaction so that two servers starting on one empty database seed once.
const SEED_LOCK_KEY = 727_003;

/**
 * Fills an empty installation with the demo: partners with their agreements and offers, and one
 * user per role and country.
 * Returns false (and writes nothing) when the database already has users.
 */
export async function seedDemo(db: Kysely<DB>, hasher: PasswordHasher): Promise<boolean> {
  // One hash for all demo users: they share the published demo password anyway, and the
  // first start stays fast. Real users each get their own salt.
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`.execute(trx);
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyUser) return false;

    const firstCentre = new Map<string, string>();
    const centres = await trx
      .selectFrom('centres')
      .select(['id', 'country_code', 'code'])
      .orderBy('code')
      .execute();
    for (const c of centres) if (!firstCentre.has(c.country_code)) firstCentre.set(c.country_code, c.id);
    // The first centre listed for each country in the reference data (Lahore, Erbil, …).
    const mainCentre: Record<string, string> = { PK: 'LHE', IQ: 'EBL', NG: 'ABV', ID: 'BDO' };
    for (const c of centres) if (mainCentre[c.country_code] === c.code) firstCentre.set(c.country_code, c.id);

    const firstPartner = new Map<string, string>();
    const partnerIds = new Map<string, string[]>();
    for (const country of DEMO_COUNTRIES) {
      const rows = demoPartners[country].map((p) => ({
        id: uuidv7(),
        country_code: country,
        name: p.name,
        type: p.type,
      }));
      await trx.insertInto('partner_organisations').values(rows).execute();
      firstPartner.set(country, rows[0]?.id as string);
      partnerIds.set(
        country,
        rows.map((r) => r.id),
      );
    }

    const managerIds = new Map<string, string>();
    for (const account of listDemoAccountsWithNames()) {
      const userId = uuidv7();
      if (account.role === 'country_manager' && account.countryCode)
        managerIds.set(account.countryCode, userId);
      const scopeType = scopeTypeOfRole[account.role];
      const country = account.countryCode;
      const membership: MembershipsTable = {
        id: uuidv7(),
        user_id: userId,
        role: account.role,
        scope_type: scopeType,
        country_code: scopeType === 'all' ? null : country,
        centre_id: scopeType === 'centre' && country ? (firstCentre.get(country) ?? null) : null,
        partner_organisation_id:
          scopeType === 'partner' && country ? (firstPartner.get(country) ?? null) : null,
      };
      await trx
        .insertInto('users')
        .values({
          id: userId,
          email: account.email,
          display_name: account.displayName,
          password_hash: passwordHash,
          locale: country === 'MA' ? 'fr' : country && ['EG', 'IQ'].includes(country) ? 'ar' : 'en',
        })
        .execute();
      await trx.insertInto('memberships').values(membership).execute();
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const country of DEMO_COUNTRIES) {
      await seedDemoOffers(
        trx,
        country,
        partnerIds.get(country) ?? [],
        managerIds.get(country) as string,
        today,
      );
    }
    await appendAuditEvent(trx, {
      actorUserId: null,
      action: 'demo.seed',
      entityType: 'installation',
      entityId: null,
    });
    return true;
  });
}
