import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centreIds,
  clientBody,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';
import { destroyClientDataKey } from './client-cipher.js';
import { createKeyRing, demoKeyRing } from './key-ring.js';
import { assertCountryKeys, sealLegacyNotes } from './seal-legacy.js';

let t: TestContext;
let counsellor: Session;
let manager: Session;
let centres: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'EG'));
  manager = await logIn(t.app, demoEmail('centre_manager', 'EG'));
  centres = await centreIds(t.app, counsellor.cookie);
});
afterAll(() => t.close());

async function newClient(given = 'Karim') {
  const res = await request(
    t.app,
    counsellor,
    'POST',
    '/api/clients',
    clientBody(centres.CAI as string, { name: { given, family: 'Hassan' }, nationality: 'EG' }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function recordNote(clientId: string, sensitiveNotes?: string) {
  const res = await request(t.app, counsellor, 'POST', `/api/clients/${clientId}/sessions`, {
    heldOn: '2026-03-02',
    channel: 'phone',
    format: 'individual',
    topics: ['local_jobs'],
    durationMinutes: 20,
    ...(sensitiveNotes ? { sensitiveNotes } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const readNote = (clientId: string, sessionId: string, who = counsellor) =>
  request(t.app, who, 'GET', `/api/clients/${clientId}/sessions/${sessionId}/sensitive-notes`);

const keyRow = (clientId: string) =>
  t.database.db
    .selectFrom('client_data_keys')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst();

const storedNote = (sessionId: string) =>
  t.database.db
    .selectFrom('session_sensitive_notes')
    .select(['body', 'body_ciphertext'])
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();

describe('erasing a client data key', () => {
  it("makes every sealed field of that client unreadable, and only that client's", async () => {
    const erased = await newClient();
    const kept = await newClient('Omar');
    const first = await recordNote(erased.id, 'Fled domestic violence.');
    const second = await recordNote(erased.id, 'Has a chronic illness.');
    const other = await recordNote(kept.id, 'Other person, other key.');
    const before = await storedNote(first);

    const result = await t.database.db
      .transaction()
      .execute((trx) => destroyClientDataKey(trx, 'EG', erased.id));
    expect(result).toEqual({ destroyed: true });

    for (const sessionId of [first, second]) {
      const res = await readNote(erased.id, sessionId);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('violence');
    }
    expect((await readNote(kept.id, other)).json().sensitiveNotes).toBe('Other person, other key.');
    // The ciphertext is still there (and in every later copy), but nothing can open it any more.
    expect(await storedNote(first)).toEqual(before);
    expect((await keyRow(erased.id))?.wrapped_key).toBeNull();
    expect(
      await t.database.db.transaction().execute((trx) => destroyClientDataKey(trx, 'EG', erased.id)),
    ).toEqual({ destroyed: false });
  });

  it('gives the client a new key generation for later notes; the erased ones stay gone (404, not 500)', async () => {
    const client = await newClient('Samir');
    const old = await recordNote(client.id, 'Before the erasure.');
    await t.database.db.transaction().execute((trx) => destroyClientDataKey(trx, 'EG', client.id));
    const fresh = await recordNote(client.id, 'After the erasure.');
    expect(await keyRow(client.id)).toMatchObject({ data_key_version: 2, erased_at: null });
    expect((await storedNote(fresh)).body_ciphertext).toMatch(/^v1\.2\./);
    expect((await readNote(client.id, fresh)).json().sensitiveNotes).toBe('After the erasure.');
    expect((await readNote(client.id, old)).statusCode).toBe(404);
  });

  it('answers 500, never the text, when a stored ciphertext was altered', async () => {
    const client = await newClient('Tarek');
    const sessionId = await recordNote(client.id, 'Integrity matters.');
    const { body_ciphertext } = await storedNote(sessionId);
    const parts = String(body_ciphertext).split('.');
    parts[4] = `${parts[4]?.startsWith('A') ? 'B' : 'A'}${parts[4]?.slice(1)}`;
    await t.database.db
      .updateTable('session_sensitive_notes')
      .set({ body_ciphertext: parts.join('.') })
      .where('session_id', '=', sessionId)
      .execute();
    const res = await readNote(client.id, sessionId);
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('Integrity');
  });
});

describe('merging clients with sealed notes', () => {
  it("re-seals the duplicate's notes under the survivor's key and forgets the duplicate's key", async () => {
    const survivor = await newClient('Hany');
    const duplicate = await newClient('Hani');
    const kept = await recordNote(survivor.id, 'Survivor note.');
    const moved = await recordNote(duplicate.id, 'Duplicate note.');
    const duplicateVersion = (await request(t.app, manager, 'GET', `/api/clients/${duplicate.id}`)).json()
      .version;
    const survivorVersion = (await request(t.app, manager, 'GET', `/api/clients/${survivor.id}`)).json()
      .version;
    const res = await request(t.app, manager, 'POST', `/api/clients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      version: survivorVersion,
      duplicateVersion,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await readNote(survivor.id, kept)).json().sensitiveNotes).toBe('Survivor note.');
    expect((await readNote(survivor.id, moved)).json().sensitiveNotes).toBe('Duplicate note.');
    expect((await keyRow(duplicate.id))?.wrapped_key).toBeNull();
    // Erasing the survivor now erases what came from the duplicate too.
    await t.database.db.transaction().execute((trx) => destroyClientDataKey(trx, 'EG', survivor.id));
    expect((await readNote(survivor.id, moved)).statusCode).toBe(404);
  });

  it("drops the duplicate's already-erased notes instead of letting them pass for the survivor's", async () => {
    const survivor = await newClient('Wael');
    const duplicate = await newClient('Wail');
    const kept = await recordNote(survivor.id, 'Survivor, generation 1.');
    const erased = await recordNote(duplicate.id, 'Erased before the merge.');
    await t.database.db.transaction().execute((trx) => destroyClientDataKey(trx, 'EG', duplicate.id));
    const merged = await request(t.app, manager, 'POST', `/api/clients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      version: (await request(t.app, manager, 'GET', `/api/clients/${survivor.id}`)).json().version,
      duplicateVersion: (await request(t.app, manager, 'GET', `/api/clients/${duplicate.id}`)).json().version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await readNote(survivor.id, kept)).json().sensitiveNotes).toBe('Survivor, generation 1.');
    // Same generation number (1) as the survivor's key: without the drop this would be a 500.
    expect((await readNote(survivor.id, erased)).statusCode).toBe(404);
    const sessions = (await request(t.app, manager, 'GET', `/api/clients/${survivor.id}/sessions`)).json()
      .items;
    expect(sessions.find((s: { id: string }) => s.id === erased)?.hasSensitiveNotes).toBe(false);
  });
});

describe('notes written before encryption at rest', () => {
  it('are sealed at start-up and their plaintext cleared, once', async () => {
    const client = await newClient('Adel');
    const sessionId = await recordNote(client.id);
    const legacy = `Written before 0012 ${randomUUID()}`;
    await t.database.db
      .insertInto('session_sensitive_notes')
      .values({ country_code: 'EG', session_id: sessionId, body: legacy })
      .execute();

    expect(await sealLegacyNotes(t.database, demoKeyRing())).toEqual({ sealed: 1 });
    const stored = await storedNote(sessionId);
    expect(stored.body).toBeNull();
    expect(stored.body_ciphertext).toMatch(/^v1\.1\./);
    expect((await readNote(client.id, sessionId)).json().sensitiveNotes).toBe(legacy);
    const dump = await t.database.withRawSession((s) =>
      s.query<{ row: string }>('SELECT row_to_json(n)::text AS row FROM session_sensitive_notes n'),
    );
    expect(dump.map((r) => r.row).join('\n')).not.toContain(legacy);
    expect(await sealLegacyNotes(t.database, demoKeyRing())).toEqual({ sealed: 0 });
  });
});

describe('a country without a configured key', () => {
  it('refuses the sensitive write with 503 and writes nothing; start-up names the country', async () => {
    const keys = JSON.stringify({ MA: { '1': randomBytes(32).toString('base64') } });
    const other = await createTestApp({ env: { PATHWAYS_COUNTRY_KEYS: keys } });
    try {
      const eg = await logIn(other.app, demoEmail('counsellor', 'EG'));
      const egCentres = await centreIds(other.app, eg.cookie);
      const client = (
        await request(
          other.app,
          eg,
          'POST',
          '/api/clients',
          clientBody(egCentres.CAI as string, { nationality: 'EG' }),
        )
      ).json();
      const res = await request(other.app, eg, 'POST', `/api/clients/${client.id}/sessions`, {
        heldOn: '2026-03-02',
        channel: 'phone',
        format: 'individual',
        topics: ['local_jobs'],
        durationMinutes: 20,
        sensitiveNotes: 'Must not be stored in clear.',
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('encryption_key_missing');
      const sessions = await other.database.db
        .selectFrom('counselling_sessions')
        .select('id')
        .where('client_id', '=', client.id)
        .execute();
      expect(sessions).toEqual([]);
      const ring = createKeyRing(other.config);
      await expect(assertCountryKeys(other.database, ring)).rejects.toThrow(/no key for EG/);
    } finally {
      await other.close();
    }
  });
});
