import { CodeLists, CountryList, PartnerOrganisationList, Summary } from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { listCodeLists } from './code-lists.repo.js';
import { listCountriesWithCentres } from './reference.repo.js';
import { listVisiblePartners, summarise } from './reference.service.js';

export function registerReferenceRoutes(app: FastifyInstance, db: Kysely<DB>) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/countries',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary: 'Countries with their centres',
        response: { 200: CountryList },
      },
    },
    async () => ({ items: await listCountriesWithCentres(db) }),
  );

  r.get(
    '/api/partner-organisations',
    {
      config: { permission: 'partners.read' },
      schema: {
        tags: ['reference'],
        summary: "Partner organisations within the caller's scope",
        response: { 200: PartnerOrganisationList },
      },
    },
    async (request) => ({ items: await listVisiblePartners(db, actorOf(request)) }),
  );

  r.get(
    '/api/summary',
    {
      config: { permission: 'summary.read' },
      schema: {
        tags: ['reference'],
        summary: "Counts within the caller's scope, for the home page",
        response: { 200: Summary },
      },
    },
    async (request) => summarise(db, actorOf(request)),
  );

  r.get(
    '/api/code-lists',
    {
      config: { permission: 'reference.read' },
      schema: {
        tags: ['reference'],
        summary: 'Translated, versioned code lists (ISCED, ISCO-08, topics, channels, languages)',
        response: { 200: CodeLists },
      },
    },
    async () => listCodeLists(db),
  );
}
