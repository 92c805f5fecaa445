import {
  type ClientGroup,
  counsellingTopics,
  type IndicatorDimension,
  type IndicatorQuery,
  indicatorDimensions,
  type Role,
  type ScopeType,
  sessionChannels,
} from '@pathways/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { permissionsOf } from '../access/policies.js';
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
import { type CounselFact, countCounselling, type Slice } from './counselling.repo.js';
import { countCounsellingFromRollup } from './counselling-rollup.repo.js';
import { recordSession } from './indicators.fixture.js';
import { buildIndicatorReport } from './indicators.service.js';

/**
 * The rollup (`indicator_client_years`) is kept in step by the services that write sessions and
 * clients. After each round of random writes through the API (sessions over two years, edits of
 * sex, group and year of birth, transfers followed by sessions at the new centre, merges across
 * centres), three things must hold:
 * 1. the rows kept up to date equal the rows computed afresh from the raw tables (a write that
 *    forgets to refresh shows here);
 * 2. the facts read from the rollup equal those the raw tables give, slice by slice;
 * 3. whole reports (tables, suppression, headline) are the same from the rollup and from the raw
 *    tables, for several roles, filters, periods and breakdowns; and people by sex equal a
 *    recount done here in plain code.
 */
let t: TestContext;
let managers: Record<'PK' | 'IQ', Session>;
let centres: Record<string, string>;
type Tracked = { id: string; country: 'PK' | 'IQ'; centre: string; input: ReturnType<typeof clientBody> };
const clients: Tracked[] = [];

let seed = 20_261_127;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');
// Two years, so that rows of both years exist and a period never mixes them.
const day = () => {
  const year = pick([2025, 2026]);
  return `${year}-${pad(1 + Math.floor(random() * (year === 2026 ? 10 : 12)))}-${pad(1 + Math.floor(random() * 28))}`;
};
const groups: ClientGroup[] = ['prospective_migrant', 'returnee', 'local_job_seeker'];
const countryCentres = { PK: ['LHE', 'ISB'], IQ: ['EBL', 'BGW'] } as const;
const active = () => clients.filter((c) => c.id);

async function current(c: Tracked) {
  const res = await request(t.app, managers[c.country], 'GET', `/api/clients/${c.id}`);
  return res.json();
}

async function addSessions(count: number) {
  for (let i = 0; i < count; i++) {
    const c = pick(active());
    const topics = [...new Set([pick(counsellingTopics), pick(counsellingTopics)])];
    await recordSession(t.app, managers[c.country], c.id, day(), pick(sessionChannels), topics);
  }
}

async function editProfile(c: Tracked) {
  const { centreId: _, consents: __, ...fields } = c.input;
  const changed = {
    ...fields,
    sex: pick(['female', 'male', 'other', 'unknown'] as const),
    group: pick(groups),
    dateOfBirth: { value: String(1950 + Math.floor(random() * 55)), precision: 'year' as const },
  };
  const res = await request(t.app, managers[c.country], 'PUT', `/api/clients/${c.id}`, {
    ...changed,
    version: (await current(c)).version,
  });
  expect(res.statusCode, res.body).toBe(200);
  c.input = { ...c.input, ...changed };
}

async function transfer(c: Tracked) {
  const to = countryCentres[c.country].map((code) => centres[code] as string).find((id) => id !== c.centre);
  const res = await request(t.app, managers[c.country], 'POST', `/api/clients/${c.id}/transfer`, {
    centreId: to,
    version: (await current(c)).version,
  });
  expect(res.statusCode, res.body).toBe(200);
  c.centre = to as string;
}

/** Merges a duplicate into a survivor of the same country, preferably held at another centre. */
async function merge() {
  const survivor = pick(active());
  const candidates = active().filter((c) => c.country === survivor.country && c.id !== survivor.id);
  const duplicate = candidates.find((c) => c.centre !== survivor.centre) ?? pick(candidates);
  const res = await request(t.app, managers[survivor.country], 'POST', `/api/clients/${survivor.id}/merge`, {
    duplicateId: duplicate.id,
    version: (await current(survivor)).version,
    duplicateVersion: (await current(duplicate)).version,
  });
  expect(res.statusCode, res.body).toBe(200);
  duplicate.id = ''; // merged: no more writes to it
}

async function randomRound(sessions: number) {
  await addSessions(sessions);
  for (let i = 0; i < 3; i++) await editProfile(pick(active()));
  for (let i = 0; i < 2; i++) {
    const moved = pick(active());
    await transfer(moved);
    // A session at the new centre makes a year spent at two centres.
    await recordSession(t.app, managers[moved.country], moved.id, day(), 'phone', ['local_jobs']);
  }
  await merge();
}

