import type { Cell, IndicatorReport } from '@pathways/contracts';
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
import { buildIraqFixture } from './indicators.fixture.js';

let t: TestContext;
let manager: Session;
let centres: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  manager = await logIn(t.app, demoEmail('country_manager', 'IQ'));
  centres = await centreIds(t.app, manager.cookie);
  await buildIraqFixture(t.app, t.database.db, manager, centres);
});
afterAll(() => t.close());

async function report(session: Session, query: string): Promise<IndicatorReport> {
  const res = await request(t.app, session, 'GET', `/api/indicators?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A table as { row: { column: cell } } for readable expectations. */
function table(r: IndicatorReport, id: string): Record<string, Record<string, Cell>> {
  const found = r.tables.find((x) => x.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return Object.fromEntries(
    found.rows.map((row) => [
      row.key,
      Object.fromEntries(found.columns.map((c, i) => [c.key, row.cells[i] ?? null])),
    ]),
  );
}
const sexCells = (female: number, male: number, other = 0, unknown = 0) => ({
  female,
  male,
  other,
  unknown,
  total: female + male + other + unknown,
});
const headline = (r: IndicatorReport) => Object.fromEntries(r.headline.map((h) => [h.indicator, h.value]));

describe('counselling indicators (country manager, Iraq, 2026-Q1)', () => {
  it('counts people once over the whole period, never the sum of months', async () => {
    const r = await report(manager, 'period=2026-Q1&country=IQ&breakdown=month');
    expect(r.suppression).toEqual({ applied: false, k: 5 });
    const people = table(r, 'people_counselled');
    expect(people['2026-01']).toEqual({ ...sexCells(2, 0), share_female: 1 });
    expect(people['2026-02']).toEqual({ ...sexCells(1, 1), share_female: 0.5 });
    expect(people['2026-03']).toEqual({ ...sexCells(1, 1), share_female: 0.5 });
    // A was counselled in January and February: 5 people, while the months add up to 6.
    expect(people.total).toEqual({ ...sexCells(3, 2), share_female: 0.6 });
    const sessions = table(r, 'sessions_held');
    expect(sessions.total).toEqual(sexCells(4, 2));
    expect(sessions['2026-02']).toEqual(sexCells(1, 1));
  });

  it('breaks people and sessions down by channel, topic, centre, client group and age group', async () => {
    const by = async (breakdown: string) => {
      const r = await report(manager, `period=2026-Q1&country=IQ&breakdown=${breakdown}`);
      const total = (id: string) =>
        Object.fromEntries(Object.entries(table(r, id)).map(([row, cells]) => [row, cells.total]));
      return { people: total('people_counselled'), sessions: total('sessions_held') };
    };
    const channel = await by('channel');
    expect(channel.people).toEqual({ in_person: 3, phone: 1, video: 1, messenger: 0, outreach: 1, total: 5 });
    expect(channel.sessions).toEqual({
      in_person: 3,
      phone: 1,
      video: 1,
      messenger: 0,
      outreach: 1,
      total: 6,
    });

    const topic = await by('topic');
    expect(topic.people).toMatchObject({
      reintegration: 2,
      business_start_up: 1,
      local_jobs: 1,
      psychosocial: 1,
      study: 0,
      total: 5,
    });
    // A session on two topics counts under each; the total counts it once.
    expect(topic.sessions).toMatchObject({
      reintegration: 3,
      regular_labour_migration: 1,
      language_learning: 1,
      total: 6,
    });

    const centre = await by('centre');
    expect(centre.people).toEqual({ [centres.EBL as string]: 3, [centres.BGW as string]: 2, total: 5 });

    expect((await by('client_group')).people).toEqual({
      prospective_migrant: 1,
      returnee: 3,
      local_job_seeker: 1,
      total: 5,
    });
    expect((await by('age_group')).people).toEqual({
      under_15: 0,
      '15_24': 1,
      '25_34': 1,
      '35_44': 2,
      '45_plus': 1,
      unknown: 0,
      total: 5,
    });
    expect((await by('country')).people).toEqual({ IQ: 5, total: 5 });
  });

  it('labels centre rows with their names', async () => {
    const r = await report(manager, 'period=2026-Q1&country=IQ&breakdown=centre');
    const rows = r.tables.find((x) => x.id === 'people_counselled')?.rows ?? [];
    expect(rows.find((row) => row.key === centres.EBL)?.label).toContain('Erbil');
  });

  it('follows the period asked: a month, a year, or dates', async () => {
    expect(headline(await report(manager, 'period=2026-03&country=IQ')).people_counselled).toBe(2);
    // The year adds F (May); E's December 2025 session stays out.
    expect(headline(await report(manager, 'period=2026&country=IQ')).people_counselled).toBe(6);
    const range = await report(manager, 'from=2026-01-01&to=2026-01-31&country=IQ');
    expect(range.period).toEqual({ from: '2026-01-01', to: '2026-01-31', key: '2026-01' });
    expect(headline(range).people_counselled).toBe(2);
    expect(
      headline(await report(manager, 'from=2026-02-14&to=2026-03-05&country=IQ')).people_counselled,
    ).toBe(2);
  });

  it('filters by client group and sex', async () => {
    const returnees = await report(manager, 'period=2026-Q1&country=IQ&clientGroup=returnee&breakdown=none');
    expect(table(returnees, 'people_counselled').total).toEqual({ ...sexCells(2, 1), share_female: 0.6667 });
    // Event participants have no client group: their tables are left out of a group's report.
    expect(returnees.tables.map((x) => x.id)).not.toContain('event_participants');
    const women = await report(manager, 'period=2026-Q1&country=IQ&sex=female&breakdown=none');
    expect(table(women, 'people_counselled').total).toEqual({ female: 3 });
    expect(headline(women)).toMatchObject({ people_counselled: 3, sessions_held: 4, referrals_made: 4 });
  });
});

describe('referral indicators (country manager, Iraq, 2026-Q1)', () => {
  let r: IndicatorReport;
  beforeAll(async () => {
    r = await report(manager, 'period=2026-Q1&country=IQ');
  });

  it('counts referrals sent in the period by offer category, with rates and median days', () => {
    const byCategory = table(r, 'referrals_by_offer_category');
    const row = (made: number, accepted: number, completed: number, acc: Cell, comp: Cell, median: Cell) => ({
      made,
      accepted,
      completed,
      acceptance_rate: acc,
      completion_rate: comp,
      median_days_to_answer: median,
    });
    expect(byCategory.reintegration_assistance).toEqual(row(1, 1, 1, 1, 1, 2));
    expect(byCategory.psychosocial_support).toEqual(row(2, 2, 0, 1, 0, 5.5));
    expect(byCategory.vocational_training).toEqual(row(2, 1, 1, 0.5, 1, 3.5));
    expect(byCategory.none).toEqual(row(1, 1, 0, 1, 0, 3));
    expect(byCategory.health).toEqual(row(0, 0, 0, null, null, null));
    // R5 (sent 1 April, Baghdad time) and the draft are not referrals of Q1.
    expect(byCategory.total).toEqual(row(6, 5, 2, 0.8333, 0.4, 3));
  });

  it('counts by partner type and by sex, and the shares of women', () => {
    const byType = table(r, 'referrals_by_partner_type');
    expect(byType.ngo).toMatchObject({ made: 3, accepted: 3, completed: 1, median_days_to_answer: 2 });
    expect(byType.tvet_institution).toMatchObject({
      made: 3,
      accepted: 2,
      completed: 1,
      median_days_to_answer: 3,
    });
    const bySex = table(r, 'referrals_by_sex');
    expect(bySex.female).toMatchObject({ made: 4, accepted: 3, completed: 1, acceptance_rate: 0.75 });
    expect(bySex.male).toMatchObject({ made: 2, accepted: 2, completed: 1 });
    expect(headline(r)).toMatchObject({
      referrals_made: 6,
      referrals_accepted: 5,
      referrals_completed: 2,
      acceptance_rate: 0.8333,
      completion_rate: 0.4,
      median_days_to_answer: 3,
      share_women_referred: 0.6667,
      share_women_completed: 0.5,
    });
  });

  it('reports outcomes and the returnees supported', () => {
    const outcomes = table(r, 'outcomes');
    expect(outcomes.business_started).toEqual(sexCells(1, 0));
    expect(outcomes.job).toEqual(sexCells(0, 1));
    expect(outcomes.total).toEqual(sexCells(1, 1));
    // A (two referrals), C and E (accepted, then dropped out): each once.
    expect(table(r, 'returnees_reintegration').total).toEqual(sexCells(2, 1));
  });
});

describe('outreach indicators (country manager, Iraq, 2026-Q1)', () => {
  it('counts event participants by sex and age group', async () => {
    const r = await report(manager, 'period=2026-Q1&country=IQ');
    const events = table(r, 'event_participants');
    expect(events['15_24']).toEqual(sexCells(4, 5));
    expect(events['25_34']).toEqual(sexCells(3, 6));
    expect(events.unknown).toEqual(sexCells(0, 0, 0, 3));
    expect(events.total).toEqual(sexCells(9, 13, 0, 3));
  });

  it('counts people reached without counting anyone twice', async () => {
    const r = await report(manager, 'period=2026-Q1&country=IQ');
    // Linked: A–E counselled plus F (attended only) = 6; unlinked participants: 25 − 2 linked = 23.
    expect(table(r, 'people_reached').total).toEqual(sexCells(3 + 8, 3 + 12, 0, 3));
    expect(headline(r).people_reached).toBe(29);
  });
});

describe('scope', () => {
  it("shows a centre manager their centre's figures only", async () => {
    const centreManager = await logIn(t.app, demoEmail('centre_manager', 'IQ'));
    const own = await report(centreManager, 'period=2026-Q1');
    expect(own.suppression.applied).toBe(false);
    expect(headline(own)).toMatchObject({
      people_counselled: 3,
      sessions_held: 4,
      referrals_made: 4,
      referrals_accepted: 3,
    });
    // Narrowing to their own country still shows only their centre.
    expect(headline(await report(centreManager, 'period=2026-Q1&country=IQ')).people_counselled).toBe(3);
  });

  it('answers 404 alike for another centre, another country and one that does not exist', async () => {
    const centreManager = await logIn(t.app, demoEmail('centre_manager', 'IQ'));
    for (const query of [
      `centre=${centres.BGW}`,
      'country=GH',
      'centre=01a21e13-0000-7000-8000-000000000000',
    ]) {
      const res = await request(t.app, centreManager, 'GET', `/api/indicators?period=2026-Q1&${query}`);
      expect(res.statusCode, query).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
    const res = await request(t.app, manager, 'GET', '/api/indicators?period=2026-Q1&country=MA');
    expect(res.statusCode).toBe(404);
  });

  it('refuses roles without indicators (counsellor, partner staff, auditor)', async () => {
    for (const email of [
      demoEmail('counsellor', 'IQ'),
      demoEmail('partner_staff', 'IQ'),
      demoEmail('auditor'),
    ]) {
      const res = await request(t.app, await logIn(t.app, email), 'GET', '/api/indicators?period=2026');
      expect(res.statusCode, email).toBe(403);
    }
  });

  it('rejects unclear periods by name', async () => {
    const both = await request(
      t.app,
      manager,
      'GET',
      '/api/indicators?period=2026&from=2026-01-01&to=2026-02-01',
    );
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0].field).toBe('querystring.period');
    const half = await request(t.app, manager, 'GET', '/api/indicators?from=2026-01-01');
    expect(half.json().errors[0].field).toBe('querystring.to');
    const month = await request(t.app, manager, 'GET', '/api/indicators?period=2026-13');
    expect(month.statusCode).toBe(400);
  });
});

describe('suppressed views', () => {
  let analyst: Session;
  beforeAll(async () => {
    analyst = await logIn(t.app, demoEmail('analyst'));
  });

  it('shows the analyst small counts as "<5" and hides rates on them', async () => {
    const r = await report(analyst, 'period=2026-Q1&country=IQ&breakdown=none');
    expect(r.suppression).toEqual({ applied: true, k: 5 });
    const people = table(r, 'people_counselled').total;
    expect(people).toMatchObject({ female: '<5', male: '<5', other: 0, unknown: 0, total: 5 });
    expect(people?.share_female).toBe('x');
    expect(headline(r).median_days_to_answer).toBe(3); // six answers: enough for a median
    expect(table(r, 'referrals_by_offer_category').vocational_training?.acceptance_rate).toBe('x');
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/Person[A-F]|Fixture/);
  });

  it('gives the analyst whole months, quarters or years only', async () => {
    const res = await request(t.app, analyst, 'GET', '/api/indicators?from=2026-01-05&to=2026-03-31');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'period_not_allowed', errors: [{ field: 'period' }] });
    const quarter = await report(analyst, 'from=2026-01-01&to=2026-03-31&country=IQ');
    expect(quarter.period.key).toBe('2026-Q1');
  });

  it('hides the same totals whatever the breakdown asked for', async () => {
    const totalsBy = async (breakdown: string) => {
      const r = await report(analyst, `period=2026-Q1&country=IQ&breakdown=${breakdown}`);
      return [table(r, 'people_counselled').total, table(r, 'sessions_held').total];
    };
    const plain = await totalsBy('none');
    for (const breakdown of ['topic', 'channel', 'month', 'age_group', 'centre'])
      expect(await totalsBy(breakdown), breakdown).toEqual(plain);
  });

  it('suppresses every view across countries and hides the same cells in overlapping periods', async () => {
    const world = await report(analyst, 'period=2026-Q1&breakdown=country');
    expect(world.suppression.applied).toBe(true);
    expect(table(world, 'people_counselled').IQ?.total).toBe(5);
    // Sessions add up over months: a hidden month is never the difference of shown periods.
    const cellsOf = async (period: string) =>
      table(await report(analyst, `period=${period}&country=IQ&breakdown=none`), 'sessions_held').total;
    const [q1, jan, feb, mar] = await Promise.all(['2026-Q1', '2026-01', '2026-02', '2026-03'].map(cellsOf));
    for (const sex of ['female', 'male', 'total']) {
      const line = [jan?.[sex], feb?.[sex], mar?.[sex], q1?.[sex]];
      const hidden = line.filter((c) => typeof c !== 'number').length;
      expect(hidden === 0 || hidden >= 2, `${sex}: ${JSON.stringify(line)}`).toBe(true);
    }
  });
});
