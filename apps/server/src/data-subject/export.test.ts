import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerOfUser } from '../referrals/referral-fixtures.js';
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
import { buildFullCase, type FullCase } from './case-fixture.js';
import { renderExportHtml } from './export-html.js';

let t: TestContext;
let counsellor: Session;
let subject: FullCase;
let other: FullCase;

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'PK'));
  other = await buildFullCase(t, counsellor, 'PK');
  // The subject's spouse is `other`, a client in their own right.
  subject = await buildFullCase(t, counsellor, 'PK', { spouseId: other.id });
  const partner = await logIn(t.app, demoEmail('partner_staff', 'PK'));
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

const exportOf = (session: Session, clientId: string, format: 'json' | 'html', query = '') =>
  request(t.app, session, 'GET', `/api/clients/${clientId}/export.${format}${query}`);

describe('access export as JSON', () => {
  it('holds every section of the case', async () => {
    const res = await exportOf(counsellor, subject.id, 'json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${subject.caseCode}.json"`);
    const data = res.json();
    const s = subject.secrets;
    expect(data).toMatchObject({ format: 'pathways.client-export', formatVersion: 1, language: 'en' });
    expect(data.client).toMatchObject({
      caseCode: subject.caseCode,
      name: { given: s.given, family: s.family },
      nameOriginal: { given: s.givenOriginal },
      aliases: [s.alias],
      phone: s.phone,
      idDocument: { number: s.idNumber },
      dateOfBirth: { value: s.dateOfBirth },
      region: s.region,
    });
    expect(data.client.consents.map((c: { purpose: string }) => c.purpose).sort()).toEqual([
      'counselling',
      'follow_up',
      'partner_sharing',
    ]);
    expect(data.client.consents.find((c: { givenBy: string }) => c.givenBy === 'guardian').guardianName).toBe(
      s.guardian,
    );
    expect(data.client.family).toEqual(
      expect.arrayContaining([
        { relation: 'sibling', relatedClientId: null, name: s.relative, relatedCaseCode: null },
        { relation: 'spouse', relatedClientId: null, name: null, relatedCaseCode: null },
      ]),
    );
    expect(data.sessions).toHaveLength(2);
    expect(data.sessions[0]).toMatchObject({
      notes: s.notes,
      nextSteps: s.nextSteps,
      hasSensitiveNotes: true,
      sensitiveNotes: s.sensitive,
      sensitiveNotesWithheld: false,
      topics: ['reintegration', 'local_jobs'],
    });
    expect(data.sessions[1]).toMatchObject({ hasSensitiveNotes: false, sensitiveNotes: null });
    expect(data.tasks).toEqual([
      expect.objectContaining({ title: s.taskTitle, goal: s.taskGoal, status: 'open' }),
    ]);
    expect(data.pathwayAssessments).toEqual([
      expect.objectContaining({
        packId: 'de-2026.1',
        profile: expect.objectContaining({ dateOfBirth: s.dateOfBirth }),
      }),
    ]);
    expect(data.referrals).toHaveLength(1);
    expect(data.referrals[0]).toMatchObject({
      id: subject.referralId,
      reason: s.referralReason,
      status: 'accepted',
      sharedFields: ['givenName', 'familyName', 'phone', 'reason', 'sex'],
      sharedSnapshot: { givenName: s.given, familyName: s.family, phone: s.phone, reason: s.referralReason },
      redactedAt: null,
    });
    expect(data.referrals[0].events.map((e: { to: string }) => e.to)).toEqual(['sent', 'accepted']);
    const kinds = new Set(data.timeline.map((e: { kind: string }) => e.kind));
    for (const kind of [
      'registered',
      'session',
      'task_created',
      'consent_recorded',
      'pathway_assessed',
      'referral',
    ])
      expect(kinds, kind).toContain(kind);
  });

  it('holds nothing of another client, not even of a linked relative', async () => {
    const body = (await exportOf(counsellor, subject.id, 'json')).body;
    expect(body).not.toContain(other.caseCode);
    expect(body).not.toContain(other.id);
    for (const [what, value] of Object.entries(other.secrets)) expect(body, what).not.toContain(value);
  });

  it('audits each export and each sensitive note it opened', async () => {
    const count = (action: string, entityId: string) =>
      t.database.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', action)
        .where('entity_id', '=', entityId)
        .executeTakeFirstOrThrow();
    const before = Number((await count('client.export', subject.id)).n);
    const notesBefore = Number(
      (await count('session.sensitive_notes.read', subject.sessionIds[0] as string)).n,
    );
    await exportOf(counsellor, subject.id, 'html');
    expect(Number((await count('client.export', subject.id)).n)).toBe(before + 1);
    expect(Number((await count('session.sensitive_notes.read', subject.sessionIds[0] as string)).n)).toBe(
      notesBefore + 1,
    );
    const [event] = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'entity_type', 'country_code'])
      .where('action', '=', 'client.export')
      .orderBy('seq', 'desc')
      .limit(1)
      .execute();
    expect(event).toEqual({ actor_user_id: counsellor.userId, entity_type: 'client', country_code: 'PK' });
  });
});

