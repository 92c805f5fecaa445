import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Scope } from '../access/actor.js';
import { clientInScope } from '../clients/clients.scope.js';
import type { DB, ReferralEventsTable, ReferralsTable } from '../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** A referral row with what every view needs beside it: the client's code, partner and offer. */
export type ReferralRow = Selectable<ReferralsTable> & {
  case_code: string;
  client_given_name: string | null;
  client_family_name: string | null;
  client_given_name_original: string | null;
  partner_name: string;
  offer_title: Record<string, string> | null;
  offer_category: string | null;
  overdue: boolean;
};
export type ReferralEventRow = Selectable<ReferralEventsTable> & { actor_name: string };

/** Sent, unanswered, and older than the country's limit. */
const isOverdue = sql<boolean>`(r.status = 'sent' AND r.sent_at < now() - make_interval(days => c.referral_overdue_days))`;

function selectReferrals(db: Db) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('clients', (j) =>
      j.onRef('clients.country_code', '=', 'r.country_code').onRef('clients.id', '=', 'r.client_id'),
    )
    .innerJoin('partner_organisations as p', 'p.id', 'r.partner_organisation_id')
    .innerJoin('countries as c', 'c.code', 'r.country_code')
    .leftJoin('offers as o', 'o.id', 'r.offer_id')
    .selectAll('r')
    .select([
      'clients.case_code',
      'clients.given_name as client_given_name',
      'clients.family_name as client_family_name',
      'clients.given_name_original as client_given_name_original',
      'p.name as partner_name',
      'o.title as offer_title',
      'o.category as offer_category',
      isOverdue.as('overdue'),
    ]);
}

export type StaffReferralFilters = {
  clientId?: string;
  status?: string;
  overdue?: boolean;
  limit: number;
  offset: number;
};

