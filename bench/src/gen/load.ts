/**
 * Bulk loading: every table's batch goes in as arrays, one per column, through
 * `INSERT … SELECT … FROM unnest(…)` (about 6 s per million rows, against ~35 s for row values).
 * Clients, their consents, sessions, referrals (with their status events) and the group events of
 * the months a batch passes go in one statement, hence one transaction per batch.
 */
import type { RawSession } from '../../../apps/server/src/db/client.js';

type ColumnType =
  | 'text'
  | 'uuid'
  | 'int'
  | 'smallint'
  | 'numeric'
  | 'bool'
  | 'timestamptz'
  | 'date'
  | 'jsonb'
  | 'text[]'
  | 'uuid[]';

export type TableSpec = { table: string; columns: [name: string, type: ColumnType][] };

export type ColumnBatch = { spec: TableSpec; values: unknown[][]; rows: number };

export const newBatch = (spec: TableSpec): ColumnBatch => ({
  spec,
  values: spec.columns.map(() => []),
  rows: 0,
});

/** Appends one row; values in the spec's column order (arrays as one space-joined string). */
export function pushRow(batch: ColumnBatch, row: unknown[]) {
  for (let i = 0; i < batch.values.length; i++) batch.values[i]?.push(row[i] ?? null);
  batch.rows++;
}

// jsonb and arrays travel as text and are converted in the SELECT: unnest cannot return an array
// per row from a two-dimensional array. An empty string becomes an empty array.
const paramType = (type: ColumnType) =>
  type === 'jsonb' || type === 'text[]' || type === 'uuid[]' ? 'text' : type;
const selectExpr = (name: string, type: ColumnType) => {
  if (type === 'jsonb') return `${name}::jsonb`;
  if (type === 'text[]') return `string_to_array(${name}, ' ')`;
  if (type === 'uuid[]') return `string_to_array(${name}, ' ')::uuid[]`;
  return name;
};

