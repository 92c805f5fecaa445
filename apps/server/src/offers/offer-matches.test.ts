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

// Matching against the demo seed's offers: Morocco's women-only start-up training for
// returnees, and Ghana's pre-integration German course that needs A2.
let t: TestContext;
let ma: Session;
let gh: Session;
let centres: Record<string, string>;

type Reason = { code: string; params: Record<string, string | number> };
type Match = { offer: { title: { en: string } }; reasons: Reason[] };
type Ineligible = { offer: { title: { en: string } }; failures: Reason[] };

const WOMEN_START_UP = 'Start your own business — training for women returnees';
const GERMAN_COURSE = 'German B1 for skilled workers (pre-integration course)';

async function registerAndMatch(
  session: Session,
  centre: string,
  overrides: Parameters<typeof clientBody>[1],
) {
  const client = (
    await request(t.app, session, 'POST', '/api/clients', clientBody(centre, overrides))
  ).json();
  const res = await request(t.app, session, 'GET', `/api/clients/${client.id}/offer-matches`);
  expect(res.statusCode).toBe(200);
  return { id: client.id as string, ...(res.json() as { eligible: Match[]; ineligible: Ineligible[] }) };
}

const byTitle = <T extends { offer: { title: { en: string } } }>(items: T[], title: string) =>
  items.find((m) => m.offer.title.en === title);

beforeAll(async () => {
  t = await createTestApp();
  ma = await logIn(t.app, demoEmail('counsellor', 'MA'));
  gh = await logIn(t.app, demoEmail('counsellor', 'GH'));
  centres = await centreIds(t.app, ma.cookie);
});
afterAll(() => t.close());

describe('GET /api/clients/:clientId/offer-matches', () => {
  it('ranks the women-only start-up training for a woman returnee, with its reasons', async () => {
    const result = await registerAndMatch(ma, centres.CAS as string, {
      sex: 'female',
      group: 'returnee',
      intentions: undefined,
      returnDetails: { fromCountry: 'LY', kind: 'voluntary' },
    });
    const match = byTitle(result.eligible, WOMEN_START_UP);
    const codes = match?.reasons.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['women_only', 'client_group_fits', 'intention_fits']));
    expect(codes).toContain('starts_soon');
  });

  it('lists the same offer as ineligible for a man, saying why', async () => {
    const result = await registerAndMatch(ma, centres.CAS as string, {
      sex: 'male',
      group: 'returnee',
      intentions: undefined,
      returnDetails: { fromCountry: 'LY', kind: 'voluntary' },
    });
    expect(byTitle(result.eligible, WOMEN_START_UP)).toBeUndefined();
    expect(byTitle(result.ineligible, WOMEN_START_UP)?.failures.map((f) => f.code)).toContain('sex_excluded');
  });

  it('names the missing German level: needs A2, the client has A1', async () => {
    const result = await registerAndMatch(gh, centres.ACC as string, {
      nationality: 'GH',
      languages: [
        { code: 'en', level: 'C1' },
        { code: 'de', level: 'A1' },
      ],
    });
    const course = byTitle(result.ineligible, GERMAN_COURSE);
    expect(course?.failures).toContainEqual({
      code: 'language_below',
      params: expect.objectContaining({ language: 'de', required: 'A2', has: 'A1' }),
    });
    // Offers of another country never appear.
    expect(byTitle([...result.eligible, ...result.ineligible], WOMEN_START_UP)).toBeUndefined();
  });

  it('answers 404 for a client outside the scope and 403 to partner staff', async () => {
    const { id } = await registerAndMatch(ma, centres.CAS as string, {});
    expect((await request(t.app, gh, 'GET', `/api/clients/${id}/offer-matches`)).statusCode).toBe(404);
    const partner = await logIn(t.app, demoEmail('partner_staff', 'MA'));
    expect((await request(t.app, partner, 'GET', `/api/clients/${id}/offer-matches`)).statusCode).toBe(403);
  });
});
