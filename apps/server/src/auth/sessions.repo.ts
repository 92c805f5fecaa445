import { createHash, randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { ActorMembership } from '../access/actor.js';
import type { DB } from '../db/schema.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export type SessionLimits = { idleMinutes: number; maxHours: number };

/** A new session with fresh tokens (never an old one reused: rotation at every sign-in). */
export async function createSession(
  db: Kysely<DB>,
  userId: string,
  limits: SessionLimits,
  options: { mfaEnrolmentOnly?: boolean } = {},
) {
  const token = newToken();
  const csrfToken = newToken();
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + limits.maxHours * 3_600_000),
      mfa_enrolment_only: options.mfaEnrolmentOnly ?? false,
    })
    .execute();
  return { token, csrfToken };
}

/**
 * The live session of an active user with the user's memberships (one round trip: every
 * authenticated request runs it), or undefined when expired, idle too long or unknown.
 * Memberships come ordered by role as the database orders them, which the audit's roles rely on.
 */
export async function findLiveSession(db: Kysely<DB>, token: string, limits: SessionLimits) {
  const idleCutoff = new Date(Date.now() - limits.idleMinutes * 60_000);
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.mfa_enrolment_only',
      sql<ActorMembership[]>`(
        SELECT coalesce(
          json_agg(
            json_build_object(
              'id', m.id,
              'role', m.role,
              'scopeType', m.scope_type,
              'countryCode', m.country_code,
              'centreId', m.centre_id,
              'partnerOrganisationId', m.partner_organisation_id
            )
            ORDER BY m.role, m.id
          ),
          '[]'
        )
        FROM memberships m
        WHERE m.user_id = sessions.user_id
      )`.as('memberships'),
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date())
    .where('sessions.last_seen_at', '>', idleCutoff)
    .where('users.status', '=', 'active')
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, tokenHash: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends every session of the user except the one making the request. */
export async function deleteOtherSessionsOfUser(db: Kysely<DB>, userId: string, keepTokenHash: string) {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('token_hash', '<>', keepTokenHash)
    .execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, limits: SessionLimits) {
  const idleCutoff = new Date(Date.now() - limits.idleMinutes * 60_000);
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', new Date()), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}
