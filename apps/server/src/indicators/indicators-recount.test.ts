import type { IndicatorReport } from '@pathways/contracts';
import { counsellingTopics, sessionChannels } from '@pathways/contracts';
import { ageGroupOf } from '@pathways/domain';
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
import { recordSession } from './indicators.fixture.js';

/**
 * The API's figures (people and sessions from the rollup for whole months, from the raw tables
 * for other date ranges) hold under change: after new sessions, edited clients, a transfer and a
 * merge, every figure equals a naive recount done here in plain code from the rows as they are
 * now. rollup-recount.test.ts compares rollup and raw tables over random writes.
 */
let t: TestContext;
let manager: Session;
let centres: Record<string, string>;
type Registered = { id: string; input: ReturnType<typeof clientBody> };
const clients: Registered[] = [];

let seed = 11;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
const day = () =>
  `2026-${String(1 + Math.floor(random() * 10)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

async function addSessions(count: number) {
  for (let i = 0; i < count; i++) {
    const topics = [...new Set([pick(counsellingTopics), pick(counsellingTopics)])];
    await recordSession(t.app, manager, pick(clients).id, day(), pick(sessionChannels), topics);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  manager = await logIn(t.app, demoEmail('country_manager', 'PK'));
  centres = await centreIds(t.app, manager.cookie);
  for (let i = 0; i < 24; i++) {
    const input = clientBody(pick([centres.LHE, centres.ISB]) as string, {
      name: { given: `Recount${i}`, family: 'Khan' },
      nameOriginal: undefined,
      nationality: 'PK',
      sex: pick(['female', 'male', 'female', 'other'] as const),
      dateOfBirth: { value: String(1960 + Math.floor(random() * 40)), precision: 'year' },
      group: pick(['prospective_migrant', 'returnee', 'local_job_seeker'] as const),
      intentions: undefined,
    });
    const res = await request(t.app, manager, 'POST', '/api/clients', input);
    if (res.statusCode !== 201) throw new Error(res.body);
    clients.push({ id: res.json().id, input });
  }
  await addSessions(70);
});
afterAll(() => t.close());

type Row = {
  client_id: string;
  centre_id: string;
  held_on: string;
  channel: string;
  topics: string[];
  sex: string;
  client_group: string;
  birth_year: number | null;
};

/** The plain recount: distinct people and sessions per breakdown row and sex, from raw rows. */
async function recount(from: string, to: string, breakdown: string) {
  const rows = (await t.database.db
    .selectFrom('counselling_sessions as s')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.country_code', '=', 's.country_code').onRef('c.id', '=', 's.client_id'),
    )
    .select([
      's.client_id',
      's.centre_id',
      's.held_on',
      's.channel',
      's.topics',
      'c.sex',
      'c.client_group',
      'c.birth_year',
    ])
    .where('s.country_code', '=', 'PK')
    .execute()) as Row[];
  const people = new Map<string, Set<string>>();
  const sessions = new Map<string, number>();
  const keysOf = (r: Row): string[] => {
    switch (breakdown) {
      case 'topic':
        return r.topics;
      case 'channel':
        return [r.channel];
      case 'centre':
        return [r.centre_id];
      case 'month':
        return [r.held_on.slice(0, 7)];
      case 'age_group':
        return [ageGroupOf(r.birth_year, Number(to.slice(0, 4)))];
      default:
        return [];
    }
  };
  for (const r of rows) {
    if (r.held_on < from || r.held_on > to) continue;
    for (const row of [...keysOf(r), 'total'])
      for (const sex of [r.sex, 'total']) {
        const cell = `${row}/${sex}`;
        people.set(cell, (people.get(cell) ?? new Set()).add(r.client_id));
        sessions.set(cell, (sessions.get(cell) ?? 0) + 1);
      }
  }
  return { people: new Map([...people].map(([k, v]) => [k, v.size])), sessions };
}

async function expectEqualToRecount(label: string) {
  const cases: [string, string][] = [
    ['period=2026-Q1', 'topic'],
    ['period=2026-03', 'channel'],
    ['period=2026', 'month'],
    ['period=2026', 'age_group'],
    ['from=2026-02-10&to=2026-07-20', 'centre'],
  ];
  for (const [period, breakdown] of cases) {
    const res = await request(
      t.app,
      manager,
      'GET',
      `/api/indicators?${period}&country=PK&breakdown=${breakdown}`,
    );
    const report: IndicatorReport = res.json();
    const expected = await recount(report.period.from, report.period.to, breakdown);
    for (const [id, counts] of [
      ['people_counselled', expected.people],
      ['sessions_held', expected.sessions],
    ] as const) {
      const table = report.tables.find((x) => x.id === id);
      let nonZero = 0;
      for (const row of table?.rows ?? [])
        table?.columns.forEach((col, i) => {
          if (col.kind !== 'count') return;
          const want = counts.get(`${row.key}/${col.key}`) ?? 0;
          if (want) nonZero++;
          expect(row.cells[i], `${label} ${period} ${breakdown} ${id} ${row.key}/${col.key}`).toBe(want);
        });
      // Every value the recount found is in the table (no row left out).
      expect(nonZero, `${label} ${period} ${breakdown} ${id}`).toBe(
        [...counts.values()].filter(Boolean).length,
      );
    }
  }
}

describe('indicators under change equal a full recount', () => {
  it('matches on the first data', async () => {
    await expectEqualToRecount('initial');
  });

  it('matches after new sessions, an edited client, a transfer and a merge', async () => {
    await addSessions(15);
    const get = async (id: string) => (await request(t.app, manager, 'GET', `/api/clients/${id}`)).json();

    // A changed sex and client group moves all of that person's counts.
    const edited = clients[0] as Registered;
    const { centreId: _, consents: __, ...fields } = edited.input;
    const newSex = edited.input.sex === 'male' ? 'female' : 'male';
    const put = await request(t.app, manager, 'PUT', `/api/clients/${edited.id}`, {
      ...fields,
      sex: newSex,
      group: 'returnee',
      version: (await get(edited.id)).version,
    });
    expect(put.statusCode, put.body).toBe(200);

    // A transfer: past sessions stay with the centre that held them; new ones go to the new centre.
    const moved = clients[1] as Registered;
    const to = moved.input.centreId === centres.LHE ? centres.ISB : centres.LHE;
    const transfer = await request(t.app, manager, 'POST', `/api/clients/${moved.id}/transfer`, {
      centreId: to,
      version: (await get(moved.id)).version,
    });
    expect(transfer.statusCode, transfer.body).toBe(200);
    await recordSession(t.app, manager, moved.id, '2026-03-03', 'phone', ['local_jobs']);

    // A merge: the duplicate's sessions now belong to the survivor, counted once as one person.
    const [survivor, duplicate] = [clients[2] as Registered, clients[3] as Registered];
    const merge = await request(t.app, manager, 'POST', `/api/clients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      version: (await get(survivor.id)).version,
      duplicateVersion: (await get(duplicate.id)).version,
    });
    expect(merge.statusCode, merge.body).toBe(200);

    await expectEqualToRecount('after changes');
  });
});
