/**
 * Generates a whole dataset into a migrated database that holds no clients yet: bench users,
 * the partner network (partners, agreements, offers), then clients with their consents,
 * sessions, referrals and the centres' group events in one bulk statement per batch, then the
 * offers' seats, the search indexes, case-code counters, the indicator rollup and statistics.
 * main.ts is the command line around it; the test calls it directly.
 */
import type { Database, RawSession } from '../../../apps/server/src/db/client.js';
import { REBUILD_ROLLUP_SQL } from '../../../apps/server/src/indicators/rollup.repo.js';
import { type Centre, createGenerator, type PlantedPair } from './generate.js';
import { insertBatches, readSearchIndexes } from './load.js';
import { type Network, networkBatches, networkLanguages, offerSeatUpdates, planNetwork } from './network.js';
import { COUNTRY_WEIGHTS, usedCodes } from './people.js';
import { createRandom, uuidv7At } from './prng.js';
import { createProgress } from './progress.js';

// argon2id of "pathways-bench" at the production cost, made once with @node-rs/argon2 `hash`.
const BENCH_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$pfDXJXn+Ri7IQ8f7cai4TA$JoOc/YWA8RnuY34yWobiy99Zr2TjNypmf6wbxsxdIrk';
export const BENCH_PASSWORD = 'pathways-bench';

export type DatasetOptions = {
  clients: number;
  seed: number;
  /** The "today" the data is built around. */
  asOf: Date;
  duplicateShare: number;
  sessionsPerClient: number;
  /** Clients per statement. */
  batchSize: number;
  keepIndexes: boolean;
  /** Share of clients referred at least once (0: no referrals). */
  referralShare: number;
  /** Mean group events per centre and month (0: none). */
  eventsPerCentreMonth: number;
  /** No progress line (tests). */
  quiet?: boolean;
};

export type DatasetSummary = {
  clients: number;
  sessions: number;
  pairs: PlantedPair[];
  loadSeconds: number;
  phases: [label: string, seconds: number][];
  /** Rows written per table group. */
  rows: Record<string, number>;
  referralStatuses: Record<string, number>;
  referredClients: number;
  /** People counted at group events (the sum of participants, not rows). */
  participantsCounted: number;
};

const benchEmail = (local: string) => `bench.${local}@bench.pathways.local`.toLowerCase();

