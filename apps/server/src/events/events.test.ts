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

let t: TestContext;
let counsellor: Session;
let manager: Session;
let centres: Record<string, string>;
let client: { id: string; caseCode: string };
let partnerIq: string;
let partnerGh: string;

const body = (overrides: Record<string, unknown> = {}) => ({
  centreId: centres.EBL,
  kind: 'information_session',
  title: 'Legal ways to work in Germany',
  heldOn: '2026-03-12',
  topics: ['regular_labour_migration', 'risks_of_irregular_migration'],
  channel: 'in_person',
  location: 'Erbil youth centre',
  partnerOrganisationIds: [partnerIq],
  participants: { female: { '15_24': 6, '25_34': 2 }, male: { '15_24': 9 } },
  attendeeClientIds: [client.id],
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'IQ'));
  manager = await logIn(t.app, demoEmail('country_manager', 'IQ'));
  centres = await centreIds(t.app, counsellor.cookie);
  client = (
    await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centres.EBL as string, {
        sex: 'female',
        nationality: 'IQ',
        name: { given: 'Zainab', family: 'Ali' },
      }),
    )
  ).json();
  const partners = await t.database.db
    .selectFrom('partner_organisations')
    .select(['id', 'country_code'])
    .execute();
  partnerIq = partners.find((p) => p.country_code === 'IQ')?.id as string;
  partnerGh = partners.find((p) => p.country_code === 'GH')?.id as string;
});
afterAll(() => t.close());

describe('group events', () => {
  it('records an event with counts by sex and age group, partners and attendees, audited', async () => {
    const res = await request(t.app, counsellor, 'POST', '/api/events', body());
    expect(res.statusCode, res.body).toBe(201);
    const event = res.json();
    expect(event).toMatchObject({
      countryCode: 'IQ',
      centreId: centres.EBL,
      participantsTotal: 17,
      partnerOrganisationIds: [partnerIq],
      attendees: [{ clientId: client.id, caseCode: client.caseCode }],
      version: 1,
    });
    expect(event.participants.female).toEqual({
      under_15: 0,
      '15_24': 6,
      '25_34': 2,
      '35_44': 0,
      '45_plus': 0,
      unknown: 0,
    });
    expect(event.participants.unknown['15_24']).toBe(0);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('action', '=', 'event.create')
      .execute();
    expect(audit).toEqual([{ action: 'event.create', entity_id: event.id }]);
  });

  it('refuses partners of another country, a centre out of reach and unknown fields by name', async () => {
    const partner = await request(
      t.app,
      counsellor,
      'POST',
      '/api/events',
      body({ partnerOrganisationIds: [partnerGh] }),
    );
    expect(partner.statusCode).toBe(400);
    expect(partner.json().errors[0].field).toBe('partnerOrganisationIds');
    const centre = await request(t.app, counsellor, 'POST', '/api/events', body({ centreId: centres.BGW }));
    expect(centre.json().errors[0].field).toBe('centreId');
    const unknown = await request(t.app, counsellor, 'POST', '/api/events', body({ audience: 'youth' }));
    expect(unknown.json().errors[0].field).toBe('audience');
    const negative = await request(
      t.app,
      counsellor,
      'POST',
      '/api/events',
      body({ participants: { male: { '15_24': -1 } } }),
    );
    expect(negative.json().errors[0].field).toBe('participants.male.15_24');
  });

  it('never links more attendees of a sex than were counted', async () => {
    const res = await request(
      t.app,
      counsellor,
      'POST',
      '/api/events',
      body({ participants: { male: { '15_24': 9 } } }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'attendees_exceed_participants',
      errors: [{ field: 'participants.female' }],
    });
    const count = await t.database.db
      .selectFrom('group_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('lists events within scope only and hides others as 404', async () => {
    const own = (await request(t.app, counsellor, 'GET', '/api/events?from=2026-01-01&to=2026-12-31')).json();
    expect(own.total).toBe(1);
    expect(own.items[0]).toMatchObject({ attendeeCount: 1, participantsTotal: 17 });
    expect((await request(t.app, manager, 'GET', '/api/events?country=IQ')).json().total).toBe(1);
    expect((await request(t.app, counsellor, 'GET', '/api/events?from=2026-04-01')).json().total).toBe(0);
    const egypt = await logIn(t.app, demoEmail('counsellor', 'EG'));
    expect((await request(t.app, egypt, 'GET', '/api/events')).json().total).toBe(0);
    const res = await request(t.app, egypt, 'GET', `/api/events/${own.items[0].id}`);
    expect(res.statusCode).toBe(404);
    expect(
      (await request(t.app, await logIn(t.app, demoEmail('analyst')), 'GET', '/api/events')).statusCode,
    ).toBe(403);
  });

  it('replaces an event at the version read and answers 409 on a stale one', async () => {
    const [event] = (await request(t.app, counsellor, 'GET', '/api/events')).json().items;
    const { centreId: _, ...fields } = body();
    const update = {
      ...fields,
      title: 'Job fair',
      kind: 'job_fair',
      participants: { unknown: { unknown: 40 }, female: { '25_34': 1 } },
      version: 1,
    };
    const res = await request(t.app, manager, 'PUT', `/api/events/${event.id}`, update);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Job fair', participantsTotal: 41, version: 2 });
    const stale = await request(t.app, counsellor, 'PUT', `/api/events/${event.id}`, update);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
  });

  it('counts the event in the indicators and deletes it at the version read', async () => {
    const [event] = (await request(t.app, counsellor, 'GET', '/api/events')).json().items;
    const figures = async () =>
      (await request(t.app, manager, 'GET', '/api/indicators?period=2026-03&country=IQ'))
        .json()
        .headline.find((h: { indicator: string }) => h.indicator === 'event_participants').value;
    expect(await figures()).toBe(41);
    expect((await request(t.app, counsellor, 'DELETE', `/api/events/${event.id}?version=1`)).statusCode).toBe(
      409,
    );
    expect((await request(t.app, counsellor, 'DELETE', `/api/events/${event.id}?version=2`)).statusCode).toBe(
      204,
    );
    expect((await request(t.app, counsellor, 'GET', `/api/events/${event.id}`)).statusCode).toBe(404);
    expect(await figures()).toBe(0);
  });
});
