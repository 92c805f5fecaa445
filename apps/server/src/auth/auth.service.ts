import type { LoginBody, Me, PasswordChangeBody, SecondFactorBody } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { permissionsOf } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import type { Config } from '../config/config.js';
import type { DB } from '../db/schema.js';
import { AppError, invalid } from '../http/errors.js';
import { listMembershipsOf } from '../users/memberships.repo.js';
import { clearFailures } from './login-throttle.repo.js';
import {
  createPendingLogin,
  deletePendingLogin,
  findPendingLogin,
  isMfaEnabled,
  recordPendingFailure,
} from './mfa.repo.js';
import { isMfaRequiredFor, verifySecondFactor } from './mfa.service.js';
import { assertAcceptablePassword } from './password-policy.js';
import type { PasswordHasher } from './passwords.js';
import {
  createSession,
  deleteOtherSessionsOfUser,
  deleteSession,
  deleteSessionsOfUser,
} from './sessions.repo.js';
import { emailKey, recordSignInFailure, refuseIfLocked } from './throttle.js';

export type AuthDeps = { db: Kysely<DB>; hasher: PasswordHasher; config: Config };

/** How long the code may take after the right password. */
export const PENDING_LOGIN_SECONDS = 5 * 60;
// Then the sign-in starts again from the password (and the account throttle counts each one).
const MAX_CODE_ATTEMPTS = 5;

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The email or password is wrong, or the account is not active.');

export type LoginOutcome =
  | { kind: 'session'; token: string; me: Me }
  | { kind: 'second_factor'; pendingToken: string };

/**
 * Step one: the password. A user with a second factor gets a pending sign-in that waits for the
 * code; a user who must have one and has none gets a session limited to setting it up.
 */
export async function logIn(deps: AuthDeps, body: LoginBody, ip: string): Promise<LoginOutcome> {
  const { db, hasher, config } = deps;
  await refuseIfLocked(db, body.email, ip);

  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'status'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', body.email.toLowerCase()))
    .executeTakeFirst();
  let isValid = false;
  if (user) isValid = await hasher.verify(user.password_hash, body.password);
  else await hasher.burn(body.password);

  if (!user || !isValid || user.status !== 'active') {
    // Audited with the account's id when there is one; the email typed is never stored.
    await db.transaction().execute(async (trx) => {
      await recordSignInFailure(trx, config.login, body.email, ip);
      await appendAuditEvent(trx, {
        actorUserId: user?.id ?? null,
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        ip,
      });
    });
    throw invalidCredentials();
  }

  if (await isMfaEnabled(db, user.id)) {
    // The failure count is cleared only once the code is right too: knowing the password must
    // not reset the count that stops code guessing.
    return {
      kind: 'second_factor',
      pendingToken: await createPendingLogin(db, user.id, PENDING_LOGIN_SECONDS),
    };
  }
  await clearFailures(db, emailKey(body.email));
  const roles = ((await listMembershipsOf(db, [user.id])).get(user.id) ?? []).map((m) => m.role);
  return { kind: 'session', ...(await openSession(deps, user.id, ip, isMfaRequiredFor(config, roles))) };
}

/** Step two: the code (or a recovery code) for a pending sign-in. */
export async function completeSecondFactor(
  deps: AuthDeps,
  pendingToken: string | undefined,
  body: SecondFactorBody,
  ip: string,
): Promise<{ token: string; me: Me }> {
  const { db, config } = deps;
  const pending = pendingToken ? await findPendingLogin(db, pendingToken) : undefined;
  if (!pending) {
    throw new AppError(401, 'second_factor_expired', 'The sign-in has expired; enter your password again.');
  }
  const user = await db
    .selectFrom('users')
    .select(['email', 'status'])
    .where('id', '=', pending.user_id)
    .executeTakeFirstOrThrow();
  if (user.status !== 'active') {
    await deletePendingLogin(db, pending.token_hash);
    throw invalidCredentials();
  }
  await refuseIfLocked(db, user.email, ip);

  const method = await verifySecondFactor(deps, pending.user_id, body);
  if (!method) {
    await recordSignInFailure(db, config.login, user.email, ip);
    if ((await recordPendingFailure(db, pending.token_hash)) >= MAX_CODE_ATTEMPTS)
      await deletePendingLogin(db, pending.token_hash);
    await db.transaction().execute((trx) =>
      appendAuditEvent(trx, {
        actorUserId: pending.user_id,
        action: 'auth.mfa_failed',
        entityType: 'user',
        entityId: pending.user_id,
        ip,
      }),
    );
    throw new AppError(401, 'invalid_code', 'The code is wrong, has expired or was used already.');
  }
  await deletePendingLogin(db, pending.token_hash);
  await clearFailures(db, emailKey(user.email));
  return openSession(deps, pending.user_id, ip, false, method === 'recovery_code');
}

