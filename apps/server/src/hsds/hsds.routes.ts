import { HsdsDataset, HsdsExportQuery, HsdsImportQuery, HsdsImportSummary } from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { exportDirectory, importDirectory } from './hsds.service.js';

// A directory of a few thousand services is a few MB of HSDS; the app's 256 KiB suits forms only.
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

export function registerHsdsRoutes(app: FastifyInstance, db: Kysely<DB>) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['hsds'];

  r.get(
    '/api/hsds/export',
    {
      config: { permission: 'offers.read' },
      schema: {
        tags,
        summary:
          "A country's partners and offers as Open Referral HSDS 3.0 (partner staff: their organisation only)",
        querystring: HsdsExportQuery,
        response: { 200: HsdsDataset },
      },
    },
    async (request) => exportDirectory(db, actorOf(request), request.query.country),
  );
  r.post(
    '/api/hsds/import',
    {
      config: { permission: 'offers.manage' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Create or update partners and offers from an HSDS 3.0 document shaped like the export. ' +
          'The whole file is checked first: any problem answers 422 listing every one, and nothing is written.',
        querystring: HsdsImportQuery,
        // Checked by the service, not here: problems in the file are 422 with paths, not a 400.
        body: z.unknown().describe('An HSDS document as GET /api/hsds/export returns it'),
        response: { 200: HsdsImportSummary },
      },
    },
    async (request) => importDirectory(db, actorOf(request), request.query.country, request.body, request.ip),
  );
}
