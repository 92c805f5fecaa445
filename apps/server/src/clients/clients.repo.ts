import type { ClientGroup } from '@pathways/contracts';
import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import type { Scope } from '../access/actor.js';
import type { ClientsTable, ConsentsTable, DB } from '../db/schema.js';
import { type ClientRow, type ConsentRow, summaryColumns } from './clients.presenter.js';
import { clientInScope } from './clients.scope.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertClient(trx: Transaction<DB>, row: Insertable<ClientsTable>) {
  await trx.insertInto('clients').values(row).execute();
}

export async function insertConsents(trx: Transaction<DB>, rows: Insertable<ConsentsTable>[]) {
  if (rows.length) await trx.insertInto('consents').values(rows).execute();
}

export async function findClient(db: Db, scope: Scope, clientId: string): Promise<ClientRow | undefined> {
  return db
    .selectFrom('clients')
    .selectAll()
    .where('id', '=', clientId)
    .where(clientInScope(scope))
    .executeTakeFirst();
}

export async function listConsents(db: Db, countryCode: string, clientId: string): Promise<ConsentRow[]> {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('country_code', '=', countryCode)
    .where('client_id', '=', clientId)
    .orderBy('recorded_at')
    .execute();
}

export type ClientFilters = {
  group?: ClientGroup;
  sex?: string;
  status?: 'active' | 'closed' | 'merged';
  centreId?: string;
  limit: number;
  offset: number;
};