function insertPart(batch: ColumnBatch, firstParam: number): string {
  const { table, columns } = batch.spec;
  const names = columns.map(([n]) => n).join(', ');
  const params = columns.map(([, t], i) => `$${firstParam + i}::${paramType(t)}[]`).join(', ');
  const select = columns.map(([n, t]) => selectExpr(n, t)).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${params}) AS u(${names})`;
}

// Ids, numbers, booleans, dates and ISO timestamps never hold a quote, comma, brace or space, so
// their arrays go as array literals built here: the driver's per-element escaping of millions of
// values costs more than the rest of the parameter handling.
const LITERAL_TYPES = new Set<ColumnType>([
  'uuid',
  'int',
  'smallint',
  'numeric',
  'bool',
  'timestamptz',
  'date',
]);

function asParam(values: unknown[], type: ColumnType): unknown {
  if (!LITERAL_TYPES.has(type)) return values;
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) literal += ',';
    literal += v === null || v === undefined ? 'NULL' : v instanceof Date ? v.toISOString() : String(v);
  }
  return `${literal}}`;
}

/** One statement for several tables (data-modifying CTEs); foreign keys are checked at its end. */
export async function insertBatches(session: RawSession, batches: ColumnBatch[]) {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const batch of batches) {
    if (batch.rows === 0) continue;
    parts.push(insertPart(batch, params.length + 1));
    batch.spec.columns.forEach(([, type], i) => {
      params.push(asParam(batch.values[i] as unknown[], type));
    });
  }
  if (parts.length === 0) return;
  const last = parts.pop() as string;
  const sqlText = parts.length ? `WITH ${parts.map((p, i) => `w${i} AS (${p})`).join(', ')} ${last}` : last;
  await session.query(sqlText, params);
}

export const CLIENTS: TableSpec = {
  table: 'clients',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['centre_id', 'uuid'],
    ['case_code', 'text'],
    ['given_name', 'text'],
    ['middle_name', 'text'],
    ['family_name', 'text'],
    ['given_name_original', 'text'],
    ['middle_name_original', 'text'],
    ['family_name_original', 'text'],
    ['sex', 'text'],
    ['dob_value', 'text'],
    ['dob_precision', 'text'],
    ['birth_year', 'int'],
    ['id_document_type', 'text'],
    ['id_document_number', 'text'],
    ['phone', 'text'],
    ['phone_has_messenger', 'bool'],
    ['nationality', 'text'],
    ['region', 'text'],
    ['education_isced', 'smallint'],
    ['occupation_isco', 'text'],
    ['work_experience_years', 'numeric'],
    ['languages', 'jsonb'],
    ['client_group', 'text'],
    ['intentions', 'jsonb'],
    ['return_details', 'jsonb'],
    ['heard_via', 'text'],
    ['search_latin', 'text'],
    ['search_skeleton', 'text'],
    ['created_by', 'uuid'],
    ['counsellor_id', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const CONSENTS: TableSpec = {
  table: 'consents',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['client_id', 'uuid'],
    ['purpose', 'text'],
    ['text_version', 'text'],
    ['language', 'text'],
    ['recorded_by', 'uuid'],
    ['recorded_at', 'timestamptz'],
    // Last, so counselling consents (which name no partner) leave it out.
    ['partner_organisation_id', 'uuid'],
  ],
};

export const SESSIONS: TableSpec = {
  table: 'counselling_sessions',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['client_id', 'uuid'],
    ['centre_id', 'uuid'],
    ['counsellor_id', 'uuid'],
    ['held_on', 'date'],
    ['channel', 'text'],
    ['format', 'text'],
    ['topics', 'text[]'],
    ['duration_minutes', 'int'],
    ['notes', 'text'],
    ['next_steps', 'text'],
    ['created_at', 'timestamptz'],
  ],
};

export const PARTNERS: TableSpec = {
  table: 'partner_organisations',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['name', 'text'],
    ['type', 'text'],
    ['website', 'text'],
    ['description', 'text'],
    ['contacts', 'jsonb'],
    ['version', 'int'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const AGREEMENTS: TableSpec = {
  table: 'data_sharing_agreements',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['partner_organisation_id', 'uuid'],
    ['signed_on', 'date'],
    ['expires_on', 'date'],
    ['purposes', 'text[]'],
    ['reference', 'text'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
  ],
};

export const OFFERS: TableSpec = {
  table: 'offers',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['partner_organisation_id', 'uuid'],
    ['category', 'text'],
    ['centre_ids', 'uuid[]'],
    ['title', 'jsonb'],
    ['description', 'jsonb'],
    ['eligibility', 'jsonb'],
    ['capacity', 'int'],
    ['seats_left', 'int'],
    ['schedule', 'jsonb'],
    ['starts_on', 'date'],
    ['ends_on', 'date'],
    ['cost', 'jsonb'],
    ['delivery_mode', 'text'],
    ['languages', 'text[]'],
    ['location', 'jsonb'],
    ['status', 'text'],
    ['version', 'int'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const REFERRALS: TableSpec = {
  table: 'referrals',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['client_id', 'uuid'],
    ['centre_id', 'uuid'],
    ['partner_organisation_id', 'uuid'],
    ['offer_id', 'uuid'],
    ['consent_id', 'uuid'],
    ['reason', 'text'],
    ['shared_fields', 'text[]'],
    ['shared_snapshot', 'jsonb'],
    ['status', 'text'],
    ['decline_reason', 'text'],
    ['outcome', 'text'],
    ['feedback', 'text'],
    ['version', 'int'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['sent_at', 'timestamptz'],
    ['answered_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const REFERRAL_EVENTS: TableSpec = {
  table: 'referral_events',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['referral_id', 'uuid'],
    ['from_status', 'text'],
    ['to_status', 'text'],
    ['actor_id', 'uuid'],
    ['actor_side', 'text'],
    ['reason', 'text'],
    ['at', 'timestamptz'],
  ],
};

export const GROUP_EVENTS: TableSpec = {
  table: 'group_events',
  columns: [
    ['country_code', 'text'],
    ['id', 'uuid'],
    ['centre_id', 'uuid'],
    ['kind', 'text'],
    ['title', 'text'],
    ['held_on', 'date'],
    ['topics', 'text[]'],
    ['channel', 'text'],
    ['location', 'text'],
    ['notes', 'text'],
    ['version', 'int'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const GROUP_EVENT_PARTNERS: TableSpec = {
  table: 'group_event_partners',
  columns: [
    ['country_code', 'text'],
    ['event_id', 'uuid'],
    ['partner_organisation_id', 'uuid'],
  ],
};

export const GROUP_EVENT_PARTICIPANTS: TableSpec = {
  table: 'group_event_participants',
  columns: [
    ['country_code', 'text'],
    ['event_id', 'uuid'],
    ['sex', 'text'],
    ['age_group', 'text'],
    ['participants', 'int'],
  ],
};

export const GROUP_EVENT_ATTENDEES: TableSpec = {
  table: 'group_event_attendees',
  columns: [
    ['country_code', 'text'],
    ['event_id', 'uuid'],
    ['client_id', 'uuid'],
  ],
};

/**
 * The name-matching indexes as the migrations define them, read from the database: cheaper to build
 * once after the load than to maintain per row, and never out of step with the schema.
 */
export async function readSearchIndexes(session: RawSession): Promise<[name: string, definition: string][]> {
  const rows = await session.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'clients' AND indexname LIKE 'clients_search%' ORDER BY indexname",
  );
  return rows.map((r) => [r.indexname, r.indexdef]);
}
