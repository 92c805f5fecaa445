import { type CreateUserBody, type MembershipInput, scopeTypeOfRole, type User } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import { deleteUserMfa } from '../auth/mfa.repo.js';
import { assertAcceptablePassword } from '../auth/password-policy.js';
import type { PasswordHasher } from '../auth/passwords.js';
import { deleteSessionsOfUser } from '../auth/sessions.repo.js';
import { isUniqueViolation } from '../db/errors.js';
import type { DB, MembershipsTable } from '../db/schema.js';
import { AppError, conflict, invalid, notFound } from '../http/errors.js';
import { listMembershipsOf } from './memberships.repo.js';
import { presentUser } from './users.presenter.js';
import { findUser, insertUser, listUsers, setUserStatus } from './users.repo.js';

export type UsersDeps = { db: Kysely<DB>; hasher: PasswordHasher };

export async function listVisibleUsers(db: Kysely<DB>, actor: Actor): Promise<User[]> {
  const rows = await listUsers(db, scopeFor(actor, 'users.read'));
  const memberships = await listMembershipsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentUser(r, memberships.get(r.id) ?? []));
}

async function getVisibleUser(db: Kysely<DB>, actor: Actor, userId: string): Promise<User> {
  const row = await findUser(db, scopeFor(actor, 'users.manage'), userId);
  if (!row) throw notFound('user');
  return presentUser(row, (await listMembershipsOf(db, [userId])).get(userId) ?? []);
}

/**
 * Turns a requested membership into a row whose scope matches its role exactly: a centre role
 * names a centre (its country follows), a partner role a partner organisation, and so on.
 */
async function resolveMembership(
  db: Kysely<DB>,
  userId: string,
  input: MembershipInput,
  index: number,
  fieldPrefix = `memberships.${index}.`,
): Promise<MembershipsTable> {
  const field = (name: string) => `${fieldPrefix}${name}`;
  const scopeType = scopeTypeOfRole[input.role];
  const row: MembershipsTable = {
    id: uuidv7(),
    user_id: userId,
    role: input.role,
    scope_type: scopeType,
    country_code: null,
    centre_id: null,
    partner_organisation_id: null,
  };
  const extra = (name: keyof MembershipInput) => {
    if (input[name] !== undefined) throw invalid(field(name), `does not apply to the role ${input.role}`);
  };
  if (scopeType === 'all') {
    extra('countryCode');
    extra('centreId');
    extra('partnerOrganisationId');
    return row;
  }
  if (scopeType === 'country') {
    extra('centreId');
    extra('partnerOrganisationId');
    if (!input.countryCode) throw invalid(field('countryCode'), `is required for the role ${input.role}`);
    const country = await db
      .selectFrom('countries')
      .select('code')
      .where('code', '=', input.countryCode)
      .executeTakeFirst();
    if (!country) throw invalid(field('countryCode'), 'is not a Pathways country');
    return { ...row, country_code: country.code };
  }
  if (scopeType === 'centre') {
    extra('partnerOrganisationId');
    if (!input.centreId) throw invalid(field('centreId'), `is required for the role ${input.role}`);
    const centre = await db
      .selectFrom('centres')
      .select(['id', 'country_code'])
      .where('id', '=', input.centreId)
      .executeTakeFirst();
    if (!centre) throw invalid(field('centreId'), 'is not a known centre');
    if (input.countryCode && input.countryCode !== centre.country_code) {
      throw invalid(field('countryCode'), 'does not match the centre');
    }
    return { ...row, country_code: centre.country_code, centre_id: centre.id };
  }
  extra('centreId');
  if (!input.partnerOrganisationId)
    throw invalid(field('partnerOrganisationId'), `is required for the role ${input.role}`);
  const partner = await db
    .selectFrom('partner_organisations')
    .select(['id', 'country_code'])
    .where('id', '=', input.partnerOrganisationId)
    .executeTakeFirst();
  if (!partner) throw invalid(field('partnerOrganisationId'), 'is not a known partner organisation');
  if (input.countryCode && input.countryCode !== partner.country_code) {
    throw invalid(field('countryCode'), 'does not match the partner organisation');
  }
  return { ...row, country_code: partner.country_code, partner_organisation_id: partner.id };
}

const emailTaken = () => conflict('email_taken', 'A user with this email already exists.', 'email');

