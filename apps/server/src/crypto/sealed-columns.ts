// Every column that holds sealed values, with how to find one client's rows. Re-encryption and
// merging walk this list, so a new sensitive field is safe only once it is listed here.
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { FieldRef } from './client-cipher.js';

export type SealedRow = { recordId: string; sealed: string };

export type SealedColumn = {
  table: string;
  field: string;
  rowsOfClient(trx: Transaction<DB>, countryCode: string, clientId: string): Promise<SealedRow[]>;
  replace(trx: Transaction<DB>, countryCode: string, recordId: string, sealed: string): Promise<void>;
  /** Removes a value whose data key was erased (nobody can read it; see moveSealedFields). */
  discard(trx: Transaction<DB>, countryCode: string, recordId: string): Promise<void>;
};

export const fieldRef = (column: Pick<SealedColumn, 'table' | 'field'>, recordId: string): FieldRef => ({
  table: column.table,
  field: column.field,
  recordId,
});

/** Sensitive session notes: one row per session, the client found through the session. */
export const sessionNotesBody: SealedColumn = {
  table: 'session_sensitive_notes',
  field: 'body',
  async rowsOfClient(trx, countryCode, clientId) {
    const rows = await trx
      .selectFrom('session_sensitive_notes as n')
      .innerJoin('counselling_sessions as s', (join) =>
        join.onRef('s.country_code', '=', 'n.country_code').onRef('s.id', '=', 'n.session_id'),
      )
      .select(['n.session_id', 'n.body_ciphertext'])
      .where('n.country_code', '=', countryCode)
      .where('s.client_id', '=', clientId)
      .where('n.body_ciphertext', 'is not', null)
      .execute();
    return rows.map((r) => ({ recordId: r.session_id, sealed: r.body_ciphertext as string }));
  },
  async replace(trx, countryCode, recordId, sealed) {
    await trx
      .updateTable('session_sensitive_notes')
      .set({ body_ciphertext: sealed })
      .where('country_code', '=', countryCode)
      .where('session_id', '=', recordId)
      .execute();
  },
  async discard(trx, countryCode, recordId) {
    await trx
      .deleteFrom('session_sensitive_notes')
      .where('country_code', '=', countryCode)
      .where('session_id', '=', recordId)
      .execute();
  },
};

export const sealedColumns: readonly SealedColumn[] = [sessionNotesBody];
