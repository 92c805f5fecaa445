import type { HsdsDataset } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema.js';
import {
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';
import type { OfferRecord, PartnerRecord } from './hsds.records.js';
import { insertOffers, insertPartners } from './hsds.repo.js';

const ACCRA = '01a21e13-0a61-7391-99cb-b127fd4740e2';
const ABUJA = '01a21e13-0a61-7391-99cb-b6697171f47b';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function partnerRecord(overrides: Partial<PartnerRecord> = {}): PartnerRecord {
  return {
    id: uuidv7(),
    name: 'Abuja Tailoring Cooperative',
    type: 'ngo',
    website: 'https://tailoring.example.org',
    description: 'Training and workshops for tailors.',
    contacts: [
      { name: 'Ngozi Okafor', role: 'Coordinator', email: 'ngozi@example.org', phone: '+2348012345678' },
    ],
    ...overrides,
  };
}

function offerRecord(partnerId: string, overrides: Partial<OfferRecord> = {}): OfferRecord {
  return {
    id: uuidv7(),
    partnerOrganisationId: partnerId,
    category: 'vocational_training',
    centreIds: [],
    title: { en: 'Tailoring course', fr: 'Cours de couture' },
    description: { en: 'Twelve weeks, certificate at the end.' },
    eligibility: { clientGroups: ['returnee'], sexes: ['female'], minAge: 18, regions: ['FCT'] },
    capacity: 15,
    seatsLeft: 4,
    schedule: { startsOn: '2026-09-01', endsOn: '2026-11-30', sessions: 24, note: 'Tue and Thu mornings' },
    cost: { amount: 50, currency: 'NGN', note: 'Materials' },
    deliveryMode: 'in_person',
    languages: ['en', 'ha'],
    location: {
      name: 'Wuse workshop',
      address: '4 Aminu Kano Crescent',
      city: 'Abuja',
      latitude: 9.07,
      longitude: 7.48,
    },
    status: 'active',
    ...overrides,
  };
}

/** Writes a directory straight through the repo, independent of the offers and partners API. */
async function seedDirectory(
  db: Kysely<DB>,
  countryCode: string,
  partners: PartnerRecord[],
  offers: OfferRecord[],
) {
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', demoEmail('admin'))
    .executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    await insertPartners(trx, countryCode, partners);
    await insertOffers(trx, countryCode, offers, admin.id);
  });
}

async function countRows(db: Kysely<DB>) {
  const [partners, offers] = await Promise.all([
    db
      .selectFrom('partner_organisations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('offers')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { partners: Number(partners.n), offers: Number(offers.n) };
}

/** The document with every table sorted by id: the comparison ignores order, nothing else. */
function sorted(d: HsdsDataset) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return Object.fromEntries(Object.entries(d).map(([table, rows]) => [table, [...rows].sort(byId)]));
}

function allIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allIds);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'id' || key.endsWith('_id') ? [v as string] : allIds(v),
    );
  }
  return [];
}

let t: TestContext;
let admin: Session;
let managerGH: Session;
const nigeria = partnerRecord();
const nigeriaOffers = [
  offerRecord(nigeria.id, { centreIds: [ABUJA] }),
  offerRecord(nigeria.id, {
    category: 'psychosocial_support',
    title: { en: 'Peer support group' },
    description: {},
    eligibility: { clientGroups: [], sexes: [], regions: [] },
    capacity: null,
    seatsLeft: null,
    schedule: {},
    cost: null,
    deliveryMode: 'online',
    languages: ['en'],
    location: null,
    status: 'draft',
  }),
];

beforeAll(async () => {
  t = await createTestApp();
  admin = await logIn(t.app, demoEmail('admin'));
  managerGH = await logIn(t.app, demoEmail('country_manager', 'GH'));
  await seedDirectory(t.database.db, 'NG', [nigeria], nigeriaOffers);
});
afterAll(() => t.close());