beforeAll(async () => {
  t = await createTestApp();
  managers = {
    PK: await logIn(t.app, demoEmail('country_manager', 'PK')),
    IQ: await logIn(t.app, demoEmail('country_manager', 'IQ')),
  };
  centres = await centreIds(t.app, managers.PK.cookie);
  for (let i = 0; i < 30; i++) {
    const country = i % 3 === 2 ? 'IQ' : 'PK';
    const centre = centres[pick(countryCentres[country])] as string;
    const input = clientBody(centre, {
      name: { given: `Rollup${i}`, family: 'Recount' },
      nameOriginal: undefined,
      nationality: country,
      sex: pick(['female', 'male', 'female', 'other'] as const),
      dateOfBirth: { value: String(1960 + Math.floor(random() * 45)), precision: 'year' },
      group: pick(groups),
      intentions: undefined,
    });
    const res = await request(t.app, managers[country], 'POST', '/api/clients', input);
    expect(res.statusCode, res.body).toBe(201);
    clients.push({ id: res.json().id, country, centre, input });
  }
});
afterAll(() => t.close());

// ---- 1. maintained rows = rows computed afresh ----------------------------------------------

async function expectRowsAsComputedAfresh(label: string) {
  const order = sql`order by country_code, client_id, year, centre_id nulls first`;
  const kept = await sql`select * from indicator_client_years ${order}`.execute(t.database.db);
  const afresh = await sql`select * from indicator_client_years_source ${order}`.execute(t.database.db);
  expect(kept.rows.length, label).toBeGreaterThan(0);
  expect(kept.rows, label).toEqual(afresh.rows);
}

// ---- 2. facts from the rollup = facts from the raw tables ------------------------------------

const sortFacts = (facts: CounselFact[]) =>
  facts
    .map((f) => `${f.grp}|${f.sex}|${f.row_key}|${f.month}|${f.people}|${f.sessions}`)
    .sort((a, b) => a.localeCompare(b));

function slices(): [string, Omit<Slice, 'from' | 'to'>][] {
  const pk = [centres.LHE, centres.ISB] as string[];
  const iq = [centres.EBL, centres.BGW] as string[];
  return [
    ['Pakistan', { countryCodes: ['PK'], centreIds: pk }],
    ['Lahore', { countryCodes: ['PK'], centreIds: [centres.LHE as string] }],
    ['Pakistan and Erbil', { countryCodes: ['PK', 'IQ'], centreIds: [...pk, centres.EBL as string] }],
    ['both countries', { countryCodes: ['PK', 'IQ'], centreIds: [...pk, ...iq] }],
  ];
}
const wholeMonthPeriods: [string, string][] = [
  ['2026-01-01', '2026-12-31'],
  ['2025-01-01', '2025-12-31'],
  ['2026-01-01', '2026-03-31'],
  ['2025-12-01', '2025-12-31'],
  ['2026-02-01', '2026-07-31'],
];
const rollupDimensions = indicatorDimensions.filter((d) => d !== 'channel' && d !== 'topic');

async function expectFactsEqualRaw(label: string) {
  let compared = 0;
  for (const [name, base] of slices())
    for (const [from, to] of wholeMonthPeriods)
      for (const dimension of rollupDimensions)
        for (const options of [
          { byMonth: false, withPeople: true },
          { byMonth: true, withPeople: false },
          { byMonth: true, withPeople: true },
        ]) {
          const slice = { ...base, from, to };
          const rollup = await countCounsellingFromRollup(t.database.db, slice, dimension, options);
          const raw = await countCounselling(t.database.db, slice, dimension, options);
          const where = `${label}: ${name} ${from}…${to} ${dimension} ${JSON.stringify(options)}`;
          expect(rollup, where).not.toBeNull();
          expect(sortFacts(rollup ?? []), where).toEqual(sortFacts(raw));
          if (raw.length) compared++;
        }
  // The comparison is not vacuous: most slices hold sessions.
  expect(compared).toBeGreaterThan(200);
}

// ---- 3. whole reports: rollup = raw, and people by sex = a plain recount ----------------------

function actor(role: Role, scopeType: ScopeType, countryCode: string | null, centreId: string | null): Actor {
  return {
    userId: `00000000-0000-7000-8000-00000000000${role.length % 10}`,
    sessionTokenHash: '',
    csrfToken: '',
    memberships: [{ id: role, role, scopeType, countryCode, centreId, partnerOrganisationId: null }],
    permissions: permissionsOf([role]),
  };
}

function viewers(): [string, Actor, Partial<IndicatorQuery>][] {
  const managerPk = actor('country_manager', 'country', 'PK', null);
  return [
    ['country manager PK', managerPk, { country: 'PK' }],
    ['centre manager ISB', actor('centre_manager', 'centre', 'PK', centres.ISB as string), {}],
    ['country manager PK, centre LHE', managerPk, { country: 'PK', centre: centres.LHE as string }],
    ['analyst, all countries', actor('analyst', 'all', null, null), {}],
    ['analyst, Iraq', actor('analyst', 'all', null, null), { country: 'IQ' }],
  ];
}
const reportPeriods: Partial<IndicatorQuery>[] = [
  { period: '2026' },
  { period: '2026-Q1' },
  { period: '2025-11' },
  { from: '2026-02-01', to: '2026-05-31' },
  // Part of a month: read from the raw tables on both sides.
  { from: '2026-02-10', to: '2026-07-20' },
];
const filters: Partial<IndicatorQuery>[] = [{}, { clientGroup: 'returnee' }, { sex: 'female' }];

