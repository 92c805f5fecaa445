// Start-up step: checks that every country holding clients has a key, then seals sensitive notes
// written before migration 0012 (plaintext in `body`) and clears the plaintext. Idempotent; two
// servers starting together seal each note once (row locks).
import { ConfigError } from '../config/config.js';
import type { Database } from '../db/client.js';
import { clientCipher } from './client-cipher.js';
import { type KeyProvider, KeyRing } from './key-ring.js';
import { fieldRef, sessionNotesBody } from './sealed-columns.js';

export async function assertCountryKeys(database: Database, keys: KeyProvider) {
  if (!(keys instanceof KeyRing)) return; // a KMS adapter answers for itself
  const rows = await database.db.selectFrom('clients').select('country_code').distinct().execute();
  const missing = rows.map((r) => r.country_code).filter((cc) => !keys.hasCountry(cc));
  if (missing.length) {
    throw new ConfigError(
      `PATHWAYS_COUNTRY_KEYS has no key for ${missing.sort().join(', ')}, which hold clients: add one per country.`,
    );
  }
}

export async function sealLegacyNotes(database: Database, keys: KeyProvider) {
  const { db } = database;
  const pending = await db
    .selectFrom('session_sensitive_notes as n')
    .innerJoin('counselling_sessions as s', (join) =>
      join.onRef('s.country_code', '=', 'n.country_code').onRef('s.id', '=', 'n.session_id'),
    )
    .select(['n.country_code', 'n.session_id', 's.client_id'])
    .where('n.body', 'is not', null)
    .execute();
  let sealed = 0;
  for (const note of pending) {
    await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('session_sensitive_notes')
        .select('body')
        .where('country_code', '=', note.country_code)
        .where('session_id', '=', note.session_id)
        .where('body', 'is not', null)
        .forUpdate()
        .executeTakeFirst();
      if (row?.body == null) return; // another server sealed it meanwhile
      const cipher = await clientCipher(trx, keys, {
        countryCode: note.country_code,
        clientId: note.client_id,
      });
      await trx
        .updateTable('session_sensitive_notes')
        .set({
          body: null,
          body_ciphertext: cipher.seal(fieldRef(sessionNotesBody, note.session_id), row.body),
        })
        .where('country_code', '=', note.country_code)
        .where('session_id', '=', note.session_id)
        .execute();
      sealed++;
    });
  }
  // The old row versions still hold the plaintext on disk until the table is rewritten.
  if (sealed > 0) await database.withRawSession((s) => s.exec('VACUUM FULL session_sensitive_notes'));
  return { sealed };
}
