import type { HsdsDataset, HsdsImportSummary } from '@pathways/contracts';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Actor, Scope } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import type { DB } from '../db/schema.js';
import { AppError, type FieldError, notFound } from '../http/errors.js';
import { type ImportPlan, planImport } from './hsds.import-plan.js';
import { toHsdsDataset } from './hsds.mapping.js';
import { canonicalJson, type OfferRecord, type PartnerRecord } from './hsds.records.js';
import {
  countryExists,
  idsUsedElsewhere,
  insertOffers,
  insertPartners,
  listCentreIds,
  listOfferRecords,
  listPartnerRecords,
  updateOffer,
  updatePartner,
} from './hsds.repo.js';
import { parseDataset } from './hsds.validate.js';

// Two imports into one country queue on this lock, so both never create the same partner.
const IMPORT_LOCK_KEY = 727_010;
// A file broken everywhere still gets a readable answer: the first errors are enough to act on.
const MAX_LISTED_ERRORS = 1000;

/**
 * What of a country's directory a reader reaches: all of it for staff of the country (global,
 * country or centre scope), their own organisation for partner staff, nothing otherwise.
 */
async function readerReach(
  db: Kysely<DB>,
  scope: Scope,
  countryCode: string,
): Promise<'all' | string[] | null> {
  if (scope.isGlobal || scope.countryCodes.includes(countryCode)) return 'all';
  if (scope.centreIds.length) {
    const centre = await db
      .selectFrom('centres')
      .select('id')
      .where('id', 'in', scope.centreIds)
      .where('country_code', '=', countryCode)
      .executeTakeFirst();
    if (centre) return 'all';
  }
  if (scope.partnerOrganisationIds.length) {
    const own = await listPartnerRecords(db, countryCode, scope.partnerOrganisationIds);
    if (own.length) return own.map((p) => p.id);
  }
  return null;
}

export async function exportDirectory(
  db: Kysely<DB>,
  actor: Actor,
  countryCode: string,
): Promise<HsdsDataset> {
  const reach = await readerReach(db, scopeFor(actor, 'offers.read'), countryCode);
  // A country out of reach answers like one that does not exist.
  if (!reach || !(await countryExists(db, countryCode))) throw notFound('country');
  const partnerIds = reach === 'all' ? undefined : reach;
  const [partners, offers] = await Promise.all([
    listPartnerRecords(db, countryCode, partnerIds),
    listOfferRecords(db, countryCode, partnerIds),
  ]);
  return toHsdsDataset(countryCode, partners, offers);
}

function rejectFile(errors: FieldError[]): AppError {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const more = errors.length > listed.length ? ` (the first ${listed.length} are listed)` : '';
  return new AppError(
    422,
    'hsds_invalid',
    `The file has ${errors.length} problem${errors.length === 1 ? '' : 's'}${more}; nothing was imported.`,
    listed,
  );
}

type Counts = HsdsImportSummary['organizations'];

/** Inserts the new records, rewrites the changed ones (bumping their version), counts both. */
async function applyChanges<T extends PartnerRecord | OfferRecord>(
  records: T[],
  existing: ReadonlyMap<string, T>,
  insert: (created: T[]) => Promise<void>,
  update: (record: T) => Promise<void>,
): Promise<Counts> {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  const created: T[] = [];
  for (const record of records) {
    const before = existing.get(record.id);
    if (!before) {
      created.push(record);
      counts.created += 1;
    } else if (canonicalJson(before) !== canonicalJson(record)) {
      await update(record);
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }
  await insert(created);
  return counts;
}

/**
 * Checks the whole file first (types, then references against itself and the directory) and
 * writes only when it is clean, all in one transaction: a bad file leaves no trace.
 */
export async function importDirectory(
  db: Kysely<DB>,
  actor: Actor,
  countryCode: string,
  body: unknown,
  ip: string,
): Promise<HsdsImportSummary> {
  const scope = scopeFor(actor, 'offers.manage');
  if (!scope.isGlobal && !scope.countryCodes.includes(countryCode)) throw notFound('country');
  if (!(await countryExists(db, countryCode))) throw notFound('country');
  const parsed = parseDataset(body);
  if (parsed.errors.length || !('dataset' in parsed)) throw rejectFile(parsed.errors);
  const dataset = parsed.dataset;

  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY}, hashtext(${countryCode}))`.execute(trx);
    const [partners, offers, centreIds, foreignOrganisationIds, foreignOfferIds] = await Promise.all([
      listPartnerRecords(trx, countryCode),
      listOfferRecords(trx, countryCode),
      listCentreIds(trx, countryCode),
      idsUsedElsewhere(
        trx,
        countryCode,
        'partner_organisations',
        dataset.organizations.map((o) => o.id),
      ),
      idsUsedElsewhere(
        trx,
        countryCode,
        'offers',
        dataset.services.map((s) => s.id),
      ),
    ]);
    const existingPartners = new Map(partners.map((p) => [p.id, p]));
    const existingOffers = new Map(offers.map((o) => [o.id, o]));
    const { errors, plan } = planImport(dataset, {
      countryCode,
      partners: existingPartners,
      offers: existingOffers,
      foreignOrganisationIds,
      foreignOfferIds,
      centreIds: new Set(centreIds),
    });
    if (errors.length || !plan) throw rejectFile(errors);

    const summary = await writePlan(trx, countryCode, plan, existingPartners, existingOffers, actor.userId);
    // The audit trail holds ids and action names only: the counts go back to the caller.
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'hsds.imported',
      entityType: 'country',
      entityId: countryCode,
      countryCode,
      ip,
    });
    return summary;
  });
}

async function writePlan(
  trx: Transaction<DB>,
  countryCode: string,
  plan: ImportPlan,
  partners: ReadonlyMap<string, PartnerRecord>,
  offers: ReadonlyMap<string, OfferRecord>,
  userId: string,
): Promise<HsdsImportSummary> {
  // Partners first: new offers reference them.
  const organizations = await applyChanges(
    plan.partners,
    partners,
    (created) => insertPartners(trx, countryCode, created),
    (p) => updatePartner(trx, countryCode, p),
  );
  const services = await applyChanges(
    plan.offers,
    offers,
    (created) => insertOffers(trx, countryCode, created, userId),
    (o) => updateOffer(trx, countryCode, o),
  );
  return { organizations, services };
}