/** Referrals of the clients a staff scope reaches. */
export async function listStaffReferrals(db: Db, scope: Scope, f: StaffReferralFilters) {
  let query = selectReferrals(db).where(clientInScope(scope));
  if (f.clientId) query = query.where('r.client_id', '=', f.clientId);
  if (f.status) query = query.where('r.status', '=', f.status);
  if (f.overdue !== undefined) query = query.where(f.overdue ? isOverdue : sql<boolean>`NOT (${isOverdue})`);
  const [items, count] = await Promise.all([
    query.orderBy('r.updated_at', 'desc').orderBy('r.id').limit(f.limit).offset(f.offset).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: items as ReferralRow[], total: Number(count.n) };
}

export async function findStaffReferral(db: Db, scope: Scope, referralId: string) {
  return (await selectReferrals(db)
    .where(clientInScope(scope))
    .where('r.id', '=', referralId)
    .executeTakeFirst()) as ReferralRow | undefined;
}

/** Partners see referrals sent to their organisations, never drafts. */
export async function listPartnerReferrals(
  db: Db,
  partnerIds: string[],
  f: { status?: string; limit: number; offset: number },
) {
  if (!partnerIds.length) return { items: [] as ReferralRow[], total: 0 };
  let query = selectReferrals(db)
    .where('r.partner_organisation_id', 'in', partnerIds)
    // Never sent (a draft, or a draft cancelled): the partner never heard of it.
    .where('r.sent_at', 'is not', null);
  if (f.status) query = query.where('r.status', '=', f.status);
  const [items, count] = await Promise.all([
    query.orderBy('r.sent_at', 'desc').orderBy('r.id').limit(f.limit).offset(f.offset).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: items as ReferralRow[], total: Number(count.n) };
}

export async function findPartnerReferral(db: Db, partnerIds: string[], referralId: string) {
  if (!partnerIds.length) return undefined;
  return (await selectReferrals(db)
    .where('r.partner_organisation_id', 'in', partnerIds)
    .where('r.sent_at', 'is not', null)
    .where('r.id', '=', referralId)
    .executeTakeFirst()) as ReferralRow | undefined;
}

export async function listReferralEvents(db: Db, countryCode: string, referralId: string) {
  return (await db
    .selectFrom('referral_events as e')
    .innerJoin('users as u', 'u.id', 'e.actor_id')
    .selectAll('e')
    .select('u.display_name as actor_name')
    .where('e.country_code', '=', countryCode)
    .where('e.referral_id', '=', referralId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute()) as ReferralEventRow[];
}

export async function insertReferral(trx: Transaction<DB>, row: Insertable<ReferralsTable>) {
  await trx.insertInto('referrals').values(row).execute();
}

export async function insertReferralEvent(trx: Transaction<DB>, row: Insertable<ReferralEventsTable>) {
  await trx.insertInto('referral_events').values(row).execute();
}

/** Applies a status change only if nobody changed the referral since `version` was read. */
export async function updateReferralAtVersion(
  trx: Transaction<DB>,
  row: { country_code: string; id: string },
  version: number,
  set: Partial<Insertable<ReferralsTable>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('referrals')
    .set((eb) => ({ ...set, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('country_code', '=', row.country_code)
    .where('id', '=', row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes one seat of an offer, in the statement that checks one is left: two enrolments racing
 * for the last seat cannot both win. Offers without a seat limit always succeed.
 */
export async function takeSeat(trx: Transaction<DB>, countryCode: string, offerId: string): Promise<boolean> {
  const result = await trx
    .updateTable('offers')
    .set((eb) => ({ seats_left: eb('seats_left', '-', 1), updated_at: new Date() }))
    .where('country_code', '=', countryCode)
    .where('id', '=', offerId)
    .where((eb) => eb.or([eb('seats_left', 'is', null), eb('seats_left', '>', 0)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findOfferForReferral(db: Db, countryCode: string, offerId: string) {
  return db
    .selectFrom('offers')
    .select(['id', 'partner_organisation_id', 'status', 'seats_left', 'title', 'ends_on'])
    .where('country_code', '=', countryCode)
    .where('id', '=', offerId)
    .executeTakeFirst();
}

export async function findPartnerForReferral(db: Db, countryCode: string, partnerId: string) {
  return db
    .selectFrom('partner_organisations')
    .select(['id', 'name'])
    .where('country_code', '=', countryCode)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}

/** The client's unwithdrawn consent `consentId`, if it allows sharing with `partnerId`. */
export async function findSharingConsent(
  db: Db,
  client: { country_code: string; id: string },
  consentId: string,
  partnerId: string,
) {
  return db
    .selectFrom('consents')
    .select(['id'])
    .where('country_code', '=', client.country_code)
    .where('client_id', '=', client.id)
    .where('id', '=', consentId)
    .where('purpose', '=', 'partner_sharing')
    .where('partner_organisation_id', '=', partnerId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Drops the shared snapshot of every referral that relied on a consent now withdrawn (or of every
 * referral of an erased client): the partner keeps case code, status and dates only.
 */
export async function redactReferrals(
  trx: Transaction<DB>,
  countryCode: string,
  where: { consentId: string } | { clientId: string },
) {
  let query = trx
    .updateTable('referrals')
    .set({ shared_snapshot: null, redacted_at: new Date(), updated_at: new Date() })
    .where('country_code', '=', countryCode)
    .where('redacted_at', 'is', null);
  query =
    'consentId' in where
      ? query.where('consent_id', '=', where.consentId)
      : query.where('client_id', '=', where.clientId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findOverdueDays(db: Db, countryCode: string) {
  return db
    .selectFrom('countries')
    .select(['code', 'referral_overdue_days'])
    .where('code', '=', countryCode)
    .executeTakeFirst();
}

export async function setOverdueDays(trx: Transaction<DB>, countryCode: string, days: number) {
  await trx
    .updateTable('countries')
    .set({ referral_overdue_days: days })
    .where('code', '=', countryCode)
    .execute();
}
