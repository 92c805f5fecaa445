import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openPglite } from '../db/client.js';
import {
  centreIds,
  clientBody,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
  testHasher,
} from '../testing/index.js';
import { destroyClientDataKey } from './client-cipher.js';
import { decryptField, SealError } from './envelope.js';
import { KeyRing } from './key-ring.js';
import { rotateCountry } from './rekey.js';

const run = promisify(execFile);
const v1 = randomBytes(32);
const v2 = randomBytes(32);
const b64 = (key: Buffer) => key.toString('base64');
const ring = (versions: Record<number, Buffer>) =>
  new KeyRing(new Map([['EG', new Map(Object.entries(versions).map(([v, k]) => [Number(v), k]))]]));

let t: TestContext;
let counsellor: Session;
const notes: { clientId: string; sessionId: string; text: string }[] = [];

beforeAll(async () => {
  t = await createTestApp({ env: { PATHWAYS_COUNTRY_KEYS: JSON.stringify({ EG: { '1': b64(v1) } }) } });
  counsellor = await logIn(t.app, demoEmail('counsellor', 'EG'));
  const centres = await centreIds(t.app, counsellor.cookie);
  for (const text of ['Lost his documents at sea.', 'Needs trauma counselling.', 'Erased before rotation.']) {
    const client = await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centres.CAI as string),
    );
    const clientId = client.json().id as string;
    const res = await request(t.app, counsellor, 'POST', `/api/clients/${clientId}/sessions`, {
      heldOn: '2026-03-10',
      channel: 'in_person',
      format: 'individual',
      topics: ['local_jobs'],
      durationMinutes: 40,
      sensitiveNotes: text,
    });
    expect(res.statusCode, res.body).toBe(201);
    notes.push({ clientId, sessionId: res.json().id, text });
  }
  // The third client is erased: rotation must leave its tombstone and ciphertext alone.
  const erased = notes.pop() as (typeof notes)[number];
  await t.database.db.transaction().execute((trx) => destroyClientDataKey(trx, 'EG', erased.clientId));
});
afterAll(() => t.close());

const keyRows = () =>
  t.database.db
    .selectFrom('client_data_keys')
    .selectAll()
    .where('country_code', '=', 'EG')
    .where('wrapped_key', 'is not', null)
    .orderBy('client_id')
    .execute();
/** The stored ciphertext of each of the notes (the erased client's included), by session id. */
const ciphertexts = async () =>
  Object.fromEntries(
    (
      await t.database.db
        .selectFrom('session_sensitive_notes')
        .select(['session_id', 'body_ciphertext'])
        .where('country_code', '=', 'EG')
        .execute()
    ).map((r) => [r.session_id, r.body_ciphertext]),
  );

/** Reads every note through the API of a server that holds only `keys`. */
async function readAllWith(keys: KeyRing) {
  const app = await buildApp({ config: t.config, database: t.database, hasher: testHasher, keys });
  try {
    const session = await logIn(app, demoEmail('counsellor', 'EG'));
    const out: (string | number)[] = [];
    for (const n of notes) {
      const res = await request(
        app,
        session,
        'GET',
        `/api/clients/${n.clientId}/sessions/${n.sessionId}/sensitive-notes`,
      );
      out.push(res.statusCode === 200 ? res.json().sensitiveNotes : res.statusCode);
    }
    return out;
  } finally {
    await app.close();
  }
}

