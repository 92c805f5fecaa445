import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';

let t: TestContext;
let admin: Session;
let accraId: string;
let ghPartnerId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await logIn(t.app, demoEmail('admin'));
  const countries = (await request(t.app, admin, 'GET', '/api/countries')).json().items;
  accraId = countries.find((c: { code: string }) => c.code === 'GH').centres[0].id;
  const partners = (await request(t.app, admin, 'GET', '/api/partner-organisations')).json().items;
  ghPartnerId = partners.find((p: { countryCode: string }) => p.countryCode === 'GH').id;
});
afterAll(() => t.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `kofi.${Math.random().toString(36).slice(2)}@example.org`,
  displayName: 'Kofi Asante',
  password: 'a-long-enough-password',
  memberships: [{ role: 'counsellor', centreId: accraId }],
  ...overrides,
});

describe('user management', () => {
  it('creates a user who can then sign in with the scope given', async () => {
    const body = newUser();
    const res = await request(t.app, admin, 'POST', '/api/users', body);
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email: body.email, status: 'active' });
    expect(user).not.toHaveProperty('passwordHash');
    expect(user.memberships[0]).toMatchObject({ role: 'counsellor', countryCode: 'GH', centreId: accraId });

    const session = await logIn(t.app, body.email, body.password);
    const me = (await request(t.app, session, 'GET', '/api/auth/me')).json();
    expect(me.user.displayName).toBe('Kofi Asante');
  });

  it('derives the country of a partner membership from the organisation', async () => {
    const res = await request(
      t.app,
      admin,
      'POST',
      '/api/users',
      newUser({
        memberships: [{ role: 'partner_staff', partnerOrganisationId: ghPartnerId }],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().memberships[0]).toMatchObject({ countryCode: 'GH', scopeType: 'partner' });
  });

  it('names the membership field that is missing or does not apply', async () => {
    const missing = await request(
      t.app,
      admin,
      'POST',
      '/api/users',
      newUser({ memberships: [{ role: 'counsellor' }] }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('memberships.0.centreId');

    const extra = await request(
      t.app,
      admin,
      'POST',
      '/api/users',
      newUser({
        memberships: [{ role: 'analyst' }, { role: 'admin', countryCode: 'GH' }],
      }),
    );
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors[0].field).toBe('memberships.1.countryCode');
  });

  it('refuses a short password and a malformed email, naming both', async () => {
    const res = await request(
      t.app,
      admin,
      'POST',
      '/api/users',
      newUser({ email: 'not-an-email', password: 'short' }),
    );
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'password']);
  });

  it('answers 409 for an email already in use, whatever its case, and writes nothing', async () => {
    const before = await t.database.db.selectFrom('users').select('id').execute();
    const res = await request(
      t.app,
      admin,
      'POST',
      '/api/users',
      newUser({ email: 'Counsellor.GH@demo.pathways.local' }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'email_taken', errors: [{ field: 'email' }] });
    const after = await t.database.db.selectFrom('users').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('ends the sessions of a deactivated user at once, and lets them back after reactivation', async () => {
    const body = newUser();
    const created = (await request(t.app, admin, 'POST', '/api/users', body)).json();
    const session = await logIn(t.app, body.email, body.password);

    const res = await request(t.app, admin, 'POST', `/api/users/${created.id}/deactivate`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('deactivated');
    expect((await request(t.app, session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: body.email, password: body.password },
    });
    expect(again.statusCode).toBe(401);

    expect((await request(t.app, admin, 'POST', `/api/users/${created.id}/reactivate`)).json().status).toBe(
      'active',
    );
    await logIn(t.app, body.email, body.password);
  });

  it('does not let an admin deactivate themselves', async () => {
    const res = await request(t.app, admin, 'POST', `/api/users/${admin.userId}/deactivate`);
    expect(res.statusCode).toBe(422);
  });

  it('answers 404 for a user that does not exist', async () => {
    const res = await request(
      t.app,
      admin,
      'POST',
      '/api/users/01a21e13-0000-7000-8000-000000000000/deactivate',
    );
    expect(res.statusCode).toBe(404);
  });

  it('records each change in a hash-chained audit trail without personal data', async () => {
    const events = await t.database.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['demo.seed', 'user.create', 'user.deactivate']),
    );
    for (let i = 1; i < events.length; i++) expect(events[i]?.prev_hash).toBe(events[i - 1]?.hash);
    expect(JSON.stringify(events)).not.toContain('Kofi');
  });
});

describe('memberships', () => {
  it('adds a role in another scope and takes one away, with effect on the next request', async () => {
    const body = newUser();
    const created = (await request(t.app, admin, 'POST', '/api/users', body)).json();
    const session = await logIn(t.app, body.email, body.password);
    expect((await request(t.app, session, 'GET', '/api/auth/me')).json().permissions).not.toContain(
      'users.manage',
    );

    const added = await request(t.app, admin, 'POST', `/api/users/${created.id}/memberships`, {
      role: 'admin',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().memberships).toHaveLength(2);
    expect((await request(t.app, session, 'GET', '/api/auth/me')).json().permissions).toContain(
      'users.manage',
    );

    const adminMembership = added.json().memberships.find((m: { role: string }) => m.role === 'admin');
    const removed = await request(
      t.app,
      admin,
      'DELETE',
      `/api/users/${created.id}/memberships/${adminMembership.id}`,
    );
    expect(removed.statusCode).toBe(200);
    expect((await request(t.app, session, 'GET', '/api/auth/me')).json().permissions).not.toContain(
      'users.manage',
    );
  });

  it('refuses a duplicate role, a scope field the role lacks, and removing the last role', async () => {
    const created = (await request(t.app, admin, 'POST', '/api/users', newUser())).json();
    const url = `/api/users/${created.id}/memberships`;
    expect(
      (await request(t.app, admin, 'POST', url, { role: 'counsellor', centreId: accraId })).statusCode,
    ).toBe(409);
    const missing = await request(t.app, admin, 'POST', url, { role: 'country_manager' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('countryCode');
    const last = await request(t.app, admin, 'DELETE', `${url}/${created.memberships[0].id}`);
    expect(last.statusCode).toBe(422);
    expect(last.json().code).toBe('last_membership');
  });
});
