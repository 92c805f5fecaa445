import { v7 as uuidv7 } from 'uuid';
import { DEMO_PASSWORD, request } from '../testing/index.js';
import {
  arrangeUser,
  FRESH_PASSWORD,
  freshActor,
  freshEnrolledActor,
  totpCode,
  userMembership,
} from './authorization-matrix.actors.js';
import { type Build, countryOf, engineer, orgScope, userScope } from './authorization-matrix.cells.js';
import { ok } from './authorization-matrix.fixtures.js';
import { memberEmail, type World } from './authorization-matrix.world.js';

/** Requests of the routes about no client record: public pages, the caller's account, users. */
export const accountRequests: Record<string, Build> = {
  // System and public
  'GET /api/health': () => ({ url: '/api/health' }),
  'GET /api/meta': () => ({ url: '/api/meta' }),
  'GET /api/openapi.json': () => ({ url: '/api/openapi.json' }),
  'GET /api/public/pathways/packs': () => ({ url: '/api/public/pathways/packs' }),
  'POST /api/public/pathways/evaluate': () => ({
    url: '/api/public/pathways/evaluate',
    body: { profile: engineer, evaluationDate: '2026-03-01' },
  }),
  'GET /api/public/offers': (c) => ({ url: `/api/public/offers?country=${countryOf(c.target)}` }),

  // Signing in and the caller's own account
  'POST /api/auth/login': (c) => ({
    url: '/api/auth/login',
    session: null,
    body: { email: memberEmail(c.role), password: DEMO_PASSWORD },
  }),
  'POST /api/auth/login/second-factor': async (c) => {
    const actor = await freshEnrolledActor(c.w, c.role);
    const step = await c.w.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: actor.email, password: FRESH_PASSWORD },
    });
    const pending = step.cookies.find((k) => k.name === 'pathways_mfa_pending');
    if (step.statusCode !== 202 || !pending) throw new Error(`no pending sign-in: ${step.body}`);
    return {
      url: '/api/auth/login/second-factor',
      session: null,
      cookie: `pathways_mfa_pending=${pending.value}`,
      body: { code: totpCode(actor.secret, 0) },
    };
  },
  'POST /api/auth/logout': async (c) => ({
    url: '/api/auth/logout',
    session: (await freshActor(c.w, c.role)).session,
  }),
  'POST /api/auth/logout-everywhere': async (c) => ({
    url: '/api/auth/logout-everywhere',
    session: (await freshActor(c.w, c.role)).session,
  }),
  'POST /api/auth/password': async (c) => ({
    url: '/api/auth/password',
    session: (await freshActor(c.w, c.role)).session,
    body: { currentPassword: FRESH_PASSWORD, newPassword: 'another-long-passphrase-7' },
  }),
  'GET /api/auth/me': () => ({ url: '/api/auth/me' }),
  'GET /api/auth/mfa': () => ({ url: '/api/auth/mfa' }),
  'POST /api/auth/mfa/enrolment': () => ({ url: '/api/auth/mfa/enrolment' }),
  'POST /api/auth/mfa/enrolment/confirm': async (c) => {
    const actor = await freshActor(c.w, c.role);
    const { secret } = await ok<{ secret: string }>(
      request(c.w.app, actor.session, 'POST', '/api/auth/mfa/enrolment'),
      'an enrolment',
    );
    return {
      url: '/api/auth/mfa/enrolment/confirm',
      session: actor.session,
      body: { code: totpCode(secret) },
    };
  },
  'POST /api/auth/mfa/disable': async (c) => {
    const actor = await freshEnrolledActor(c.w, c.role);
    return { url: '/api/auth/mfa/disable', session: actor.session, body: { code: totpCode(actor.secret) } };
  },
  'POST /api/auth/mfa/recovery-codes': async (c) => {
    const actor = await freshEnrolledActor(c.w, c.role);
    return {
      url: '/api/auth/mfa/recovery-codes',
      session: actor.session,
      body: { code: totpCode(actor.secret) },
    };
  },

  // Reference data
  'GET /api/countries': () => ({ url: '/api/countries' }),
  'GET /api/code-lists': () => ({ url: '/api/code-lists' }),
  'GET /api/summary': () => ({ url: '/api/summary' }),
  'GET /api/partner-organisations': (c) => ({
    url: '/api/partner-organisations',
    marker: { id: c.w.partners[orgScope(c.target)] },
  }),

  // Users
  'GET /api/users': (c) => ({ url: '/api/users', marker: { id: c.w.users[userScope(c.target)].id } }),
  'POST /api/users': (c) => ({
    url: '/api/users',
    body: {
      email: `matrix-new-${uuidv7()}@example.org`,
      displayName: 'Matrix newcomer',
      password: FRESH_PASSWORD,
      memberships: [userMembership(c.w, userScope(c.target))],
    },
  }),
  ...userAction('deactivate', async () => {}),
  ...userAction('reactivate', async (w, id) => {
    await ok(request(w.app, w.sessions.admin, 'POST', `/api/users/${id}/deactivate`), 'deactivating');
  }),
  ...userAction('end-sessions', async () => {}),
  ...userAction('mfa/reset', async () => {}),
  'POST /api/users/:userId/memberships': async (c) => {
    const scope = userScope(c.target);
    const user = c.succeeds ? (await arrangeUser(c.w, [userMembership(c.w, scope)])).id : c.w.users[scope].id;
    const centreId = userMembership(c.w, scope).centreId;
    return { url: `/api/users/${user}/memberships`, body: { role: 'centre_manager', centreId } };
  },
  'DELETE /api/users/:userId/memberships/:membershipId': async (c) => {
    const scope = userScope(c.target);
    if (!c.succeeds) {
      const u = c.w.users[scope];
      return { url: `/api/users/${u.id}/memberships/${u.membershipId}` };
    }
    const centreId = userMembership(c.w, scope).centreId;
    const u = await arrangeUser(c.w, [userMembership(c.w, scope), { role: 'centre_manager', centreId }]);
    return { url: `/api/users/${u.id}/memberships/${u.membershipIds[1]}` };
  },
};

/** A POST on one user: a user of its own for the admin's cells, prepared by `prepare`. */
function userAction(
  action: string,
  prepare: (w: World, userId: string) => Promise<void>,
): Record<string, Build> {
  return {
    [`POST /api/users/:userId/${action}`]: async (c) => {
      const scope = userScope(c.target);
      if (!c.succeeds) return { url: `/api/users/${c.w.users[scope].id}/${action}` };
      const user = await arrangeUser(c.w, [userMembership(c.w, scope)]);
      await prepare(c.w, user.id);
      return { url: `/api/users/${user.id}/${action}` };
    },
  };
}
