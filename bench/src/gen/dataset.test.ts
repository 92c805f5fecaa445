/**
 * A small generated dataset (PGlite) read back through the server's own code: referrals and their
 * histories as the referral service and the status machine allow them, snapshots as the service
 * takes them, seats, group events, the indicator rollup, and determinism of the seed.
 */
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../apps/server/src/db/client.js';
import type { DB } from '../../../apps/server/src/db/schema.js';
import { rebuildRollup } from '../../../apps/server/src/indicators/rollup.repo.js';
import { snapshotSharedFields } from '../../../apps/server/src/referrals/referral-snapshot.js';
import { createTestApp, logIn, request, type TestContext } from '../../../apps/server/src/testing/index.js';
import { createTestDatabase } from '../../../apps/server/src/testing/test-database.js';
import {
  allowedReferralTransitions,
  type ReferralSide,
} from '../../../packages/domain/src/referrals/status-machine.js';
import { BENCH_PASSWORD, type DatasetOptions, type DatasetSummary, generateDataset } from './dataset.js';
import { CONSENTS, type ColumnBatch, newBatch, REFERRAL_EVENTS, REFERRALS } from './load.js';
import { offerSeatUpdates, planNetwork, SPAN } from './network.js';
import { createReferralMaker } from './referrals.js';

type Status = Parameters<typeof allowedReferralTransitions>[0];

const now = new Date();
const options: DatasetOptions = {
  clients: 300,
  seed: 11,
  // The 1st of this month, so agreements and offers valid at as-of are valid today too.
  asOf: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
  duplicateShare: 0.03,
  sessionsPerClient: 2,
  batchSize: 120,
  keepIndexes: false,
  referralShare: 0.2,
  eventsPerCentreMonth: 3,
  quiet: true,
};

let ctx: TestContext;
let db: Kysely<DB>;
let summary: DatasetSummary;
let firstDigest: Record<string, string>;

// Every table the generator writes (users too, but their created_at is the time of the run).
const TABLES = [
  'clients',
  'consents',
  'counselling_sessions',
  'partner_organisations',
  'data_sharing_agreements',
  'offers',
  'referrals',
  'referral_events',
  'group_events',
  'group_event_partners',
  'group_event_participants',
  'group_event_attendees',
  'memberships',
  'case_code_counters',
];

/** A hash of each table's rows, in a fixed order. */
async function digest(database: Database) {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = (
      await sql<{ d: string; n: number }>`
        select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d, count(*)::int as n
        from ${sql.table(table)} t`.execute(database.db)
    ).rows;
    expect(row?.n, table).toBeGreaterThan(0);
    out[table] = row?.d ?? '';
  }
  return out;
}

beforeAll(async () => {
  ctx = await createTestApp({ seed: false });
  db = ctx.database.db;
  summary = await generateDataset(ctx.database, options);
  firstDigest = await digest(ctx.database);
});
afterAll(async () => {
  await ctx?.close();
});

const rowsOf = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;
const countOf = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await rowsOf(query))[0]?.n);

