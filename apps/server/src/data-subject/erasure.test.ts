import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClientCipher } from '../crypto/client-cipher.js';
import { keyProviderFor } from '../crypto/key-ring.js';
import {
  clientBody,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';
import { buildFullCase, everyRowAsJson, type FullCase } from './case-fixture.js';

let t: TestContext;
let counsellor: Session;
let manager: Session;
let partner: Session;
let subject: FullCase;
/** Registered after the subject, with the subject as spouse: keeps everything but that link. */
let relative: FullCase;
/** A duplicate of the subject merged into it before the erasure. */
let duplicate: FullCase;

const db = () => t.database.db;
const clientRow = (id: string) =>
  db().selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const erase = (session: Session, clientId: string, body: Record<string, unknown>) =>
  request(t.app, session, 'POST', `/api/clients/${clientId}/erasure`, body);

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'PK'));
  manager = await logIn(t.app, demoEmail('centre_manager', 'PK'));
  partner = await logIn(t.app, demoEmail('partner_staff', 'PK'));
  subject = await buildFullCase(t, counsellor, 'PK');
  duplicate = await buildFullCase(t, counsellor, 'PK');
  relative = await buildFullCase(t, counsellor, 'PK', { spouseId: subject.id });
  const merged = await request(t.app, manager, 'POST', `/api/clients/${subject.id}/merge`, {
    duplicateId: duplicate.id,
    version: (await clientRow(subject.id)).version,
    duplicateVersion: (await clientRow(duplicate.id)).version,
  });
  expect(merged.statusCode, merged.body).toBe(200);
  const accepted = await request(
    t.app,
    partner,
    'POST',
    `/api/partner/referrals/${subject.referralId}/transitions`,
    {
      to: 'accepted',
      version: 1,
    },
  );
  expect(accepted.statusCode, accepted.body).toBe(200);
});
afterAll(() => t.close());

describe('who may erase', () => {
  it('answers 403 to counsellors and to roles without the permission', async () => {
    const version = (await clientRow(subject.id)).version;
    for (const who of [
      demoEmail('counsellor', 'PK'),
      demoEmail('analyst'),
      demoEmail('auditor'),
      demoEmail('partner_staff', 'PK'),
    ]) {
      const res = await erase(await logIn(t.app, who), subject.id, {
        reason: 'data_subject_request',
        version,
      });
      expect(res.statusCode, who).toBe(403);
    }
    expect((await clientRow(subject.id)).status).toBe('active');
  });

  it('answers 404 outside the scope and 400 without a reason', async () => {
    const version = (await clientRow(subject.id)).version;
    const egManager = await logIn(t.app, demoEmail('country_manager', 'EG'));
    expect((await erase(egManager, subject.id, { reason: 'data_subject_request', version })).statusCode).toBe(
      404,
    );
    const pkManager = await logIn(t.app, demoEmail('country_manager', 'PK'));
    const islamabad = await request(t.app, pkManager, 'POST', '/api/clients', {
      ...clientBody('01a21e13-0a61-7391-99cb-adfd8203af56'),
    });
    expect(islamabad.statusCode, islamabad.body).toBe(201);
    // The Lahore centre manager does not reach an Islamabad client.
    const res = await erase(manager, islamabad.json().id, { reason: 'data_subject_request', version: 1 });
    expect(res.statusCode).toBe(404);
    const noReason = await erase(manager, subject.id, { version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    const freeText = await erase(manager, subject.id, { reason: 'she asked', version });
    expect(freeText.json().errors[0].field).toBe('reason');
  });

  it('answers 409 on a stale version and changes nothing', async () => {
    const stale = (await clientRow(subject.id)).version - 1;
    const res = await erase(manager, subject.id, { reason: 'data_subject_request', version: stale });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'version_conflict', errors: [{ field: 'version' }] });
    expect(await clientRow(subject.id)).toMatchObject({
      status: 'active',
      given_name: subject.secrets.given,
    });
  });
});

