import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  DEMO_PASSWORD,
  demoEmail,
  logIn,
  request,
  type Session,
  type TestContext,
} from '../testing/index.js';

let t: TestContext;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await logIn(t.app, demoEmail('admin'));
});
afterAll(() => t.close());

const isLive = async (session: Session) =>
  (await request(t.app, session, 'GET', '/api/auth/me')).statusCode === 200;

const changePassword = (session: Session, newPassword: string, currentPassword = DEMO_PASSWORD) =>
  request(t.app, session, 'POST', '/api/auth/password', { currentPassword, newPassword });

describe('password change (ASVS 6.2)', () => {
  it.each([
    ['short', 'elevenchars', 'validation_failed'],
    ['listed', 'qwertyuiop123', 'password_too_common'],
    ['a listed one padded', 'Password2024!', 'password_too_common'],
    ['a repetition', 'qwertyqwerty', 'password_too_common'],
    ['the product name', 'Pathways-2026!', 'password_too_personal'],
    ['the email', 'Counsellor.GH#2026', 'password_too_personal'],
  ])('refuses a new password that is %s, naming newPassword', async (_, newPassword, code) => {
    const session = await logIn(t.app, demoEmail('counsellor', 'GH'));
    const res = await changePassword(session, newPassword);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code, errors: [{ field: 'newPassword' }] });
  });

  it('refuses a wrong current password, counting it as a failed sign-in', async () => {
    const session = await logIn(t.app, demoEmail('counsellor', 'MA'));
    const res = await changePassword(session, 'a quiet harbour at dawn', 'not-my-password');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_current_password',
      errors: [{ field: 'currentPassword' }],
    });
    const throttled = await t.database.db
      .selectFrom('login_throttle')
      .select('failures')
      .where('key', 'like', 'email:%')
      .execute();
    expect(throttled.some((r) => r.failures >= 1)).toBe(true);
  });

  it('accepts a long passphrase in any script, and ends the other sessions but not this one', async () => {
    const email = demoEmail('counsellor', 'EG');
    const here = await logIn(t.app, email);
    const elsewhere = await logIn(t.app, email);
    const passphrase = 'قهوة الصباح مع الياسمين 🌿 et un croissant';
    const res = await changePassword(here, passphrase);
    expect(res.statusCode).toBe(204);
    expect(await isLive(here)).toBe(true);
    expect(await isLive(elsewhere)).toBe(false);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: DEMO_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    await logIn(t.app, email, passphrase);
  });

  it('applies the same rules when an admin creates a user', async () => {
    const countries = (await request(t.app, admin, 'GET', '/api/countries')).json().items;
    const accraId = countries.find((c: { code: string }) => c.code === 'GH').centres[0].id;
    const res = await request(t.app, admin, 'POST', '/api/users', {
      email: 'ama.owusu@example.org',
      displayName: 'Ama Owusu',
      password: 'iloveyou1234',
      memberships: [{ role: 'counsellor', centreId: accraId }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'password_too_common', errors: [{ field: 'password' }] });
  });
});

describe('sessions (ASVS V7)', () => {
  it('rotates at login: a cookie planted before sign-in is never adopted', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: demoEmail('analyst'), password: DEMO_PASSWORD },
      headers: { cookie: 'pathways_session=planted-by-someone-else' },
    });
    expect(res.statusCode).toBe(200);
    const issued = res.cookies.find((c) => c.name === 'pathways_session')?.value;
    expect(issued).toBeDefined();
    expect(issued).not.toBe('planted-by-someone-else');
    const planted: Session = {
      cookie: 'pathways_session=planted-by-someone-else',
      csrfToken: '',
      userId: '',
    };
    expect(await isLive(planted)).toBe(false);
    const again = await logIn(t.app, demoEmail('analyst'));
    expect(again.cookie).not.toBe(`pathways_session=${issued}`);
  });

  it('logs out everywhere: every session of the user ends, this one too, and no one else’s', async () => {
    const email = demoEmail('centre_manager', 'GH');
    const here = await logIn(t.app, email);
    const elsewhere = await logIn(t.app, email);
    const someoneElse = await logIn(t.app, demoEmail('centre_manager', 'MA'));
    const res = await request(t.app, here, 'POST', '/api/auth/logout-everywhere');
    expect(res.statusCode).toBe(204);
    expect(await isLive(here)).toBe(false);
    expect(await isLive(elsewhere)).toBe(false);
    expect(await isLive(someoneElse)).toBe(true);
  });

  it("lets an admin end a user's sessions; others may not, and an unknown user is 404", async () => {
    const email = demoEmail('counsellor', 'PK');
    const first = await logIn(t.app, email);
    const second = await logIn(t.app, email);
    const manager = await logIn(t.app, demoEmail('country_manager', 'PK'));
    expect(
      (await request(t.app, manager, 'POST', `/api/users/${first.userId}/end-sessions`)).statusCode,
    ).toBe(403);
    expect(await isLive(first)).toBe(true);

    const res = await request(t.app, admin, 'POST', `/api/users/${first.userId}/end-sessions`);
    expect(res.statusCode).toBe(204);
    expect(await isLive(first)).toBe(false);
    expect(await isLive(second)).toBe(false);
    expect(await isLive(admin)).toBe(true);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'action'])
      .where('entity_id', '=', first.userId)
      .where('action', '=', 'user.end_sessions')
      .execute();
    expect(audit).toEqual([{ actor_user_id: admin.userId, action: 'user.end_sessions' }]);
    const unknown = await request(
      t.app,
      admin,
      'POST',
      '/api/users/01a21e13-0000-7000-8000-000000000000/end-sessions',
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('ends every session of a deactivated user at once', async () => {
    const email = demoEmail('counsellor', 'IQ');
    const sessions = [await logIn(t.app, email), await logIn(t.app, email)];
    const userId = sessions[0]?.userId as string;
    expect((await request(t.app, admin, 'POST', `/api/users/${userId}/deactivate`)).statusCode).toBe(200);
    for (const session of sessions) expect(await isLive(session)).toBe(false);
    const rows = await t.database.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', userId)
      .execute();
    expect(rows).toEqual([]);
    await request(t.app, admin, 'POST', `/api/users/${userId}/reactivate`);
  });
});
