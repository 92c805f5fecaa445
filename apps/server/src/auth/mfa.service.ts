import {
  type MfaEnrolment,
  type MfaStatus,
  type Role,
  rolesRequiringMfa,
  type SecondFactorBody,
} from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import type { Config } from '../config/config.js';
import type { DB } from '../db/schema.js';
import { AppError, conflict, invalid } from '../http/errors.js';
import {
  claimTotpStep,
  countUnusedRecoveryCodes,
  deleteUserMfa,
  findUserMfa,
  listUnusedRecoveryCodes,
  markRecoveryCodeUsed,
  replaceRecoveryCodes,
  saveUnconfirmedSecret,
} from './mfa.repo.js';
import type { PasswordHasher } from './passwords.js';
import { newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.js';
import { createSecretBox, type SecretBox } from './secret-box.js';
import { createSession, deleteOtherSessionsOfUser, deleteSessionsOfUser } from './sessions.repo.js';
import { recordSignInFailure, refuseIfLocked } from './throttle.js';
import { matchTotpStep, newTotpSecret, otpauthUriOf, qrCodeDataUrlOf } from './totp.js';

export type MfaDeps = { db: Kysely<DB>; hasher: PasswordHasher; config: Config };

/** Admins and managers need a second factor when the installation requires it. */
export function isMfaRequiredFor(config: Config, roles: readonly Role[]): boolean {
  return config.mfa.required && roles.some((r) => (rolesRequiringMfa as readonly string[]).includes(r));
}

export const isMfaRequiredForActor = (config: Config, actor: Actor) =>
  isMfaRequiredFor(
    config,
    actor.memberships.map((m) => m.role),
  );

// The secret is sealed to its user: a ciphertext copied onto another user's row does not open.
const secretContextOf = (userId: string) => `mfa-totp:${userId}`;

function secretBoxOf(config: Config): SecretBox {
  if (!config.mfa.encryptionKey) {
    throw new AppError(503, 'mfa_unavailable', 'Second factors need PATHWAYS_MFA_KEY on this server.');
  }
  return createSecretBox(config.mfa.encryptionKey);
}

async function emailOf(db: Kysely<DB>, userId: string): Promise<string> {
  const user = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return user.email;
}

const wrongCode = (field = 'code') =>
  invalid(field, 'is wrong, has expired or was used already', 'invalid_code');

export async function describeMfa(deps: MfaDeps, actor: Actor): Promise<MfaStatus> {
  const row = await findUserMfa(deps.db, actor.userId);
  const isEnabled = Boolean(row?.confirmed_at);
  return {
    enabled: isEnabled,
    required: isMfaRequiredForActor(deps.config, actor),
    enabledAt: row?.confirmed_at ? row.confirmed_at.toISOString() : null,
    recoveryCodesLeft: isEnabled ? await countUnusedRecoveryCodes(deps.db, actor.userId) : 0,
  };
}

/** A new secret waiting for its first code; an earlier unconfirmed one is replaced. */
export async function startEnrolment(deps: MfaDeps, actor: Actor): Promise<MfaEnrolment> {
  const box = secretBoxOf(deps.config);
  const existing = await findUserMfa(deps.db, actor.userId);
  if (existing?.confirmed_at) {
    throw conflict('mfa_already_enabled', 'A second factor is already set up; switch it off first.');
  }
  const secret = newTotpSecret();
  await saveUnconfirmedSecret(deps.db, actor.userId, box.seal(secret, secretContextOf(actor.userId)));
  const otpauthUri = otpauthUriOf(secret, await emailOf(deps.db, actor.userId));
  return { secret, otpauthUri, qrCode: qrCodeDataUrlOf(otpauthUri) };
}

/** The time step of a right TOTP code for the user's secret (confirmed or not), or null. */
async function matchStepOfUser(deps: MfaDeps, userId: string, code: string, isConfirmed: boolean) {
  const row = await findUserMfa(deps.db, userId);
  if (!row || Boolean(row.confirmed_at) !== isConfirmed) return null;
  const secret = secretBoxOf(deps.config).open(row.secret_encrypted, secretContextOf(userId));
  return matchTotpStep(secret, code);
}

async function hashRecoveryCodes(hasher: PasswordHasher, codes: string[]) {
  return Promise.all(codes.map((code) => hasher.hash(normaliseRecoveryCode(code) as string)));
}

/**
 * Confirms an enrolment with its first code. Every session of the user ends, the caller's too,
 * and a new full session replaces it (a session limited to enrolment is never upgraded in place).
 */
export async function confirmEnrolment(deps: MfaDeps, actor: Actor, code: string, ip: string) {
  const { db, hasher, config } = deps;
  const email = await emailOf(db, actor.userId);
  await refuseIfLocked(db, email, ip);
  const existing = await findUserMfa(db, actor.userId);
  if (existing?.confirmed_at) throw conflict('mfa_already_enabled', 'A second factor is already set up.');
  if (!existing) throw conflict('mfa_enrolment_not_started', 'Start the set-up first.');
  const step = await matchStepOfUser(deps, actor.userId, code, false);
  if (step === null) {
    await recordSignInFailure(db, config.login, email, ip);
    throw wrongCode();
  }
  const recoveryCodes = newRecoveryCodes();
  const hashes = await hashRecoveryCodes(hasher, recoveryCodes);
  const session = await db.transaction().execute(async (trx) => {
    if (!(await claimTotpStep(trx, actor.userId, step, { confirm: true }))) throw wrongCode();
    await replaceRecoveryCodes(trx, actor.userId, hashes);
    await deleteSessionsOfUser(trx, actor.userId);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'auth.mfa_enable',
      entityType: 'user',
      entityId: actor.userId,
      ip,
    });
    return createSession(trx, actor.userId, config.session);
  });
  return { recoveryCodes, session };
}

