// Key rotation and the moves that change whose key seals a field. Each client is one short
// transaction holding its key row FOR UPDATE: writers and readers of that client wait for it. A
// rewrap stopped half-way resumes where it stopped; a re-encryption starts over (harmlessly).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import {
  type ClientCipher,
  type ClientRef,
  cipherOf,
  clientCipher,
  destroyClientDataKey,
  unwrapRow,
} from './client-cipher.js';
import { newDataKey } from './envelope.js';
import type { KeyProvider } from './key-ring.js';
import { fieldRef, type SealedColumn, sealedColumns } from './sealed-columns.js';

/** The client's live key row, locked; undefined when there is none or it was erased. */
async function lockKeyRow(trx: Transaction<DB>, client: ClientRef) {
  const row = await trx
    .selectFrom('client_data_keys')
    .select(['key_version', 'data_key_version', 'wrapped_key'])
    .where('country_code', '=', client.countryCode)
    .where('client_id', '=', client.clientId)
    .forUpdate()
    .executeTakeFirst();
  return row?.wrapped_key ? { ...row, wrapped_key: row.wrapped_key } : undefined;
}

async function resealColumns(
  trx: Transaction<DB>,
  columns: readonly SealedColumn[],
  from: { client: ClientRef; cipher: ClientCipher },
  to: ClientCipher,
) {
  let fields = 0;
  for (const column of columns) {
    const rows = await column.rowsOfClient(trx, from.client.countryCode, from.client.clientId);
    for (const row of rows) {
      if (!from.cipher.isCurrent(row.sealed)) continue; // sealed by an erased key: stays erased
      const ref = fieldRef(column, row.recordId);
      await column.replace(
        trx,
        from.client.countryCode,
        row.recordId,
        to.seal(ref, from.cipher.open(ref, row.sealed)),
      );
      fields++;
    }
  }
  return fields;
}

/** Cheap rotation: the same data key, wrapped again under the country's newest key. */
export async function rewrapClientKey(trx: Transaction<DB>, keys: KeyProvider, client: ClientRef) {
  const row = await lockKeyRow(trx, client);
  const newest = await keys.newestVersion(client.countryCode);
  if (!row || row.key_version === newest) return false;
  const dataKey = await unwrapRow(keys, client, row);
  const wrapped = await keys.wrap({ ...client, dataKeyVersion: row.data_key_version }, dataKey);
  await trx
    .updateTable('client_data_keys')
    .set({ key_version: wrapped.keyVersion, wrapped_key: wrapped.wrappedKey })
    .where('country_code', '=', client.countryCode)
    .where('client_id', '=', client.clientId)
    .execute();
  return true;
}

/** Full rotation: a new data key (next generation) and every sealed field of the client re-sealed. */
export async function reencryptClient(
  trx: Transaction<DB>,
  keys: KeyProvider,
  client: ClientRef,
  columns: readonly SealedColumn[] = sealedColumns,
) {
  const row = await lockKeyRow(trx, client);
  if (!row) return { rekeyed: false, fields: 0 };
  const old = cipherOf(await unwrapRow(keys, client, row), row.data_key_version);
  const dataKeyVersion = row.data_key_version + 1;
  const dataKey = newDataKey();
  const fields = await resealColumns(
    trx,
    columns,
    { client, cipher: old },
    cipherOf(dataKey, dataKeyVersion),
  );
  const wrapped = await keys.wrap({ ...client, dataKeyVersion }, dataKey);
  await trx
    .updateTable('client_data_keys')
    .set({
      key_version: wrapped.keyVersion,
      data_key_version: dataKeyVersion,
      wrapped_key: wrapped.wrappedKey,
    })
    .where('country_code', '=', client.countryCode)
    .where('client_id', '=', client.clientId)
    .execute();
  return { rekeyed: true, fields };
}

/**
 * Before a merge moves a duplicate's records to the survivor: re-seals the duplicate's fields under
 * the survivor's data key and forgets the duplicate's, so erasing the survivor erases them too.
 */
export async function moveSealedFields(
  trx: Transaction<DB>,
  keys: KeyProvider,
  countryCode: string,
  fromClientId: string,
  toClientId: string,
) {
  const from = { countryCode, clientId: fromClientId };
  const row = await lockKeyRow(trx, from);
  const old = row ? cipherOf(await unwrapRow(keys, from, row), row.data_key_version) : null;
  // Values sealed by an erased key of the duplicate are unreadable for good; moved to the
  // survivor, their generation number could pass for the survivor's, so they go instead.
  for (const column of sealedColumns) {
    for (const stale of await column.rowsOfClient(trx, countryCode, fromClientId)) {
      if (!old?.isCurrent(stale.sealed)) await column.discard(trx, countryCode, stale.recordId);
    }
  }
  if (!old) return 0;
  const target = await clientCipher(trx, keys, { countryCode, clientId: toClientId });
  const fields = await resealColumns(trx, sealedColumns, { client: from, cipher: old }, target);
  await destroyClientDataKey(trx, countryCode, fromClientId);
  return fields;
}

export type RotationReport = { countryCode: string; clients: number; rekeyed: number; fields: number };

/**
 * Rotates every data key of one country: rewraps under the newest country key, or with
 * `reencrypt` also replaces the data keys and re-seals the fields.
 */
export async function rotateCountry(
  db: Kysely<DB>,
  keys: KeyProvider,
  countryCode: string,
  options: { reencrypt?: boolean } = {},
): Promise<RotationReport> {
  const clients = await db
    .selectFrom('client_data_keys')
    .select('client_id')
    .where('country_code', '=', countryCode)
    .where('wrapped_key', 'is not', null)
    .orderBy('client_id')
    .execute();
  const report: RotationReport = { countryCode, clients: clients.length, rekeyed: 0, fields: 0 };
  for (const { client_id } of clients) {
    const client = { countryCode, clientId: client_id };
    await db.transaction().execute(async (trx) => {
      if (options.reencrypt) {
        const done = await reencryptClient(trx, keys, client);
        report.rekeyed += done.rekeyed ? 1 : 0;
        report.fields += done.fields;
      } else if (await rewrapClientKey(trx, keys, client)) {
        report.rekeyed++;
      }
    });
  }
  return report;
}

/** The countries that hold data keys, for rotating everything at once. */
export async function countriesWithDataKeys(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('client_data_keys')
    .select('country_code')
    .distinct()
    .orderBy('country_code')
    .execute();
  return rows.map((r) => r.country_code);
}
