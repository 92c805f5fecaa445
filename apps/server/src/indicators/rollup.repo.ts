import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * The indicator rollup (`indicator_client_years`, migration 0016): one row per client, year and
 * centre, derived from that client's sessions and profile by the view
 * `indicator_client_years_source`. Every write that changes what a client's rows would say calls
 * `refreshClientYears` in its own transaction, after the change:
 *
 * - a session recorded (its year),
 * - the profile edited (sex, year of birth and group are copied into every year),
 * - a merge (the survivor gains the duplicate's sessions; the duplicate's rows go).
 *
 * Not needed: a transfer (sessions keep the centre that held them, which is what the rows are
 * keyed by), closing and reopening (status is not counted), erasure (keeps sex, year of birth and
 * group, and the sessions). `rollup-recount.test.ts` checks the rollup against a full recount
 * after each kind of write.
 */
export async function refreshClientYears(
  trx: Transaction<DB>,
  countryCode: string,
  clientId: string,
  years?: readonly number[],
) {
  // Two writes for the same client replace its rows one after the other: the second waits here
  // and then, reading committed rows afresh (READ COMMITTED), recomputes with the first's sessions.
  await sql`select 1 from clients where country_code = ${countryCode} and id = ${clientId}
    for no key update`.execute(trx);
  const inYears = years?.length ? sql`and year in (${sql.join([...new Set(years)])})` : sql``;
  await sql`delete from indicator_client_years
    where country_code = ${countryCode} and client_id = ${clientId} ${inYears}`.execute(trx);
  await sql`insert into indicator_client_years
    select * from indicator_client_years_source
    where country_code = ${countryCode} and client_id = ${clientId} ${inYears}`.execute(trx);
}

/** The year a session date falls in, as the rollup keys it. */
export const yearOfDate = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * Rebuilds the whole rollup from the raw tables, as the migration's backfill does: for data
 * loaded around the services (the benchmark generator runs it after its bulk load).
 */
export const REBUILD_ROLLUP_SQL = `DELETE FROM indicator_client_years;
INSERT INTO indicator_client_years SELECT * FROM indicator_client_years_source;`;

export async function rebuildRollup(db: Kysely<DB>) {
  await db.transaction().execute(async (trx) => {
    await sql`delete from indicator_client_years`.execute(trx);
    await sql`insert into indicator_client_years select * from indicator_client_years_source`.execute(trx);
  });
}
