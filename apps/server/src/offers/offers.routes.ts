import {
  ClientIdParams,
  CreateOfferBody,
  Offer,
  OfferIdParams,
  OfferList,
  OfferListQuery,
  OfferMatches,
  PublicOfferList,
  PublicOfferQuery,
  UpdateOfferBody,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { matchOffersForClient } from './offer-matches.service.js';
import { createOffer, getOffer, listVisibleOffers, updateOffer } from './offers.service.js';
import { listPublicOffers } from './public-offers.service.js';

// The directory holds no personal data and changes a few times a day: let phones and proxies keep it.
const PUBLIC_CACHE = 'public, max-age=300';

export function registerOfferRoutes(app: FastifyInstance, db: Kysely<DB>) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['offers'];
  const read = { permission: 'offers.read' as const };
  const manage = { permission: 'offers.manage' as const };

  r.get(
    '/api/offers',
    {
      config: read,
      schema: {
        tags,
        summary: "Offers in your scope (partner staff: their own organisation's), by start date",
        querystring: OfferListQuery,
        response: { 200: OfferList },
      },
    },
    async (request) => listVisibleOffers(db, actorOf(request), request.query),
  );

  r.post(
    '/api/offers',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add an offer run by a partner of a country you manage; all its seats start free',
        body: CreateOfferBody,
        response: { 201: Offer },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createOffer(db, actorOf(request), request.body, request.ip)),
  );

  r.get(
    '/api/offers/:offerId',
    {
      config: read,
      schema: { tags, summary: 'An offer', params: OfferIdParams, response: { 200: Offer } },
    },
    async (request) => getOffer(db, actorOf(request), request.params.offerId),
  );

  r.put(
    '/api/offers/:offerId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Update an offer; send the version you read (409 if someone saved since)',
        params: OfferIdParams,
        body: UpdateOfferBody,
        response: { 200: Offer },
      },
    },
    async (request) => updateOffer(db, actorOf(request), request.params.offerId, request.body, request.ip),
  );

  r.get(
    '/api/public/offers',
    {
      config: { permission: 'public' as const },
      schema: {
        tags,
        summary: "A country's active offers for the public, in the language asked (English otherwise)",
        querystring: PublicOfferQuery,
        response: { 200: PublicOfferList },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return listPublicOffers(db, request.query);
    },
  );
  r.get(
    '/api/clients/:clientId/offer-matches',
    {
      config: { permission: 'clients.read' },
      schema: {
        tags,
        summary: "The country's active offers ranked for a client, with reasons; ineligible ones apart",
        params: ClientIdParams,
        response: { 200: OfferMatches },
      },
    },
    async (request) => matchOffersForClient(db, actorOf(request), request.params.clientId),
  );
}