/**
 * Checks a second factor of a user whose enrolment is confirmed: a TOTP code not used before
 * (its step is claimed, so the same code fails the second time) or an unused recovery code
 * (marked used). Returns which one passed, or null.
 */
export async function verifySecondFactor(
  deps: MfaDeps,
  userId: string,
  body: SecondFactorBody,
): Promise<'totp' | 'recovery_code' | null> {
  if (body.code !== undefined) {
    const step = await matchStepOfUser(deps, userId, body.code, true);
    if (step === null) return null;
    return (await claimTotpStep(deps.db, userId, step, { confirm: false })) ? 'totp' : null;
  }
  const candidate = normaliseRecoveryCode(body.recoveryCode ?? '');
  if (!candidate) return null;
  const codes = await listUnusedRecoveryCodes(deps.db, userId);
  const matches = await Promise.all(codes.map((c) => deps.hasher.verify(c.code_hash, candidate)));
  const match = codes.find((_, i) => matches[i]);
  return match && (await markRecoveryCodeUsed(deps.db, match.id)) ? 'recovery_code' : null;
}

/** A second factor given while signed in (to switch MFA off, or to renew recovery codes). */
async function requireSecondFactor(deps: MfaDeps, actor: Actor, body: SecondFactorBody, ip: string) {
  const email = await emailOf(deps.db, actor.userId);
  await refuseIfLocked(deps.db, email, ip);
  if (!(await verifySecondFactor(deps, actor.userId, body))) {
    await recordSignInFailure(deps.db, deps.config.login, email, ip);
    throw wrongCode(body.code === undefined ? 'recoveryCode' : 'code');
  }
}

async function requireEnabled(db: Kysely<DB>, userId: string) {
  const row = await findUserMfa(db, userId);
  if (!row?.confirmed_at) throw conflict('mfa_not_enabled', 'No second factor is set up.');
}

/** Switches MFA off (not for a role that requires it); the user's other sessions end. */
export async function disableMfa(deps: MfaDeps, actor: Actor, body: SecondFactorBody, ip: string) {
  if (isMfaRequiredForActor(deps.config, actor)) {
    throw new AppError(422, 'mfa_required', 'Your role must sign in with a second factor.');
  }
  await requireEnabled(deps.db, actor.userId);
  await requireSecondFactor(deps, actor, body, ip);
  await deps.db.transaction().execute(async (trx) => {
    await deleteUserMfa(trx, actor.userId);
    await deleteOtherSessionsOfUser(trx, actor.userId, actor.sessionTokenHash);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'auth.mfa_disable',
      entityType: 'user',
      entityId: actor.userId,
      ip,
    });
  });
}

/** Ten new recovery codes in place of the old ones (used or not). */
export async function renewRecoveryCodes(deps: MfaDeps, actor: Actor, code: string, ip: string) {
  await requireEnabled(deps.db, actor.userId);
  await requireSecondFactor(deps, actor, { code }, ip);
  const recoveryCodes = newRecoveryCodes();
  const hashes = await hashRecoveryCodes(deps.hasher, recoveryCodes);
  await deps.db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, actor.userId, hashes);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'auth.mfa_recovery_codes_renew',
      entityType: 'user',
      entityId: actor.userId,
      ip,
    });
  });
  return recoveryCodes;
}
