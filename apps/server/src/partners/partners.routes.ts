import {
  AgreementInput,
  CreatePartnerBody,
  PartnerDetail,
  PartnerDetailList,
  PartnerIdParams,
  PartnerListQuery,
  UpdatePartnerBody,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import {
  addAgreement,
  createPartner,
  getPartner,
  listVisiblePartners,
  updatePartner,
} from './partners.service.js';

export function registerPartnerRoutes(app: FastifyInstance, db: Kysely<DB>) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['partners'];
  const read = { permission: 'partners.read' as const };
  const manage = { permission: 'partners.manage' as const };

  r.get(
    '/api/partners',
    {
      config: read,
      schema: {
        tags,
        summary: 'Partner organisations of your countries, with contacts and data-sharing agreements',
        querystring: PartnerListQuery,
        response: { 200: PartnerDetailList },
      },
    },
    async (request) => listVisiblePartners(db, actorOf(request), request.query),
  );

  r.post(
    '/api/partners',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a partner organisation in a country you manage',
        body: CreatePartnerBody,
        response: { 201: PartnerDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPartner(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    '/api/partners/:partnerId',
    {
      config: read,
      schema: {
        tags,
        summary:
          'A partner organisation; canReceiveReferrals says whether an agreement covers referrals today',
        params: PartnerIdParams,
        response: { 200: PartnerDetail },
      },
    },
    async (request) => getPartner(db, actorOf(request), request.params.partnerId),
  );

  r.put(
    '/api/partners/:partnerId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Update a partner organisation; send the version you read (409 if someone saved since)',
        params: PartnerIdParams,
        body: UpdatePartnerBody,
        response: { 200: PartnerDetail },
      },
    },
    async (request) =>
      updatePartner(db, actorOf(request), request.params.partnerId, request.body, request.ip),
  );

  r.post(
    '/api/partners/:partnerId/agreements',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a signed data-sharing agreement with a partner organisation',
        params: PartnerIdParams,
        body: AgreementInput,
        response: { 201: PartnerDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addAgreement(db, actorOf(request), request.params.partnerId, request.body, request.ip)),
  );
}
