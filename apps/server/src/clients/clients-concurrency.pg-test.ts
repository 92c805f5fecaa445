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

// Real parallel connections (PostgreSQL only): PGlite serialises everything and proves nothing here.
let t: TestContext;
let counsellor: Session;
let centres: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'MA'));
  centres = await centreIds(t.app, counsellor.cookie);
});
afterAll(() => t.close());

describe('clients under concurrency', () => {
  it('gives 20 simultaneous registrations at one centre 20 distinct, consecutive case codes', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(
          t.app,
          counsellor,
          'POST',
          '/api/clients',
          clientBody(centres.CAS as string, { name: { given: `Person${i}`, family: 'Test' } }),
        ),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => Number(r.json().caseCode.split('-').pop())).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('lets exactly one of several simultaneous edits of the same version win; the others get 409', async () => {
    const input = clientBody(centres.CAS as string, { name: { given: 'Rachid', family: 'Ouali' } });
    const created = (await request(t.app, counsellor, 'POST', '/api/clients', input)).json();
    const { centreId: _c, consents: _k, ...profile } = input;
    const responses = await Promise.all(
      ['Rabat', 'Fès', 'Tanger', 'Agadir'].map((region) =>
        request(t.app, counsellor, 'PUT', `/api/clients/${created.id}`, {
          ...profile,
          region,
          version: created.version,
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const stored = (await request(t.app, counsellor, 'GET', `/api/clients/${created.id}`)).json();
    expect(stored.version).toBe(created.version + 1);
  });
});
