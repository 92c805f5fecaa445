import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../db/schema.js';

// Test fixtures written straight to the tables, so referral tests do not depend on the
// offers API or the demo seed's offers.

export async function partnerOfUser(db: Kysely<DB>, email: string) {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.partner_organisation_id', 'memberships.centre_id'])
    .where('users.email', '=', email)
    .executeTakeFirstOrThrow();
  return row;
}

export async function insertAgreement(
  db: Kysely<DB>,
  countryCode: string,
  partnerId: string,
  window: { signedOn: string; expiresOn: string; purposes: string[] },
) {
  const creator = await db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
  await db
    .insertInto('data_sharing_agreements')
    .values({
      country_code: countryCode,
      id: uuidv7(),
      partner_organisation_id: partnerId,
      signed_on: window.signedOn,
      expires_on: window.expiresOn,
      purposes: window.purposes,
      created_by: creator.id,
    })
    .execute();
}

/** A women-only start-up training for returnees, with `capacity` seats (null: no limit). */
export async function insertOffer(
  db: Kysely<DB>,
  countryCode: string,
  partnerId: string,
  status: string,
  capacity: number | null,
) {
  const id = uuidv7();
  await db
    .insertInto('offers')
    .values({
      country_code: countryCode,
      id,
      partner_organisation_id: partnerId,
      category: 'business_start_up',
      title: JSON.stringify({ en: `Start-up training ${id.slice(-4)}`, fr: 'Créer son entreprise' }),
      description: JSON.stringify({}),
      eligibility: JSON.stringify({ clientGroups: ['returnee'], sexes: ['female'], regions: [] }),
      capacity,
      seats_left: capacity,
      schedule: JSON.stringify({}),
      cost: JSON.stringify(null),
      delivery_mode: 'in_person',
      languages: ['fr', 'ar'],
      location: JSON.stringify(null),
      status,
    })
    .execute();
  return id;
}