describe('generated referrals', () => {
  it('refers about a fifth of the clients, in every status, with outcomes', async () => {
    expect(summary.referredClients / summary.clients).toBeGreaterThan(0.1);
    expect(summary.referredClients / summary.clients).toBeLessThan(0.35);
    const statuses = await rowsOf(sql<{ status: string; n: number }>`
      select status, count(*)::int as n from referrals group by status`);
    expect(statuses.length).toBeGreaterThanOrEqual(6);
    const outcomes = await rowsOf(sql<{ outcome: string }>`
      select distinct outcome from referrals where status = 'completed'`);
    expect(outcomes.length).toBeGreaterThanOrEqual(2);
  });

  it('walks the status machine in time, up to as-of, as recorded on the referral', async () => {
    const referrals = await rowsOf(sql<{
      id: string;
      status: Status;
      version: number;
      partner_organisation_id: string;
      created_by: string;
      created_at: Date;
      sent_at: Date | null;
      answered_at: Date | null;
      updated_at: Date;
      decline_reason: string | null;
    }>`select id, status, version, partner_organisation_id, created_by, created_at, sent_at, answered_at,
         updated_at, decline_reason from referrals order by id`);
    const events = await rowsOf(sql<{
      referral_id: string;
      from_status: Status | null;
      to_status: Status;
      actor_side: ReferralSide;
      reason: string | null;
      at: Date;
      actor_partner: string | null;
      actor_id: string;
    }>`select e.referral_id, e.from_status, e.to_status, e.actor_side, e.reason, e.at, e.actor_id,
         (select m.partner_organisation_id from memberships m
           where m.user_id = e.actor_id and m.role = 'partner_staff') as actor_partner
       from referral_events e order by e.referral_id, e.at, e.id`);
    const byReferral = new Map<string, typeof events>();
    for (const e of events) byReferral.set(e.referral_id, [...(byReferral.get(e.referral_id) ?? []), e]);
    expect(referrals.length).toBeGreaterThan(20);

    for (const r of referrals) {
      const history = byReferral.get(r.id) ?? [];
      expect(history.length, r.id).toBe(r.version);
      expect(history[0]?.from_status).toBeNull();
      expect(history[0]?.at.getTime()).toBe(r.created_at.getTime());
      let previous: (typeof history)[number] | undefined;
      for (const e of history) {
        if (previous) {
          expect(e.from_status).toBe(previous.to_status);
          expect(allowedReferralTransitions(e.from_status as Status, e.actor_side)).toContain(e.to_status);
          expect(e.at.getTime()).toBeGreaterThan(previous.at.getTime());
        }
        // Partner moves are made by the partner's own staff, or by the centre on its behalf.
        if (e.actor_side === 'partner') expect(e.actor_partner).toBe(r.partner_organisation_id);
        else expect(e.actor_id).toBe(r.created_by);
        if (e.to_status === 'declined' || e.to_status === 'cancelled') expect(e.reason).toBeTruthy();
        expect(e.at.getTime()).toBeLessThanOrEqual(options.asOf.getTime());
        previous = e;
      }
      expect(previous?.to_status).toBe(r.status);
      expect(previous?.at.getTime()).toBe(r.updated_at.getTime());
      const sent = history.find((e) => e.to_status === 'sent');
      expect(r.sent_at?.getTime() ?? null).toBe(sent ? sent.at.getTime() : null);
      const answer = history.find(
        (e) => e.from_status === 'sent' && (e.to_status === 'accepted' || e.to_status === 'declined'),
      );
      expect(r.answered_at?.getTime() ?? null).toBe(answer ? answer.at.getTime() : null);
      expect(r.decline_reason).toBe(history.find((e) => e.to_status === 'declined')?.reason ?? null);
    }
  });

  it('sends only with a prior sharing consent, a covering agreement and an open offer of that partner', async () => {
    expect(
      await countOf(sql<{ n: number }>`
        select count(*)::int as n from referrals r
        join clients cl on cl.country_code = r.country_code and cl.id = r.client_id
        left join consents c on c.country_code = r.country_code and c.id = r.consent_id
        where c.id is null or c.purpose <> 'partner_sharing' or c.client_id <> r.client_id
          or c.partner_organisation_id <> r.partner_organisation_id or c.withdrawn_at is not null
          or c.recorded_at > r.created_at or c.recorded_at < cl.created_at or r.centre_id <> cl.centre_id`),
    ).toBe(0);
    expect(
      await countOf(sql<{ n: number }>`
        select count(*)::int as n from referrals r
        where r.sent_at is not null and not exists (
          select 1 from data_sharing_agreements a
          where a.country_code = r.country_code and a.partner_organisation_id = r.partner_organisation_id
            and 'referrals' = any(a.purposes)
            and a.signed_on <= (r.sent_at at time zone 'UTC')::date
            and a.expires_on > (r.sent_at at time zone 'UTC')::date)`),
    ).toBe(0);
    expect(
      await countOf(sql<{ n: number }>`
        select count(*)::int as n from referrals r
        join offers o on o.country_code = r.country_code and o.id = r.offer_id
        where o.partner_organisation_id <> r.partner_organisation_id or o.status = 'draft'
          or o.created_at > r.created_at
          or (o.centre_ids <> '{}' and not r.centre_id = any(o.centre_ids))`),
    ).toBe(0);
  });

  it('holds the shared fields exactly as the referral service snapshots them', async () => {
    const sent = await db
      .selectFrom('referrals')
      .select(['client_id', 'country_code', 'shared_fields', 'reason', 'shared_snapshot'])
      .where('sent_at', 'is not', null)
      .execute();
    expect(sent.length).toBeGreaterThan(10);
    for (const r of sent) {
      const client = await db
        .selectFrom('clients')
        .selectAll()
        .where('country_code', '=', r.country_code)
        .where('id', '=', r.client_id)
        .executeTakeFirstOrThrow();
      expect(r.shared_snapshot).toEqual(snapshotSharedFields(client, r.shared_fields as never, r.reason));
    }
    expect(
      await countOf(sql<{ n: number }>`
      select count(*)::int as n from referrals where (sent_at is null) <> (shared_snapshot is null)`),
    ).toBe(0);
  });

  it('takes a seat per enrolment, never beyond capacity, and sends nothing to a full offer', async () => {
    const offers = await rowsOf(sql<{
      id: string;
      capacity: number;
      seats_left: number;
      enrolled: number;
      full_at: Date | null;
      last_sent: Date | null;
    }>`
      select o.id, o.capacity, o.seats_left,
        (select count(*)::int from referral_events e join referrals r on r.country_code = e.country_code and r.id = e.referral_id
          where r.offer_id = o.id and e.to_status = 'enrolled') as enrolled,
        (select max(e.at) from referral_events e join referrals r on r.country_code = e.country_code and r.id = e.referral_id
          where r.offer_id = o.id and e.to_status = 'enrolled') as full_at,
        (select max(r.sent_at) from referrals r where r.offer_id = o.id) as last_sent
      from offers o where o.capacity is not null`);
    expect(offers.some((o) => o.enrolled > 0)).toBe(true);
    for (const o of offers) {
      expect(o.seats_left).toBeGreaterThanOrEqual(0);
      expect(o.capacity - o.seats_left).toBe(o.enrolled);
      // Full since its last enrolment: every referral to it was sent before.
      if (o.seats_left === 0)
        expect((o.last_sent as Date).getTime()).toBeLessThan((o.full_at as Date).getTime());
    }
  });
});

