import { ClientIdParams } from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import {
  EvaluateBody,
  PathwayAssessment,
  PathwayAssessmentList,
  PathwayEvaluationSchema,
  RulePackList,
  SuggestedProfile,
} from './pathways.schemas.js';
import {
  assessClient,
  evaluate,
  listAssessments,
  listRulePacks,
  suggestClientProfile,
} from './pathways.service.js';

export function registerPathwayRoutes(app: FastifyInstance, db: Kysely<DB>) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['pathways'];

  r.get(
    '/api/public/pathways/packs',
    {
      config: { permission: 'public' },
      schema: { tags, summary: 'Installed rule packs and their routes', response: { 200: RulePackList } },
    },
    async () => listRulePacks(),
  );
  r.post(
    '/api/public/pathways/evaluate',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'The public self-check: evaluate a profile against the legal routes; nothing is stored',
        body: EvaluateBody,
        response: { 200: PathwayEvaluationSchema },
      },
    },
    async (request) => evaluate(request.body),
  );

  r.get(
    '/api/clients/:clientId/pathway-profile',
    {
      config: { permission: 'clients.read' },
      schema: {
        tags,
        summary: "A starting profile from the client's record, for the counsellor to complete",
        params: ClientIdParams,
        response: { 200: SuggestedProfile },
      },
    },
    async (request) => suggestClientProfile(db, actorOf(request), request.params.clientId),
  );
  r.get(
    '/api/clients/:clientId/pathway-assessments',
    {
      config: { permission: 'clients.read' },
      schema: {
        tags,
        summary: "The client's stored navigator results, newest first",
        params: ClientIdParams,
        response: { 200: PathwayAssessmentList },
      },
    },
    async (request) => listAssessments(db, actorOf(request), request.params.clientId),
  );
  r.post(
    '/api/clients/:clientId/pathway-assessments',
    {
      config: { permission: 'clients.write' },
      schema: {
        tags,
        summary:
          'Run the navigator for a client and store the result with the profile, pack version and date',
        params: ClientIdParams,
        body: EvaluateBody,
        response: { 201: PathwayAssessment },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await assessClient(db, actorOf(request), request.params.clientId, request.body, request.ip)),
  );
}
