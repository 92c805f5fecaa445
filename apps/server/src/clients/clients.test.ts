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
import { yearInZone } from './case-codes.js';

let t: TestContext;
let counsellorMA: Session;
let counsellorGH: Session;
let countryManagerMA: Session;
let centres: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  counsellorMA = await logIn(t.app, demoEmail('counsellor', 'MA'));
  counsellorGH = await logIn(t.app, demoEmail('counsellor', 'GH'));
  countryManagerMA = await logIn(t.app, demoEmail('country_manager', 'MA'));
  centres = await centreIds(t.app, counsellorMA.cookie);
});
afterAll(() => t.close());

const register = (session: Session, body: object) => request(t.app, session, 'POST', '/api/clients', body);
const countClients = async () => (await t.database.db.selectFrom('clients').select('id').execute()).length;

describe('registration', () => {
  it('registers a client with consent and gives a readable case code per centre and year', async () => {
    const res = await register(counsellorMA, clientBody(centres.CAS as string));
    expect(res.statusCode).toBe(201);
    const client = res.json();
    const year = yearInZone(new Date(), 'Africa/Casablanca');
    expect(client.caseCode).toBe(`MA-CAS-${year}-000001`);
    expect(client).toMatchObject({
      countryCode: 'MA',
      version: 1,
      name: { given: 'Youssef', family: 'El Amrani', middle: null },
      nameOriginal: { given: 'يوسف', family: 'العمراني' },
      dateOfBirth: { value: '1994-03-12', precision: 'exact' },
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'fr', level: 'B2' },
        { code: 'de', level: 'A2' },
      ],
      intentions: { destinations: ['DE'], purposes: ['work'] },
      returnDetails: null,
    });
    expect(client.consents).toEqual([
      expect.objectContaining({
        purpose: 'counselling',
        textVersion: 'counselling-2026-01',
        language: 'ar',
        withdrawnAt: null,
      }),
    ]);
    const second = (
      await register(
        counsellorMA,
        clientBody(centres.CAS as string, { name: { given: 'Salma', family: 'Bennani' } }),
      )
    ).json();
    expect(second.caseCode).toBe(`MA-CAS-${year}-000002`);
  });

  it('accepts a single name and a year of birth only', async () => {
    const res = await register(
      counsellorGH,
      clientBody(centres.ACC as string, {
        name: { given: 'Sukarno' },
        nameOriginal: undefined,
        dateOfBirth: { value: '1988', precision: 'year' },
        nationality: 'GH',
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().dateOfBirth).toEqual({ value: '1988', precision: 'year' });
  });

  it('refuses a registration without consent to counselling, and writes nothing', async () => {
    const before = await countClients();
    const res = await register(
      counsellorMA,
      clientBody(centres.CAS as string, {
        consents: [{ purpose: 'follow_up', textVersion: 'follow-up-2026-01', language: 'fr' }],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'counselling_consent_required',
      errors: [{ field: 'consents' }],
    });
    expect(await countClients()).toBe(before);
  });

  it('names each bad field: phone, future birth date, age over 120, CEFR level, unknown code, oversize text', async () => {
    const cases: [object, string][] = [
      [{ phone: '0244123456' }, 'phone'],
      [{ dateOfBirth: { value: '2999-01-01', precision: 'exact' } }, 'dateOfBirth.value'],
      [{ dateOfBirth: { value: '1880', precision: 'year' } }, 'dateOfBirth.value'],
      [{ dateOfBirth: { value: '1990-02-30', precision: 'exact' } }, 'dateOfBirth.value'],
      [{ languages: [{ code: 'de', level: 'D1' }] }, 'languages.0.level'],
      [{ educationIsced: 9 }, 'educationIsced'],
      [{ occupationIsco: 'welder' }, 'occupationIsco'],
      [{ occupationIsco: '0000' }, 'occupationIsco'],
      [
        {
          languages: [
            { code: 'de', level: 'B1' },
            { code: 'xx', level: 'A1' },
          ],
        },
        'languages.1.code',
      ],
      [{ region: 'x'.repeat(500) }, 'region'],
      [{ name: {} }, 'name'],
      [{ shoeSize: 42 }, 'shoeSize'],
    ];
    const before = await countClients();
    for (const [override, field] of cases) {
      const res = await register(counsellorMA, { ...clientBody(centres.CAS as string), ...override });
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().errors.map((e: { field: string }) => e.field),
        field,
      ).toContain(field);
    }
    expect(await countClients()).toBe(before);
  });

  it("refuses a centre outside the counsellor's scope, naming the field", async () => {
    const res = await register(counsellorGH, clientBody(centres.CAS as string));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('centreId');
  });

  it('requires a named partner of the same country for a sharing consent', async () => {
    const res = await register(
      counsellorMA,
      clientBody(centres.CAS as string, {
        consents: [
          { purpose: 'counselling', textVersion: 'c-1', language: 'ar' },
          { purpose: 'partner_sharing', textVersion: 's-1', language: 'ar' },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('consents.1.partnerOrganisationId');
  });
});

describe('scope', () => {
  it("hides another country's client (404) and lists only one's own", async () => {
    const ma = (
      await register(
        counsellorMA,
        clientBody(centres.CAS as string, { name: { given: 'Hamza', family: 'Tazi' } }),
      )
    ).json();
    expect((await request(t.app, counsellorGH, 'GET', `/api/clients/${ma.id}`)).statusCode).toBe(404);
    const list = (await request(t.app, counsellorGH, 'GET', '/api/clients')).json();
    expect(list.items.every((c: { caseCode: string }) => c.caseCode.startsWith('GH-'))).toBe(true);
    const manager = (await request(t.app, countryManagerMA, 'GET', `/api/clients/${ma.id}`)).json();
    expect(manager.caseCode).toBe(ma.caseCode);
  });

  it('filters and pages the list', async () => {
    const res = await request(
      t.app,
      counsellorMA,
      'GET',
      '/api/clients?group=prospective_migrant&sex=male&limit=1',
    );
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect((await request(t.app, counsellorMA, 'GET', '/api/clients?group=returnee')).json().total).toBe(0);
    expect((await request(t.app, counsellorMA, 'GET', '/api/clients?orderBy=name')).statusCode).toBe(400);
  });
});

describe('editing', () => {
  it('updates with the version read and refuses a stale version with 409', async () => {
    const input = clientBody(centres.CAS as string, {
      name: { given: 'Imane', family: 'Alaoui' },
      sex: 'female',
    });
    const created = (await register(counsellorMA, input)).json();
    const { id, version } = created;
    const { centreId: _centre, consents: _consents, ...profile } = input;
    const clean = { ...profile, region: 'Rabat-Salé-Kénitra', version };
    const first = await request(t.app, counsellorMA, 'PUT', `/api/clients/${id}`, clean);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: version + 1, region: 'Rabat-Salé-Kénitra' });
    const stale = await request(t.app, counsellorMA, 'PUT', `/api/clients/${id}`, {
      ...clean,
      region: 'Fès-Meknès',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await request(t.app, counsellorMA, 'GET', `/api/clients/${id}`)).json().region).toBe(
      'Rabat-Salé-Kénitra',
    );
  });

  it('records and withdraws a consent; a second withdrawal is a conflict', async () => {
    const created = (
      await register(
        counsellorMA,
        clientBody(centres.CAS as string, { name: { given: 'Nadia', family: 'Chraibi' }, sex: 'female' }),
      )
    ).json();
    const partners = (await request(t.app, counsellorMA, 'GET', '/api/partner-organisations')).json().items;
    const recorded = await request(t.app, counsellorMA, 'POST', `/api/clients/${created.id}/consents`, {
      purpose: 'partner_sharing',
      partnerOrganisationId: partners[0].id,
      textVersion: 'sharing-2026-01',
      language: 'fr',
    });
    expect(recorded.statusCode).toBe(201);
    const url = `/api/clients/${created.id}/consents/${recorded.json().id}/withdraw`;
    const withdrawn = await request(t.app, counsellorMA, 'POST', url);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().withdrawnAt).not.toBeNull();
    expect((await request(t.app, counsellorMA, 'POST', url)).statusCode).toBe(409);
  });
});
