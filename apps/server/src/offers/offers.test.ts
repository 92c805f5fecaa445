import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  centreIds,
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';

let t: TestContext;
const s: Record<string, Session> = {};
let centres: Record<string, string>;
let partnersGH: { id: string; name: string }[];
let partnersMA: { id: string; name: string }[];

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
    partnerGH: demoEmail('partner_staff', 'GH'),
    partnerMA: demoEmail('partner_staff', 'MA'),
  }))
    s[key] = await logIn(t.app, email);
  centres = await centreIds(t.app, as('admin').cookie);
  partnersGH = (await request(t.app, as('admin'), 'GET', '/api/partners?country=GH')).json().items;
  partnersMA = (await request(t.app, as('admin'), 'GET', '/api/partners?country=MA')).json().items;
});
afterAll(() => t.close());

const as = (who: string) => s[who] as Session;
const fieldsOf = (res: { json(): { errors?: { field: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.field);
const firstGhanaPartnerName = 'Accra Skills and Technical Institute (demo)';
const partnerGH = (name = firstGhanaPartnerName) => partnersGH.find((p) => p.name === name)?.id as string;

const offerBody = (overrides: object = {}) => ({
  partnerOrganisationId: partnerGH(),
  category: 'vocational_training',
  centreIds: [centres.ACC],
  title: { en: 'Electrical installation (test)', fr: 'Installation électrique (test)' },
  description: { en: 'Wiring and safety.' },
  eligibility: { clientGroups: ['returnee', 'local_job_seeker'], minAge: 18, maxAge: 45 },
  capacity: 20,
  schedule: { startsOn: '2026-09-01', endsOn: '2026-12-15', sessions: 40 },
  cost: { amount: 0, currency: 'GHS' },
  deliveryMode: 'in_person',
  languages: ['en', 'tw'],
  location: { name: 'Accra workshop', city: 'Accra' },
  status: 'active',
  ...overrides,
});

async function createOffer(who = 'managerGH', overrides: object = {}) {
  const res = await request(t.app, as(who), 'POST', '/api/offers', offerBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const storedDates = (offerId: string) =>
  t.database.db
    .selectFrom('offers')
    .select(['starts_on', 'ends_on', 'seats_left'])
    .where('id', '=', offerId)
    .executeTakeFirstOrThrow();

describe('reading offers', () => {
  it("shows centre staff their country's offers", async () => {
    for (const who of ['counsellorGH', 'centreManagerGH']) {
      const res = await request(t.app, as(who), 'GET', '/api/offers');
      expect(res.statusCode).toBe(200);
      const { items, total } = res.json();
      expect(total).toBeGreaterThanOrEqual(4);
      expect(items.every((o: { countryCode: string }) => o.countryCode === 'GH')).toBe(true);
    }
  });

  it("shows partner staff their own organisation's offers only", async () => {
    const { items } = (await request(t.app, as('partnerGH'), 'GET', '/api/offers')).json();
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((o: { partnerName: string }) => o.partnerName))).toEqual(
      new Set([firstGhanaPartnerName]),
    );
    const other = (await request(t.app, as('counsellorGH'), 'GET', '/api/offers'))
      .json()
      .items.find((o: { partnerName: string }) => o.partnerName !== firstGhanaPartnerName);
    expect((await request(t.app, as('partnerGH'), 'GET', `/api/offers/${other.id}`)).statusCode).toBe(404);
    expect((await request(t.app, as('counsellorGH'), 'GET', `/api/offers/${other.id}`)).statusCode).toBe(200);
    expect((await request(t.app, as('partnerMA'), 'GET', `/api/offers/${other.id}`)).statusCode).toBe(404);
  });

  it("answers 404 for another country's offer and 403 to analysts and auditors", async () => {
    const maOffer = (await request(t.app, as('managerMA'), 'GET', '/api/offers')).json().items[0];
    expect((await request(t.app, as('counsellorGH'), 'GET', `/api/offers/${maOffer.id}`)).statusCode).toBe(
      404,
    );
    expect((await request(t.app, as('managerGH'), 'GET', `/api/offers/${maOffer.id}`)).statusCode).toBe(404);
    for (const who of ['analyst', 'auditor']) {
      expect((await request(t.app, as(who), 'GET', '/api/offers')).statusCode, who).toBe(403);
      expect((await request(t.app, as(who), 'GET', `/api/offers/${maOffer.id}`)).statusCode, who).toBe(403);
    }
    expect((await request(t.app, null, 'GET', '/api/offers')).statusCode).toBe(401);
  });

  it('filters by country, partner, status, category and text, and pages', async () => {
    const admin = as('admin');
    const get = async (query: string) => (await request(t.app, admin, 'GET', `/api/offers?${query}`)).json();
    const ma = await get('country=MA');
    expect(ma.items.length).toBeGreaterThanOrEqual(3);
    expect(ma.items.every((o: { countryCode: string }) => o.countryCode === 'MA')).toBe(true);
    const byPartner = await get(`partnerOrganisationId=${partnerGH()}`);
    expect(
      byPartner.items.every(
        (o: { partnerOrganisationId: string }) => o.partnerOrganisationId === partnerGH(),
      ),
    ).toBe(true);
    const courses = await get('country=GH&category=pre_integration_language_course');
    expect(courses.items.length).toBeGreaterThan(0);
    expect(
      courses.items.every((o: { category: string }) => o.category === 'pre_integration_language_course'),
    ).toBe(true);
    // A French word of a title and part of a provider's name both find offers.
    const french = await get('q=entreprise');
    expect(french.items.map((o: { title: { fr: string } }) => o.title.fr)).toContain(
      'Créer son entreprise — formation pour femmes de retour',
    );
    const provider = await get('q=Returnee Enterprise');
    expect(provider.items.length).toBeGreaterThan(0);
    expect(
      provider.items.every((o: { partnerName: string }) => o.partnerName.includes('Returnee Enterprise')),
    ).toBe(true);
    // Wildcards typed by a user are literal characters.
    expect((await get('q=%25')).total).toBe(0);
    expect((await get('q=_')).total).toBe(0);
    const draft = await createOffer('managerGH', { status: 'draft', title: { en: 'Draft only (test)' } });
    const drafts = await get('status=draft');
    expect(drafts.items.map((o: { id: string }) => o.id)).toContain(draft.id);
    expect(drafts.items.every((o: { status: string }) => o.status === 'draft')).toBe(true);
    const page = await get('country=GH&limit=2&offset=1');
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe((await get('country=GH')).total);
  });
});

describe('creating offers', () => {
  it('lets a country manager add an offer: seats start at capacity, dates follow the schedule, audited', async () => {
    const offer = await createOffer();
    expect(offer).toMatchObject({
      countryCode: 'GH',
      partnerOrganisationId: partnerGH(),
      partnerName: firstGhanaPartnerName,
      partnerType: 'tvet_institution',
      category: 'vocational_training',
      centreIds: [centres.ACC],
      title: { en: 'Electrical installation (test)', fr: 'Installation électrique (test)' },
      eligibility: {
        clientGroups: ['returnee', 'local_job_seeker'],
        sexes: [],
        regions: [],
        minAge: 18,
        maxAge: 45,
      },
      capacity: 20,
      seatsLeft: 20,
      schedule: { startsOn: '2026-09-01', endsOn: '2026-12-15', sessions: 40 },
      cost: { amount: 0, currency: 'GHS' },
      location: { name: 'Accra workshop', city: 'Accra' },
      status: 'active',
      version: 1,
    });
    expect(await storedDates(offer.id)).toEqual({
      starts_on: '2026-09-01',
      ends_on: '2026-12-15',
      seats_left: 20,
    });
    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'country_code'])
      .where('entity_id', '=', offer.id)
      .execute();
    expect(events).toEqual([{ action: 'offer.created', country_code: 'GH' }]);
  });

  it('accepts an offer without seat limit, cost or location', async () => {
    const offer = await createOffer('managerGH', {
      capacity: undefined,
      cost: undefined,
      location: undefined,
      schedule: {},
      centreIds: [],
    });
    expect(offer).toMatchObject({
      capacity: null,
      seatsLeft: null,
      cost: null,
      location: null,
      centreIds: [],
    });
    expect(await storedDates(offer.id)).toEqual({ starts_on: null, ends_on: null, seats_left: null });
  });

  it("refuses another country's partner or centre (422 naming the field) and writes nothing", async () => {
    const count = async () => (await t.database.db.selectFrom('offers').select('id').execute()).length;
    const before = await count();
    const foreignPartner = await request(
      t.app,
      as('managerGH'),
      'POST',
      '/api/offers',
      offerBody({ partnerOrganisationId: partnersMA[0]?.id }),
    );
    expect(foreignPartner.statusCode).toBe(422);
    expect(fieldsOf(foreignPartner)).toEqual(['partnerOrganisationId']);
    const foreignCentre = await request(
      t.app,
      as('admin'),
      'POST',
      '/api/offers',
      offerBody({ centreIds: [centres.ACC, centres.CAS] }),
    );
    expect(foreignCentre.statusCode).toBe(422);
    expect(fieldsOf(foreignCentre)).toEqual(['centreIds.1']);
    const unknownLanguage = await request(
      t.app,
      as('managerGH'),
      'POST',
      '/api/offers',
      offerBody({ languages: ['en', 'xx'] }),
    );
    expect(unknownLanguage.statusCode).toBe(422);
    expect(fieldsOf(unknownLanguage)).toEqual(['languages.1']);
    expect(await count()).toBe(before);
  });

  it('names each malformed field', async () => {
    const cases: [object, string][] = [
      [{ title: { fr: 'Sans anglais' } }, 'title.en'],
      [{ category: 'knitting' }, 'category'],
      [{ eligibility: { minAge: 40, maxAge: 20 } }, 'eligibility.maxAge'],
      [{ eligibility: { language: { code: 'de', minLevel: 'D1' } } }, 'eligibility.language.minLevel'],
      [{ schedule: { startsOn: '2026-09-01', endsOn: '2026-08-01' } }, 'schedule.endsOn'],
      [{ capacity: 0 }, 'capacity'],
      [{ cost: { amount: 10, currency: 'cedi' } }, 'cost.currency'],
      [{ languages: [] }, 'languages'],
      [{ deliveryMode: 'carrier_pigeon' }, 'deliveryMode'],
      [{ seatsLeft: 3 }, 'seatsLeft'],
    ];
    for (const [override, field] of cases) {
      const res = await request(t.app, as('managerGH'), 'POST', '/api/offers', offerBody(override));
      expect(res.statusCode, field).toBe(400);
      expect(fieldsOf(res), field).toContain(field);
    }
  });

  it('refuses writes to roles without offers.manage', async () => {
    for (const who of ['counsellorGH', 'centreManagerGH', 'partnerGH', 'analyst', 'auditor']) {
      expect((await request(t.app, as(who), 'POST', '/api/offers', offerBody())).statusCode, who).toBe(403);
    }
  });
});

describe('updating offers', () => {
  const put = (who: string, offerId: string, body: object) =>
    request(t.app, as(who), 'PUT', `/api/offers/${offerId}`, body);

  it('updates with the version read, keeps dates in sync, and answers 409 to a stale version', async () => {
    const offer = await createOffer();
    const res = await put('managerGH', offer.id, {
      ...offerBody({ schedule: { startsOn: '2026-10-05', endsOn: '2027-01-20' }, status: 'paused' }),
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'paused', version: 2, schedule: { startsOn: '2026-10-05' } });
    expect(await storedDates(offer.id)).toMatchObject({ starts_on: '2026-10-05', ends_on: '2027-01-20' });
    const stale = await put('managerGH', offer.id, { ...offerBody({ status: 'closed' }), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(fieldsOf(stale)).toEqual(['version']);
    expect((await request(t.app, as('managerGH'), 'GET', `/api/offers/${offer.id}`)).json().status).toBe(
      'paused',
    );
    const actions = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', offer.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['offer.created', 'offer.updated']);
  });

  it('lets a manager correct seats left, never above capacity (422 naming seatsLeft)', async () => {
    const offer = await createOffer();
    const corrected = await put('managerGH', offer.id, { ...offerBody(), seatsLeft: 7, version: 1 });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ capacity: 20, seatsLeft: 7 });
    const tooMany = await put('managerGH', offer.id, { ...offerBody(), seatsLeft: 21, version: 2 });
    expect(tooMany.statusCode).toBe(422);
    expect(fieldsOf(tooMany)).toEqual(['seatsLeft']);
    const noCapacity = await put('managerGH', offer.id, {
      ...offerBody({ capacity: undefined }),
      seatsLeft: 3,
      version: 2,
    });
    expect(noCapacity.statusCode).toBe(422);
    expect(fieldsOf(noCapacity)).toEqual(['seatsLeft']);
    expect((await storedDates(offer.id)).seats_left).toBe(7);
  });

  it('keeps taken places taken when the capacity changes', async () => {
    const offer = await createOffer();
    await put('managerGH', offer.id, { ...offerBody(), seatsLeft: 15, version: 1 });
    const grown = await put('managerGH', offer.id, { ...offerBody({ capacity: 25 }), version: 2 });
    expect(grown.json()).toMatchObject({ capacity: 25, seatsLeft: 20 });
    const shrunk = await put('managerGH', offer.id, { ...offerBody({ capacity: 3 }), version: 3 });
    expect(shrunk.json()).toMatchObject({ capacity: 3, seatsLeft: 0 });
    const unlimited = await put('managerGH', offer.id, { ...offerBody({ capacity: undefined }), version: 4 });
    expect(unlimited.json()).toMatchObject({ capacity: null, seatsLeft: null });
    const limited = await put('managerGH', offer.id, { ...offerBody({ capacity: 8 }), version: 5 });
    expect(limited.json()).toMatchObject({ capacity: 8, seatsLeft: 8 });
  });

  it('moves an offer only to a partner of its own country', async () => {
    const offer = await createOffer();
    const other = partnerGH('Ghana Returnee Enterprise Fund (demo)');
    const moved = await put('managerGH', offer.id, {
      ...offerBody({ partnerOrganisationId: other }),
      version: 1,
    });
    expect(moved.json()).toMatchObject({ partnerOrganisationId: other, partnerType: 'microfinance' });
    const abroad = await put('admin', offer.id, {
      ...offerBody({ partnerOrganisationId: partnersMA[0]?.id }),
      version: 2,
    });
    expect(abroad.statusCode).toBe(422);
    expect(fieldsOf(abroad)).toEqual(['partnerOrganisationId']);
  });

  it("answers 404 to another country's manager, 403 to counsellors and partner staff", async () => {
    const offer = await createOffer();
    const body = { ...offerBody(), version: 1 };
    expect((await put('managerMA', offer.id, body)).statusCode).toBe(404);
    expect((await put('counsellorGH', offer.id, body)).statusCode).toBe(403);
    expect((await put('partnerGH', offer.id, body)).statusCode).toBe(403);
    expect((await put('admin', offer.id, body)).statusCode).toBe(200);
  });
});
