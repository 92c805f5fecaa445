import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;
type ClientKey = { countryCode: string; clientId: string };

export async function findStaffMember(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The client's sessions with their counsellor's name and the sealed sensitive note, if any. */
export async function listSessionsForExport(db: Db, client: ClientKey) {
  return db
    .selectFrom('counselling_sessions as s')
    .innerJoin('users as u', 'u.id', 's.counsellor_id')
    .leftJoin('session_sensitive_notes as n', (join) =>
      join.onRef('n.country_code', '=', 's.country_code').onRef('n.session_id', '=', 's.id'),
    )
    .select([
      's.id',
      's.client_id',
      's.counsellor_id',
      'u.display_name as counsellor_name',
      's.held_on',
      's.channel',
      's.format',
      's.topics',
      's.duration_minutes',
      's.notes',
      's.next_steps',
      's.created_at',
      'n.session_id as sensitive_session_id',
      'n.body_ciphertext',
    ])
    .where('s.country_code', '=', client.countryCode)
    .where('s.client_id', '=', client.clientId)
    .orderBy('s.held_on')
    .orderBy('s.created_at')
    .execute();
}
export type ExportSessionRow = Awaited<ReturnType<typeof listSessionsForExport>>[number];

export async function listAssessmentsForExport(db: Db, client: ClientKey) {
  return db
    .selectFrom('pathway_assessments as a')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .select([
      'a.id',
      'a.pack_id',
      'a.pack_version',
      'a.evaluated_on',
      'a.profile',
      'a.result',
      'u.display_name as created_by_name',
      'a.created_at',
    ])
    .where('a.country_code', '=', client.countryCode)
    .where('a.client_id', '=', client.clientId)
    .orderBy('a.created_at')
    .execute();
}

/** Code-list labels (topics, channels, education, languages, occupations) in one language. */
export async function loadCodeLabels(db: Db, language: 'en' | 'fr' | 'ar') {
  const rows = await db
    .selectFrom('code_list_items')
    .select(['list', 'code', 'labels'])
    .where('list', 'in', ['counselling_topics', 'session_channels', 'isced_2011', 'languages', 'isco_08'])
    .execute();
  const labels = new Map<string, string>();
  for (const row of rows) labels.set(`${row.list}:${row.code}`, row.labels[language] ?? row.labels.en);
  return labels;
}

export async function findCentreName(db: Db, centreId: string) {
  const row = await db.selectFrom('centres').select('name').where('id', '=', centreId).executeTakeFirst();
  return row?.name ?? null;
}

export async function findPartnerNames(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('partner_organisations')
    .select(['id', 'name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
