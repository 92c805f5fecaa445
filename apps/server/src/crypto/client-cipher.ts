// A client's data key, loaded (or made) inside the caller's transaction, and the seal/open of that
// client's sensitive fields with it. Locks on the key row: readers take it FOR SHARE, writers and
// re-encryption FOR UPDATE, so no field is ever sealed or read under a data key being replaced.
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { decryptField, encryptField, keyVersionOf, newDataKey } from './envelope.js';
import type { KeyProvider } from './key-ring.js';

export type ClientRef = { countryCode: string; clientId: string };
/** A sealed field's place: table, row id and column (the data-key version is added here). */
export type FieldRef = { table: string; recordId: string; field: string };

export type ClientCipher = {
  dataKeyVersion: number;
  seal(ref: FieldRef, plaintext: string): string;
  /** Throws SealError when the value was altered or moved: that is tampering, never "erased". */
  open(ref: FieldRef, sealed: string): string;
  /** False for a value sealed by an earlier, erased data key of the client: it is gone for good. */
  isCurrent(sealed: string): boolean;
};

type KeyRow = { key_version: number; data_key_version: number; wrapped_key: string };

export function cipherOf(dataKey: Buffer, dataKeyVersion: number): ClientCipher {
  return {
    dataKeyVersion,
    seal: (ref, plaintext) => encryptField(dataKey, { ...ref, dataKeyVersion }, plaintext),
    open: (ref, sealed) => decryptField(dataKey, { ...ref, dataKeyVersion }, sealed),
    isCurrent: (sealed) => keyVersionOf(sealed) === dataKeyVersion,
  };
}

export async function unwrapRow(keys: KeyProvider, client: ClientRef, row: KeyRow) {
  return keys.unwrap(
    { ...client, dataKeyVersion: row.data_key_version },
    { keyVersion: row.key_version, wrappedKey: row.wrapped_key },
  );
}

function selectKeyRow(trx: Transaction<DB>, client: ClientRef) {
  return trx
    .selectFrom('client_data_keys')
    .select(['key_version', 'data_key_version', 'wrapped_key'])
    .where('country_code', '=', client.countryCode)
    .where('client_id', '=', client.clientId);
}

/** The client's cipher, or null when the client has no live data key (never had one, or erased). */
export async function findClientCipher(
  trx: Transaction<DB>,
  keys: KeyProvider,
  client: ClientRef,
): Promise<ClientCipher | null> {
  const row = await selectKeyRow(trx, client).forShare().executeTakeFirst();
  if (!row?.wrapped_key) return null;
  return cipherOf(
    await unwrapRow(keys, client, { ...row, wrapped_key: row.wrapped_key }),
    row.data_key_version,
  );
}

/** The client's cipher, making and storing a new data key on first use (or after an erasure). */
export async function clientCipher(
  trx: Transaction<DB>,
  keys: KeyProvider,
  client: ClientRef,
): Promise<ClientCipher> {
  // Taking the row lock first means a tombstone is seen, and its generation skipped, reliably.
  const row = await selectKeyRow(trx, client).forUpdate().executeTakeFirst();
  if (row?.wrapped_key) {
    return cipherOf(
      await unwrapRow(keys, client, { ...row, wrapped_key: row.wrapped_key }),
      row.data_key_version,
    );
  }
  const dataKeyVersion = row ? row.data_key_version + 1 : 1;
  const dataKey = newDataKey();
  const wrapped = await keys.wrap({ ...client, dataKeyVersion }, dataKey);
  const values = {
    key_version: wrapped.keyVersion,
    data_key_version: dataKeyVersion,
    wrapped_key: wrapped.wrappedKey,
    erased_at: null,
  };
  const stored = await trx
    .insertInto('client_data_keys')
    .values({ country_code: client.countryCode, client_id: client.clientId, ...values })
    // A tombstone gets the next generation; a concurrent first write that won keeps its key.
    .onConflict((oc) =>
      oc
        .columns(['country_code', 'client_id'])
        .doUpdateSet(values)
        .where('client_data_keys.wrapped_key', 'is', null),
    )
    .returning('client_id')
    .executeTakeFirst();
  if (stored) return cipherOf(dataKey, dataKeyVersion);
  const theirs = await findClientCipher(trx, keys, client);
  if (!theirs) throw new Error('data key vanished while it was being created');
  return theirs;
}

/**
 * Crypto-erasure: forgets the client's data key, so every field sealed with it, in this database
 * and in any copy made from now on, can no longer be read. (Copies made earlier still hold the
 * wrapped key; docs/DATA_PROTECTION.md says how retiring a country key version reaches them.)
 * The row stays as a tombstone: a later key for the client starts a new generation.
 */
export async function destroyClientDataKey(trx: Transaction<DB>, countryCode: string, clientId: string) {
  const result = await trx
    .updateTable('client_data_keys')
    .set({ wrapped_key: null, erased_at: new Date() })
    .where('country_code', '=', countryCode)
    .where('client_id', '=', clientId)
    .where('wrapped_key', 'is not', null)
    .executeTakeFirst();
  return { destroyed: Number(result.numUpdatedRows) > 0 };
}
