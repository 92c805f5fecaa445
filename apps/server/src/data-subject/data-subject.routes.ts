import {
  ClientExport,
  ClientExportQuery,
  ClientIdParams,
  EraseClientBody,
  ErasedClient,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { KeyProvider } from '../crypto/key-ring.js';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { eraseClient, getErasedClient } from './erasure.service.js';
import { findCentreName, findPartnerNames, loadCodeLabels } from './export.repo.js';
import { buildClientExport } from './export.service.js';
import { renderExportHtml } from './export-html.js';

export function registerDataSubjectRoutes(app: FastifyInstance, db: Kysely<DB>, keys: KeyProvider) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['data subject rights'];
  const exporting = { permission: 'clients.export' as const };

  r.get(
    '/api/clients/:clientId/export.json',
    {
      config: exporting,
      schema: {
        tags,
        summary: 'Everything held about a client, for an access request (audited)',
        params: ClientIdParams,
        querystring: ClientExportQuery,
        response: { 200: ClientExport },
      },
    },
    async (request, reply) => {
      const data = await buildClientExport(
        db,
        keys,
        actorOf(request),
        request.params.clientId,
        request.query.lang,
        request.ip,
      );
      // Case codes are letters, digits and dashes: safe in a header, and no name is in it.
      reply.header('content-disposition', `attachment; filename="${data.client.caseCode}.json"`);
      return data;
    },
  );

  r.get(
    '/api/clients/:clientId/export.html',
    {
      config: exporting,
      schema: {
        tags,
        summary: 'The same export as a printable page in the staff member’s language (audited)',
        params: ClientIdParams,
        querystring: ClientExportQuery,
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const data = await buildClientExport(
        db,
        keys,
        actorOf(request),
        request.params.clientId,
        request.query.lang,
        request.ip,
      );
      const partnerIds = data.client.consents.flatMap((c) => c.partnerOrganisationId ?? []);
      const [codes, centreName, partnerNames] = await Promise.all([
        loadCodeLabels(db, data.language),
        findCentreName(db, data.client.centreId),
        findPartnerNames(db, [...new Set(partnerIds)]),
      ]);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', `inline; filename="${data.client.caseCode}.html"`)
        .send(renderExportHtml(data, { codes, centreName, partnerNames }));
    },
  );

  r.post(
    '/api/clients/:clientId/erasure',
    {
      config: { permission: 'clients.erase' },
      schema: {
        tags,
        summary:
          'Erase a client’s personal data on request; statistics stay, partners keep case code, status and dates',
        params: ClientIdParams,
        body: EraseClientBody,
        response: { 200: ErasedClient },
      },
    },
    async (request) => eraseClient(db, actorOf(request), request.params.clientId, request.body, request.ip),
  );

  r.get(
    '/api/clients/:clientId/erasure',
    {
      config: { permission: 'clients.read' },
      schema: {
        tags,
        summary: 'What is shown of an erased client: case code and date (404 if not erased)',
        params: ClientIdParams,
        response: { 200: ErasedClient },
      },
    },
    async (request) => getErasedClient(db, actorOf(request), request.params.clientId),
  );
}
