import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartners, listDemoAccountsWithNames } from '../demo/demo-data.js';
import {
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';

let t: TestContext;
let managerMA: Session;
let managerGH: Session;
let partnersMA: { id: string; name: string }[];

beforeAll(async () => {
  t = await createTestApp();
  managerMA = await logIn(t.app, demoEmail('country_manager', 'MA'));
  managerGH = await logIn(t.app, demoEmail('country_manager', 'GH'));
  partnersMA = (await request(t.app, managerMA, 'GET', '/api/partners')).json().items;
});
afterAll(() => t.close());

type PublicItem = {
  id: string;
  title: string;
  description: string;
  language: string;
  category: string;
  providerName: string;
  womenOnly: boolean;
  clientGroups: string[];
  startsOn: string | null;
  seatsLeft: number | null;
};

const directory = async (query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/public/offers?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: PublicItem[]; total: number };
};
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const womenReturneeTitle = 'Créer son entreprise — formation pour femmes de retour';

async function createMAOffer(overrides: object) {
  const res = await request(t.app, managerMA, 'POST', '/api/offers', {
    partnerOrganisationId: partnersMA[2]?.id,
    category: 'information_event',
    title: { en: 'Info evening (test)' },
    deliveryMode: 'online',
    languages: ['ar'],
    status: 'active',
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('the public directory', () => {
  it('lists active offers of a country without a session, cacheable', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/offers?country=MA' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const { items, total } = res.json();
    expect(total).toBe(items.length);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.every((o: { countryCode: string }) => o.countryCode === 'MA')).toBe(true);
  });

  it('leaves out draft, paused and closed offers', async () => {
    const hidden = [];
    for (const status of ['draft', 'paused', 'closed'])
      hidden.push((await createMAOffer({ status, title: { en: `Hidden ${status} (test)` } })).id);
    const shown = await createMAOffer({ title: { en: 'Shown (test)' } });
    const ids = (await directory('country=MA&limit=100')).items.map((o) => o.id);
    expect(ids).toContain(shown.id);
    for (const id of hidden) expect(ids).not.toContain(id);
  });

  it('lists the women-only start-up training for returnees in Morocco, in French', async () => {
    const { items } = await directory('country=MA&lang=fr');
    const offer = items.find((o) => o.title === womenReturneeTitle);
    expect(offer).toMatchObject({
      language: 'fr',
      category: 'business_start_up',
      // The first demo partner: where partner_staff.ma works.
      providerName: demoPartners.MA[0]?.name,
      womenOnly: true,
      clientGroups: ['returnee'],
      seatsLeft: 12,
    });
    // About three weeks after the seed, whatever day the tests run.
    expect(offer?.startsOn).toBe(daysFromToday(21));
    const others = items.filter((o) => o.id !== offer?.id);
    expect(others.some((o) => !o.womenOnly)).toBe(true);
  });

  it('answers in the language asked, in English where the offer lacks it, and says which', async () => {
    const englishOnly = await createMAOffer({
      title: { en: 'Job fair (test)' },
      description: { en: 'Meet employers.' },
    });
    const noFrenchDescription = await createMAOffer({
      title: { en: 'Career talk (test)', fr: 'Causerie métiers (test)' },
      description: { en: 'Careers in logistics.' },
    });
    const ar = await directory('country=MA&lang=ar&limit=100');
    const women = ar.items.find((o) => o.title === 'أنشئي مشروعك — تكوين للنساء العائدات');
    expect(women?.language).toBe('ar');
    expect(ar.items.find((o) => o.id === englishOnly.id)).toMatchObject({
      language: 'en',
      title: 'Job fair (test)',
      description: 'Meet employers.',
    });
    // Title and description always come in the same language.
    expect(
      (await directory('country=MA&lang=fr&limit=100')).items.find((o) => o.id === noFrenchDescription.id),
    ).toMatchObject({ language: 'en', title: 'Career talk (test)', description: 'Careers in logistics.' });
    const en = await directory('country=MA&limit=100');
    expect(en.items.every((o) => o.language === 'en')).toBe(true);
  });

  it('filters by category and searches titles in every language and provider names', async () => {
    const courses = await directory('country=GH&category=pre_integration_language_course');
    expect(courses.items.length).toBeGreaterThan(0);
    expect(courses.items.every((o) => o.category === 'pre_integration_language_course')).toBe(true);
    // A French word finds the offer while the page is in English.
    const french = await directory(`country=MA&q=${encodeURIComponent('femmes de retour')}`);
    expect(french.items.map((o) => o.title)).toEqual([
      'Start your own business — training for women returnees',
    ]);
    const arabic = await directory(`country=MA&q=${encodeURIComponent('العائدات')}`);
    expect(arabic.total).toBe(1);
    const byProvider = await directory(`country=MA&q=${encodeURIComponent('langue allemande')}`);
    expect(byProvider.items.length).toBeGreaterThan(0);
    expect(byProvider.items.every((o) => o.providerName === demoPartners.MA[1]?.name)).toBe(true);
    expect((await directory('country=MA&q=%25')).total).toBe(0);
  });

  it('orders by start date, undated offers last', async () => {
    const { items } = await directory('country=GH&limit=100');
    const dated = items.filter((o) => o.startsOn).map((o) => o.startsOn as string);
    expect(dated).toEqual([...dated].sort());
    const firstUndated = items.findIndex((o) => !o.startsOn);
    if (firstUndated >= 0) expect(items.slice(firstUndated).every((o) => !o.startsOn)).toBe(true);
  });

  it('never exposes partner contacts, staff names or capacity', async () => {
    const partner = (
      await request(t.app, managerGH, 'POST', '/api/partners', {
        countryCode: 'GH',
        name: 'Kumasi Tailoring Cooperative (test)',
        type: 'ngo',
        contacts: [{ name: 'Adjoa Frimpong', email: 'adjoa.secret@example.org', phone: '+233209876543' }],
      })
    ).json();
    await request(t.app, managerGH, 'POST', '/api/offers', {
      partnerOrganisationId: partner.id,
      category: 'vocational_training',
      title: { en: 'Tailoring (test)' },
      capacity: 9,
      deliveryMode: 'in_person',
      languages: ['en'],
      status: 'active',
    });
    const body = (await t.app.inject({ method: 'GET', url: '/api/public/offers?country=GH&limit=100' })).body;
    expect(body).toContain('Tailoring (test)');
    for (const secret of [
      'Adjoa Frimpong',
      'adjoa.secret@example.org',
      '+233209876543',
      '"capacity"',
      '"version"',
    ])
      expect(body).not.toContain(secret);
    for (const lang of ['en', 'fr', 'ar']) {
      for (const country of ['GH', 'MA', 'EG', 'PK', 'IQ']) {
        const page = (
          await t.app.inject({ url: `/api/public/offers?country=${country}&lang=${lang}&limit=100` })
        ).body;
        for (const account of listDemoAccountsWithNames()) {
          expect(page).not.toContain(account.displayName);
          expect(page).not.toContain(account.email);
        }
      }
    }
  });

  it('needs a country and names bad parameters', async () => {
    const missing = await t.app.inject({ url: '/api/public/offers' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toContain('querystring.country');
    const badLang = await t.app.inject({ url: '/api/public/offers?country=GH&lang=de' });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json().errors.map((e: { field: string }) => e.field)).toContain('querystring.lang');
  });
});

describe('the demo directory', () => {
  it('gives every demo country 3–4 active offers in English, French and Arabic', async () => {
    for (const country of ['GH', 'MA', 'EG', 'PK', 'IQ']) {
      const seeded = await t.database.db
        .selectFrom('offers')
        .select(['title', 'status', 'category'])
        .where('country_code', '=', country)
        .execute()
        .then((rows) => rows.filter((o) => !o.title.en?.includes('(test)')));
      expect(seeded.length, country).toBeGreaterThanOrEqual(3);
      expect(seeded.length, country).toBeLessThanOrEqual(4);
      expect(new Set(seeded.map((o) => o.category)).size, country).toBeGreaterThan(1);
      for (const o of seeded) {
        expect(o.status).toBe('active');
        expect(Object.keys(o.title).sort()).toEqual(['ar', 'en', 'fr']);
      }
    }
  });

  it('has a German pre-integration course and a nearly full offer in Ghana', async () => {
    const offers = (await request(t.app, managerGH, 'GET', '/api/offers?country=GH&limit=200')).json().items;
    const german = offers.find(
      (o: { category: string; eligibility: { language?: { code: string } } }) =>
        o.category === 'pre_integration_language_course' && o.eligibility.language?.code === 'de',
    );
    expect(german.eligibility.language).toEqual({ code: 'de', minLevel: 'A2' });
    expect(offers.some((o: { seatsLeft: number | null }) => o.seatsLeft === 2)).toBe(true);
  });
});
