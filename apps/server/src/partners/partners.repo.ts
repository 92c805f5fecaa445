import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { DataSharingAgreementsTable, DB, PartnerOrganisationsTable } from '../db/schema.js';
import { isInReach, type PartnerReach } from './partner-reach.js';

type Db = Kysely<DB> | Transaction<DB>;

const partnerColumns = [
  'id',
  'country_code',
  'name',
  'type',
  'website',
  'description',
  'contacts',
  'version',
] as const;

export type PartnerRow = NonNullable<Awaited<ReturnType<typeof findPartner>>>;
export type AgreementRow = {
  id: string;
  partner_organisation_id: string;
  signed_on: string;
  expires_on: string;
  purposes: string[];
  reference: string | null;
};

export async function findPartner(db: Db, reach: PartnerReach, partnerId: string) {
  return db
    .selectFrom('partner_organisations')
    .select(partnerColumns)
    .where('id', '=', partnerId)
    .where(isInReach(reach, 'country_code', 'id'))
    .executeTakeFirst();
}

export async function listPartners(db: Db, reach: PartnerReach, country?: string) {
  return db
    .selectFrom('partner_organisations')
    .select(partnerColumns)
    .where(isInReach(reach, 'country_code', 'id'))
    .$if(Boolean(country), (q) => q.where('country_code', '=', country as string))
    .orderBy('country_code')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function insertPartner(trx: Transaction<DB>, row: Insertable<PartnerOrganisationsTable>) {
  await trx.insertInto('partner_organisations').values(row).execute();
}

/** Writes only when the version still matches, bumps it, and says whether it wrote. */
export async function updatePartnerAtVersion(
  trx: Transaction<DB>,
  partner: { country_code: string; id: string },
  version: number,
  values: Updateable<PartnerOrganisationsTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('partner_organisations')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
    .where('country_code', '=', partner.country_code)
    .where('id', '=', partner.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchPartner(trx: Transaction<DB>, partner: { country_code: string; id: string }) {
  await trx
    .updateTable('partner_organisations')
    .set({ updated_at: new Date() })
    .where('country_code', '=', partner.country_code)
    .where('id', '=', partner.id)
    .execute();
}

export async function insertAgreement(trx: Transaction<DB>, row: Insertable<DataSharingAgreementsTable>) {
  await trx.insertInto('data_sharing_agreements').values(row).execute();
}

/** The agreements of the given partners, newest signature first. */
export async function listAgreements(db: Db, partnerIds: string[]): Promise<AgreementRow[]> {
  if (!partnerIds.length) return [];
  return db
    .selectFrom('data_sharing_agreements')
    .select(['id', 'partner_organisation_id', 'signed_on', 'expires_on', 'purposes', 'reference'])
    .where('partner_organisation_id', 'in', partnerIds)
    .orderBy('signed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Whether one agreement of the partner is signed by `today`, expires after it, and covers referrals. */
export async function existsReferralAgreement(db: Db, countryCode: string, partnerId: string, today: string) {
  const row = await db
    .selectFrom('data_sharing_agreements')
    .select('id')
    .where('country_code', '=', countryCode)
    .where('partner_organisation_id', '=', partnerId)
    .where('signed_on', '<=', today)
    .where('expires_on', '>', today)
    .where(sql<boolean>`'referrals' = ANY (purposes)`)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

export async function countryExists(db: Db, countryCode: string) {
  const row = await db
    .selectFrom('countries')
    .select('code')
    .where('code', '=', countryCode)
    .executeTakeFirst();
  return Boolean(row);
}