describe('HSDS export', () => {
  it("returns a country's partners and offers as HSDS tables with UUID ids", async () => {
    const [firstPartner, otherPartner] = await t.database.db
      .selectFrom('partner_organisations')
      .select('id')
      .where('country_code', '=', 'GH')
      .orderBy('id')
      .execute();
    const ownOffer = offerRecord(firstPartner?.id as string, {
      centreIds: [ACCRA],
      title: { en: 'Welding', ar: 'لحام' },
    });
    const otherOffer = offerRecord(otherPartner?.id as string, { title: { en: 'Microloans' } });
    await seedDirectory(t.database.db, 'GH', [], [ownOffer, otherOffer]);

    const res = await request(t.app, managerGH, 'GET', '/api/hsds/export?country=GH');
    expect(res.statusCode).toBe(200);
    const d = res.json() as HsdsDataset;
    expect(Object.keys(d).sort()).toEqual(
      [
        'organizations',
        'services',
        'locations',
        'service_at_locations',
        'schedules',
        'languages',
        'cost_options',
        'taxonomies',
        'taxonomy_terms',
        'attributes',
      ].sort(),
    );
    expect(d.organizations).toHaveLength(3);
    const ghanaOffers = await t.database.db
      .selectFrom('offers')
      .select('id')
      .where('country_code', '=', 'GH')
      .execute();
    expect(d.services.map((s) => s.id).sort()).toEqual(ghanaOffers.map((o) => o.id).sort());
    expect(d.services.map((s) => s.name)).toEqual(expect.arrayContaining(['Microloans', 'Welding']));
    const welding = d.services.find((s) => s.name === 'Welding');
    expect(welding).toMatchObject({
      organization_id: firstPartner?.id,
      status: 'active',
      minimum_age: 18,
      x_pathways: { centre_ids: [ACCRA], capacity: 15, seats_left: 4, title_translations: { ar: 'لحام' } },
    });
    expect(d.languages.filter((l) => l.service_id === welding?.id).map((l) => l.code)).toEqual(['en', 'ha']);
    expect(d.cost_options.find((c) => c.service_id === welding?.id)).toMatchObject({
      amount: 50,
      currency: 'NGN',
    });
    expect(d.schedules.find((s) => s.service_id === welding?.id)).toMatchObject({
      valid_from: '2026-09-01',
      valid_to: '2026-11-30',
      description: 'Tue and Thu mornings',
    });
    const link = d.service_at_locations.find((s) => s.service_id === welding?.id);
    expect(d.locations.find((l) => l.id === link?.location_id)).toMatchObject({
      location_type: 'physical',
      name: 'Wuse workshop',
      addresses: [{ city: 'Abuja', country: 'GH' }],
    });
    const term = d.taxonomy_terms.find(
      (x) => x.id === d.attributes.find((a) => a.link_id === welding?.id)?.taxonomy_term_id,
    );
    expect(term?.code).toBe('vocational_training');
    const ids = allIds(d);
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(id).toMatch(UUID);

    // Partner staff get their own organisation and its offers only.
    const partnerStaff = await logIn(t.app, demoEmail('partner_staff', 'GH'));
    const own = (
      await request(t.app, partnerStaff, 'GET', '/api/hsds/export?country=GH')
    ).json() as HsdsDataset;
    expect(own.organizations.map((o) => o.id)).toEqual([firstPartner?.id]);
    expect(own.services.map((s) => s.name)).toContain('Welding');
    expect(own.services.map((s) => s.name)).not.toContain('Microloans');
    expect(own.services.every((s) => s.organization_id === firstPartner?.id)).toBe(true);
    const ownIds = new Set(own.services.map((s) => s.id));
    expect(own.languages.every((l) => ownIds.has(l.service_id))).toBe(true);
  });

  it('answers 404 for a country out of reach or unknown, and lets centre staff read their own', async () => {
    expect((await request(t.app, managerGH, 'GET', '/api/hsds/export?country=NG')).statusCode).toBe(404);
    const partnerStaff = await logIn(t.app, demoEmail('partner_staff', 'GH'));
    expect((await request(t.app, partnerStaff, 'GET', '/api/hsds/export?country=NG')).statusCode).toBe(404);
    expect((await request(t.app, admin, 'GET', '/api/hsds/export?country=ZZ')).statusCode).toBe(404);
    const counsellor = await logIn(t.app, demoEmail('counsellor', 'GH'));
    expect((await request(t.app, counsellor, 'GET', '/api/hsds/export?country=GH')).statusCode).toBe(200);
    expect((await request(t.app, counsellor, 'GET', '/api/hsds/export?country=MA')).statusCode).toBe(404);
    expect((await request(t.app, null, 'GET', '/api/hsds/export?country=GH')).statusCode).toBe(401);
    expect((await request(t.app, admin, 'GET', '/api/hsds/export')).statusCode).toBe(400);
  });
});