describe('generated group events', () => {
  it('count participants by sex and age group, linking no more clients of a sex than counted', async () => {
    expect(summary.rows.groupEvents).toBeGreaterThan(0);
    expect(
      await countOf(sql<{ n: number }>`
        select count(*)::int as n from (
          select a.country_code, a.event_id, c.sex, count(*) as linked
          from group_event_attendees a join clients c on c.country_code = a.country_code and c.id = a.client_id
          group by 1, 2, 3) l
        left join (select country_code, event_id, sex, sum(participants) as counted
          from group_event_participants group by 1, 2, 3) p
          on p.country_code = l.country_code and p.event_id = l.event_id and p.sex = l.sex
        where p.counted is null or l.linked > p.counted`),
    ).toBe(0);
    expect(
      await countOf(sql<{ n: number }>`select count(*)::int as n from group_event_attendees`),
    ).toBeGreaterThan(0);
    // Attendees were registered at the event's centre before the event; events are before as-of.
    expect(
      await countOf(sql<{ n: number }>`
        select count(*)::int as n from group_event_attendees a
        join group_events g on g.country_code = a.country_code and g.id = a.event_id
        join clients c on c.country_code = a.country_code and c.id = a.client_id
        where c.created_at >= g.held_on::timestamptz or c.centre_id <> g.centre_id
          or g.held_on >= ${options.asOf.toISOString().slice(0, 10)}::date or g.created_at < g.held_on::timestamptz`),
    ).toBe(0);
    expect(
      await countOf(sql<{ n: number }>`
        select count(*)::int as n from group_events g where not exists (
          select 1 from group_event_participants p where p.country_code = g.country_code and p.event_id = g.id)`),
    ).toBe(0);
  });
});