/** A new session (new tokens: rotation at every sign-in), audited as a login. */
export async function openSession(
  deps: AuthDeps,
  userId: string,
  ip: string,
  isMfaEnrolmentOnly: boolean,
  usedRecoveryCode = false,
): Promise<{ token: string; me: Me }> {
  const session = await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', userId).execute();
    await appendAuditEvent(trx, {
      actorUserId: userId,
      action: 'auth.login',
      entityType: 'user',
      entityId: userId,
      ip,
    });
    if (usedRecoveryCode) {
      await appendAuditEvent(trx, {
        actorUserId: userId,
        action: 'auth.mfa_recovery_code_used',
        entityType: 'user',
        entityId: userId,
        ip,
      });
    }
    return createSession(trx, userId, deps.config.session, { mfaEnrolmentOnly: isMfaEnrolmentOnly });
  });
  return {
    token: session.token,
    me: await describeUser(deps, userId, session.csrfToken, isMfaEnrolmentOnly),
  };
}

export async function logOut(db: Kysely<DB>, actor: Actor, ip: string) {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, actor.sessionTokenHash);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
      ip,
    });
  });
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function logOutEverywhere(db: Kysely<DB>, actor: Actor, ip: string) {
  await db.transaction().execute(async (trx) => {
    await deleteSessionsOfUser(trx, actor.userId);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'auth.logout_everywhere',
      entityType: 'user',
      entityId: actor.userId,
      ip,
    });
  });
}

/**
 * Changes the signed-in user's password (the current one proves it is them) and ends their
 * other sessions: whoever knew the old password is signed out.
 */
export async function changePassword(deps: AuthDeps, actor: Actor, body: PasswordChangeBody, ip: string) {
  const { db, hasher, config } = deps;
  const user = await db
    .selectFrom('users')
    .select(['email', 'display_name', 'password_hash'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  await refuseIfLocked(db, user.email, ip);
  if (!(await hasher.verify(user.password_hash, body.currentPassword))) {
    await recordSignInFailure(db, config.login, user.email, ip);
    throw invalid('currentPassword', 'is wrong', 'invalid_current_password');
  }
  assertAcceptablePassword(
    body.newPassword,
    { email: user.email, displayName: user.display_name },
    'newPassword',
  );
  const passwordHash = await hasher.hash(body.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', actor.userId)
      .execute();
    await deleteOtherSessionsOfUser(trx, actor.userId, actor.sessionTokenHash);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'auth.password_change',
      entityType: 'user',
      entityId: actor.userId,
      ip,
    });
  });
}

export async function describeUser(
  deps: Pick<AuthDeps, 'db' | 'config'>,
  userId: string,
  csrfToken: string,
  isMfaEnrolmentOnly = false,
): Promise<Me> {
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const memberships = (await listMembershipsOf(deps.db, [userId])).get(userId) ?? [];
  const roles = memberships.map((m) => m.role);
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale },
    memberships,
    // A session limited to enrolment may do nothing else: the screen shows no other feature.
    permissions: isMfaEnrolmentOnly ? [] : [...permissionsOf(roles)],
    csrfToken,
    security: {
      mfaEnabled: await isMfaEnabled(deps.db, userId),
      mfaRequired: isMfaRequiredFor(deps.config, roles),
      mfaEnrolmentOnly: isMfaEnrolmentOnly,
    },
  };
}
