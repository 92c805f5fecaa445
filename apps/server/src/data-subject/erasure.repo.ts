// The SQL of erasure: every place a client's personal data lives, and what is left of it. What
// stays is what the indicators count (sex, birth year, country, centre, group, dates, sessions'
// topics and channels, referral statuses and outcomes) plus coarse code-list values of the
// profile; docs/DATA_PROTECTION.md ("Erasure and retention") gives the reasons.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

type Trx = Transaction<DB>;
type ClientKey = { countryCode: string; clientId: string };
export type ErasureMark = { at: Date; by: string | null; reason: string };

/**
 * The client row's personal columns, emptied. Kept: case code, sex, birth_year (the age group),
 * nationality, education level, client group, intentions (destination and purpose codes), return
 * kind and country, how they heard of the centre, status history and dates. Region goes: no
 * indicator uses it, and with sex, birth year and centre it could single a person out.
 */
const personalColumnsRemoved = {
  given_name: null,
  middle_name: null,
  family_name: null,
  given_name_original: null,
  middle_name_original: null,
  family_name_original: null,
  aliases: [] as string[],
  dob_value: null,
  dob_precision: null,
  id_document_type: null,
  id_document_number: null,
  phone: null,
  phone_has_messenger: false,
  region: null,
  occupation_isco: null,
  work_experience_years: null,
  languages: '[]',
  // The date of return is the person's own; the kind of return and the country stay.
  // (JSON null is stored for people who did not return: `-` would fail on it.)
  return_details: sql<string>`CASE WHEN jsonb_typeof(return_details) = 'object' THEN return_details - 'returnedOn' ELSE return_details END`,
  // Empty matching keys: no name, spelling or script finds the row again.
  search_latin: '',
  search_skeleton: '',
};

/**
 * Empties the client row if it is still at `version`; false when someone changed it since.
 * The row becomes `erased` and says when, by whom (null: the retention job) and why.
 */
export async function eraseClientRow(trx: Trx, client: ClientKey, version: number, mark: ErasureMark) {
  const result = await trx
    .updateTable('clients')
    .set({
      ...personalColumnsRemoved,
      status: 'erased',
      erased_at: mark.at,
      erased_by: mark.by,
      erasure_reason: mark.reason,
      version: version + 1,
      updated_at: mark.at,
    })
    .where('country_code', '=', client.countryCode)
    .where('id', '=', client.clientId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Duplicates merged into the client, directly or through a chain of merges: they held the person too. */
export async function findMergedDuplicates(trx: Trx, client: ClientKey): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE merged(id) AS (
      SELECT id FROM clients WHERE country_code = ${client.countryCode} AND merged_into_id = ${client.clientId}
      UNION
      SELECT c.id FROM clients c JOIN merged m ON c.merged_into_id = m.id WHERE c.country_code = ${client.countryCode}
    )
    SELECT id FROM merged`.execute(trx);
  return rows.map((r) => r.id);
}

/** Merged duplicates keep status 'merged' (the merge stays traceable) but lose the person's data. */
export async function eraseMergedRows(trx: Trx, countryCode: string, ids: string[], mark: ErasureMark) {
  if (!ids.length) return;
  await trx
    .updateTable('clients')
    .set({
      ...personalColumnsRemoved,
      erased_at: mark.at,
      erased_by: mark.by,
      erasure_reason: mark.reason,
      version: (eb) => eb('version', '+', 1),
      updated_at: mark.at,
    })
    .where('country_code', '=', countryCode)
    .where('id', 'in', ids)
    .execute();
}

/**
 * Free text of the case, blanked: session notes and next steps, task goals and titles, the
 * reasons and feedback written on referrals, guardians' names, the profile entered into the
 * pathway navigator (it may hold a date of birth). Counts, codes, statuses and dates stay.
 */
export async function blankCaseHistory(trx: Trx, countryCode: string, ids: string[]) {
  const sessionsOf = trx
    .selectFrom('counselling_sessions')
    .select('id')
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids);
  await trx
    .updateTable('counselling_sessions')
    .set({ notes: '', next_steps: '' })
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids)
    .execute();
  // Notes written before encryption and not yet sealed are plaintext: they go entirely.
  await trx
    .deleteFrom('session_sensitive_notes')
    .where('country_code', '=', countryCode)
    .where('body', 'is not', null)
    .where('session_id', 'in', sessionsOf)
    .execute();
  await trx
    .updateTable('tasks')
    .set({ goal: null, title: '' })
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids)
    .execute();
  // Nobody follows up an erased person: open tasks leave everyone's list.
  await trx
    .updateTable('tasks')
    .set((eb) => ({ status: 'cancelled', version: eb('version', '+', 1) }))
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids)
    .where('status', '=', 'open')
    .execute();
  await trx
    .updateTable('pathway_assessments')
    .set({ profile: '{}' })
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids)
    .execute();
  await trx
    .updateTable('consents')
    .set({ guardian_name: null })
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids)
    .execute();
  await trx
    .deleteFrom('client_family_links')
    .where('country_code', '=', countryCode)
    .where((eb) => eb.or([eb('client_id', 'in', ids), eb('related_client_id', 'in', ids)]))
    .execute();
  const referralsOf = trx
    .selectFrom('referrals')
    .select('id')
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids);
  await trx
    .updateTable('referral_events')
    .set({ reason: null })
    .where('country_code', '=', countryCode)
    .where('referral_id', 'in', referralsOf)
    .execute();
  await trx
    .updateTable('referrals')
    .set({ reason: '', decline_reason: null, feedback: null })
    .where('country_code', '=', countryCode)
    .where('client_id', 'in', ids)
    .execute();
}
