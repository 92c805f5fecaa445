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

beforeAll(async () => {
  t = await createTestApp();
  counsellor = await logIn(t.app, demoEmail('counsellor', 'PK'));
  const centres = await centreIds(t.app, counsellor.cookie);
  clientId = (
    await request(t.app, counsellor, 'POST', '/api/clients', clientBody(centres.LHE as string))
  ).json().id;
});
afterAll(() => t.close());

const namesOf = async (session: Session) => {
  const res = await request(t.app, session, 'GET', `/api/clients/${clientId}/assignable-staff`);
  return {
    status: res.statusCode,
    body: res.body,
    names: (res.json().items ?? []).map((s: { displayName: string }) => s.displayName),
  };
};

describe('assignable staff for a client’s tasks', () => {
  it('lists the centre’s counsellor and manager and the country manager, nobody else', async () => {
    const { status, names, body } = await namesOf(counsellor);
    expect(status).toBe(200);
    const staff = await t.database.db
      .selectFrom('users')
      .select(['email', 'display_name'])
      .where('email', 'like', '%.pk@demo.pathways.local')
      .execute();
    const nameOf = (role: string) => staff.find((u) => u.email === demoEmail(role, 'PK'))?.display_name;
    expect(names.sort()).toEqual(
      [nameOf('counsellor'), nameOf('centre_manager'), nameOf('country_manager')].sort(),
    );
    expect(names).not.toContain(nameOf('partner_staff'));
    // Names only: no emails or roles leave.
    expect(body).not.toContain('@demo.pathways.local');
  });

  it('lets a task be assigned to a listed colleague', async () => {
    const manager = (await request(t.app, counsellor, 'GET', `/api/clients/${clientId}/assignable-staff`))
      .json()
      .items.find((s: { id: string }) => s.id !== counsellor.userId);
    const res = await request(t.app, counsellor, 'POST', `/api/clients/${clientId}/tasks`, {
      title: 'Call the training centre',
      dueOn: '2026-12-15',
      assigneeId: manager.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().assigneeId).toBe(manager.id);
  });

  it('hides another country’s client (404) and refuses roles that cannot write (403)', async () => {
    expect((await namesOf(await logIn(t.app, demoEmail('counsellor', 'GH')))).status).toBe(404);
    expect((await namesOf(await logIn(t.app, demoEmail('analyst')))).status).toBe(403);
  });
});