export async function createUser(
  deps: UsersDeps,
  actor: Actor,
  body: CreateUserBody,
  ip: string,
): Promise<User> {
  const { db, hasher } = deps;
  const userId = uuidv7();
  const memberships = await Promise.all(body.memberships.map((m, i) => resolveMembership(db, userId, m, i)));
  const seen = new Set<string>();
  memberships.forEach((m, i) => {
    const key = `${m.role}|${m.country_code}|${m.centre_id}|${m.partner_organisation_id}`;
    if (seen.has(key)) throw invalid(`memberships.${i}`, 'repeats an earlier membership');
    seen.add(key);
  });
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', body.email))
    .executeTakeFirst();
  if (existing) throw emailTaken();
  assertAcceptablePassword(body.password, { email: body.email, displayName: body.displayName });

  const passwordHash = await hasher.hash(body.password);
  try {
    await db.transaction().execute(async (trx) => {
      await insertUser(
        trx,
        { id: userId, email: body.email, displayName: body.displayName, passwordHash, locale: body.locale },
        memberships,
      );
      await appendAuditEvent(trx, {
        actorUserId: actor.userId,
        action: 'user.create',
        entityType: 'user',
        entityId: userId,
        ip,
      });
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides, the loser gets 409.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  return getVisibleUser(db, actor, userId);
}

export async function addMembership(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  input: MembershipInput,
  ip: string,
): Promise<User> {
  const user = await getVisibleUser(db, actor, userId);
  const row = await resolveMembership(db, userId, input, 0, '');
  const isDuplicate = user.memberships.some(
    (m) =>
      m.role === row.role &&
      m.countryCode === row.country_code &&
      m.centreId === row.centre_id &&
      m.partnerOrganisationId === row.partner_organisation_id,
  );
  if (isDuplicate) throw conflict('membership_exists', 'The user already holds this role in this scope.');
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('memberships').values(row).execute();
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'membership.add',
      entityType: 'user',
      entityId: userId,
      countryCode: row.country_code,
      ip,
    });
  });
  return getVisibleUser(db, actor, userId);
}

export async function removeMembership(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  membershipId: string,
  ip: string,
): Promise<User> {
  const user = await getVisibleUser(db, actor, userId);
  const membership = user.memberships.find((m) => m.id === membershipId);
  if (!membership) throw notFound('membership');
  if (user.memberships.length === 1) {
    throw new AppError(
      422,
      'last_membership',
      'A user keeps at least one role; deactivate the user instead.',
    );
  }
  // An admin removing their own admin role could leave the installation without one.
  if (userId === actor.userId && membership.role === 'admin') {
    throw new AppError(422, 'cannot_remove_own_admin', 'Another admin must remove your admin role.');
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('memberships')
      .where('id', '=', membershipId)
      .where('user_id', '=', userId)
      .execute();
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'membership.remove',
      entityType: 'user',
      entityId: userId,
      countryCode: membership.countryCode,
      ip,
    });
  });
  return getVisibleUser(db, actor, userId);
}

export async function changeUserStatus(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  status: 'active' | 'deactivated',
  ip: string,
): Promise<User> {
  const user = await getVisibleUser(db, actor, userId);
  if (status === 'deactivated' && userId === actor.userId) {
    throw new AppError(422, 'cannot_deactivate_self', 'You cannot deactivate your own account.');
  }
  if (user.status === status) return user;
  await db.transaction().execute(async (trx) => {
    await setUserStatus(trx, userId, status);
    // A deactivated user is signed out everywhere, at once.
    if (status === 'deactivated') await deleteSessionsOfUser(trx, userId);
    const action = status === 'deactivated' ? 'user.deactivate' : 'user.reactivate';
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action,
      entityType: 'user',
      entityId: userId,
      ip,
    });
  });
  return getVisibleUser(db, actor, userId);
}

/** Signs a user out on every device at once (a lost phone, a shared computer). */
export async function endUserSessions(db: Kysely<DB>, actor: Actor, userId: string, ip: string) {
  await getVisibleUser(db, actor, userId);
  await db.transaction().execute(async (trx) => {
    await deleteSessionsOfUser(trx, userId);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'user.end_sessions',
      entityType: 'user',
      entityId: userId,
      ip,
    });
  });
}

/**
 * For a user who lost both the authenticator and the recovery codes: removes the second factor
 * and ends their sessions. Where it is required, their next sign-in can only set up a new one.
 */
export async function resetUserMfa(db: Kysely<DB>, actor: Actor, userId: string, ip: string) {
  await getVisibleUser(db, actor, userId);
  await db.transaction().execute(async (trx) => {
    await deleteUserMfa(trx, userId);
    await deleteSessionsOfUser(trx, userId);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'user.mfa_reset',
      entityType: 'user',
      entityId: userId,
      ip,
    });
  });
}