describe('printable export', () => {
  it('is a self-contained page without scripts, in the language asked for', async () => {
    const res = await exportOf(counsellor, subject.id, 'html', '?lang=fr');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.body).toMatch(/^<!doctype html>\n<html lang="fr" dir="ltr">/);
    expect(res.body).not.toMatch(/<script|<link|<img|src=|href=/i);
    for (const heading of ['Profil', 'Consentements', 'Entretiens de conseil', 'Orientations', 'Historique'])
      expect(res.body).toContain(`<h2>${heading}</h2>`);
    expect(res.body).toContain(subject.secrets.sensitive);
    expect(res.body).toContain(subject.secrets.referralReason);
    // Topics come translated from the code list.
    expect(res.body).toContain('Réintégration');
  });

  it('says that sensitive notes exist without showing them to a reader who may not read them', async () => {
    // Every role that may export may also read sensitive notes today, so the page is fed directly.
    const data = (await exportOf(counsellor, subject.id, 'json')).json();
    data.sessions[0] = { ...data.sessions[0], sensitiveNotes: null, sensitiveNotesWithheld: true };
    const page = renderExportHtml(data, { codes: new Map(), centreName: null, partnerNames: new Map() });
    expect(page).toContain('There are sensitive notes; your role does not allow reading them.');
    expect(page).not.toContain(subject.secrets.sensitive);
  });

  it('reads right to left in Arabic', async () => {
    const res = await exportOf(counsellor, subject.id, 'html', '?lang=ar');
    expect(res.body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(res.body).toContain('<h2>الملف الشخصي</h2>');
    expect(res.body).toContain(`<bdi>${subject.secrets.givenOriginal}</bdi>`);
  });

  it('prints markup in names and notes as text, never as markup', async () => {
    const { centre_id } = await partnerOfUser(t.database.db, demoEmail('counsellor', 'PK'));
    const evil = '<script>alert("x")</script>';
    const created = await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centre_id as string, {
        name: { given: evil, family: '<img src=x onerror=alert(1)>' },
        region: '"><b>bold</b>',
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const res = await exportOf(counsellor, created.json().id, 'html');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toContain('<img');
    expect(res.body).not.toContain('<b>');
    expect(res.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('who may export', () => {
  it('answers 403 to roles without the permission', async () => {
    for (const who of [
      demoEmail('analyst'),
      demoEmail('auditor'),
      demoEmail('admin'),
      demoEmail('partner_staff', 'PK'),
    ]) {
      const session = await logIn(t.app, who);
      for (const format of ['json', 'html'] as const) {
        const res = await exportOf(session, subject.id, format);
        expect(res.statusCode, `${who} ${format}`).toBe(403);
        expect(res.body).not.toContain(subject.secrets.given);
      }
    }
    expect((await request(t.app, null, 'GET', `/api/clients/${subject.id}/export.json`)).statusCode).toBe(
      401,
    );
  });

  it('answers 404 outside the scope: another country, another centre of the country', async () => {
    const egManager = await logIn(t.app, demoEmail('country_manager', 'EG'));
    expect((await exportOf(egManager, subject.id, 'json')).statusCode).toBe(404);
    // A client at Islamabad, and the Lahore centre manager.
    const pkManager = await logIn(t.app, demoEmail('country_manager', 'PK'));
    const islamabad = (await centreIds(t.app, pkManager.cookie)).ISB as string;
    const elsewhere = await request(t.app, pkManager, 'POST', '/api/clients', clientBody(islamabad));
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    const lahoreManager = await logIn(t.app, demoEmail('centre_manager', 'PK'));
    expect((await exportOf(lahoreManager, elsewhere.json().id, 'html')).statusCode).toBe(404);
    expect((await exportOf(lahoreManager, subject.id, 'json')).statusCode).toBe(200);
    expect((await exportOf(pkManager, elsewhere.json().id, 'json')).statusCode).toBe(200);
  });

  it('refuses an unknown language by name', async () => {
    const res = await exportOf(counsellor, subject.id, 'html', '?lang=de');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('querystring.lang');
  });
});
