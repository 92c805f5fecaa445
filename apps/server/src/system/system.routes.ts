import { Meta } from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.js';
import { DEMO_PASSWORD, listDemoAccounts } from '../demo/demo-accounts.js';
import { AppError } from '../http/errors.js';

export const VERSION = '0.1.0';

export function registerSystemRoutes(
  app: FastifyInstance,
  db: Kysely<DB>,
  isDemo: boolean,
  isMfaRequired = false,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['system'];

  r.get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => {
      try {
        await sql`SELECT 1`.execute(db);
      } catch {
        throw new AppError(503, 'database_unavailable', 'The database does not answer.');
      }
      return { status: 'ok' as const };
    },
  );

  r.get(
    '/api/meta',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Version, and the demo accounts when this is a demo installation',
        response: { 200: Meta },
      },
    },
    async () =>
      isDemo
        ? {
            version: VERSION,
            demo: true,
            mfaRequired: isMfaRequired,
            demoPassword: DEMO_PASSWORD,
            demoAccounts: listDemoAccounts(),
          }
        : { version: VERSION, demo: false, mfaRequired: isMfaRequired },
  );

  r.get(
    '/api/openapi.json',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'This OpenAPI 3.1 document' },
    },
    async () => app.swagger(),
  );
}
