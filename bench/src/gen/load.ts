/**
 * Bulk loading: every table's batch goes in as arrays, one per column, through
 * `INSERT … SELECT … FROM unnest(…)` (about 6 s per million rows, against ~35 s for row values).
 * Clients, their consents and their sessions go in one statement, hence one transaction per batch.
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
  | 'text[]';

export type TableSpec = { table: string; columns: [name: string, type: ColumnType][] };

export type ColumnBatch = { spec: TableSpec; values: unknown[][]; rows: number };

export const newBatch = (spec: TableSpec): ColumnBatch => ({
  spec,
  values: spec.columns.map(() => []),
  rows: 0,
});

/** Appends one row; values in the spec's column order (text[] as one space-joined string). */
export function pushRow(batch: ColumnBatch, row: unknown[]) {
  for (let i = 0; i < batch.values.length; i++) batch.values[i]?.push(row[i] ?? null);
  batch.rows++;
}

// jsonb and text[] travel as text arrays and are converted in the SELECT: unnest cannot return
// an array per row from a two-dimensional array.
const paramType = (type: ColumnType) => (type === 'jsonb' || type === 'text[]' ? 'text' : type);
const selectExpr = (name: string, type: ColumnType) =>
  type === 'jsonb' ? `${name}::jsonb` : type === 'text[]' ? `string_to_array(${name}, ' ')` : name;

function insertPart(batch: ColumnBatch, firstParam: number): string {
  const { table, columns } = batch.spec;
  const names = columns.map(([n]) => n).join(', ');
  const params = columns.map(([, t], i) => `$${firstParam + i}::${paramType(t)}[]`).join(', ');
  const select = columns.map(([n, t]) => selectExpr(n, t)).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${params}) AS u(${names})`;
}

/** One statement for several tables (data-modifying CTEs); foreign keys are checked at its end. */
export async function insertBatches(session: RawSession, batches: ColumnBatch[]) {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const batch of batches) {
    if (batch.rows === 0) continue;
    parts.push(insertPart(batch, params.length + 1));
    params.push(...batch.values);
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
