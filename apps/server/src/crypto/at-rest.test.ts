import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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
import { databaseUrlFor } from '../testing/postgres-urls.js';

let t: TestContext;
const recorded: { clientId: string; sessionId: string; secret: string; reader: Session }[] = [];
// Ordinary session notes are not sensitive: they must show up in the dump, proving the search works.
const plainMarker = `ordinary-note-${randomUUID()}`;

const sessionBody = (sensitiveNotes: string) => ({
  heldOn: '2026-02-03',
  channel: 'in_person',
  format: 'individual',
  topics: ['regular_labour_migration'],
  durationMinutes: 30,
  notes: `Talked about language courses. ${plainMarker}`,
  sensitiveNotes,
  nextSteps: '',
});

beforeAll(async () => {
  t = await createTestApp();
  const pk = await logIn(t.app, demoEmail('counsellor', 'PK'));
  const ma = await logIn(t.app, demoEmail('counsellor', 'MA'));
  const centres = await centreIds(t.app, pk.cookie);
  Object.assign(centres, await centreIds(t.app, ma.cookie));
  const people = [
    { reader: pk, centre: 'LHE', secret: `Survivor of trafficking, case ${randomUUID()}` },
    { reader: pk, centre: 'LHE', secret: `يعاني من صدمة نفسية ${randomUUID()}` },
    { reader: ma, centre: 'CAS', secret: `HIV treatment, clinic ${randomUUID()}` },
  ];
  for (const person of people) {
    const client = await request(
      t.app,
      person.reader,
      'POST',
      '/api/clients',
      clientBody(centres[person.centre] as string),
    );
    expect(client.statusCode, client.body).toBe(201);
    const clientId = client.json().id as string;
    const res = await request(
      t.app,
      person.reader,
      'POST',
      `/api/clients/${clientId}/sessions`,
      sessionBody(person.secret),
    );
    expect(res.statusCode, res.body).toBe(201);
    recorded.push({ clientId, sessionId: res.json().id, secret: person.secret, reader: person.reader });
  }
});
afterAll(() => t.close());

async function everyRowAsJson(): Promise<string> {
  return t.database.withRawSession(async (s) => {
    const tables = await s.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(tables.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(['session_sensitive_notes', 'client_data_keys', 'audit_events']),
    );
    const dumps: string[] = [];
    for (const { tablename } of tables) {
      const rows = await s.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${tablename}" t`);
      dumps.push(...rows.map((r) => r.row));
    }
    return dumps.join('\n');
  });
}

/** What a backup would hold: PGlite's data directory, or what pg_dump writes for PostgreSQL. */
async function fullDump(): Promise<Buffer> {
  if (t.database.dump) {
    await t.database.withRawSession((s) => s.exec('CHECKPOINT'));
    return Buffer.from(await (await t.database.dump()).arrayBuffer());
  }
  const name = await t.database.withRawSession(async (s) => {
    const [row] = await s.query<{ db: string }>('SELECT current_database() AS db');
    return row?.db as string;
  });
  const url = databaseUrlFor(process.env.DATABASE_URL as string, name);
  return execFileSync('pg_dump', ['--data-only', url], { maxBuffer: 256 * 1024 * 1024 });
}

describe('sensitive data at rest', () => {
  it('leaves no plaintext of a sensitive note in any row of any table', async () => {
    const dump = await everyRowAsJson();
    expect(dump).toContain(plainMarker);
    for (const { secret } of recorded) {
      expect(dump).not.toContain(secret);
      // Nor its distinctive half alone (e.g. stored split or JSON-escaped differently).
      expect(dump).not.toContain(secret.slice(-36));
    }
    expect(dump).toMatch(/"body_ciphertext":"v1\.1\./);
  });

  it('leaves no plaintext in a full dump (PGlite data files with the WAL, or pg_dump of PostgreSQL)', async () => {
    const dump = await fullDump();
    expect(dump.includes(Buffer.from(plainMarker))).toBe(true);
    for (const { secret } of recorded) expect(dump.includes(Buffer.from(secret, 'utf8'))).toBe(false);
  });

  it('stores one data key per client, wrapped, never the key itself', async () => {
    const keys = await t.database.db.selectFrom('client_data_keys').selectAll().execute();
    const mine = keys.filter((k) => recorded.some((r) => r.clientId === k.client_id));
    expect(mine).toHaveLength(recorded.length);
    for (const key of mine) {
      expect(key.wrapped_key).toMatch(/^v1\.1\.[\w-]+\.[\w-]+\.[\w-]+$/);
      // A wrapped 32-byte key is 32 bytes of ciphertext: no room for the key beside it.
      expect(Buffer.from(String(key.wrapped_key).split('.')[4] ?? '', 'base64url')).toHaveLength(32);
    }
  });

  it('still gives the notes to an authorised reader and audits each reading', async () => {
    for (const { clientId, sessionId, secret, reader } of recorded) {
      const res = await request(
        t.app,
        reader,
        'GET',
        `/api/clients/${clientId}/sessions/${sessionId}/sensitive-notes`,
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ sessionId, sensitiveNotes: secret });
    }
    const reads = await t.database.db
      .selectFrom('audit_events')
      .select(['entity_id'])
      .where('action', '=', 'session.sensitive_notes.read')
      .execute();
    expect(reads.map((r) => r.entity_id)).toEqual(expect.arrayContaining(recorded.map((r) => r.sessionId)));
    // The session list only says that there are sensitive notes.
    const first = recorded[0] as (typeof recorded)[number];
    const list = await request(t.app, first.reader, 'GET', `/api/clients/${first.clientId}/sessions`);
    expect(list.body).not.toContain(first.secret);
    expect(list.json().items[0].hasSensitiveNotes).toBe(true);
  });

  it('keeps them from readers outside the scope or without the permission', async () => {
    const [pkNote] = recorded;
    if (!pkNote) throw new Error('no note');
    const url = `/api/clients/${pkNote.clientId}/sessions/${pkNote.sessionId}/sensitive-notes`;
    const otherCountry = await logIn(t.app, demoEmail('country_manager', 'MA'));
    expect((await request(t.app, otherCountry, 'GET', url)).statusCode).toBe(404);
    for (const who of [demoEmail('analyst'), demoEmail('auditor'), demoEmail('partner_staff', 'PK')]) {
      const res = await request(t.app, await logIn(t.app, who), 'GET', url);
      expect(res.statusCode, who).toBe(403);
      expect(res.body).not.toContain(pkNote.secret);
    }
    const manager = await logIn(t.app, demoEmail('country_manager', 'PK'));
    expect((await request(t.app, manager, 'GET', url)).json().sensitiveNotes).toBe(pkNote.secret);
  });
});
