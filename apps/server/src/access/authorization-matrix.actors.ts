import type { Role } from '@pathways/contracts';
import { Secret, TOTP } from 'otpauth';
import { logIn, request, type Session } from '../testing/index.js';
import { nextCode, ok } from './authorization-matrix.fixtures.js';
import type { World } from './authorization-matrix.world.js';

// Users for the admin's cells, and fresh actors for the routes that change the caller's own
// account (password, second factor, signing out everywhere), so the cast's sessions survive.

export const FRESH_PASSWORD = 'matrix-fresh-passphrase-42';

/** A membership in the scope the cast holds for `role` (Iraq, Erbil, the Iraqi partner). */
export function castMembership(w: World, role: Role) {
  if (role === 'country_manager') return { role, countryCode: 'IQ' };
  if (role === 'centre_manager' || role === 'counsellor') return { role, centreId: w.centres.own };
  if (role === 'partner_staff') return { role, partnerOrganisationId: w.partners.own };
  return { role };
}

/** A new user (made by the admin) holding the given memberships. */
export async function arrangeUser(w: World, memberships: object[]) {
  const email = `matrix-${nextCode()}@example.org`;
  const user = await ok<{ id: string; memberships: { id: string }[] }>(
    request(w.app, w.sessions.admin, 'POST', '/api/users', {
      email,
      displayName: 'Matrix user',
      password: FRESH_PASSWORD,
      memberships,
    }),
    'a user',
  );
  return { id: user.id, email, membershipIds: user.memberships.map((m) => m.id) };
}

/** A user of the target's country: a counsellor at Erbil, or at Casablanca. */
export const userMembership = (w: World, target: 'own' | 'otherCountry') => ({
  role: 'counsellor',
  centreId: target === 'own' ? w.centres.own : w.centres.otherCountry,
});

/** Signed in as a new user holding `role` where the cast holds it: for routes that change the account. */
export async function freshActor(w: World, role: Role) {
  const user = await arrangeUser(w, [castMembership(w, role)]);
  return { ...user, session: await logIn(w.app, user.email, FRESH_PASSWORD) };
}

const STEP_MS = 30_000;
export const totpCode = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * STEP_MS,
  });

/** A fresh actor with an authenticator app set up (confirmed with the previous step's code). */
export async function freshEnrolledActor(w: World, role: Role) {
  const actor = await freshActor(w, role);
  const { secret } = await ok<{ secret: string }>(
    request(w.app, actor.session, 'POST', '/api/auth/mfa/enrolment'),
    'an enrolment',
  );
  const confirmed = await w.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/enrolment/confirm',
    headers: { cookie: actor.session.cookie, 'x-csrf-token': actor.session.csrfToken },
    payload: { code: totpCode(secret, -1) },
  });
  if (confirmed.statusCode !== 200) throw new Error(`arranging MFA: ${confirmed.body}`);
  const cookie = confirmed.cookies.find((c) => c.name === 'pathways_session');
  const me = confirmed.json() as { me: { csrfToken: string } };
  const session: Session = {
    cookie: `pathways_session=${cookie?.value}`,
    csrfToken: me.me.csrfToken,
    userId: actor.id,
  };
  return { ...actor, secret, session };
}
