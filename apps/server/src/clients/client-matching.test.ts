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
let erbil: Session;
let baghdad: Session;
let ghana: Session;
let registered: { id: string; caseCode: string };

const person = {
  name: { given: 'Mustafa', family: 'Abdel Rahman' },
  nameOriginal: { given: 'مصطفى', family: 'عبد الرحمن' },
  dateOfBirth: { value: '1991-05-20', precision: 'exact' as const },
  phone: '+9647501234567',
  nationality: 'IQ',
};

beforeAll(async () => {
  t = await createTestApp();
  const admin = await logIn(t.app, demoEmail('admin'));
  const centres = await centreIds(t.app, admin.cookie);
  // A second Iraqi counsellor, at the Baghdad centre: same country, other centre.
  await request(t.app, admin, 'POST', '/api/users', {
    email: 'counsellor.baghdad@example.org',
    displayName: 'Noor Hadi',
    password: 'a-long-enough-password',
    memberships: [{ role: 'counsellor', centreId: centres.BGW }],
  });
  erbil = await logIn(t.app, demoEmail('counsellor', 'IQ'));
  baghdad = await logIn(t.app, 'counsellor.baghdad@example.org', 'a-long-enough-password');
  ghana = await logIn(t.app, demoEmail('counsellor', 'GH'));
  const res = await request(t.app, erbil, 'POST', '/api/clients', clientBody(centres.EBL as string, person));
  expect(res.statusCode).toBe(201);
  registered = res.json();
  // Same common given name, different person.
  await request(
    t.app,
    erbil,
    'POST',
    '/api/clients',
    clientBody(centres.EBL as string, {
      ...person,
      name: { given: 'Mustafa', family: 'Kadhim' },
      nameOriginal: { given: 'مصطفى', family: 'كاظم' },
      dateOfBirth: { value: '1979-11-02', precision: 'exact' },
      phone: '+9647709876543',
    }),
  );
});
afterAll(() => t.close());

const duplicates = (session: Session, draft: object) =>
  request(t.app, session, 'POST', '/api/clients/duplicates', draft);
const search = (session: Session, query: string) =>
  request(t.app, session, 'POST', '/api/clients/search', { query });

describe('duplicate check while registering', () => {
  it('finds the person written in another transliteration, with reasons, at the same centre', async () => {
    const res = await duplicates(erbil, {
      name: { given: 'Mostafa', family: 'Abdulrahman' },
      dateOfBirth: { value: '1991-05-20', precision: 'exact' },
    });
    expect(res.statusCode).toBe(200);
    const [top] = res.json().items;
    expect(top).toMatchObject({
      caseCode: registered.caseCode,
      clientId: registered.id,
      displayName: 'Mustafa Abdel Rahman',
    });
    expect(top.score).toBeGreaterThanOrEqual(0.5);
    expect(top.reasons.map((r: { code: string }) => r.code)).toContain('dob_exact');
    expect(res.json().items.map((c: { caseCode: string }) => c.caseCode)).not.toContain(
      expect.stringMatching(/000002$/),
    );
  });

  it('finds the person typed in Arabic script', async () => {
    const res = await duplicates(erbil, {
      name: { given: 'مصطفى', family: 'عبدالرحمن' },
      dateOfBirth: person.dateOfBirth,
    });
    expect(res.json().items[0]?.caseCode).toBe(registered.caseCode);
  });

  it('shows a match at another centre of the country with case code, centre and initials only', async () => {
    const res = await duplicates(baghdad, {
      name: { given: 'Moustafa', family: 'Abd al-Rahman' },
      phone: person.phone,
    });
    const [top] = res.json().items;
    expect(top).toMatchObject({
      caseCode: registered.caseCode,
      clientId: null,
      displayName: null,
      initials: 'M.A.',
      birthYear: null,
    });
    expect(top.centreName).toContain('Erbil');
    expect(top.reasons.every((r: { detail: string }) => r.detail === '')).toBe(true);
  });

  it('does not reach into another country', async () => {
    const res = await duplicates(ghana, { name: person.name, dateOfBirth: person.dateOfBirth });
    expect(res.json().items).toEqual([]);
  });

  it('does not list the same name with a different exact birth date as a likely duplicate', async () => {
    const res = await duplicates(erbil, {
      name: person.name,
      dateOfBirth: { value: '1968-01-09', precision: 'exact' },
    });
    expect(res.json().items.map((c: { caseCode: string }) => c.caseCode)).not.toContain(registered.caseCode);
  });
});

describe('search box', () => {
  it('finds a misspelled name, an Arabic-script name, a case code and a phone number', async () => {
    const top = async (query: string) => (await search(erbil, query)).json().items[0]?.caseCode;
    expect(await top('Mustapha Abdelrahmen')).toBe(registered.caseCode);
    expect(await top('عبد الرحمن مصطفى')).toBe(registered.caseCode);
    expect(await top(registered.caseCode.toLowerCase())).toBe(registered.caseCode);
    expect(await top('+964 750 123 4567')).toBe(registered.caseCode);
  });

  it("never returns clients outside the searcher's scope", async () => {
    expect((await search(baghdad, 'Mustafa Abdel Rahman')).json().items).toEqual([]);
    expect((await search(ghana, registered.caseCode)).json().items).toEqual([]);
  });
});
