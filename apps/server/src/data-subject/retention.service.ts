// Retention per country: a closed case is anonymised once it has been closed for longer than its
// country's `retention_years`, by the same erasure as a person's request, audited as the system
// (no user). A dry run reports what would go and changes nothing.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { eraseClientInTransaction } from './erasure.service.js';

export type DueCase = {
  clientId: string;
  countryCode: string;
  centreCode: string;
  centreName: string;
  caseCode: string;
  retentionYears: number;
};

export type RetentionReport = {
  dryRun: boolean;
  asOf: string;
  countries: {
    countryCode: string;
    retentionYears: number;
    total: number;
    centres: { centreCode: string; centreName: string; caseCodes: string[] }[];
  }[];
  /** Cases anonymised by this run (0 in a dry run). */
  anonymised: number;
};

/**
 * Closed cases past their country's limit, counted from the last time they were closed (or, for
 * rows closed without an event, their last change). Case codes only: a report holds no names.
 */
function selectDueCases(db: Kysely<DB> | Transaction<DB>, asOf: Date) {
  return db
    .selectFrom('clients as c')
    .innerJoin('countries as co', 'co.code', 'c.country_code')
    .innerJoin('centres as ce', 'ce.id', 'c.centre_id')
    .select([
      'c.id as clientId',
      'c.country_code as countryCode',
      'ce.code as centreCode',
      'ce.name as centreName',
      'c.case_code as caseCode',
      'co.retention_years as retentionYears',
    ])
    .where('c.status', '=', 'closed')
    .where(
      sql<boolean>`coalesce(
        (SELECT max(e.occurred_at) FROM client_events e
          WHERE e.country_code = c.country_code AND e.client_id = c.id AND e.kind = 'closed'),
        c.updated_at) < ${asOf}::timestamptz - make_interval(years => co.retention_years)`,
    );
}

export async function findCasesDueForRetention(db: Kysely<DB>, asOf: Date): Promise<DueCase[]> {
  return selectDueCases(db, asOf)
    .orderBy('c.country_code')
    .orderBy('ce.code')
    .orderBy('c.case_code')
    .execute();
}

function summarise(due: DueCase[]): RetentionReport['countries'] {
  const countries = new Map<string, RetentionReport['countries'][number]>();
  for (const c of due) {
    let country = countries.get(c.countryCode);
    if (!country) {
      country = { countryCode: c.countryCode, retentionYears: c.retentionYears, total: 0, centres: [] };
      countries.set(c.countryCode, country);
    }
    let centre = country.centres.find((x) => x.centreCode === c.centreCode);
    if (!centre) {
      centre = { centreCode: c.centreCode, centreName: c.centreName, caseCodes: [] };
      country.centres.push(centre);
    }
    centre.caseCodes.push(c.caseCode);
    country.total += 1;
  }
  return [...countries.values()];
}

/**
 * Anonymises one due case in its own transaction, after locking it and checking it is still due
 * (someone may have reopened it since the list was read): true when it was anonymised.
 */
async function anonymiseIfStillDue(db: Kysely<DB>, due: DueCase, asOf: Date) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('clients')
      .select(['country_code', 'id', 'version'])
      .where('country_code', '=', due.countryCode)
      .where('id', '=', due.clientId)
      .forUpdate()
      .executeTakeFirst();
    const isStillDue = await selectDueCases(trx, asOf)
      .where('c.country_code', '=', due.countryCode)
      .where('c.id', '=', due.clientId)
      .executeTakeFirst();
    if (!row || !isStillDue) return false;
    await eraseClientInTransaction(trx, row, {
      actorUserId: null,
      reason: 'retention_period',
      version: row.version,
      ip: null,
    });
    return true;
  });
}

export async function runRetention(
  db: Kysely<DB>,
  options: { dryRun: boolean; asOf?: Date },
): Promise<RetentionReport> {
  const asOf = options.asOf ?? new Date();
  const due = await findCasesDueForRetention(db, asOf);
  let anonymised = 0;
  const done: DueCase[] = [];
  if (!options.dryRun) {
    // One transaction per case: a failure leaves the cases before it done and the rest untouched.
    for (const c of due) {
      if (await anonymiseIfStillDue(db, c, asOf)) {
        anonymised += 1;
        done.push(c);
      }
    }
  }
  return {
    dryRun: options.dryRun,
    asOf: asOf.toISOString(),
    countries: summarise(options.dryRun ? due : done),
    anonymised,
  };
}
