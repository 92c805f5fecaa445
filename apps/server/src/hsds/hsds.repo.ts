import type {
  DeliveryMode,
  Eligibility,
  OfferCategory,
  OfferStatus,
  PartnerContact,
} from '@pathways/contracts';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.js';
import type { OfferRecord, PartnerRecord } from './hsds.records.js';

/**
 * The SQL of the HSDS exchange. Every query names the country: the caller has already checked
 * that the actor may reach it, and `partnerIds` narrows a partner's staff to their organisation.
 */

// Keeps `IN (…)` lists well under the bind-parameter limit for files of thousands of records.
const CHUNK = 1000;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function countryExists(db: Kysely<DB>, countryCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('countries')
    .select('code')
    .where('code', '=', countryCode)
    .executeTakeFirst();
  return Boolean(row);
}

export async function listCentreIds(db: Kysely<DB>, countryCode: string): Promise<string[]> {
  const rows = await db.selectFrom('centres').select('id').where('country_code', '=', countryCode).execute();
  return rows.map((r) => r.id);
}

/** The country's partners; only those in `partnerIds` when given. */
export async function listPartnerRecords(
  db: Kysely<DB>,
  countryCode: string,
  partnerIds?: readonly string[],
): Promise<PartnerRecord[]> {
  if (partnerIds && partnerIds.length === 0) return [];
  const rows = await db
    .selectFrom('partner_organisations')
    .select(['id', 'name', 'type', 'website', 'description', 'contacts'])
    .where('country_code', '=', countryCode)
    .$if(partnerIds !== undefined, (q) => q.where('id', 'in', partnerIds as string[]))
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type as PartnerRecord['type'],
    website: r.website,
    description: r.description,
    contacts: r.contacts as PartnerContact[],
  }));
}

/** The country's offers; only those of the partners in `partnerIds` when given. */
export async function listOfferRecords(
  db: Kysely<DB>,
  countryCode: string,
  partnerIds?: readonly string[],
): Promise<OfferRecord[]> {
  if (partnerIds && partnerIds.length === 0) return [];
  const rows = await db
    .selectFrom('offers')
    .select([
      'id',
      'partner_organisation_id',
      'category',
      'centre_ids',
      'title',
      'description',
      'eligibility',
      'capacity',
      'seats_left',
      'schedule',
      'cost',
      'delivery_mode',
      'languages',
      'location',
      'status',
    ])
    .where('country_code', '=', countryCode)
    .$if(partnerIds !== undefined, (q) => q.where('partner_organisation_id', 'in', partnerIds as string[]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    partnerOrganisationId: r.partner_organisation_id,
    category: r.category as OfferCategory,
    centreIds: r.centre_ids,
    title: r.title as OfferRecord['title'],
    description: r.description,
    // Rows written before the lists had defaults may lack them; the API shape always has them.
    eligibility: { clientGroups: [], sexes: [], regions: [], ...(r.eligibility as Partial<Eligibility>) },
    capacity: r.capacity,
    seatsLeft: r.seats_left,
    schedule: r.schedule as OfferRecord['schedule'],
    cost: r.cost as OfferRecord['cost'],
    deliveryMode: r.delivery_mode as z.infer<typeof DeliveryMode>,
    languages: r.languages,
    location: r.location as OfferRecord['location'],
    status: r.status as OfferStatus,
  }));
}

/** Which of these ids other countries already use: ids are unique across the installation. */
export async function idsUsedElsewhere(
  db: Kysely<DB>,
  countryCode: string,
  table: 'partner_organisations' | 'offers',
  ids: readonly string[],
): Promise<Set<string>> {
  const used = new Set<string>();
  for (const chunk of chunks(ids)) {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('id', 'in', chunk)
      .where('country_code', '<>', countryCode)
      .execute();
    for (const r of rows) used.add(r.id);
  }
  return used;
}

function partnerColumns(p: PartnerRecord) {
  return {
    name: p.name,
    type: p.type,
    website: p.website,
    description: p.description,
    contacts: JSON.stringify(p.contacts),
  };
}

export async function insertPartners(trx: Transaction<DB>, countryCode: string, partners: PartnerRecord[]) {
  for (const chunk of chunks(partners)) {
    await trx
      .insertInto('partner_organisations')
      .values(chunk.map((p) => ({ country_code: countryCode, id: p.id, ...partnerColumns(p) })))
      .execute();
  }
}

export async function updatePartner(trx: Transaction<DB>, countryCode: string, p: PartnerRecord) {
  await trx
    .updateTable('partner_organisations')
    .set({ ...partnerColumns(p), version: sql`version + 1`, updated_at: sql`now()` })
    .where('country_code', '=', countryCode)
    .where('id', '=', p.id)
    .execute();
}

// SQL NULL, not the JSON value null: "no cost" must read as `cost IS NULL`.
const jsonOrNull = (value: object | null) => (value ? JSON.stringify(value) : sql<string>`NULL`);

function offerColumns(o: OfferRecord) {
  return {
    partner_organisation_id: o.partnerOrganisationId,
    category: o.category,
    centre_ids: o.centreIds,
    title: JSON.stringify(o.title),
    description: JSON.stringify(o.description),
    eligibility: JSON.stringify(o.eligibility),
    capacity: o.capacity,
    seats_left: o.seatsLeft,
    schedule: JSON.stringify(o.schedule),
    // The date columns mirror the schedule so lists can filter and sort on them.
    starts_on: o.schedule.startsOn ?? null,
    ends_on: o.schedule.endsOn ?? null,
    cost: jsonOrNull(o.cost),
    delivery_mode: o.deliveryMode,
    languages: o.languages,
    location: jsonOrNull(o.location),
    status: o.status,
  };
}

export async function insertOffers(
  trx: Transaction<DB>,
  countryCode: string,
  offers: OfferRecord[],
  createdBy: string,
) {
  for (const chunk of chunks(offers)) {
    await trx
      .insertInto('offers')
      .values(
        chunk.map((o) => ({
          country_code: countryCode,
          id: o.id,
          created_by: createdBy,
          ...offerColumns(o),
        })),
      )
      .execute();
  }
}

export async function updateOffer(trx: Transaction<DB>, countryCode: string, o: OfferRecord) {
  await trx
    .updateTable('offers')
    .set({ ...offerColumns(o), version: sql`version + 1`, updated_at: sql`now()` })
    .where('country_code', '=', countryCode)
    .where('id', '=', o.id)
    .execute();
}
