import { rolePermissions, roles } from '@pathways/contracts';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRoutes } from '../http/route-guard.js';
import {
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';

let t: TestContext;
const sessions = new Map<string, Session>();
// One demo user per role; centre and partner roles from Ghana.
const demoUserOf = (role: string) =>
  ['admin', 'analyst', 'auditor'].includes(role) ? demoEmail(role) : demoEmail(role, 'GH');

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) sessions.set(role, await logIn(t.app, demoUserOf(role)));
});
afterAll(() => t.close());

const SAMPLE_ID = '01a21e13-0000-7000-8000-000000000000';
const concrete = (url: string) => url.replace(/:\w+/g, SAMPLE_ID);

describe('route permissions', () => {
  it('refuses to register an API route that declares no permission', async () => {
    const app = Fastify();
    guardRoutes(app);
    expect(() => app.get('/api/unguarded', async () => 'open')).toThrow(/declares no permission/);
  });

  it('answers 401 on every non-public route without a session', async () => {
    const guarded = t.app.routeCatalogue.filter((r) => r.permission !== 'public');
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const res = await t.app.inject({ method: route.method as 'GET', url: concrete(route.url) });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().code).toBe('unauthenticated');
    }
  });

  it('answers 403 on every route to each role that lacks its permission', async () => {
    let checked = 0;
    for (const route of t.app.routeCatalogue) {
      if (route.permission === 'public' || route.permission === 'authenticated') continue;
      for (const role of roles) {
        if ((rolePermissions[role] as readonly string[]).includes(route.permission)) continue;
        const res = await request(
          t.app,
          sessions.get(role) ?? null,
          route.method as 'GET',
          concrete(route.url),
          {},
        );
        expect(res.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const admin = sessions.get('admin') as Session;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_token_invalid');
  });
});

describe('scopes', () => {
  it("shows a counsellor only their country's partners", async () => {
    const res = await request(
      t.app,
      sessions.get('counsellor') as Session,
      'GET',
      '/api/partner-organisations',
    );
    const countries = new Set(res.json().items.map((p: { countryCode: string }) => p.countryCode));
    expect([...countries]).toEqual(['GH']);
  });

  it('shows everything to a global role and only its own organisation to partner staff', async () => {
    const all = (await request(t.app, sessions.get('admin') as Session, 'GET', '/api/summary')).json();
    const partner = (
      await request(t.app, sessions.get('partner_staff') as Session, 'GET', '/api/summary')
    ).json();
    const centre = (
      await request(t.app, sessions.get('centre_manager') as Session, 'GET', '/api/summary')
    ).json();
    expect(all).toMatchObject({ countries: 14, centres: 19, partnerOrganisations: 15 });
    expect(partner).toMatchObject({ countries: 1, centres: 0, partnerOrganisations: 1 });
    expect(centre).toMatchObject({ countries: 1, centres: 1, partnerOrganisations: 3 });
    // The users whose membership is at the Accra centre: its manager and its counsellor.
    expect(centre.activeUsers).toBe(2);
  });
});