async function report(viewer: Actor, query: IndicatorQuery, source: 'rollup' | 'raw') {
  const now = new Date('2026-11-27T12:00:00Z');
  try {
    return await buildIndicatorReport(t.database.db, viewer, query, 5, now, source);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** People counselled by sex, counted here from the raw rows. */
async function recountPeopleBySex(countryCode: string, from: string, to: string) {
  const rows = await sql<{ client_id: string; sex: string }>`
    select s.client_id, c.sex from counselling_sessions s
    join clients c on c.country_code = s.country_code and c.id = s.client_id
    where s.country_code = ${countryCode} and s.held_on between ${from}::date and ${to}::date`.execute(
    t.database.db,
  );
  const people = new Map<string, Set<string>>();
  for (const r of rows.rows)
    for (const sex of [r.sex, 'total']) people.set(sex, (people.get(sex) ?? new Set()).add(r.client_id));
  return people;
}

async function expectReportsEqualRaw(label: string) {
  let i = 0;
  for (const [name, viewer, scope] of viewers())
    for (const period of reportPeriods)
      for (const breakdown of indicatorDimensions) {
        // Each filter in turn, so that every filter meets every breakdown over the periods.
        const filter = filters[i++ % filters.length];
        const query = { breakdown, ...scope, ...period, ...filter } as IndicatorQuery;
        const fromRollup = await report(viewer, query, 'rollup');
        const fromRaw = await report(viewer, query, 'raw');
        expect(fromRollup, `${label}: ${name} ${JSON.stringify(query)}`).toEqual(fromRaw);
      }

  const manager = actor('country_manager', 'country', 'PK', null);
  for (const period of ['2026', '2025', '2026-Q2']) {
    const r = await report(manager, { period, country: 'PK', breakdown: 'none' } as IndicatorQuery, 'rollup');
    if ('error' in r) throw new Error(r.error);
    const expected = await recountPeopleBySex('PK', r.period.from, r.period.to);
    const table = r.tables.find((x) => x.id === 'people_counselled');
    const total = table?.rows.find((row) => row.key === 'total');
    table?.columns.forEach((col, c) => {
      if (col.kind === 'count')
        expect(total?.cells[c], `${label}: PK ${period} people ${col.key}`).toBe(
          expected.get(col.key)?.size ?? 0,
        );
    });
    expect(expected.get('total')?.size ?? 0, `${label}: PK ${period} has people`).toBeGreaterThan(0);
  }
}

/** Rows and facts after every round; whole reports (the slow part) when asked. */
async function expectAllEqual(label: string, withReports: boolean) {
  await expectRowsAsComputedAfresh(label);
  await expectFactsEqualRaw(label);
  if (withReports) await expectReportsEqualRaw(label);
}

describe('the indicator rollup under random writes equals a full recount', () => {
  it('answers only whole months of one year and countries taken whole or one centre at a time', async () => {
    const nigeria = await t.database.db
      .selectFrom('centres')
      .select('id')
      .where('country_code', '=', 'NG')
      .execute();
    const base = { countryCodes: ['NG'], from: '2026-01-01', to: '2026-12-31' };
    const options = { byMonth: false, withPeople: true };
    const ask = (slice: Slice, dimension: IndicatorDimension = 'none') =>
      countCounsellingFromRollup(t.database.db, slice, dimension, options);
    expect(await ask({ ...base, centreIds: nigeria.map((c) => c.id) })).not.toBeNull();
    expect(await ask({ ...base, centreIds: [nigeria[0]?.id as string] })).not.toBeNull();
    // Two of three centres: a person seen at both is one person; the raw tables answer.
    expect(await ask({ ...base, centreIds: nigeria.slice(0, 2).map((c) => c.id) })).toBeNull();
    expect(await ask({ ...base, centreIds: nigeria.map((c) => c.id), from: '2026-01-02' })).toBeNull();
    expect(await ask({ ...base, centreIds: nigeria.map((c) => c.id), to: '2027-01-31' })).toBeNull();
    expect(await ask({ ...base, centreIds: nigeria.map((c) => c.id) }, 'topic')).toBeNull();
  });

  // Hundreds of reports built twice: slow on a busy machine.
  const slow = 180_000;

  it('matches after the first sessions', { timeout: slow }, async () => {
    await addSessions(80);
    await expectAllEqual('initial', true);
  });

  it('matches after rounds of sessions, profile edits, transfers and merges', { timeout: slow }, async () => {
    for (let round = 1; round <= 3; round++) {
      await randomRound(20);
      await expectAllEqual(`round ${round}`, round === 3);
    }
    // The rounds made years spent at two centres (rows per centre plus a centre-less row).
    const split = await sql<{ n: number }>`
      select count(*)::int as n from indicator_client_years where centre_id is null`.execute(t.database.db);
    expect(split.rows[0]?.n).toBeGreaterThan(0);
  });
});
