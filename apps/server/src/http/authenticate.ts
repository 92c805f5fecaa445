import { timingSafeEqual } from 'node:crypto';
import type { Role } from '@pathways/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { authorize, permissionsOf } from '../access/policies.js';
import { findLiveSession, type SessionLimits, touchSession } from '../auth/sessions.repo.js';
import type { DB } from '../db/schema.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'pathways_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Sliding the idle timeout needs a write; once a minute per session is plenty.
const TOUCH_EVERY_MS = 60_000;

async function loadActor(db: Kysely<DB>, token: string, limits: SessionLimits): Promise<Actor | null> {
  const session = await findLiveSession(db, token, limits);
  if (!session) return null;
  if (Date.now() - session.last_seen_at.getTime() > TOUCH_EVERY_MS)
    await touchSession(db, session.token_hash);
  const memberships = session.memberships;
  return {
    userId: session.user_id,
    sessionTokenHash: session.token_hash,
    csrfToken: session.csrf_token,
    memberships,
    permissions: permissionsOf(memberships.map((m) => m.role as Role)),
    isMfaEnrolmentOnly: session.mfa_enrolment_only,
  };
}

function hasValidCsrfToken(request: FastifyRequest, actor: Actor): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(actor.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Runs before parsing: who is asking (session cookie), may they call this route (its declared
 * permission), and does a cookie-authenticated write carry the session's CSRF token.
 */
export function registerAuthentication(app: FastifyInstance, db: Kysely<DB>, limits: SessionLimits) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) return; // not one of ours (404 handler, static files)
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await loadActor(db, token, limits) : null;
    authorize(request.actor, permission);
    if (
      request.actor?.isMfaEnrolmentOnly &&
      permission !== 'public' &&
      !request.routeOptions.config.allowsMfaEnrolmentOnly
    ) {
      throw new AppError(403, 'mfa_enrolment_required', 'Set up your second factor before going on.');
    }
    if (request.actor && permission !== 'public' && !SAFE_METHODS.has(request.method)) {
      if (!hasValidCsrfToken(request, request.actor)) {
        throw new AppError(
          403,
          'csrf_token_invalid',
          `Send the session's CSRF token in the ${CSRF_HEADER} header.`,
        );
      }
    }
  });
}

/** The actor of a route that is not public (the hook has already refused anonymous calls). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  return request.actor;
}