export async function generateDataset(database: Database, options: DatasetOptions): Promise<DatasetSummary> {
  const phases: [string, number][] = [];
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await fn();
    phases.push([label, (performance.now() - started) / 1000]);
    return result;
  };

  return database.withRawSession(async (session) => {
    const [existing] = await session.query<{ n: number }>('SELECT count(*)::int AS n FROM clients');
    if (existing && existing.n > 0) {
      throw new Error(
        `the database already holds ${existing.n} clients: generate into a fresh --data-dir or database`,
      );
    }
    const centres = (
      await session.query<{
        id: string;
        country_code: string;
        code: string;
        time_zone: string;
        languages: string[];
      }>('SELECT id, country_code, code, time_zone, languages FROM centres ORDER BY country_code, code')
    ).map(
      (c): Centre => ({
        id: c.id,
        countryCode: c.country_code,
        code: c.code,
        timeZone: c.time_zone,
        languages: c.languages,
      }),
    );
    const network = planNetwork({
      seed: options.seed,
      clients: options.clients,
      asOf: options.asOf,
      centres,
      countryWeights: COUNTRY_WEIGHTS,
      referralShare: options.referralShare,
    });
    const users = await timed('users', () => ensureBenchUsers(session, centres, network));
    await checkCodes(session, network);
    await timed('partners, agreements, offers', () =>
      insertBatches(session, networkBatches(network, users.managerByCountry)),
    );
    await timed('memberships', () => insertMemberships(session, users.memberships));

    const counters = new Map<string, number>();
    for (const r of await session.query<{ centre_id: string; year: number; last_value: number }>(
      'SELECT centre_id, year, last_value FROM case_code_counters',
    )) {
      counters.set(`${r.centre_id}:${r.year}`, r.last_value);
    }
    const searchIndexes = await readSearchIndexes(session);
    if (!options.keepIndexes) {
      await timed('drop search indexes', async () => {
        for (const [name] of searchIndexes) await session.exec(`DROP INDEX IF EXISTS ${name}`);
      });
    }

    const generator = createGenerator({
      seed: options.seed,
      clients: options.clients,
      duplicateShare: options.duplicateShare,
      sessionsPerClient: options.sessionsPerClient,
      asOf: options.asOf,
      centres,
      userByCentre: users.userByCentre,
      counters,
      network,
      staffByPartner: users.staffByPartner,
      referralShare: options.referralShare,
      eventsPerCentreMonth: options.eventsPerCentreMonth,
    });
    const detail = () => {
      const r = generator.referralCounts;
      const e = generator.eventCounts;
      return `${(r?.referrals ?? 0).toLocaleString('en')} referrals, ${(e?.events ?? 0).toLocaleString('en')} events`;
    };
    const progress = createProgress('clients', options.clients, 'clients', detail, options.quiet);
    let generateSeconds = 0;
    let insertSeconds = 0;
    const loadStarted = performance.now();
    while (generator.emitted < options.clients) {
      const g = performance.now();
      const batches = generator.nextBatch(options.batchSize);
      generateSeconds += (performance.now() - g) / 1000;
      const i = performance.now();
      await insertBatches(session, batches);
      insertSeconds += (performance.now() - i) / 1000;
      progress.update(generator.emitted);
    }
    const tail = generator.finish();
    const i = performance.now();
    await insertBatches(session, tail);
    insertSeconds += (performance.now() - i) / 1000;
    progress.finish(generator.emitted);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const extra = generator.extraSeconds;
    phases.push(
      ['generate (JS, in load)', generateSeconds],
      ['of which referrals (JS, in load)', extra.referrals],
      ['of which group events (JS, in load)', extra.events],
      ['insert (SQL, in load)', insertSeconds],
      ['load total', loadSeconds],
    );

    await timed('offer seats', () => updateOfferSeats(session, network));
    if (!options.keepIndexes) {
      await session.exec(
        database.kind === 'postgres'
          ? "SET maintenance_work_mem = '512MB'"
          : "SET maintenance_work_mem = '256MB'",
      );
      for (const [name, definition] of searchIndexes)
        await timed(`create ${name}`, () => session.exec(definition));
    }
    await timed('case_code_counters', () => writeCounters(session, counters, centres));
    // Rows loaded around the services: the indicator rollup is built from them in one statement.
    // It is derived from counselling sessions and clients only; referrals and events are counted
    // from their own tables when a report asks.
    await timed('indicator rollup', () => session.exec(REBUILD_ROLLUP_SQL));
    await timed('analyze', () =>
      session.exec(
        [
          'clients',
          'consents',
          'counselling_sessions',
          'case_code_counters',
          'indicator_client_years',
          'partner_organisations',
          'data_sharing_agreements',
          'offers',
          'referrals',
          'referral_events',
          'group_events',
          'group_event_partners',
          'group_event_participants',
          'group_event_attendees',
        ]
          .map((t) => `ANALYZE ${t};`)
          .join(' '),
      ),
    );

    const r = generator.referralCounts;
    const e = generator.eventCounts;
    return {
      clients: generator.emitted,
      sessions: generator.sessions,
      pairs: generator.pairs,
      loadSeconds,
      phases,
      rows: {
        clients: generator.emitted,
        consents: generator.emitted + (r?.consents ?? 0),
        sessions: generator.sessions,
        partners: network.partners.length,
        agreements: network.partners.reduce((s, p) => s + p.agreements.length, 0),
        offers: network.offers.length,
        referrals: r?.referrals ?? 0,
        referralEvents: r?.events ?? 0,
        groupEvents: e?.events ?? 0,
        eventParticipantRows: e?.participantRows ?? 0,
        eventPartners: e?.partnerLinks ?? 0,
        eventAttendees: e?.attendees ?? 0,
      },
      participantsCounted: e?.participants ?? 0,
      referralStatuses: r?.byStatus ?? {},
      referredClients: r?.referredClients ?? 0,
    };
  });
}

type Membership = {
  id: string;
  userId: string;
  role: 'counsellor' | 'country_manager' | 'partner_staff';
  scopeType: 'centre' | 'country' | 'partner';
  countryCode: string;
  centreId: string | null;
  partnerId: string | null;
};

/**
 * One counsellor per centre (registers the centre's clients), one country manager per country
 * (created the partners and offers), one partner_staff user per partner organisation (answers
 * its referrals); all with the password "pathways-bench". Users already there are reused.
 */