describe('key rotation', () => {
  it('rewraps every data key under the newest country key, leaving the fields untouched', async () => {
    const fieldsBefore = await ciphertexts();
    const keysBefore = await keyRows();
    expect(keysBefore.map((k) => k.key_version)).toEqual([1, 1]);
    // A server that only has version 2 cannot read anything yet.
    expect(await readAllWith(ring({ 2: v2 }))).toEqual([503, 503]);

    const report = await rotateCountry(t.database.db, ring({ 1: v1, 2: v2 }), 'EG');
    expect(report).toEqual({ countryCode: 'EG', clients: 2, rekeyed: 2, fields: 0 });
    const keysAfter = await keyRows();
    expect(keysAfter.map((k) => [k.key_version, k.data_key_version])).toEqual([
      [2, 1],
      [2, 1],
    ]);
    expect(keysAfter.map((k) => k.wrapped_key)).not.toEqual(keysBefore.map((k) => k.wrapped_key));
    expect(await ciphertexts()).toEqual(fieldsBefore);
    // Version 1 can now leave the configuration.
    expect(await readAllWith(ring({ 2: v2 }))).toEqual(notes.map((n) => n.text));
    // Running it again finds nothing to do; the erased client's tombstone is left alone.
    expect((await rotateCountry(t.database.db, ring({ 1: v1, 2: v2 }), 'EG')).rekeyed).toBe(0);
  });

  it('re-encrypts with new data keys: old ciphertexts and old data keys no longer match anything', async () => {
    const keys = ring({ 2: v2 });
    const before = await keyRows();
    const oldDataKeys = await Promise.all(
      before.map((k) =>
        keys.unwrap(
          { countryCode: 'EG', clientId: k.client_id, dataKeyVersion: k.data_key_version },
          { keyVersion: k.key_version, wrappedKey: String(k.wrapped_key) },
        ),
      ),
    );
    const fieldsBefore = await ciphertexts();

    const report = await rotateCountry(t.database.db, keys, 'EG', { reencrypt: true });
    expect(report).toEqual({ countryCode: 'EG', clients: 2, rekeyed: 2, fields: 2 });
    const after = await keyRows();
    expect(after.map((k) => k.data_key_version)).toEqual([2, 2]);
    const fieldsAfter = await ciphertexts();
    expect(await readAllWith(keys)).toEqual(notes.map((n) => n.text));
    for (const n of notes) {
      const sealed = fieldsAfter[n.sessionId] as string;
      expect(sealed).toMatch(/^v1\.2\./);
      expect(sealed).not.toBe(fieldsBefore[n.sessionId]);
      // A copy of the client's old data key (say, from a backup) opens none of the new ciphertexts.
      const oldKey = oldDataKeys[before.findIndex((k) => k.client_id === n.clientId)] as Buffer;
      const place = {
        table: 'session_sensitive_notes',
        recordId: n.sessionId,
        field: 'body',
        dataKeyVersion: 2,
      };
      expect(() => decryptField(oldKey, place, sealed)).toThrow(SealError);
    }
    // The erased client's ciphertext was left as it was: still unreadable, not resurrected.
    const erased = Object.keys(fieldsAfter).find((id) => !notes.some((n) => n.sessionId === id)) as string;
    expect(fieldsAfter[erased]).toBe(fieldsBefore[erased]);
  });

  // Three child processes (tsx start-up, PGlite on disk): slower than the rest.
  it('runs as `npm run keys:rotate` against a data directory, and refuses to run without keys', {
    timeout: 120_000,
  }, async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-rotate-'));
    try {
      const dump = await t.database.dump?.();
      if (!dump) return;
      const copy = await openPglite({ dataDir: path.join(dir, 'data'), loadDataDir: dump });
      await copy.close();
      const cli = (args: string[], keys?: object) =>
        run(process.execPath, ['--import', 'tsx', 'apps/server/src/crypto/rotate-cli.ts', ...args], {
          env: {
            ...process.env,
            NODE_ENV: 'production',
            PATHWAYS_DEMO: '0',
            PATHWAYS_DATA_DIR: path.join(dir, 'data'),
            PATHWAYS_COUNTRY_KEYS: keys ? JSON.stringify(keys) : '',
          },
        });
      const v3 = randomBytes(32);
      const rewrap = await cli(['--country', 'eg'], { EG: { '2': b64(v2), '3': b64(v3) } });
      expect(rewrap.stdout).toContain('EG: 2 of 2 data keys rewrapped under key version 3');
      const reencrypt = await cli(['--reencrypt'], { EG: { '3': b64(v3) } });
      expect(reencrypt.stdout).toContain('EG: 2 of 2 data keys replaced, 2 fields re-encrypted');
      await expect(cli([])).rejects.toMatchObject({
        stderr: expect.stringContaining('PATHWAYS_COUNTRY_KEYS is not set'),
      });

      const rotated = await openPglite({ dataDir: path.join(dir, 'data') });
      try {
        const rows = await rotated.db
          .selectFrom('client_data_keys')
          .select(['key_version', 'data_key_version'])
          .where('wrapped_key', 'is not', null)
          .execute();
        expect(rows).toEqual([
          { key_version: 3, data_key_version: 3 },
          { key_version: 3, data_key_version: 3 },
        ]);
      } finally {
        await rotated.close();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
