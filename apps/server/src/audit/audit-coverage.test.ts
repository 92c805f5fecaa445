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

// The list: every read of a client record, every change, login, logout, failed login
// and denied access writes an audit event; none holds a personal value.
let t: TestContext;
let counsellorMA: Session;
let clientMA: string;

beforeAll(async () => {
  t = await createTestApp();
  counsellorMA = await logIn(t.app, demoEmail('counsellor', 'MA'));
  const centres = await centreIds(t.app, counsellorMA.cookie);
  const res = await request(t.app, counsellorMA, 'POST', '/api/clients', clientBody(centres.CAS as string));
  expect(res.statusCode, res.body).toBe(201);
  clientMA = res.json().id;
});
afterAll(() => t.close());

/** The events written by `action` since the given trail position. */
async function eventsSince(seq: number) {
  return t.database.db
    .selectFrom('audit_events')
    .select(['action', 'actor_user_id', 'entity_type', 'entity_id', 'country_code', 'chain', 'ip'])
    .where('seq', '>', seq)
    .orderBy('seq')
    .execute();
}
const lastSeq = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirstOrThrow()
    ).seq,
  );

describe('what is audited', () => {
  it('a sign-in, a sign-out and failed sign-ins (known account or not), never the email typed', async () => {
    const start = await lastSeq();
    const email = demoEmail('counsellor', 'GH');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'not-the-password-at-all' },
    });
    expect(wrong.statusCode).toBe(401);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody.here@example.org', password: 'not-the-password-at-all' },
    });
    expect(unknown.statusCode).toBe(401);
    const session = await logIn(t.app, email);
    expect((await request(t.app, session, 'POST', '/api/auth/logout')).statusCode).toBe(204);

    const events = await eventsSince(start);
    expect(events.map((e) => [e.action, e.actor_user_id, e.entity_id, e.chain])).toEqual([
      ['auth.login_failed', session.userId, session.userId, 'global'],
      ['auth.login_failed', null, null, 'global'],
      ['auth.login', session.userId, session.userId, 'global'],
      ['auth.logout', session.userId, session.userId, 'global'],
    ]);
    expect(events.every((e) => e.ip)).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/nobody\.here|counsellor\.gh/);
  });

  it('every opening of a client record, in the client country chain', async () => {
    const start = await lastSeq();
    expect((await request(t.app, counsellorMA, 'GET', `/api/clients/${clientMA}`)).statusCode).toBe(200);
    expect((await request(t.app, counsellorMA, 'GET', `/api/clients/${clientMA}`)).statusCode).toBe(200);
    expect(await eventsSince(start)).toEqual(
      Array(2).fill(
        expect.objectContaining({
          action: 'client.read',
          actor_user_id: counsellorMA.userId,
          entity_type: 'client',
          entity_id: clientMA,
          country_code: 'MA',
          chain: 'MA',
        }),
      ),
    );
  });

  it('a refusal by role (403) and a record outside the scope (404), naming the route, not the URL', async () => {
    const analyst = await logIn(t.app, demoEmail('analyst'));
    const counsellorGH = await logIn(t.app, demoEmail('counsellor', 'GH'));
    const start = await lastSeq();
    expect((await request(t.app, analyst, 'GET', `/api/clients/${clientMA}`)).statusCode).toBe(403);
    expect((await request(t.app, counsellorGH, 'GET', `/api/clients/${clientMA}`)).statusCode).toBe(404);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: counsellorGH.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    // An anonymous call is a 401, not a refusal of someone: nobody to name.
    expect((await t.app.inject({ url: `/api/clients/${clientMA}` })).statusCode).toBe(401);

    expect(await eventsSince(start)).toEqual([
      expect.objectContaining({
        action: 'access.denied',
        actor_user_id: analyst.userId,
        entity_type: 'route',
        entity_id: 'GET /api/clients/:clientId',
        chain: 'global', // an analyst works across countries
      }),
      expect.objectContaining({
        action: 'access.not_found',
        actor_user_id: counsellorGH.userId,
        entity_id: 'GET /api/clients/:clientId',
        country_code: 'GH', // the counsellor's country: Ghana's managers see it
      }),
      expect.objectContaining({
        action: 'access.denied',
        actor_user_id: counsellorGH.userId,
        entity_id: 'POST /api/auth/logout',
      }),
    ]);
  });

  it('keeps every chain intact after all of it', async () => {
    const auditor = await logIn(t.app, demoEmail('auditor'));
    const report = (await request(t.app, auditor, 'GET', '/api/audit/verify')).json();
    expect(report).toMatchObject({ isIntact: true });
    expect(report.chains.map((c: { chain: string }) => c.chain)).toEqual(['GH', 'MA', 'global']);
  });
});
