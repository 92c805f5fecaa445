import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../db/schema.js';
import { hashToken } from './sessions.repo.js';

export async function findUserMfa(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('user_mfa')
    .select(['secret_encrypted', 'confirmed_at', 'last_used_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function isMfaEnabled(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await findUserMfa(db, userId);
  return Boolean(row?.confirmed_at);
}

/** Starts (or restarts) an enrolment: a new unconfirmed secret replaces an earlier unconfirmed one. */
export async function saveUnconfirmedSecret(db: Kysely<DB>, userId: string, secretEncrypted: string) {
  await db
    .insertInto('user_mfa')
    .values({ user_id: userId, secret_encrypted: secretEncrypted })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret_encrypted: secretEncrypted, last_used_step: null, created_at: new Date() })
        .where('user_mfa.confirmed_at', 'is', null),
    )
    .execute();
}

/**
 * Records `step` as used, only if it is later than every step used before: one statement, so
 * two requests racing with the same code cannot both win. With `confirm`, also confirms the
 * enrolment. Returns whether this call won.
 */
export async function claimTotpStep(
  db: Kysely<DB>,
  userId: string,
  step: number,
  options: { confirm: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('user_mfa')
    .set(options.confirm ? { last_used_step: step, confirmed_at: new Date() } : { last_used_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', options.confirm ? 'is' : 'is not', null)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteUserMfa(db: Kysely<DB>, userId: string) {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_mfa').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(db: Kysely<DB>, userId: string, codeHashes: string[]) {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('mfa_recovery_codes')
    .values(codeHashes.map((codeHash) => ({ id: uuidv7(), user_id: userId, code_hash: codeHash })))
    .execute();
}

export async function listUnusedRecoveryCodes(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('mfa_recovery_codes')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Marks a code used; false when another request used it first. */
export async function markRecoveryCodeUsed(db: Kysely<DB>, codeId: string): Promise<boolean> {
  const result = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: new Date() })
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function countUnusedRecoveryCodes(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A sign-in that passed the password and waits for its code; returns the cookie token. */
export async function createPendingLogin(db: Kysely<DB>, userId: string, ttlSeconds: number) {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('mfa_pending_logins')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      expires_at: new Date(Date.now() + ttlSeconds * 1000),
    })
    .execute();
  return token;
}

export async function findPendingLogin(db: Kysely<DB>, token: string) {
  return db
    .selectFrom('mfa_pending_logins')
    .select(['token_hash', 'user_id', 'failed_attempts'])
    .where('token_hash', '=', hashToken(token))
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
}

/** Counts a wrong code; returns the number of wrong codes so far. */
export async function recordPendingFailure(db: Kysely<DB>, tokenHash: string): Promise<number> {
  const row = await db
    .updateTable('mfa_pending_logins')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
    .where('token_hash', '=', tokenHash)
    .returning('failed_attempts')
    .executeTakeFirst();
  return row?.failed_attempts ?? Number.POSITIVE_INFINITY;
}

export async function deletePendingLogin(db: Kysely<DB>, tokenHash: string) {
  await db.deleteFrom('mfa_pending_logins').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredPendingLogins(db: Kysely<DB>) {
  await db.deleteFrom('mfa_pending_logins').where('expires_at', '<=', new Date()).execute();
}
