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

type Item = { code: string; labels: { en: string; fr: string; ar: string } };

// The 130 minor groups of ISCO-08 (ILO structure): every unit group belongs to one of them.
const MINOR_GROUPS = `
  011 021 031 111 112 121 122 131 132 133 134 141 142 143 211 212 213 214 215 216 221 222 223 224
  225 226 231 232 233 234 235 241 242 243 251 252 261 262 263 264 265 311 312 313 314 315 321 322
  323 324 325 331 332 333 334 335 341 342 343 351 352 411 412 413 421 422 431 432 441 511 512 513
  514 515 516 521 522 523 524 531 532 541 611 612 613 621 622 631 632 633 634 711 712 713 721 722
  723 731 732 741 742 751 752 753 754 811 812 813 814 815 816 817 818 821 831 832 833 834 835 911
  912 921 931 932 933 941 951 952 961 962`
  .trim()
  .split(/\s+/);

// The unit groups migration 0006 seeded; 0018 must leave their rows as they were.
const FIRST_46 = `
  1120 1411 2142 2144 2151 2152 2211 2221 2262 2330 2341 2411 2511 2512 2514 3112 3113 3115 3212
  3221 3512 4110 4224 5120 5131 5141 5223 5321 5322 6111 7112 7115 7126 7127 7212 7231 7411 7412
  7512 7531 8322 8332 9112 9211 9313 9412`
  .trim()
  .split(/\s+/);

let t: TestContext;
let counsellor: Session;
let items: Item[];
let byCode: Map<string, Item>;

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'MA'));
  const { lists } = (await request(t.app, counsellor, 'GET', '/api/code-lists')).json();
  const isco = lists.find((l: { list: string }) => l.list === 'isco_08');
  expect(isco.version).toBe('2008');
  items = isco.items;
  byCode = new Map(items.map((item) => [item.code, item]));
});
afterAll(() => t.close());

describe('ISCO-08 code list', () => {
  it('holds all 436 unit groups, in code order, each in an ISCO-08 minor group', () => {
    expect(MINOR_GROUPS).toHaveLength(130);
    const codes = items.map((item) => item.code);
    expect(codes).toHaveLength(436);
    expect(new Set(codes).size).toBe(436);
    expect(codes).toEqual([...codes].sort());
    for (const code of codes) {
      expect(code).toMatch(/^[0-9]\d{3}$/);
      expect(MINOR_GROUPS, code).toContain(code.slice(0, 3));
    }
    // Nothing left out: every minor group has its unit groups, every major group 0–9 is there.
    for (const minor of MINOR_GROUPS)
      expect(
        codes.some((c) => c.startsWith(minor)),
        minor,
      ).toBe(true);
    expect(new Set(codes.map((c) => c[0]))).toEqual(new Set('0123456789'));
    expect(codes[0]).toBe('0110');
    expect(codes.at(-1)).toBe('9629');
  });

  it('labels every unit group in English, French and Arabic', () => {
    for (const { code, labels } of items) {
      expect(labels.en.trim(), code).not.toBe('');
      expect(labels.fr.trim(), code).not.toBe('');
      expect(labels.ar, code).toMatch(/[\u0600-\u06ff]/);
    }
    expect(byCode.get('7522')?.labels).toEqual({
      en: 'Cabinet-makers and related workers',
      fr: 'Ébénistes, menuisiers et assimilés',
      ar: 'نجارو الأثاث ومن في حكمهم',
    });
  });

  it('keeps the 46 unit groups seeded first, with their labels unchanged', () => {
    for (const code of FIRST_46) expect(byCode.has(code), code).toBe(true);
    expect(byCode.get('7212')?.labels).toEqual({
      en: 'Welders and flame cutters',
      fr: 'Soudeurs et oxycoupeurs',
      ar: 'اللحامون وقاطعو المعادن',
    });
    expect(byCode.get('1120')?.labels).toEqual({
      en: 'Managing directors and chief executives',
      fr: 'Directeurs généraux',
      ar: 'المديرون العامون والرؤساء التنفيذيون',
    });
    expect(byCode.get('9412')?.labels).toEqual({
      en: 'Kitchen helpers',
      fr: 'Aides de cuisine',
      ar: 'مساعدو المطبخ',
    });
  });
});

describe('occupation on registration', () => {
  it('accepts a unit group added by the full list', async () => {
    const centres = await centreIds(t.app, counsellor.cookie);
    const res = await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centres.CAS as string, { occupationIsco: '7522' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().occupationIsco).toBe('7522');
  });

  it('refuses a well-formed code that is not an ISCO-08 unit group, naming the field', async () => {
    const centres = await centreIds(t.app, counsellor.cookie);
    // 7520 would sit in minor group 752, which has only 7521–7523; 1000 is no unit group at all.
    for (const code of ['7520', '1000']) {
      const res = await request(
        t.app,
        counsellor,
        'POST',
        '/api/clients',
        clientBody(centres.CAS as string, { occupationIsco: code }),
      );
      expect(res.statusCode, code).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('occupationIsco');
    }
  });
});
