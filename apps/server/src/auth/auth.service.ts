import { createHash } from 'node:crypto';
import type { LoginBody, Me } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { permissionsOf } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import type { Config } from '../config/config.js';
import type { DB } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { listMembershipsOf } from '../users/memberships.repo.js';
import { clearFailures, lockedUntil, recordFailure } from './login-throttle.repo.js';
import type { PasswordHasher } from './passwords.js';
import { createSession, deleteSession } from './sessions.repo.js';

export type AuthDeps = { db: Kysely<DB>; hasher: PasswordHasher; config: Config };

// Throttle keys hold a hash, never the email itself.
const emailKey = (email: string) => `email:${createHash('sha256').update(email.toLowerCase()).digest('hex')}`;
const ipKey = (ip: string) => `ip:${ip}`;
// One address may try more often than one account: a centre shares one public address.
const IP_FAILURE_FACTOR = 10;

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The email or password is wrong, or the account is not active.');

async function refuseIfLocked(db: Kysely<DB>, keys: string[]) {
  for (const key of keys) {
    const until = await lockedUntil(db, key);
    if (until) {
      const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
      throw new AppError(429, 'too_many_attempts', 'Too many failed sign-ins; try again later.', undefined, {
        'retry-after': String(seconds),
      });
    }
  }
}

export async function logIn(deps: AuthDeps, body: LoginBody, ip: string) {
  const { db, hasher, config } = deps;
  const keys = [emailKey(body.email), ipKey(ip)];
  await refuseIfLocked(db, keys);

  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'status'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', body.email.toLowerCase()))
    .executeTakeFirst();
  let isValid = false;
  if (user) isValid = await hasher.verify(user.password_hash, body.password);
  else await hasher.burn(body.password);

  if (!user || !isValid || user.status !== 'active') {
    await recordFailure(db, keys[0] as string, config.login);
    await recordFailure(db, keys[1] as string, {
      maxFailures: config.login.maxFailures * IP_FAILURE_FACTOR,
      lockMinutes: config.login.lockMinutes,
    });
    throw invalidCredentials();
  }

  await clearFailures(db, keys[0] as string);
  const session = await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', user.id).execute();
    await appendAuditEvent(trx, {
      actorUserId: user.id,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      ip,
    });
    return createSession(trx, user.id, config.session);
  });
  return { token: session.token, me: await describeUser(db, user.id, session.csrfToken) };
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

export async function describeUser(db: Kysely<DB>, userId: string, csrfToken: string): Promise<Me> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const memberships = (await listMembershipsOf(db, [userId])).get(userId) ?? [];
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale },
    memberships,
    permissions: [...permissionsOf(memberships.map((m) => m.role))],
    csrfToken,
  };
}
