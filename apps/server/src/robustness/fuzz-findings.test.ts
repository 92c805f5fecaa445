import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { findUnstorableText } from '../http/storable-text.js';
import { createTestApp, demoEmail, request, type TestContext } from '../testing/index.js';
import { buildFuzzWorld, type FuzzWorld } from './fuzz-fixtures.js';

// What the fuzz tests found, pinned down: each of these answered 500 (or stored something other
// than what was sent) before its fix.

let t: TestContext;
let world: FuzzWorld;

beforeAll(async () => {
  t = await createTestApp({ env: { LOGIN_THROTTLE: '0' } });
  world = await buildFuzzWorld(t);
});
afterAll(() => t.close());

const counsellor = () => world.sessionFor('clients.write');
const clientUrl = () => `/api/clients/${world.params.clientId}`;

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL character with a 400 naming the field, where it used to be a 500', async () => {
    const res = await request(t.app, counsellor(), 'POST', `${clientUrl()}/tasks`, {
      title: 'Find a\u0000 course',
      dueOn: '2026-12-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'title', message: expect.stringContaining('NUL') }]);
  });

  it('refuses a lone surrogate, which used to be stored as U+FFFD', async () => {
    const res = await request(t.app, counsellor(), 'POST', `${clientUrl()}/tasks`, {
      title: 'Course',
      goal: 'x\ud800',
      dueOn: '2026-12-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('goal');
  });

  it('refuses it in a query string too', async () => {
    const res = await request(t.app, counsellor(), 'GET', '/api/offers?q=a%00b');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('query.q');
  });

  it('accepts every other text: emoji, right-to-left, combining marks', async () => {
    const res = await request(t.app, counsellor(), 'POST', `${clientUrl()}/tasks`, {
      title: 'يوسف 👩‍👩‍👧 e\u0301 \u202e',
      dueOn: '2026-12-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().title).toBe('يوسف 👩‍👩‍👧 e\u0301 \u202e');
  });

  it('walks bodies too deep to recurse into, and names object keys', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toBe('[0]'.repeat(100_000));
    expect(findUnstorableText({ ok: { 'k\u0000': 1 } })).toBe('ok');
    expect(findUnstorableText({ ok: ['😀', { a: 'é' }] })).toBeUndefined();
  });
});

describe('versions beyond PostgreSQL integer', () => {
  it('refuses a version that cannot be bumped within integer with a 400 on version, not a 500', async () => {
    const res = await request(
      t.app,
      world.sessionFor('referrals.respond'),
      'POST',
      `/api/partner/referrals/${world.params.referralId}/transitions`,
      {
        to: 'accepted',
        version: 2_147_483_647,
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('version');
  });

  // The largest version that can still be bumped: a stale one, refused as such (409), not a
  // 500 from computing version + 1 past integer (found on these routes).
  it.each([
    ['clients.write', () => `/api/clients/${world.params.clientId}/close`, { reason: 'migrated_regularly' }],
    [
      'clients.write',
      () => `/api/clients/${world.params.clientId}/tasks/${world.params.taskId}`,
      { status: 'done' },
    ],
    [
      'referrals.respond',
      () => `/api/partner/referrals/${world.params.referralId}/transitions`,
      { to: 'accepted' },
    ],
  ] as const)('answers the largest stale version with 409 (%s %s)', async (permission, url, body) => {
    const method = url().includes('/tasks/') ? 'PATCH' : 'POST';
    const res = await request(t.app, world.sessionFor(permission), method, url(), {
      ...body,
      version: 2_147_483_646,
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('sign-in throttling switch (LOGIN_THROTTLE)', () => {
  it('when off, counts no failure: many wrong passwords, then the right one signs in', async () => {
    const email = demoEmail('analyst');
    for (let i = 0; i < 60; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'wrong-guess' },
      });
      expect(res.statusCode).toBe(401);
    }
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: 'pathways-demo' },
    });
    expect(ok.statusCode).toBe(200);
    expect(await t.database.db.selectFrom('login_throttle').selectAll().execute()).toEqual([]);
  });

  it('is on unless switched off, and cannot be switched off in production', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).login.isThrottled).toBe(true);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', LOGIN_THROTTLE: '0', PATHWAYS_COUNTRY_KEYS: '{}' }),
    ).toThrow(/LOGIN_THROTTLE/);
  });
});
