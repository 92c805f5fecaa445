import { AuditChainReport, AuditEventList, AuditQuery } from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { scopeFor } from '../access/policies.js';
import type { Config } from '../config/config.js';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { AppError } from '../http/errors.js';
import { countriesOfScope } from '../reference/reference.repo.js';
import { verifyAuditTrail } from './audit.verify.js';
import { streamHeadFile } from './audit-head-file.js';

export function registerAuditRoutes(app: FastifyInstance, db: Kysely<DB>, audit: Config['audit']) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];

  r.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: 'The audit trail, newest first: all of it for auditors, their countries for managers',
        querystring: AuditQuery,
        response: { 200: AuditEventList },
      },
    },
    async (request) => {
      const scope = scopeFor(actorOf(request), 'audit.read');
      const countries = scope.isGlobal ? null : await countriesOfScope(db, scope);
      const q = request.query;
      const rows = await db
        .selectFrom('audit_events as e')
        .leftJoin('users as u', 'u.id', 'e.actor_user_id')
        .select([
          'e.seq',
          'e.occurred_at',
          'e.actor_user_id',
          'e.actor_roles',
          'u.display_name',
          'e.action',
          'e.entity_type',
          'e.entity_id',
          'e.country_code',
          'e.ip',
          'e.hash',
        ])
        .$if(countries !== null, (s) =>
          s.where('e.country_code', 'in', countries?.length ? countries : ['--']),
        )
        .$if(Boolean(q.entityId), (s) => s.where('e.entity_id', '=', q.entityId as string))
        .$if(Boolean(q.actorUserId), (s) => s.where('e.actor_user_id', '=', q.actorUserId as string))
        .$if(Boolean(q.action), (s) => s.where('e.action', '=', q.action as string))
        .$if(Boolean(q.from), (s) => s.where('e.occurred_at', '>=', new Date(q.from as string)))
        .$if(Boolean(q.to), (s) => s.where('e.occurred_at', '<', new Date(q.to as string)))
        .$if(Boolean(q.before), (s) => s.where('e.seq', '<', q.before as number))
        .orderBy('e.seq', 'desc')
        .limit(q.limit)
        .execute();
      return {
        items: rows.map((e) => ({
          seq: e.seq,
          occurredAt: e.occurred_at.toISOString(),
          actorUserId: e.actor_user_id,
          actorName: e.display_name,
          actorRoles: e.actor_roles ? e.actor_roles.split(',') : [],
          action: e.action,
          entityType: e.entity_type,
          entityId: e.entity_id,
          countryCode: e.country_code,
          ip: e.ip,
          hash: e.hash,
        })),
      };
    },
  );

  r.get(
    '/api/audit/verify',
    {
      config: { permission: 'audit.verify' },
      schema: {
        tags,
        summary:
          'Recompute every chain, check it against the signed heads (database and head file), and name the first broken event of each',
        response: { 200: AuditChainReport },
      },
    },
    async () => {
      // Without a key (production misconfigured) the server does not start; this is belt and braces.
      if (!audit.key) throw new AppError(503, 'audit_key_missing', 'PATHWAYS_AUDIT_KEY is not set.');
      const headFile = audit.headFile;
      return verifyAuditTrail(db, {
        key: audit.key,
        isDevelopmentKey: audit.isDevelopmentKey,
        externalHeads: headFile ? [() => streamHeadFile(headFile)] : [],
      });
    },
  );
}
