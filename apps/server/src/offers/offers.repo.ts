import type { Locale, OfferCategory, OfferStatus } from '@pathways/contracts';
import { type InsertObject, type Kysely, sql, type Transaction, type UpdateObject } from 'kysely';
import type { DB } from '../db/schema.js';
import { isInReach, type PartnerReach } from '../partners/partner-reach.js';

type Db = Kysely<DB> | Transaction<DB>;

export type OfferFilters = {
  country?: string;
  partnerOrganisationId?: string;
  status?: OfferStatus;
  category?: OfferCategory;
  q?: string;
  limit: number;
  offset: number;
};

/** `%q%` for ILIKE, with the wildcards a user typed taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Offers joined to their provider: every view of an offer names who runs it. */
function offersWithProvider(db: Db) {
  return db
    .selectFrom('offers as o')
    .innerJoin('partner_organisations as p', (j) =>
      j.onRef('p.country_code', '=', 'o.country_code').onRef('p.id', '=', 'o.partner_organisation_id'),
    );
}

/** A title in any language, or the provider's name, contains the text. */
function matchesText(q: string) {
  const pattern = containsPattern(q);
  return sql<boolean>`(EXISTS (SELECT 1 FROM jsonb_each_text(o.title) AS t(lang, text) WHERE t.text ILIKE ${pattern}) OR p.name ILIKE ${pattern})`;
}

const offerColumns = [
  'o.id',
  'o.country_code',
  'o.partner_organisation_id',
  'p.name as partner_name',
  'p.type as partner_type',
  'o.category',
  'o.centre_ids',
  'o.title',
  'o.description',
  'o.eligibility',
  'o.capacity',
  'o.seats_left',
  'o.schedule',
  'o.cost',
  'o.delivery_mode',
  'o.languages',
  'o.location',
  'o.status',
  'o.version',
  'o.updated_at',
] as const;

export type OfferRow = NonNullable<Awaited<ReturnType<typeof findOffer>>>;

export async function findOffer(db: Db, reach: PartnerReach, offerId: string) {
  return offersWithProvider(db)
    .select(offerColumns)
    .where('o.id', '=', offerId)
    .where(isInReach(reach, 'o.country_code', 'o.partner_organisation_id'))
    .executeTakeFirst();
}

export async function listOffers(db: Db, reach: PartnerReach, f: OfferFilters) {
  const base = offersWithProvider(db)
    .where(isInReach(reach, 'o.country_code', 'o.partner_organisation_id'))
    .$if(Boolean(f.country), (q) => q.where('o.country_code', '=', f.country as string))
    .$if(Boolean(f.partnerOrganisationId), (q) =>
      q.where('o.partner_organisation_id', '=', f.partnerOrganisationId as string),
    )
    .$if(Boolean(f.status), (q) => q.where('o.status', '=', f.status as string))
    .$if(Boolean(f.category), (q) => q.where('o.category', '=', f.category as string))
    .$if(Boolean(f.q), (q) => q.where(matchesText(f.q as string)));
  const [items, total] = await Promise.all([
    base
      .select(offerColumns)
      .orderBy(sql`o.starts_on ASC NULLS LAST`)
      .orderBy(sql`o.title->>'en'`)
      .orderBy('o.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export async function insertOffer(trx: Transaction<DB>, row: InsertObject<DB, 'offers'>) {
  await trx.insertInto('offers').values(row).execute();
}

/** Writes only when the version still matches, bumps it, and says whether it wrote. */
export async function updateOfferAtVersion(
  trx: Transaction<DB>,
  offer: { country_code: string; id: string },
  version: number,
  values: UpdateObject<DB, 'offers'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('offers')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
    .where('country_code', '=', offer.country_code)
    .where('id', '=', offer.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The seats left after a change of capacity, computed from the row as it is when written (an
 * enrolment may take a seat meanwhile): places already taken stay taken. An explicit count
 * from a manager wins; no capacity means no count.
 */
export function seatsLeftAfter(capacity: number | undefined, correctedSeatsLeft: number | undefined) {
  if (capacity === undefined) return sql<number | null>`NULL`;
  if (correctedSeatsLeft !== undefined) return sql<number>`${correctedSeatsLeft}::int`;
  return sql<number>`CASE WHEN capacity IS NULL THEN ${capacity}::int
    ELSE GREATEST(0, ${capacity}::int - (capacity - seats_left)) END`;
}

/** Centre ids among `centreIds` that are not centres of the country. */
export async function findForeignCentres(db: Db, countryCode: string, centreIds: string[]) {
  if (!centreIds.length) return [];
  const rows = await db
    .selectFrom('centres')
    .select('id')
    .where('country_code', '=', countryCode)
    .where('id', 'in', centreIds)
    .execute();
  const own = new Set(rows.map((r) => r.id));
  return centreIds.filter((id) => !own.has(id));
}

export type PublicOfferFilters = {
  country: string;
  lang: Locale;
  q?: string;
  category?: OfferCategory;
  limit: number;
  offset: number;
};

/** Active offers of a country, with only the columns the public directory shows. */
export async function listActiveOffers(db: Db, f: PublicOfferFilters) {
  const base = offersWithProvider(db)
    .where('o.country_code', '=', f.country)
    .where('o.status', '=', 'active')
    .$if(Boolean(f.category), (q) => q.where('o.category', '=', f.category as string))
    .$if(Boolean(f.q), (q) => q.where(matchesText(f.q as string)));
  const [items, total] = await Promise.all([
    base
      .select([
        'o.id',
        'o.country_code',
        'p.name as provider_name',
        'o.category',
        'o.title',
        'o.description',
        'o.eligibility',
        'o.starts_on',
        'o.ends_on',
        'o.seats_left',
        'o.cost',
        'o.delivery_mode',
        'o.languages',
        'o.location',
      ])
      .orderBy(sql`o.starts_on ASC NULLS LAST`)
      .orderBy(sql`coalesce(o.title->>${f.lang}, o.title->>'en')`)
      .orderBy('o.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export type PublicOfferRow = Awaited<ReturnType<typeof listActiveOffers>>['items'][number];