describe('HSDS import', () => {
  it('round-trips a directory losslessly into an empty country of another installation', async () => {
    const exported = (
      await request(t.app, admin, 'GET', '/api/hsds/export?country=NG')
    ).json() as HsdsDataset;
    expect(exported.services).toHaveLength(2);

    const other = await createTestApp();
    try {
      const otherAdmin = await logIn(other.app, demoEmail('admin'));
      const imported = await request(other.app, otherAdmin, 'POST', '/api/hsds/import?country=NG', exported);
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toEqual({
        organizations: { created: 1, updated: 0, unchanged: 0 },
        services: { created: 2, updated: 0, unchanged: 0 },
      });
      const again = await request(other.app, otherAdmin, 'GET', '/api/hsds/export?country=NG');
      expect(sorted(again.json())).toEqual(sorted(exported));

      // The same file again changes nothing; one edited service is one update with a new version.
      const repeat = await request(other.app, otherAdmin, 'POST', '/api/hsds/import?country=NG', exported);
      expect(repeat.json()).toEqual({
        organizations: { created: 0, updated: 0, unchanged: 1 },
        services: { created: 0, updated: 0, unchanged: 2 },
      });
      const edited = structuredClone(exported);
      (edited.services[0] as { name: string }).name = 'Tailoring course (evening)';
      const update = await request(other.app, otherAdmin, 'POST', '/api/hsds/import?country=NG', edited);
      expect(update.json().services).toEqual({ created: 0, updated: 1, unchanged: 1 });
      const row = await other.database.db
        .selectFrom('offers')
        .select(['title', 'version'])
        .where('id', '=', exported.services[0]?.id as string)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        title: { en: 'Tailoring course (evening)', fr: 'Cours de couture' },
        version: 2,
      });

      const audit = await other.database.db
        .selectFrom('audit_events')
        .select(['actor_user_id', 'entity_id', 'country_code'])
        .where('action', '=', 'hsds.imported')
        .execute();
      expect(audit).toHaveLength(3);
      expect(audit[0]).toEqual({ actor_user_id: otherAdmin.userId, entity_id: 'NG', country_code: 'NG' });
    } finally {
      await other.close();
    }
  });

  it("takes back a country's own export without changing anything", async () => {
    const exported = (
      await request(t.app, managerGH, 'GET', '/api/hsds/export?country=GH')
    ).json() as HsdsDataset;
    const res = await request(t.app, managerGH, 'POST', '/api/hsds/import?country=GH', exported);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      organizations: { created: 0, updated: 0, unchanged: exported.organizations.length },
      services: { created: 0, updated: 0, unchanged: exported.services.length },
    });
  });

  it('rejects a file with wrong types as a whole, listing every error with its path', async () => {
    const exported = (await request(t.app, admin, 'GET', '/api/hsds/export?country=NG')).json();
    const file = structuredClone(exported);
    file.organizations.push({ id: 'not-a-uuid', name: 'New partner', description: '' });
    file.services[0].status = 'open';
    file.services[1].minimum_age = 'eighteen';
    file.cost_options[0].amount = '50';
    const before = await countRows(t.database.db);
    const res = await request(t.app, admin, 'POST', '/api/hsds/import?country=NG', file);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'organizations[1].id',
        'services[0].status',
        'services[1].minimum_age',
        'cost_options[0].amount',
      ]),
    );
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it('rejects a service whose organization is neither in the file nor in the country, writing nothing', async () => {
    const exported = (
      await request(t.app, admin, 'GET', '/api/hsds/export?country=NG')
    ).json() as HsdsDataset;
    const newPartner = { ...exported.organizations[0], id: uuidv7(), name: 'Second partner', contacts: [] };
    const ghanaPartner = await t.database.db
      .selectFrom('partner_organisations')
      .select('id')
      .where('country_code', '=', 'GH')
      .executeTakeFirstOrThrow();
    const file = {
      organizations: [newPartner],
      services: [
        { ...exported.services[0], id: uuidv7(), organization_id: uuidv7() },
        // A partner of another country does not count as "in the directory".
        { ...exported.services[1], id: uuidv7(), organization_id: ghanaPartner.id },
      ],
    };
    const before = await countRows(t.database.db);
    const res = await request(t.app, managerGH, 'POST', '/api/hsds/import?country=NG', file);
    expect(res.statusCode).toBe(404);
    const rejected = await request(t.app, admin, 'POST', '/api/hsds/import?country=NG', file);
    expect(rejected.statusCode).toBe(422);
    const fields = rejected.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['services[0].organization_id', 'services[1].organization_id']),
    );
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it('is for managers of the country: counsellors 403, another country 404', async () => {
    const counsellor = await logIn(t.app, demoEmail('counsellor', 'GH'));
    expect((await request(t.app, counsellor, 'POST', '/api/hsds/import?country=GH', {})).statusCode).toBe(
      403,
    );
    const partnerStaff = await logIn(t.app, demoEmail('partner_staff', 'GH'));
    expect((await request(t.app, partnerStaff, 'POST', '/api/hsds/import?country=GH', {})).statusCode).toBe(
      403,
    );
    expect((await request(t.app, managerGH, 'POST', '/api/hsds/import?country=MA', {})).statusCode).toBe(404);
    const empty = await request(t.app, managerGH, 'POST', '/api/hsds/import?country=GH', {});
    expect(empty.statusCode).toBe(200);
    expect(empty.json().services).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });

  it('answers 400 to malformed JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/hsds/import?country=GH',
      headers: {
        cookie: managerGH.cookie,
        'x-csrf-token': managerGH.csrfToken,
        'content-type': 'application/json',
      },
      payload: '{"organizations": [',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('malformed_json');
  });

  it('takes a directory of 2,000 services in one request, beyond the app-wide body limit', async () => {
    const partner = partnerRecord({ name: 'Big provider' });
    const offers = Array.from({ length: 2000 }, (_, i) =>
      offerRecord(partner.id, { title: { en: `Course ${i}`, fr: `Cours ${i}` } }),
    );
    const { toHsdsDataset } = await import('./hsds.mapping.js');
    const file = toHsdsDataset('PK', [partner], offers);
    const body = JSON.stringify(file);
    expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/hsds/import?country=PK',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().services).toEqual({ created: 2000, updated: 0, unchanged: 0 });
  });
});
