import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { appendAuditEvent } from './audit.repo.js';

/** The one country a user works in, so its managers see the refusal; null for wider roles. */
function homeCountryOf(actor: Actor): string | null {
  const countries = new Set(actor.memberships.map((m) => m.countryCode));
  const [only] = countries;
  return countries.size === 1 && only ? only : null;
}

/**
 * Audits every refusal of a signed-in user by the policy: 403 (the role may not, a missing CSRF
 * token, a session limited to second-factor enrolment) as `access.denied`, and 404 on a guarded
 * route (a record outside the actor's scope, or none at all: the answer is the same by design) as
 * `access.not_found`. The event names the route pattern, never the URL (no ids typed by the
 * caller, no query string). Written in its own transaction: the refused action wrote nothing.
 */
export function registerDeniedAccessAudit(app: FastifyInstance, db: Kysely<DB>) {
  app.addHook('onError', async (request, _reply, error) => {
    if (!(error instanceof AppError) || (error.status !== 403 && error.status !== 404)) return;
    const permission = request.routeOptions.config.permission;
    const actor = request.actor;
    if (!permission || permission === 'public' || !actor) return;
    try {
      await db.transaction().execute((trx) =>
        appendAuditEvent(trx, {
          actorUserId: actor.userId,
          action: error.status === 403 ? 'access.denied' : 'access.not_found',
          entityType: 'route',
          entityId: `${request.method} ${request.routeOptions.url}`,
          countryCode: homeCountryOf(actor),
          ip: request.ip,
        }),
      );
    } catch (auditError) {
      // The refusal stands either way; a failed audit write is an operations alarm, not a 500.
      request.log.error({ err: auditError }, 'could not audit a refused request');
    }
  });
}
