import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';
import { todayUtc } from './agreement-validity.js';
import { hasValidReferralAgreement } from './partners.service.js';

let t: TestContext;
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const [key, email] of Object.entries({
    admin: demoEmail('admin'),
    analyst: demoEmail('analyst'),
    auditor: demoEmail('auditor'),
    managerGH: demoEmail('country_manager', 'GH'),
    managerMA: demoEmail('country_manager', 'MA'),
    centreManagerGH: demoEmail('centre_manager', 'GH'),
    counsellorGH: demoEmail('counsellor', 'GH'),
    counsellorMA: demoEmail('counsellor', 'MA'),
    partnerGH: demoEmail('partner_staff', 'GH'),
  }))
    s[key] = await logIn(t.app, email);
});
afterAll(() => t.close());

const as = (who: string) => s[who] as Session;
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const fieldsOf = (res: { json(): { errors?: { field: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.field);

const partnerBody = (overrides: object = {}) => ({
  countryCode: 'GH',
  name: 'Tema Welding Academy (test)',
  type: 'tvet_institution',
  website: 'https://welding.example.org',
  description: 'Welding and fabrication courses.',
  contacts: [{ name: 'Efua Asante', role: 'Admissions', email: 'efua@example.org', phone: '+233201234567' }],
  ...overrides,
});

async function createPartner(who = 'managerGH', overrides: object = {}) {
  const res = await request(t.app, as(who), 'POST', '/api/partners', partnerBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const auditActions = async (entityId: string) =>
  (
    await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'country_code'])
      .where('entity_id', '=', entityId)
      .orderBy('seq')
      .execute()
  ).map((e) => e.action);

describe('listing and reading partners', () => {
  it("shows centre staff their country's partners with contacts and valid demo agreements", async () => {
    for (const who of ['counsellorGH', 'centreManagerGH']) {
      const res = await request(t.app, as(who), 'GET', '/api/partners');
      expect(res.statusCode).toBe(200);
      const items = res.json().items;
      expect(items).toHaveLength(3);
      expect(new Set(items.map((p: { countryCode: string }) => p.countryCode))).toEqual(new Set(['GH']));
      for (const p of items) {
        expect(p.canReceiveReferrals).toBe(true);
        expect(p.agreements[0]).toMatchObject({
          purposes: ['referrals', 'outcome_feedback'],
          coversReferralsToday: true,
        });
      }
    }
  });

  it('shows admins every country, filtered by ?country', async () => {
    const all = (await request(t.app, as('admin'), 'GET', '/api/partners')).json().items;
    expect(new Set(all.map((p: { countryCode: string }) => p.countryCode))).toEqual(
      new Set(['GH', 'MA', 'EG', 'PK', 'IQ']),
    );
    const ma = (await request(t.app, as('admin'), 'GET', '/api/partners?country=MA')).json().items;
    expect(ma).toHaveLength(3);
    expect(ma.every((p: { countryCode: string }) => p.countryCode === 'MA')).toBe(true);
  });

  it("gives a country manager nothing of another country's partners", async () => {
    const list = await request(t.app, as('managerGH'), 'GET', '/api/partners?country=MA');
    expect(list.json().items).toEqual([]);
    const maPartner = (await request(t.app, as('managerMA'), 'GET', '/api/partners')).json().items[0];
    expect((await request(t.app, as('managerGH'), 'GET', `/api/partners/${maPartner.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await request(t.app, as('counsellorGH'), 'GET', `/api/partners/${maPartner.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await request(t.app, as('counsellorMA'), 'GET', `/api/partners/${maPartner.id}`)).statusCode,
    ).toBe(200);
  });

  it('refuses partner staff, analysts and auditors (403) and anonymous callers (401)', async () => {
    for (const who of ['partnerGH', 'analyst', 'auditor'])
      expect((await request(t.app, as(who), 'GET', '/api/partners')).statusCode, who).toBe(403);
    expect((await request(t.app, null, 'GET', '/api/partners')).statusCode).toBe(401);
  });

  it('refuses an unknown query parameter by name', async () => {
    const res = await request(t.app, as('admin'), 'GET', '/api/partners?country=gh');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain('querystring.country');
  });
});

describe('creating and updating partners', () => {
  it('lets a country manager add a partner in their country, audited', async () => {
    const partner = await createPartner();
    expect(partner).toMatchObject({
      countryCode: 'GH',
      name: 'Tema Welding Academy (test)',
      type: 'tvet_institution',
      website: 'https://welding.example.org',
      contacts: [
        { name: 'Efua Asante', role: 'Admissions', email: 'efua@example.org', phone: '+233201234567' },
      ],
      agreements: [],
      canReceiveReferrals: false,
      version: 1,
    });
    expect(await auditActions(partner.id)).toEqual(['partner.created']);
    const read = await request(t.app, as('counsellorGH'), 'GET', `/api/partners/${partner.id}`);
    expect(read.json().name).toBe('Tema Welding Academy (test)');
  });

  it('refuses a partner in a country the manager does not manage (422 naming countryCode), writing nothing', async () => {
    const before = await t.database.db.selectFrom('partner_organisations').select('id').execute();
    const res = await request(
      t.app,
      as('managerGH'),
      'POST',
      '/api/partners',
      partnerBody({ countryCode: 'MA' }),
    );
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(['countryCode']);
    const unknown = await request(
      t.app,
      as('admin'),
      'POST',
      '/api/partners',
      partnerBody({ countryCode: 'ZZ' }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(fieldsOf(unknown)).toEqual(['countryCode']);
    const after = await t.database.db.selectFrom('partner_organisations').select('id').execute();
    expect(after).toHaveLength(before.length);
  });

  it('lets an admin add a partner in any country', async () => {
    const partner = await createPartner('admin', { countryCode: 'MA', name: 'Tanger Med Logistique (test)' });
    expect(partner.countryCode).toBe('MA');
  });

  it('refuses writes to roles without partners.manage', async () => {
    for (const who of ['counsellorGH', 'centreManagerGH', 'partnerGH', 'analyst', 'auditor']) {
      const res = await request(t.app, as(who), 'POST', '/api/partners', partnerBody());
      expect(res.statusCode, who).toBe(403);
    }
  });

  it('names each bad field', async () => {
    const cases: [object, string][] = [
      [{ name: '' }, 'name'],
      [{ type: 'bakery' }, 'type'],
      [{ website: 'not a url' }, 'website'],
      [{ contacts: [{ name: 'A', phone: '0244123456' }] }, 'contacts.0.phone'],
      [{ contacts: [{ name: 'A', email: 'nope' }] }, 'contacts.0.email'],
      [{ countryCode: 'gh' }, 'countryCode'],
      [{ rating: 5 }, 'rating'],
    ];
    for (const [override, field] of cases) {
      const res = await request(t.app, as('managerGH'), 'POST', '/api/partners', partnerBody(override));
      expect(res.statusCode, field).toBe(400);
      expect(fieldsOf(res), field).toContain(field);
    }
  });

  it('updates with the version read and answers 409 to a stale version', async () => {
    const partner = await createPartner();
    const { countryCode: _c, ...body } = partnerBody({ name: 'Tema Welding Academy', contacts: [] });
    const first = await request(t.app, as('managerGH'), 'PUT', `/api/partners/${partner.id}`, {
      ...body,
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Tema Welding Academy', contacts: [], version: 2 });
    const stale = await request(t.app, as('managerGH'), 'PUT', `/api/partners/${partner.id}`, {
      ...body,
      name: 'Lost update',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(fieldsOf(stale)).toEqual(['version']);
    const read = await request(t.app, as('managerGH'), 'GET', `/api/partners/${partner.id}`);
    expect(read.json().name).toBe('Tema Welding Academy');
    expect(await auditActions(partner.id)).toEqual(['partner.created', 'partner.updated']);
  });

  it("answers 404 to a manager updating another country's partner, 403 to a counsellor", async () => {
    const partner = await createPartner();
    const { countryCode: _c, ...body } = partnerBody();
    const foreign = await request(t.app, as('managerMA'), 'PUT', `/api/partners/${partner.id}`, {
      ...body,
      version: 1,
    });
    expect(foreign.statusCode).toBe(404);
    const counsellor = await request(t.app, as('counsellorGH'), 'PUT', `/api/partners/${partner.id}`, {
      ...body,
      version: 1,
    });
    expect(counsellor.statusCode).toBe(403);
  });
});

describe('data-sharing agreements', () => {
  const addAgreement = (partnerId: string, body: object, who = 'managerGH') =>
    request(t.app, as(who), 'POST', `/api/partners/${partnerId}/agreements`, body);

  it('lets a partner receive referrals only with an agreement signed, unexpired and covering referrals', async () => {
    const partner = await createPartner();
    const refused = [
      { signedOn: daysFromToday(-800), expiresOn: daysFromToday(-1), purposes: ['referrals'] },
      { signedOn: daysFromToday(-800), expiresOn: todayUtc(), purposes: ['referrals'] },
      { signedOn: daysFromToday(1), expiresOn: daysFromToday(400), purposes: ['referrals'] },
      {
        signedOn: daysFromToday(-30),
        expiresOn: daysFromToday(400),
        purposes: ['statistics', 'outcome_feedback'],
      },
    ];
    for (const agreement of refused) {
      const res = await addAgreement(partner.id, agreement);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().canReceiveReferrals, JSON.stringify(agreement)).toBe(false);
      expect(await hasValidReferralAgreement(t.database.db, 'GH', partner.id)).toBe(false);
    }
    const valid = await addAgreement(partner.id, {
      signedOn: todayUtc(),
      expiresOn: daysFromToday(365),
      purposes: ['referrals', 'follow_up'],
      reference: 'DSA-2026-07',
    });
    expect(valid.statusCode).toBe(201);
    const detail = valid.json();
    expect(detail.canReceiveReferrals).toBe(true);
    expect(detail.agreements).toHaveLength(5);
    expect(
      detail.agreements.filter((a: { coversReferralsToday: boolean }) => a.coversReferralsToday),
    ).toEqual([expect.objectContaining({ reference: 'DSA-2026-07', purposes: ['referrals', 'follow_up'] })]);
    expect(await hasValidReferralAgreement(t.database.db, 'GH', partner.id)).toBe(true);
    expect(await auditActions(partner.id)).toContain('partner.agreement_added');
  });

  it('judges validity on the day asked: the expiry day itself no longer counts', async () => {
    const partner = await createPartner();
    await addAgreement(partner.id, {
      signedOn: '2026-01-10',
      expiresOn: '2027-01-10',
      purposes: ['referrals'],
    });
    const check = (day: string) => hasValidReferralAgreement(t.database.db, 'GH', partner.id, day);
    expect(await check('2026-01-09')).toBe(false);
    expect(await check('2026-01-10')).toBe(true);
    expect(await check('2027-01-09')).toBe(true);
    expect(await check('2027-01-10')).toBe(false);
    // The partner's country is part of the key: the same id in another country has no agreement.
    expect(await hasValidReferralAgreement(t.database.db, 'MA', partner.id, '2026-06-01')).toBe(false);
  });

  it('names bad agreement fields and refuses managers of other countries', async () => {
    const partner = await createPartner();
    const backwards = await addAgreement(partner.id, {
      signedOn: '2026-05-01',
      expiresOn: '2026-04-01',
      purposes: ['referrals'],
    });
    expect(backwards.statusCode).toBe(400);
    expect(fieldsOf(backwards)).toContain('expiresOn');
    const noPurpose = await addAgreement(partner.id, {
      signedOn: '2026-01-01',
      expiresOn: '2027-01-01',
      purposes: [],
    });
    expect(fieldsOf(noPurpose)).toContain('purposes');
    const badPurpose = await addAgreement(partner.id, {
      signedOn: '2026-01-01',
      expiresOn: '2027-01-01',
      purposes: ['marketing'],
    });
    expect(fieldsOf(badPurpose)).toContain('purposes.0');
    const valid = { signedOn: '2026-01-01', expiresOn: '2027-01-01', purposes: ['referrals'] };
    expect((await addAgreement(partner.id, valid, 'managerMA')).statusCode).toBe(404);
    expect((await addAgreement(partner.id, valid, 'counsellorGH')).statusCode).toBe(403);
    const read = await request(t.app, as('managerGH'), 'GET', `/api/partners/${partner.id}`);
    expect(read.json().agreements).toEqual([]);
  });
});
