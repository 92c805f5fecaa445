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
let centres: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'GH'));
  centres = await centreIds(t.app, counsellor.cookie);
});
afterAll(() => t.close());

const thisYear = new Date().getUTCFullYear();
const register = (body: object) => request(t.app, counsellor, 'POST', '/api/clients', body);

describe('minors and families', () => {
  it("registers a minor only on a named guardian's consent", async () => {
    const minor = {
      name: { given: 'Kojo', family: 'Asante' },
      nameOriginal: undefined,
      nationality: 'GH',
      dateOfBirth: { value: String(thisYear - 16), precision: 'year' as const },
    };
    const refused = await register(clientBody(centres.ACC as string, minor));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'guardian_consent_required',
      errors: [{ field: 'consents.0.givenBy' }],
    });

    const unnamed = await register(
      clientBody(centres.ACC as string, {
        ...minor,
        consents: [{ purpose: 'counselling', textVersion: 'c-1', language: 'en', givenBy: 'guardian' }],
      }),
    );
    expect(unnamed.json().errors[0].field).toBe('consents.0.guardianName');

    const ok = await register(
      clientBody(centres.ACC as string, {
        ...minor,
        consents: [
          {
            purpose: 'counselling',
            textVersion: 'c-1',
            language: 'en',
            givenBy: 'guardian',
            guardianName: 'Efua Asante',
          },
        ],
      }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      isMinor: true,
      consents: [{ givenBy: 'guardian', guardianName: 'Efua Asante' }],
    });
  });

  it('links relatives: a registered client and a person known by name only', async () => {
    const mother = (
      await register(
        clientBody(centres.ACC as string, {
          name: { given: 'Efua', family: 'Asante' },
          nameOriginal: undefined,
          nationality: 'GH',
          sex: 'female',
          dateOfBirth: { value: '1985-02-11', precision: 'exact' },
        }),
      )
    ).json();
    const res = await register(
      clientBody(centres.ACC as string, {
        name: { given: 'Kwabena', family: 'Asante' },
        nameOriginal: undefined,
        nationality: 'GH',
        dateOfBirth: { value: '1984-07-30', precision: 'exact' },
        family: [
          { relation: 'spouse', relatedClientId: mother.id },
          { relation: 'child', name: 'Kojo Asante' },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().family).toEqual([
      { relation: 'child', relatedClientId: null, name: 'Kojo Asante', relatedCaseCode: null },
      {
        relation: 'spouse',
        relatedClientId: mother.id,
        name: 'Efua Asante',
        relatedCaseCode: mother.caseCode,
      },
    ]);
  });

  it('refuses a link to a client the counsellor cannot see, and a link with neither client nor name', async () => {
    const other = await logIn(t.app, demoEmail('counsellor', 'MA'));
    const moroccan = (
      await request(t.app, other, 'POST', '/api/clients', clientBody(centres.CAS as string))
    ).json();
    const hidden = await register(
      clientBody(centres.ACC as string, {
        nationality: 'GH',
        family: [{ relation: 'sibling', relatedClientId: moroccan.id }],
      }),
    );
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().errors[0].field).toBe('family.0.relatedClientId');
    const empty = await register(
      clientBody(centres.ACC as string, { nationality: 'GH', family: [{ relation: 'sibling' }] }),
    );
    expect(empty.json().errors[0].field).toBe('family.0.name');
  });
});
