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
let manager: Session;
let centres: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'EG'));
  manager = await logIn(t.app, demoEmail('centre_manager', 'EG'));
  centres = await centreIds(t.app, counsellor.cookie);
});
afterAll(() => t.close());

async function registerPair() {
  const base = { nationality: 'EG', dateOfBirth: { value: '1993-08-14', precision: 'exact' as const } };
  const survivor = (
    await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centres.CAI as string, {
        ...base,
        name: { given: 'Mohamed', family: 'Abdel Aziz' },
        nameOriginal: { given: 'محمد', family: 'عبد العزيز' },
      }),
    )
  ).json();
  const duplicate = (
    await request(
      t.app,
      counsellor,
      'POST',
      '/api/clients',
      clientBody(centres.CAI as string, {
        ...base,
        name: { given: 'Muhammad', family: 'Abdelaziz' },
        nameOriginal: undefined,
      }),
    )
  ).json();
  await request(t.app, counsellor, 'POST', `/api/clients/${duplicate.id}/sessions`, {
    heldOn: '2026-02-01',
    channel: 'phone',
    format: 'individual',
    topics: ['local_jobs'],
    durationMinutes: 20,
  });
  return { survivor, duplicate };
}

describe('merging duplicate records', () => {
  it('moves the history to the survivor, keeps the duplicate traceable and findable by its spelling', async () => {
    const { survivor, duplicate } = await registerPair();
    const res = await request(t.app, manager, 'POST', `/api/clients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      version: survivor.version,
      duplicateVersion: (await request(t.app, manager, 'GET', `/api/clients/${duplicate.id}`)).json().version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().aliases).toContain('Muhammad Abdelaziz');
    expect(res.json().consents).toHaveLength(2);

    const sessions = (await request(t.app, manager, 'GET', `/api/clients/${survivor.id}/sessions`)).json()
      .items;
    expect(sessions).toHaveLength(1);
    const merged = (await request(t.app, manager, 'GET', `/api/clients/${duplicate.id}`)).json();
    expect(merged).toMatchObject({ status: 'merged', mergedIntoId: survivor.id });
    const timeline = (await request(t.app, manager, 'GET', `/api/clients/${survivor.id}/timeline`)).json()
      .items;
    expect(timeline[0]).toMatchObject({ kind: 'merged', details: { duplicateCaseCode: duplicate.caseCode } });

    const list = (await request(t.app, manager, 'GET', '/api/clients'))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(list).not.toContain(duplicate.id);
    const found = (
      await request(t.app, manager, 'POST', '/api/clients/search', { query: 'Muhammad Abdelaziz' })
    ).json().items;
    expect(found.map((c: { id: string }) => c.id)).toEqual([survivor.id]);
  });

  it('is for managers only, refuses merging a record into itself, and refuses stale versions', async () => {
    const { survivor, duplicate } = await registerPair();
    const body = { duplicateId: duplicate.id, version: survivor.version, duplicateVersion: 1 };
    expect(
      (await request(t.app, counsellor, 'POST', `/api/clients/${survivor.id}/merge`, body)).statusCode,
    ).toBe(403);
    const self = await request(t.app, manager, 'POST', `/api/clients/${survivor.id}/merge`, {
      ...body,
      duplicateId: survivor.id,
    });
    expect(self.json().errors[0].field).toBe('duplicateId');
    const stale = await request(t.app, manager, 'POST', `/api/clients/${survivor.id}/merge`, body);
    expect(stale.statusCode).toBe(409);
    expect((await request(t.app, manager, 'GET', `/api/clients/${duplicate.id}`)).json().status).toBe(
      'active',
    );
  });
});