describe('erasing a client', () => {
  let before: Awaited<ReturnType<typeof clientRow>>;
  let erasedAt: string;

  beforeAll(async () => {
    before = await clientRow(subject.id);
    const res = await erase(manager, subject.id, { reason: 'data_subject_request', version: before.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      clientId: subject.id,
      caseCode: subject.caseCode,
      status: 'erased',
      reason: 'data_subject_request',
    });
    erasedAt = res.json().erasedAt;
  });

  it('leaves no personal value of the person, or of the duplicate merged into them, in any row of any table', async () => {
    const dump = await everyRowAsJson(t);
    // The dump does hold the relative, proving the search sees client data at all.
    expect(dump).toContain(relative.secrets.given);
    for (const person of [subject, duplicate]) {
      for (const [what, value] of Object.entries(person.secrets)) {
        // Two random birth dates may coincide; the relative's is rightly still there.
        if (value === relative.secrets.dateOfBirth) continue;
        expect(dump.includes(value), `${what} "${value}" is still stored`).toBe(false);
        // JSON escapes nothing in these values, but a stored copy might sit in another case.
        expect(dump.toLowerCase().includes(value.toLowerCase()), what).toBe(false);
      }
    }
  });

  it('keeps what the indicators count', async () => {
    const after = await clientRow(subject.id);
    expect(after).toMatchObject({
      status: 'erased',
      case_code: before.case_code,
      country_code: 'PK',
      centre_id: before.centre_id,
      sex: 'female',
      birth_year: Number(subject.secrets.dateOfBirth.slice(0, 4)),
      client_group: 'returnee',
      nationality: 'PK',
      education_isced: before.education_isced,
      heard_via: before.heard_via,
      erasure_reason: 'data_subject_request',
      erased_by: manager.userId,
      given_name: null,
      family_name: null,
      given_name_original: null,
      aliases: [],
      dob_value: null,
      phone: null,
      id_document_number: null,
      region: null,
      search_latin: '',
      search_skeleton: '',
      version: before.version + 1,
    });
    // The kind of return and the country stay; the person's date of return goes.
    expect(after.return_details).toEqual({ fromCountry: 'DE', kind: 'voluntary' });
    expect(before.return_details).toEqual({ fromCountry: 'DE', kind: 'voluntary', returnedOn: '2025-05-04' });
    expect(after.created_at).toEqual(before.created_at);
    expect(after.erased_at?.toISOString()).toBe(erasedAt);
    const sessions = await db()
      .selectFrom('counselling_sessions')
      .select(['held_on', 'channel', 'topics', 'duration_minutes', 'notes', 'next_steps'])
      .where('client_id', '=', subject.id)
      .orderBy('held_on')
      .execute();
    // Its own two sessions and the two of the merged duplicate.
    expect(sessions).toHaveLength(4);
    for (const s of sessions)
      expect(s).toMatchObject({
        channel: 'phone',
        topics: ['reintegration', 'local_jobs'],
        duration_minutes: 45,
        notes: '',
        next_steps: '',
      });
    const referral = await db()
      .selectFrom('referrals')
      .selectAll()
      .where('id', '=', subject.referralId)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ status: 'accepted', shared_snapshot: null, reason: '' });
    expect(referral.sent_at).toBeInstanceOf(Date);
    expect(referral.redacted_at).toBeInstanceOf(Date);
    const consents = await db()
      .selectFrom('consents')
      .select(['purpose', 'given_by', 'guardian_name'])
      .where('client_id', '=', subject.id)
      .execute();
    expect(consents).toHaveLength(6);
    expect(consents.filter((c) => c.given_by === 'guardian')).toEqual([
      { purpose: 'follow_up', given_by: 'guardian', guardian_name: null },
      { purpose: 'follow_up', given_by: 'guardian', guardian_name: null },
    ]);
    const tasks = await db()
      .selectFrom('tasks')
      .select(['status', 'title', 'due_on'])
      .where('client_id', '=', subject.id)
      .execute();
    expect(tasks).toEqual([
      { status: 'cancelled', title: '', due_on: '2026-09-01' },
      { status: 'cancelled', title: '', due_on: '2026-09-01' },
    ]);
  });

  it('makes the sensitive notes unreadable for good', async () => {
    const keyRows = await db()
      .selectFrom('client_data_keys')
      .selectAll()
      .where('client_id', 'in', [subject.id, duplicate.id])
      .execute();
    expect(keyRows.length).toBeGreaterThan(0);
    for (const k of keyRows) expect(k).toMatchObject({ wrapped_key: null, erased_at: expect.any(Date) });
    const cipher = await db()
      .transaction()
      .execute((trx) =>
        findClientCipher(trx, keyProviderFor(t.config), { countryCode: 'PK', clientId: subject.id }),
      );
    expect(cipher).toBeNull();
    const url = `/api/clients/${subject.id}/sessions/${subject.sessionIds[0]}/sensitive-notes`;
    const res = await request(t.app, counsellor, 'GET', url);
    expect([404, 410]).toContain(res.statusCode);
    expect(res.body).not.toContain(subject.secrets.sensitive);
  });

  it('leaves partners case code, status and dates only', async () => {
    const res = await request(t.app, partner, 'GET', `/api/partner/referrals/${subject.referralId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ caseCode: subject.caseCode, status: 'accepted', shared: null });
    expect(res.json().sentAt).toEqual(expect.any(String));
    for (const value of Object.values(subject.secrets)) expect(res.body).not.toContain(value);
    const list = await request(t.app, partner, 'GET', '/api/partner/referrals?limit=100');
    for (const value of Object.values(subject.secrets)) expect(list.body).not.toContain(value);
  });

  it('is found by no search, duplicate check or list', async () => {
    const s = subject.secrets;
    for (const query of [`${s.given} ${s.family}`, s.givenOriginal, s.alias, s.phone, subject.caseCode]) {
      const res = await request(t.app, counsellor, 'POST', '/api/clients/search', { query });
      expect(res.statusCode).toBe(200);
      expect(
        res.json().items.map((i: { id: string }) => i.id),
        query,
      ).not.toContain(subject.id);
    }
    const duplicates = await request(t.app, counsellor, 'POST', '/api/clients/duplicates', {
      name: { given: s.given, family: s.family },
      nameOriginal: { given: s.givenOriginal },
      sex: 'female',
      dateOfBirth: { value: s.dateOfBirth, precision: 'exact' },
      phone: s.phone,
      idDocument: { type: 'national_id', number: s.idNumber },
    });
    expect(duplicates.statusCode).toBe(200);
    expect(duplicates.json().items.map((i: { caseCode: string }) => i.caseCode)).not.toContain(
      subject.caseCode,
    );
    const list = await request(t.app, manager, 'GET', '/api/clients?limit=100');
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(subject.id);
    // The relative is still found: the search itself works.
    const found = await request(t.app, counsellor, 'POST', '/api/clients/search', {
      query: `${relative.secrets.given} ${relative.secrets.family}`,
    });
    expect(found.json().items.map((i: { id: string }) => i.id)).toContain(relative.id);
  });

  it('shows the case code and the date of erasure only', async () => {
    const res = await request(t.app, counsellor, 'GET', `/api/clients/${subject.id}`);
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ code: 'client_erased', title: 'Gone' });
    expect(res.json().detail).toBe(
      `The personal data of ${subject.caseCode} was erased on ${erasedAt.slice(0, 10)}.`,
    );
    const erasure = await request(t.app, counsellor, 'GET', `/api/clients/${subject.id}/erasure`);
    expect(erasure.json()).toEqual({
      clientId: subject.id,
      caseCode: subject.caseCode,
      status: 'erased',
      erasedAt,
      reason: 'data_subject_request',
    });
    for (const path of ['timeline', 'sessions', 'tasks', 'pathway-assessments', 'export.json']) {
      const sub = await request(t.app, manager, 'GET', `/api/clients/${subject.id}/${path}`);
      expect(sub.statusCode, path).toBe(410);
    }
    // Nothing can be written to it again, nor can it be erased twice.
    const consent = await request(t.app, manager, 'POST', `/api/clients/${subject.id}/consents`, {
      purpose: 'counselling',
      textVersion: 'c-2',
      language: 'en',
    });
    expect(consent.statusCode).toBe(410);
    expect(
      (await erase(manager, subject.id, { reason: 'other', version: before.version + 1 })).statusCode,
    ).toBe(410);
    // A client who was never erased has no erasure to show.
    expect((await request(t.app, counsellor, 'GET', `/api/clients/${relative.id}/erasure`)).statusCode).toBe(
      404,
    );
  });

  it('removes family links both ways and leaves the relative’s own record whole', async () => {
    const links = await db()
      .selectFrom('client_family_links')
      .select('client_id')
      .where((eb) => eb.or([eb('client_id', '=', subject.id), eb('related_client_id', '=', subject.id)]))
      .execute();
    expect(links).toEqual([]);
    const res = await request(t.app, counsellor, 'GET', `/api/clients/${relative.id}`);
    expect(res.json()).toMatchObject({
      name: { given: relative.secrets.given },
      phone: relative.secrets.phone,
    });
    expect(res.json().family).toEqual([
      expect.objectContaining({ relation: 'sibling', name: relative.secrets.relative }),
    ]);
  });

  it('is audited with who, which client and from where, and no personal value', async () => {
    const events = await db()
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'client.erase')
      .where('entity_id', '=', subject.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_user_id: manager.userId,
      entity_type: 'client',
      country_code: 'PK',
    });
    expect(events[0]?.ip).toEqual(expect.any(String));
  });
});
