import { type Kysely, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { App } from '../app.js';
import type { DB } from '../db/schema.js';
import { clientBody, request, type Session } from '../testing/index.js';

/**
 * The Iraq fixture of the indicator tests: six clients at Erbil (EBL) and Baghdad (BGW), their
 * sessions, referrals and events in and around 2026-Q1. Expected values are worked out by hand
 * in indicators.test.ts.
 */
export type Person = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

const people: Record<Person, { centre: 'EBL' | 'BGW'; sex: 'female' | 'male'; born: number; group: string }> =
  {
    A: { centre: 'EBL', sex: 'female', born: 1990, group: 'returnee' },
    B: { centre: 'EBL', sex: 'female', born: 2000, group: 'prospective_migrant' },
    C: { centre: 'EBL', sex: 'male', born: 1985, group: 'returnee' },
    D: { centre: 'BGW', sex: 'male', born: 2004, group: 'local_job_seeker' },
    E: { centre: 'BGW', sex: 'female', born: 1970, group: 'returnee' },
    F: { centre: 'EBL', sex: 'male', born: 1995, group: 'returnee' },
  };

const sessions: [Person, string, string, string[]][] = [
  ['A', '2026-01-10', 'in_person', ['reintegration']],
  ['A', '2026-02-15', 'phone', ['reintegration', 'business_start_up']],
  ['B', '2026-01-20', 'video', ['regular_labour_migration', 'language_learning']],
  ['C', '2026-03-05', 'in_person', ['reintegration']],
  ['C', '2026-04-02', 'in_person', ['local_jobs']],
  ['D', '2026-02-01', 'outreach', ['local_jobs']],
  ['E', '2026-03-30', 'in_person', ['psychosocial']],
  ['E', '2025-12-15', 'in_person', ['psychosocial']],
  ['F', '2026-05-01', 'phone', ['local_jobs']],
];

export type Fixture = { clients: Record<Person, string>; centres: Record<string, string> };

export async function registerPerson(
  app: App,
  session: Session,
  centreId: string,
  p: (typeof people)[Person],
  name: string,
) {
  const res = await request(
    app,
    session,
    'POST',
    '/api/clients',
    clientBody(centreId, {
      name: { given: name, family: 'Fixture' },
      nameOriginal: undefined,
      sex: p.sex,
      dateOfBirth: { value: String(p.born), precision: 'year' },
      nationality: 'IQ',
      group: p.group as 'returnee',
      intentions: undefined,
    }),
  );
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  return res.json().id as string;
}

export async function recordSession(
  app: App,
  session: Session,
  clientId: string,
  heldOn: string,
  channel: string,
  topics: string[],
) {
  const res = await request(app, session, 'POST', `/api/clients/${clientId}/sessions`, {
    heldOn,
    channel,
    format: 'individual',
    topics,
    durationMinutes: 30,
  });
  if (res.statusCode !== 201) throw new Error(`session failed: ${res.body}`);
}

export async function buildIraqFixture(
  app: App,
  db: Kysely<DB>,
  manager: Session,
  centres: Record<string, string>,
): Promise<Fixture> {
  const clients = {} as Record<Person, string>;
  for (const [name, p] of Object.entries(people) as [Person, (typeof people)[Person]][])
    clients[name] = await registerPerson(app, manager, centres[p.centre] as string, p, `Person${name}`);
  for (const [who, heldOn, channel, topics] of sessions)
    await recordSession(app, manager, clients[who], heldOn, channel, topics);
  await insertReferrals(db, clients, manager.userId);
  await insertEvents(db, clients, centres, manager.userId);
  return { clients, centres };
}

async function insertReferrals(db: Kysely<DB>, clients: Record<Person, string>, userId: string) {
  const tvet = uuidv7();
  const ngo = uuidv7();
  await sql`insert into partner_organisations (country_code, id, name, type) values
    ('IQ', ${tvet}, 'Fixture TVET', 'tvet_institution'), ('IQ', ${ngo}, 'Fixture NGO', 'ngo')`.execute(db);
  const offer = async (partner: string, category: string) => {
    const id = uuidv7();
    await sql`insert into offers (country_code, id, partner_organisation_id, category, title, delivery_mode, languages, status)
      values ('IQ', ${id}, ${partner}, ${category}, '{"en": "Fixture offer"}', 'in_person', '{ar}', 'active')`.execute(
      db,
    );
    return id;
  };
  const training = await offer(tvet, 'vocational_training');
  const reintegration = await offer(ngo, 'reintegration_assistance');
  const psychosocial = await offer(ngo, 'psychosocial_support');
  const referral = async (
    who: Person,
    partner: string,
    offerId: string | null,
    status: string,
    sentAt: string | null,
    answeredAt: string | null,
    outcome: string | null = null,
    accepted = false,
  ) => {
    const id = uuidv7();
    const client = await db
      .selectFrom('clients as c')
      .innerJoin('consents as k', (j) =>
        j.onRef('k.country_code', '=', 'c.country_code').onRef('k.client_id', '=', 'c.id'),
      )
      .select(['c.centre_id', 'k.id as consent_id'])
      .where('c.id', '=', clients[who])
      .executeTakeFirstOrThrow();
    await sql`insert into referrals (country_code, id, client_id, centre_id, partner_organisation_id, offer_id,
        consent_id, reason, shared_fields, status, outcome, created_by, sent_at, answered_at)
      values ('IQ', ${id}, ${clients[who]}, ${client.centre_id}, ${partner}, ${offerId}, ${client.consent_id},
        'fixture', '{givenName}', ${status}, ${outcome}, ${userId}, ${sentAt}, ${answeredAt})`.execute(db);
    if (accepted)
      await sql`insert into referral_events (country_code, id, referral_id, from_status, to_status, actor_id, actor_side)
        values ('IQ', ${uuidv7()}, ${id}, 'sent', 'accepted', ${userId}, 'partner')`.execute(db);
  };
  await referral(
    'A',
    ngo,
    reintegration,
    'completed',
    '2026-01-12T09:00Z',
    '2026-01-14T09:00Z',
    'business_started',
  );
  await referral('A', ngo, psychosocial, 'accepted', '2026-02-16T08:00Z', '2026-02-17T08:00Z');
  await referral('B', tvet, training, 'declined', '2026-01-21T08:00Z', '2026-01-25T08:00Z');
  await referral('C', tvet, training, 'completed', '2026-03-06T08:00Z', '2026-03-09T08:00Z', 'job');
  // 22:30 UTC on 31 March is 1 April in Baghdad: a referral of April.
  await referral('E', ngo, reintegration, 'sent', '2026-03-31T22:30Z', null);
  // Accepted, then cancelled by the centre: it still counts as accepted.
  await referral('D', tvet, null, 'cancelled', '2026-02-02T08:00Z', '2026-02-05T08:00Z', null, true);
  await referral('E', ngo, psychosocial, 'dropped_out', '2026-03-30T10:00Z', '2026-04-09T10:00Z');
  await referral('B', tvet, training, 'draft', null, null);
}

async function insertEvents(
  db: Kysely<DB>,
  clients: Record<Person, string>,
  centres: Record<string, string>,
  userId: string,
) {
  const event = async (
    centre: string,
    heldOn: string,
    counts: [string, string, number][],
    attendees: Person[],
  ) => {
    const id = uuidv7();
    await sql`insert into group_events (country_code, id, centre_id, kind, title, held_on, topics, channel, created_by)
      values ('IQ', ${id}, ${centres[centre]}, 'information_session', 'Fixture event', ${heldOn}, '{reintegration}',
        'in_person', ${userId})`.execute(db);
    for (const [sex, age, n] of counts)
      await sql`insert into group_event_participants (country_code, event_id, sex, age_group, participants)
        values ('IQ', ${id}, ${sex}, ${age}, ${n})`.execute(db);
    for (const who of attendees)
      await sql`insert into group_event_attendees (country_code, event_id, client_id)
        values ('IQ', ${id}, ${clients[who]})`.execute(db);
  };
  await event(
    'EBL',
    '2026-02-10',
    [
      ['female', '15_24', 4],
      ['female', '25_34', 3],
      ['male', '15_24', 5],
      ['male', '35_44', 2],
    ],
    ['A', 'F'],
  );
  await event(
    'BGW',
    '2026-03-15',
    [
      ['female', '45_plus', 2],
      ['male', '25_34', 6],
      ['unknown', 'unknown', 3],
    ],
    [],
  );
  await event('EBL', '2026-04-20', [['female', '15_24', 10]], []);
}
