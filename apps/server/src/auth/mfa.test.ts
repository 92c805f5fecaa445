import type { LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import {
  createTestApp,
  DEMO_PASSWORD,
  demoEmail,
  logIn,
  request,
  type Session,
  sessionCookieOf,
  type TestContext,
} from '../testing/index.js';

const STEP_MS = 30_000;

/** The code an authenticator app would show, `steps` time steps from now. */
const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * STEP_MS,
  });

const sessionFrom = (res: LightMyRequestResponse): Session => {
  const me = res.json() as { csrfToken: string; user: { id: string } };
  return { cookie: sessionCookieOf(res), csrfToken: me.csrfToken, userId: me.user.id };
};

/** Sets up TOTP for a signed-in user; returns the secret, the recovery codes and the new session. */
async function enrol(app: App, session: Session) {
  const started = await request(app, session, 'POST', '/api/auth/mfa/enrolment');
  expect(started.statusCode).toBe(201);
  const { secret } = started.json() as { secret: string };
  // A code of the previous step: the next sign-in in the same 30 s can still use a later one.
  const confirmed = await request(app, session, 'POST', '/api/auth/mfa/enrolment/confirm', {
    code: codeFor(secret, -1),
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const body = confirmed.json() as {
    recoveryCodes: string[];
    me: { csrfToken: string; user: { id: string } };
  };
  const next: Session = {
    cookie: sessionCookieOf(confirmed),
    csrfToken: body.me.csrfToken,
    userId: session.userId,
  };
  return { secret, recoveryCodes: body.recoveryCodes, session: next };
}

const passwordStep = (app: App, email: string, password = DEMO_PASSWORD) =>
  app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

const pendingCookieOf = (res: LightMyRequestResponse) => {
  const cookie = res.cookies.find((c) => c.name === 'pathways_mfa_pending');
  if (!cookie) throw new Error(`no pending sign-in cookie (status ${res.statusCode}: ${res.body})`);
  return `pathways_mfa_pending=${cookie.value}`;
};

const codeStep = (app: App, pendingCookie: string | null, payload: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login/second-factor',
    payload,
    headers: pendingCookie ? { cookie: pendingCookie } : {},
  });

describe('TOTP second factor (optional: PATHWAYS_REQUIRE_MFA off)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('enrols: a secret with its otpauth URI and QR code, confirmed by a first code; the secret is stored sealed', async () => {
    const session = await logIn(t.app, demoEmail('counsellor', 'GH'));
    const started = await request(t.app, session, 'POST', '/api/auth/mfa/enrolment');
    expect(started.statusCode).toBe(201);
    const { secret, otpauthUri, qrCode } = started.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Pathways:counsellor.gh%40demo.pathways.local?issuer=Pathways&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(Buffer.from(qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(
      /^<svg /,
    );
    // Not on until a code proves the app holds the secret.
    expect((await request(t.app, session, 'GET', '/api/auth/mfa')).json()).toMatchObject({ enabled: false });
    const wrong = await request(t.app, session, 'POST', '/api/auth/mfa/enrolment/confirm', {
      code: '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'invalid_code', errors: [{ field: 'code' }] });

    const confirmed = await request(t.app, session, 'POST', '/api/auth/mfa/enrolment/confirm', {
      code: codeFor(secret),
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes, me } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(me.security).toEqual({ mfaEnabled: true, mfaRequired: false, mfaEnrolmentOnly: false });
    // The session rotates: the old cookie is dead, the new one works.
    expect((await request(t.app, session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const next: Session = {
      cookie: sessionCookieOf(confirmed),
      csrfToken: me.csrfToken,
      userId: session.userId,
    };
    expect((await request(t.app, next, 'GET', '/api/auth/mfa')).json()).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    const stored = await t.database.db
      .selectFrom('user_mfa')
      .select('secret_encrypted')
      .where('user_id', '=', session.userId)
      .executeTakeFirstOrThrow();
    expect(stored.secret_encrypted).not.toContain(secret);
    expect(stored.secret_encrypted).toMatch(/^v1\./);
    const hashes = await t.database.db
      .selectFrom('mfa_recovery_codes')
      .select('code_hash')
      .where('user_id', '=', session.userId)
      .execute();
    expect(hashes).toHaveLength(10);
    for (const { code_hash } of hashes) expect(code_hash).toMatch(/^\$argon2id\$/);
    // Enrolling again while enabled is a conflict, not a silent new secret.
    expect((await request(t.app, next, 'POST', '/api/auth/mfa/enrolment')).statusCode).toBe(409);
  });

  it('signs in in two steps: the password answers 202 without a session, the code opens one', async () => {
    const email = demoEmail('counsellor', 'MA');
    const { secret } = await enrol(t.app, await logIn(t.app, email));

    const first = await passwordStep(t.app, email);
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ secondFactor: 'totp', expiresInSeconds: 300 });
    expect(first.cookies.find((c) => c.name === 'pathways_session')).toBeUndefined();
    const pending = first.cookies.find((c) => c.name === 'pathways_mfa_pending');
    expect(pending).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth/login' });

    const wrong = await codeStep(t.app, pendingCookieOf(first), { code: '123456' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_code');
    expect(wrong.cookies.find((c) => c.name === 'pathways_session')).toBeUndefined();

    const right = await codeStep(t.app, pendingCookieOf(first), { code: codeFor(secret) });
    expect(right.statusCode).toBe(200);
    const session = sessionFrom(right);
    expect((await request(t.app, session, 'GET', '/api/auth/me')).json().security.mfaEnabled).toBe(true);
    // The pending sign-in is spent.
    expect((await codeStep(t.app, pendingCookieOf(first), { code: codeFor(secret, 1) })).json().code).toBe(
      'second_factor_expired',
    );
  });

  it('refuses a code used once already, even in a new sign-in within its window', async () => {
    const email = demoEmail('counsellor', 'EG');
    const { secret } = await enrol(t.app, await logIn(t.app, email));
    const code = codeFor(secret);
    const first = await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), { code });
    expect(first.statusCode).toBe(200);
    const replay = await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('invalid_code');
    // A later code still works.
    const later = await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), {
      code: codeFor(secret, 1),
    });
    expect(later.statusCode).toBe(200);
  });

  it('accepts each recovery code once', async () => {
    const email = demoEmail('counsellor', 'PK');
    const { recoveryCodes, session } = await enrol(t.app, await logIn(t.app, email));
    const recoveryCode = (recoveryCodes[3] as string).toUpperCase(); // as typed from paper
    const first = await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), { recoveryCode });
    expect(first.statusCode).toBe(200);
    const again = await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), { recoveryCode });
    expect(again.statusCode).toBe(401);
    expect((await request(t.app, session, 'GET', '/api/auth/mfa')).json().recoveryCodesLeft).toBe(9);
    const used = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', session.userId)
      .where('action', '=', 'auth.mfa_recovery_code_used')
      .execute();
    expect(used).toHaveLength(1);
  });

  it('needs the pending sign-in: no cookie, or a made-up one, is refused', async () => {
    expect((await codeStep(t.app, null, { code: '123456' })).json().code).toBe('second_factor_expired');
    const forged = await codeStep(t.app, 'pathways_mfa_pending=forged', { code: '123456' });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe('second_factor_expired');
  });

  it('throttles code guessing like password guessing: 429 with Retry-After, even for the right code', async () => {
    const email = demoEmail('counsellor', 'IQ');
    const { secret, session } = await enrol(t.app, await logIn(t.app, email));
    const guessing = pendingCookieOf(await passwordStep(t.app, email));
    const waiting = pendingCookieOf(await passwordStep(t.app, email));
    for (let i = 0; i < t.config.login.maxFailures; i++) {
      expect((await codeStep(t.app, guessing, { code: '000000' })).statusCode).toBe(401);
    }
    const locked = await codeStep(t.app, waiting, { code: codeFor(secret) });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await passwordStep(t.app, email)).statusCode).toBe(429);
    // The sign-in that took the wrong codes is gone; only the other one is left.
    const pending = await t.database.db
      .selectFrom('mfa_pending_logins')
      .select('failed_attempts')
      .where('user_id', '=', session.userId)
      .execute();
    expect(pending).toEqual([{ failed_attempts: 0 }]);
  });

  it('switches off only with a code, and ends the other sessions', async () => {
    const email = demoEmail('partner_staff', 'GH');
    const { secret, session } = await enrol(t.app, await logIn(t.app, email));
    const other = sessionFrom(
      await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), { code: codeFor(secret) }),
    );
    const refused = await request(t.app, session, 'POST', '/api/auth/mfa/disable', { code: '000000' });
    expect(refused.statusCode).toBe(400);
    expect((await request(t.app, session, 'GET', '/api/auth/mfa')).json().enabled).toBe(true);

    const done = await request(t.app, session, 'POST', '/api/auth/mfa/disable', { code: codeFor(secret, 1) });
    expect(done.statusCode).toBe(204);
    expect((await request(t.app, session, 'GET', '/api/auth/mfa')).json().enabled).toBe(false);
    expect((await request(t.app, other, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await passwordStep(t.app, email)).statusCode).toBe(200);
  });

  it('renews the recovery codes with a code; the old ones stop working', async () => {
    const email = demoEmail('partner_staff', 'MA');
    const { secret, recoveryCodes, session } = await enrol(t.app, await logIn(t.app, email));
    const renewed = await request(t.app, session, 'POST', '/api/auth/mfa/recovery-codes', {
      code: codeFor(secret),
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().recoveryCodes).toHaveLength(10);
    const old = await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), {
      recoveryCode: recoveryCodes[0] as string,
    });
    expect(old.statusCode).toBe(401);
    const fresh = await codeStep(t.app, pendingCookieOf(await passwordStep(t.app, email)), {
      recoveryCode: renewed.json().recoveryCodes[0],
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('ends a pending sign-in when the user is deactivated before the code', async () => {
    const email = demoEmail('partner_staff', 'EG');
    const { secret, session } = await enrol(t.app, await logIn(t.app, email));
    const pending = pendingCookieOf(await passwordStep(t.app, email));
    const admin = await logIn(t.app, demoEmail('admin'));
    expect((await request(t.app, admin, 'POST', `/api/users/${session.userId}/deactivate`)).statusCode).toBe(
      200,
    );
    const res = await codeStep(t.app, pending, { code: codeFor(secret) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
    await request(t.app, admin, 'POST', `/api/users/${session.userId}/reactivate`);
  });

  it('lets an admin reset a lost second factor: sessions end, the next sign-in needs only the password', async () => {
    const email = demoEmail('partner_staff', 'PK');
    const { session } = await enrol(t.app, await logIn(t.app, email));
    const admin = await logIn(t.app, demoEmail('admin'));
    const manager = await logIn(t.app, demoEmail('country_manager', 'GH'));
    expect((await request(t.app, manager, 'POST', `/api/users/${session.userId}/mfa/reset`)).statusCode).toBe(
      403,
    );
    expect((await request(t.app, admin, 'POST', `/api/users/${session.userId}/mfa/reset`)).statusCode).toBe(
      204,
    );
    expect((await request(t.app, session, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await passwordStep(t.app, email)).statusCode).toBe(200);
  });

  it('tells the login page that this installation does not require a second factor', async () => {
    expect((await t.app.inject({ url: '/api/meta' })).json()).toMatchObject({
      demo: true,
      mfaRequired: false,
    });
  });
});

describe('required second factor (PATHWAYS_REQUIRE_MFA=1)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp({ env: { PATHWAYS_REQUIRE_MFA: '1' } });
  });
  afterAll(() => t.close());

  it('gives a manager without a second factor a session that reaches only the enrolment', async () => {
    const session = await logIn(t.app, demoEmail('country_manager', 'GH'));
    const me = (await request(t.app, session, 'GET', '/api/auth/me')).json();
    expect(me.security).toEqual({ mfaEnabled: false, mfaRequired: true, mfaEnrolmentOnly: true });
    expect(me.permissions).toEqual([]);

    const clients = await request(t.app, session, 'GET', '/api/clients');
    expect(clients.statusCode).toBe(403);
    expect(clients.json().code).toBe('mfa_enrolment_required');
    expect((await request(t.app, session, 'POST', '/api/auth/password', {})).json().code).toBe(
      'mfa_enrolment_required',
    );
    expect((await request(t.app, session, 'GET', '/api/auth/mfa')).json()).toMatchObject({
      enabled: false,
      required: true,
    });

    const { session: full } = await enrol(t.app, session);
    expect((await request(t.app, full, 'GET', '/api/clients')).statusCode).toBe(200);
    expect((await request(t.app, full, 'GET', '/api/auth/me')).json().security.mfaEnrolmentOnly).toBe(false);
    // The limited session did not turn into a full one: it is gone.
    expect((await request(t.app, session, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('requires it of admins, country and centre managers only', async () => {
    for (const [role, country] of [
      ['admin', undefined],
      ['centre_manager', 'GH'],
    ] as const) {
      const me = (
        await request(t.app, await logIn(t.app, demoEmail(role, country)), 'GET', '/api/auth/me')
      ).json();
      expect(me.security.mfaEnrolmentOnly, role).toBe(true);
    }
    const counsellor = await logIn(t.app, demoEmail('counsellor', 'GH'));
    const me = (await request(t.app, counsellor, 'GET', '/api/auth/me')).json();
    expect(me.security).toEqual({ mfaEnabled: false, mfaRequired: false, mfaEnrolmentOnly: false });
    expect((await request(t.app, counsellor, 'GET', '/api/clients')).statusCode).toBe(200);
  });

  it('does not let a manager switch a required second factor off', async () => {
    const { secret, session } = await enrol(t.app, await logIn(t.app, demoEmail('country_manager', 'MA')));
    const res = await request(t.app, session, 'POST', '/api/auth/mfa/disable', { code: codeFor(secret) });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('mfa_required');
  });

  it('says so to the login page', async () => {
    expect((await t.app.inject({ url: '/api/meta' })).json().mfaRequired).toBe(true);
  });
});