async function ensureBenchUsers(session: RawSession, centres: Centre[], network: Network) {
  const idRandom = createRandom(7_000_001);
  const at = new Date(Date.UTC(2025, 0, 1));
  const wanted: { id: string; email: string; name: string; membership: Omit<Membership, 'userId'> }[] = [];
  const add = (email: string, name: string, m: Omit<Membership, 'userId' | 'id'>) => {
    const id = uuidv7At(idRandom, at);
    wanted.push({ id, email, name, membership: { id: uuidv7At(idRandom, at), ...m } });
  };
  for (const c of centres)
    add(benchEmail(`${c.countryCode}-${c.code}`), `Bench counsellor ${c.countryCode}-${c.code}`, {
      role: 'counsellor',
      scopeType: 'centre',
      countryCode: c.countryCode,
      centreId: c.id,
      partnerId: null,
    });
  for (const country of [...new Set(centres.map((c) => c.countryCode))])
    add(benchEmail(`${country}-manager`), `Bench country manager ${country}`, {
      role: 'country_manager',
      scopeType: 'country',
      countryCode: country,
      centreId: null,
      partnerId: null,
    });
  for (const p of network.partners)
    add(p.staffEmail, `Bench partner staff ${p.name.replace(' (bench)', '')}`, {
      role: 'partner_staff',
      scopeType: 'partner',
      countryCode: p.countryCode,
      centreId: null,
      partnerId: p.id,
    });

  await session.query(
    `INSERT INTO users (id, email, display_name, password_hash)
     SELECT id, email, name, $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, email, name)
     ON CONFLICT DO NOTHING`,
    [wanted.map((w) => w.id), wanted.map((w) => w.email), wanted.map((w) => w.name), BENCH_PASSWORD_HASH],
  );
  const idByEmail = new Map(
    (
      await session.query<{ id: string; email: string }>(
        'SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[])',
        [wanted.map((w) => w.email)],
      )
    ).map((r) => [r.email, r.id]),
  );
  const userByCentre = new Map<string, string>();
  const managerByCountry = new Map<string, string>();
  const staffByPartner = new Map<string, string>();
  const memberships: Membership[] = [];
  for (const w of wanted) {
    const userId = idByEmail.get(w.email) ?? w.id;
    const m = w.membership;
    memberships.push({ ...m, userId });
    if (m.role === 'counsellor') userByCentre.set(m.centreId as string, userId);
    else if (m.role === 'country_manager') managerByCountry.set(m.countryCode, userId);
    else staffByPartner.set(m.partnerId as string, userId);
  }
  return { userByCentre, managerByCountry, staffByPartner, memberships };
}

async function insertMemberships(session: RawSession, rows: Membership[]) {
  await session.query(
    `INSERT INTO memberships (id, user_id, role, scope_type, country_code, centre_id, partner_organisation_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[])
     ON CONFLICT DO NOTHING`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.userId),
      rows.map((r) => r.role),
      rows.map((r) => r.scopeType),
      rows.map((r) => r.countryCode),
      rows.map((r) => r.centreId),
      rows.map((r) => r.partnerId),
    ],
  );
}

/** Registrations through the API must use the code lists; so must the generator. */
async function checkCodes(session: RawSession, network: Network) {
  const [hasCodeLists] = await session.query<{ ok: boolean }>(
    "SELECT to_regclass('code_list_items') IS NOT NULL AS ok",
  );
  if (!hasCodeLists?.ok) return;
  const lists = usedCodes();
  const wanted: Record<string, string[]> = {
    ...lists,
    languages: [...new Set([...lists.languages, ...networkLanguages(network)])],
  };
  for (const [list, codes] of Object.entries(wanted)) {
    const known = new Set(
      (await session.query<{ code: string }>('SELECT code FROM code_list_items WHERE list = $1', [list])).map(
        (r) => r.code,
      ),
    );
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length)
      throw new Error(`generator codes missing from code list ${list}: ${unknown.join(', ')}`);
  }
}

/** Enrolments took seats during the load: one statement writes what is left. */
async function updateOfferSeats(session: RawSession, network: Network) {
  const u = offerSeatUpdates(network);
  if (!u.ids.length) return;
  await session.query(
    `UPDATE offers o SET seats_left = u.seats_left, updated_at = u.updated_at
     FROM unnest($1::text[], $2::uuid[], $3::int[], $4::timestamptz[]) AS u(country_code, id, seats_left, updated_at)
     WHERE o.country_code = u.country_code AND o.id = u.id`,
    [u.countryCodes, u.ids, u.seatsLeft, u.updatedAt],
  );
}

async function writeCounters(session: RawSession, counters: Map<string, number>, centres: Centre[]) {
  const rows = [...counters].map(([key, value]) => {
    const [centreId = '', year = '0'] = key.split(':');
    return { centreId, year: Number(year), value };
  });
  const countryOf = new Map(centres.map((c) => [c.id, c.countryCode]));
  await session.query(
    `INSERT INTO case_code_counters AS c (country_code, centre_id, year, last_value)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::int[], $4::int[])
     ON CONFLICT (country_code, centre_id, year) DO UPDATE SET last_value = greatest(c.last_value, excluded.last_value)`,
    [
      rows.map((r) => countryOf.get(r.centreId)),
      rows.map((r) => r.centreId),
      rows.map((r) => r.year),
      rows.map((r) => r.value),
    ],
  );
}
