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
let clientId: string;

// The Pakistani electrical engineer of the navigator's acceptance test.
const engineer = (germanLevel: string) => ({
  nationality: 'PK',
  age: 29,
  highestQualification: 'university',
  isShortageOccupation: true,
  qualifiedExperience: { yearsInLast5: 3, yearsInLast7: 3 },
  languages: { de: germanLevel },
  isLivelihoodSecured: true,
});

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'PK'));
  const centres = await centreIds(t.app, counsellor.cookie);
  clientId = (
    await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centres.LHE as string, {
        name: { given: 'Bilal', family: 'Ahmed' },
        nationality: 'PK',
        dateOfBirth: { value: '1996-04-02', precision: 'exact' },
        educationIsced: 6,
        languages: [
          { code: 'ur', level: 'native' },
          { code: 'de', level: 'B1' },
          { code: 'en', level: 'B2' },
        ],
      }),
    )
  ).json().id;
});
afterAll(() => t.close());

const evaluatePublic = (profile: object, evaluationDate = '2026-03-01') =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/pathways/evaluate',
    payload: { profile, evaluationDate },
  });
const route = (result: { routes: { routeId: string }[] }, id: string) =>
  result.routes.find((r) => r.routeId === id) as never as {
    status: string;
    points?: { total: number };
    missing: { code: string; amount?: number }[];
  };

describe('public self-check', () => {
  it('gives the engineer the Opportunity Card with 7, 6 and 5 points at German B1, A2 and A1', async () => {
    const b1 = (await evaluatePublic(engineer('B1'))).json();
    expect(route(b1, 'opportunity_card_points')).toMatchObject({ status: 'eligible', points: { total: 7 } });
    const blueCard = route(b1, 'eu_blue_card');
    expect(blueCard.status).toBe('possibly_eligible');
    expect(JSON.stringify(blueCard.missing)).toContain('45934.2');
    expect(route((await evaluatePublic(engineer('A2'))).json(), 'opportunity_card_points')).toMatchObject({
      status: 'eligible',
      points: { total: 6 },
    });
    const a1 = route((await evaluatePublic(engineer('A1'))).json(), 'opportunity_card_points');
    expect(a1.points?.total).toBe(5);
    expect(a1.status).not.toBe('eligible');
  });

  it('answers by the evaluation date: no Opportunity Card before 2024-06-01', async () => {
    const before = route(
      (await evaluatePublic(engineer('B1'), '2024-05-31')).json(),
      'opportunity_card_points',
    );
    expect(before.status).toBe('not_eligible');
    const after = route(
      (await evaluatePublic(engineer('B1'), '2024-06-01')).json(),
      'opportunity_card_points',
    );
    expect(after.status).toBe('eligible');
  });

  it('names the bad field of a profile and refuses an unknown rule pack', async () => {
    const bad = await evaluatePublic({ ...engineer('B1'), languages: { de: 'B7' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('profile.languages.de');
    const pack = await t.app.inject({
      method: 'POST',
      url: '/api/public/pathways/evaluate',
      payload: { profile: {}, packId: 'de-1999.1' },
    });
    expect(pack.statusCode).toBe(400);
    expect(pack.json().errors[0].field).toBe('packId');
  });

  it('lists the installed rule packs without a session', async () => {
    const packs = (await t.app.inject({ url: '/api/public/pathways/packs' })).json().items;
    expect(packs[0]).toMatchObject({ id: 'de-2026.1', destination: 'DE' });
    expect(packs[0].routes.length).toBeGreaterThan(8);
  });
});

describe('navigator for a client', () => {
  it("suggests a profile from the client's record", async () => {
    const { profile } = (
      await request(t.app, counsellor, 'GET', `/api/clients/${clientId}/pathway-profile`)
    ).json();
    expect(profile).toEqual({
      nationality: 'PK',
      dateOfBirth: '1996-04-02',
      highestQualification: 'university',
      languages: { ur: 'C2', de: 'B1', en: 'B2' },
    });
  });

  it('stores an assessment with its profile, pack version and date, and shows it on the timeline', async () => {
    const res = await request(t.app, counsellor, 'POST', `/api/clients/${clientId}/pathway-assessments`, {
      profile: engineer('B1'),
      evaluationDate: '2026-03-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      packId: 'de-2026.1',
      packVersion: '2026.1',
      evaluatedOn: '2026-03-01',
    });
    const list = (
      await request(t.app, counsellor, 'GET', `/api/clients/${clientId}/pathway-assessments`)
    ).json().items;
    expect(list).toHaveLength(1);
    expect(route(list[0].result, 'opportunity_card_points').points?.total).toBe(7);
    const timeline = (await request(t.app, counsellor, 'GET', `/api/clients/${clientId}/timeline`)).json()
      .items;
    const entry = timeline.find((e: { kind: string }) => e.kind === 'pathway_assessed');
    expect(entry.details.eligibleRoutes).toContain('opportunity_card_points');
  });

  it("keeps other countries' staff out", async () => {
    const other = await logIn(t.app, demoEmail('counsellor', 'GH'));
    expect(
      (await request(t.app, other, 'GET', `/api/clients/${clientId}/pathway-assessments`)).statusCode,
    ).toBe(404);
  });
});