export async function listClients(db: Db, scope: Scope, f: ClientFilters) {
  const base = db
    .selectFrom('clients')
    .where(clientInScope(scope))
    .$if(Boolean(f.group), (q) => q.where('client_group', '=', f.group as ClientGroup))
    .$if(Boolean(f.sex), (q) => q.where('sex', '=', f.sex as ClientRow['sex']))
    .$if(Boolean(f.status), (q) => q.where('status', '=', f.status as ClientRow['status']))
    // Merged duplicates only show when asked for: they live on in their survivor.
    .$if(!f.status, (q) => q.where('status', '!=', 'merged'))
    // Erased records hold no one to list (their page answers 410 with the case code).
    .where('status', '!=', 'erased')
    .$if(Boolean(f.centreId), (q) => q.where('centre_id', '=', f.centreId as string));
  const [items, total] = await Promise.all([
    base
      .select(summaryColumns)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

/**
 * Optimistic concurrency for every change to a client row: writes only when the version still
 * matches, bumps it, and says whether it wrote (the caller answers 409 when not).
 */
export async function updateClientAtVersion(
  trx: Transaction<DB>,
  client: { country_code: string; id: string },
  version: number,
  values: Updateable<ClientsTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('clients')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('country_code', '=', client.country_code)
    .where('id', '=', client.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchClient(trx: Transaction<DB>, countryCode: string, clientId: string) {
  await trx
    .updateTable('clients')
    .set((eb) => ({ updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('country_code', '=', countryCode)
    .where('id', '=', clientId)
    .execute();
}

export async function withdrawConsent(
  trx: Transaction<DB>,
  countryCode: string,
  consentId: string,
  actorId: string,
) {
  return trx
    .updateTable('consents')
    .set({ withdrawn_at: new Date(), withdrawn_by: actorId })
    .where('country_code', '=', countryCode)
    .where('id', '=', consentId)
    .where('withdrawn_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export type CandidateKeys = {
  skeleton: string;
  phone?: string;
  idNumber?: string;
  /** The draft's birth year and how many years either side a record may differ (an estimate differs more). */
  birthYear?: { year: number; window: number };
};

// What the scorer and the presenters read: no profile, no JSON.
const candidateColumns = [
  ...summaryColumns,
  'clients.country_code',
  'clients.aliases',
  'clients.dob_value',
  'clients.dob_precision',
  'clients.phone',
  'clients.id_document_type',
  'clients.id_document_number',
  'centres.name as centre_name',
] as const;

// Nearest names per set: enough to hold the person among many namesakes, few enough to score fast.
const NEAREST_PER_KEY = 50;
const NEAREST_UNKNOWN_YEAR = 20;
const EXACT_LIMIT = 20;

/**
 * Candidates for the scorer, in small ordered sets, country by country (the GiST index of
 * migration 0019 leads with the country, so each scan stays inside one): with a birth year, the
 * names nearest to the draft's consonant skeleton among people born within the window and among
 * people whose birth year is unknown; without one, the nearest names of the country; and exact
 * phone or document matches. Merged without repeats. A record whose birth year lies outside the
 * window is found by phone or document only: that is what keeps the scan a few milliseconds at a
 * million clients (bench/src/search.ts).
 */
export async function findCandidateRows(db: Db, scope: Scope, countryCodes: string[], keys: CandidateKeys) {
  const base = () =>
    db
      .selectFrom('clients')
      .innerJoin('centres', 'centres.id', 'clients.centre_id')
      .select(candidateColumns)
      .where(clientInScope(scope))
      // Erased people must never be found again, whatever is left of their row.
      .where('clients.status', 'not in', ['merged', 'erased']);
  const nearest = (countryCode: string, limit: number) =>
    base()
      .where('clients.country_code', '=', countryCode)
      .orderBy(sql`clients.search_skeleton <-> ${keys.skeleton}`)
      .limit(limit);
  const byName = (countryCode: string) => {
    const { birthYear } = keys;
    if (!birthYear) return [nearest(countryCode, NEAREST_PER_KEY).execute()];
    return [
      nearest(countryCode, NEAREST_PER_KEY)
        .where('clients.birth_year', '>=', birthYear.year - birthYear.window)
        .where('clients.birth_year', '<=', birthYear.year + birthYear.window)
        .execute(),
      nearest(countryCode, NEAREST_UNKNOWN_YEAR).where('clients.birth_year', 'is', null).execute(),
    ];
  };
  const sets = await Promise.all([
    ...(keys.skeleton ? countryCodes.flatMap(byName) : []),
    keys.phone ? base().where('clients.phone', '=', keys.phone).limit(EXACT_LIMIT).execute() : [],
    keys.idNumber
      ? base().where('clients.id_document_number', '=', keys.idNumber).limit(EXACT_LIMIT).execute()
      : [],
  ]);
  const byId = new Map<string, (typeof sets)[number][number]>();
  for (const row of sets.flat()) byId.set(row.id, row);
  return [...byId.values()];
}

/** A client's family links, with the related client's case code and, when the reader may see it, name. */
export async function listFamilyLinks(db: Db, scope: Scope, countryCode: string, clientId: string) {
  const rows = await db
    .selectFrom('client_family_links as f')
    .leftJoin('clients as r', (join) =>
      join.onRef('r.country_code', '=', 'f.country_code').onRef('r.id', '=', 'f.related_client_id'),
    )
    .select([
      'f.relation',
      'f.related_client_id',
      'f.related_name',
      'r.case_code',
      'r.centre_id',
      'r.given_name',
      'r.middle_name',
      'r.family_name',
    ])
    .where('f.country_code', '=', countryCode)
    .where('f.client_id', '=', clientId)
    .orderBy('f.relation')
    .execute();
  return rows.map((r) => {
    const isVisible =
      scope.isGlobal ||
      scope.countryCodes.includes(countryCode) ||
      scope.centreIds.includes(r.centre_id ?? '');
    const registeredName = [r.given_name, r.middle_name, r.family_name].filter(Boolean).join(' ');
    return {
      relation: r.relation,
      relatedClientId: r.related_client_id,
      name: r.related_name ?? (isVisible ? registeredName : null),
      relatedCaseCode: r.case_code,
    };
  });
}

export async function replaceFamilyLinks(
  trx: Transaction<DB>,
  countryCode: string,
  clientId: string,
  links: Insertable<DB['client_family_links']>[],
) {
  await trx
    .deleteFrom('client_family_links')
    .where('country_code', '=', countryCode)
    .where('client_id', '=', clientId)
    .execute();
  if (links.length) await trx.insertInto('client_family_links').values(links).execute();
}
