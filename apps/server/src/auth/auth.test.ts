import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { createTestApp, demoEmail, logIn, request, type TestContext } from '../testing/index.js';
import { createPasswordHasher } from './passwords.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({
    env: { LOGIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '12' },
  });
});
afterAll(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

describe('login', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns roles and scopes', async () => {
    const res = await login(demoEmail('counsellor', 'GH'), 'pathways-demo');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pathways_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const me = res.json();
    expect(me.memberships).toEqual([
      expect.objectContaining({
        role: 'counsellor',
        scopeType: 'centre',
        countryCode: 'GH',
        scopeName: 'Accra',
      }),
    ]);
    expect(me.permissions).toContain('partners.read');
    expect(me.permissions).not.toContain('users.manage');
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await createTestApp({ env: { TRUST_PROXY: '1' } });
    try {
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: demoEmail('admin'), password: 'pathways-demo' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.cookies.find((c) => c.name === 'pathways_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await login(demoEmail('counsellor', 'MA'), 'not-the-password');
    const unknown = await login('nobody@example.org', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('throttles repeated failures with 429 and Retry-After, even for the right password', async () => {
    const email = demoEmail('counsellor', 'EG');
    for (let i = 0; i < 3; i++) expect((await login(email, 'wrong')).statusCode).toBe(401);
    const locked = await login(email, 'pathways-demo');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not locked by these failures.
    expect((await login(demoEmail('counsellor', 'PK'), 'pathways-demo')).statusCode).toBe(200);
  });

  it('hashes with argon2id at the production cost', async () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    const hasher = createPasswordHasher(production.passwordHashing);
    const hash = await hasher.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(hash, 'wrong')).toBe(false);
  });
});

describe('sessions', () => {
  it('returns the user on /me and ends the session on logout', async () => {
    const session = await logIn(t.app, demoEmail('analyst'));
    const me = await request(t.app, session, 'GET', '/api/auth/me');
    expect(me.json().user.email).toBe(demoEmail('analyst'));
    expect((await request(t.app, session, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await request(t.app, session, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('expires after the idle timeout', async () => {
    const session = await logIn(t.app, demoEmail('auditor'));
    await sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = ${session.userId}`.execute(
      t.database.db,
    );
    expect((await request(t.app, session, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('expires at its absolute lifetime even when in use', async () => {
    const session = await logIn(t.app, demoEmail('country_manager', 'GH'));
    await sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = ${session.userId}`.execute(
      t.database.db,
    );
    expect((await request(t.app, session, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('never stores the cookie token itself', async () => {
    const session = await logIn(t.app, demoEmail('centre_manager', 'GH'));
    const token = session.cookie.split('=')[1] as string;
    const rows = await t.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });
});