describe('after the load', () => {
  it('has the indicator rollup a rebuild from the raw tables gives', async () => {
    const read = () =>
      rowsOf(sql<Record<string, unknown>>`
        select * from indicator_client_years order by country_code, client_id, year, centre_id nulls first`);
    const loaded = await read();
    expect(loaded.length).toBeGreaterThan(0);
    await rebuildRollup(db);
    expect(await read()).toEqual(loaded);
  });

  it('serves a generated referral to its centre’s counsellor and its partner, not to another centre', async () => {
    const [r] = await rowsOf(sql<{
      id: string;
      version: number;
      status: string;
      centre_email: string;
      partner_email: string;
      other_email: string;
      snapshot: unknown;
    }>`
      select r.id, r.version, r.status, r.shared_snapshot as snapshot,
        (select u.email from memberships m join users u on u.id = m.user_id
          where m.role = 'counsellor' and m.centre_id = r.centre_id) as centre_email,
        (select u.email from memberships m join users u on u.id = m.user_id
          where m.role = 'partner_staff' and m.partner_organisation_id = r.partner_organisation_id) as partner_email,
        (select u.email from memberships m join users u on u.id = m.user_id
          where m.role = 'counsellor' and m.centre_id <> r.centre_id order by u.email limit 1) as other_email
      from referrals r where r.version >= 3 order by r.id limit 1`);
    expect(r).toBeDefined();
    if (!r) return;
    const counsellor = await logIn(ctx.app, r.centre_email, BENCH_PASSWORD);
    const read = await request(ctx.app, counsellor, 'GET', `/api/referrals/${r.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: r.id, status: r.status, version: r.version });
    expect(read.json().events).toHaveLength(r.version);

    const partner = await logIn(ctx.app, r.partner_email, BENCH_PASSWORD);
    const seen = await request(ctx.app, partner, 'GET', `/api/partner/referrals/${r.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().shared).toEqual(r.snapshot);

    const other = await logIn(ctx.app, r.other_email, BENCH_PASSWORD);
    expect((await request(ctx.app, other, 'GET', `/api/referrals/${r.id}`)).statusCode).toBe(404);
  });

  it('passes the services’ own checks today: a partner answers an open referral, a counsellor sends a new one', async () => {
    const [open] = await rowsOf(sql<{ id: string; version: number; status: string; email: string }>`
      select r.id, r.version, r.status, u.email from referrals r
      join memberships m on m.role = 'partner_staff' and m.partner_organisation_id = r.partner_organisation_id
      join users u on u.id = m.user_id
      where r.status in ('sent', 'accepted', 'enrolled') order by r.status desc, r.id limit 1`);
    expect(open).toBeDefined();
    if (!open) return;
    const body =
      open.status === 'sent'
        ? { to: 'accepted', version: open.version }
        : open.status === 'accepted'
          ? { to: 'enrolled', version: open.version }
          : { to: 'completed', version: open.version, outcome: 'job' };
    const partner = await logIn(ctx.app, open.email, BENCH_PASSWORD);
    const answered = await request(
      ctx.app,
      partner,
      'POST',
      `/api/partner/referrals/${open.id}/transitions`,
      body,
    );
    expect(answered.statusCode, answered.body).toBe(200);

    // A client with a sharing consent, and an open offer with a seat of that partner, under an
    // agreement in force today (a few partners' agreements lapse before as-of, by design).
    const [target] = await rowsOf(sql<{
      client_id: string;
      consent_id: string;
      offer_id: string;
      email: string;
    }>`
      select c.client_id, c.id as consent_id, o.id as offer_id, u.email
      from consents c
      join clients cl on cl.country_code = c.country_code and cl.id = c.client_id
      join offers o on o.country_code = c.country_code and o.partner_organisation_id = c.partner_organisation_id
      join memberships m on m.role = 'counsellor' and m.centre_id = cl.centre_id
      join users u on u.id = m.user_id
      where c.purpose = 'partner_sharing' and o.status = 'active' and coalesce(o.seats_left, 1) > 0
        and (o.centre_ids = '{}' or cl.centre_id = any(o.centre_ids))
        and exists (select 1 from data_sharing_agreements a
          where a.country_code = c.country_code and a.partner_organisation_id = c.partner_organisation_id
            and 'referrals' = any(a.purposes)
            and a.signed_on <= (now() at time zone 'UTC')::date
            and a.expires_on > (now() at time zone 'UTC')::date)
      order by c.id, o.id limit 1`);
    expect(target).toBeDefined();
    if (!target) return;
    const counsellor = await logIn(ctx.app, target.email, BENCH_PASSWORD);
    const created = await request(ctx.app, counsellor, 'POST', `/api/clients/${target.client_id}/referrals`, {
      offerId: target.offer_id,
      reason: 'Follow-up referral.',
      consentId: target.consent_id,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().status).toBe('sent');
  });

  it('gives the same rows for the same seed', async () => {
    const again = await createTestDatabase();
    try {
      await generateDataset(again, options);
      expect(await digest(again)).toEqual(firstDigest);
    } finally {
      await again.close();
    }
  }, 60_000);
});

describe('seats under pressure', () => {
  it('never enrols beyond capacity, and fills an offer only after its last referral was sent', () => {
    const asOf = options.asOf;
    const centre = {
      id: '01a21e13-0a61-7391-99cb-b127fd4740e2',
      countryCode: 'GH',
      code: 'ACC',
      languages: ['en'],
    };
    const network = planNetwork({
      seed: 3,
      clients: 20000,
      asOf,
      centres: [centre],
      countryWeights: [['GH', 1]],
      referralShare: 0.4,
    });
    // One seat everywhere: offers fill up and later demand has to go elsewhere.
    const SEATS = 1;
    for (const offer of network.offers) if (offer.capacity !== null) offer.capacity = SEATS;
    const maker = createReferralMaker({
      seed: 3,
      network,
      asOf,
      share: 0.4,
      staffByPartner: new Map(network.partners.map((p) => [p.id, `staff-${p.id}`])),
      consentLanguage: () => 'en',
    });
    const batches = {
      consents: newBatch(CONSENTS),
      referrals: newBatch(REFERRALS),
      events: newBatch(REFERRAL_EVENTS),
    };
    const start = asOf.getTime() - SPAN;
    for (let i = 0; i < 20000; i++)
      maker.refer(batches, {
        id: `client-${i}`,
        countryCode: 'GH',
        centreId: centre.id,
        counsellorId: 'counsellor',
        at: start + (i / 20000) * SPAN,
        group: (['prospective_migrant', 'returnee', 'local_job_seeker'] as const)[i % 3] as string,
        sex: i % 2 ? 'female' : 'male',
        birthYear: 1995,
        givenName: 'Ama',
        familyName: null,
        phone: null,
        languagesJson: '[]',
        educationIsced: 3,
        occupationIsco: null,
        region: null,
      });

    const column = (batch: ColumnBatch, name: string) =>
      batch.values[batch.spec.columns.findIndex(([n]) => n === name)] as (string | null)[];
    const referralIds = column(batches.referrals, 'id');
    const offerOf = new Map(referralIds.map((id, i) => [id, column(batches.referrals, 'offer_id')[i]]));
    const lastSent = new Map<string, string>();
    column(batches.referrals, 'sent_at').forEach((sent, i) => {
      const offer = column(batches.referrals, 'offer_id')[i];
      if (offer && sent && sent > (lastSent.get(offer) ?? '')) lastSent.set(offer, sent);
    });
    const enrolments = new Map<string, string[]>();
    column(batches.events, 'to_status').forEach((to, i) => {
      const offer = offerOf.get(column(batches.events, 'referral_id')[i] as string);
      if (to === 'enrolled' && offer)
        enrolments.set(offer, [...(enrolments.get(offer) ?? []), column(batches.events, 'at')[i] as string]);
    });
    const capped = network.offers.filter((o) => o.capacity !== null);
    const full = capped.filter((o) => (enrolments.get(o.id)?.length ?? 0) === SEATS);
    expect(full.length).toBeGreaterThan(5);
    for (const o of capped) {
      const enrolled = enrolments.get(o.id) ?? [];
      expect(enrolled.length).toBeLessThanOrEqual(SEATS);
      expect(o.taken).toBe(enrolled.length);
      if (enrolled.length === SEATS)
        expect((lastSent.get(o.id) as string) < ([...enrolled].sort()[SEATS - 1] as string)).toBe(true);
    }
    const seats = offerSeatUpdates(network);
    seats.ids.forEach((id, i) => {
      const o = capped.find((x) => x.id === id);
      if (o) expect(seats.seatsLeft[i]).toBe(SEATS - (enrolments.get(id)?.length ?? 0));
    });
  });
});
