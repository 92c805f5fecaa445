import {
  Client,
  ClientIdParams,
  ClientList,
  ClientListQuery,
  ClientSearchBody,
  ClientSearchResult,
  Consent,
  ConsentInput,
  ConsentParams,
  CreateClientBody,
  DuplicateCandidates,
  DuplicateCheckBody,
  MergeClientBody,
  UpdateClientBody,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { KeyProvider } from '../crypto/key-ring.js';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { findDuplicates, searchClients } from './client-matching.service.js';
import { mergeClients } from './client-merge.service.js';
import {
  listVisibleClients,
  readClient,
  recordConsent,
  registerClient,
  updateClient,
  withdrawClientConsent,
} from './clients.service.js';

export function registerClientRoutes(app: FastifyInstance, db: Kysely<DB>, keys: KeyProvider) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['clients'];
  const read = { permission: 'clients.read' as const };
  const write = { permission: 'clients.write' as const };

  r.get(
    '/api/clients',
    {
      config: read,
      schema: {
        tags,
        summary: 'Clients in your scope, newest first',
        querystring: ClientListQuery,
        response: { 200: ClientList },
      },
    },
    async (request) => listVisibleClients(db, actorOf(request), request.query),
  );

  r.post(
    '/api/clients',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a client with their consent; the case code is generated',
        body: CreateClientBody,
        response: { 201: Client },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await registerClient(db, actorOf(request), request.body, request.ip)),
  );

  r.post(
    '/api/clients/search',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Find clients by name (any script, misspelled), case code or phone; the query travels in the body',
        body: ClientSearchBody,
        response: { 200: ClientSearchResult },
      },
    },
    async (request) => searchClients(db, actorOf(request), request.body.query, request.body.limit),
  );

  r.post(
    '/api/clients/duplicates',
    {
      config: write,
      schema: {
        tags,
        summary: 'Likely existing records of a person being registered, ranked, with the reasons',
        body: DuplicateCheckBody,
        response: { 200: DuplicateCandidates },
      },
    },
    async (request) => findDuplicates(db, actorOf(request), request.body),
  );

  r.get(
    '/api/clients/:clientId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A client with their consents',
        params: ClientIdParams,
        response: { 200: Client },
      },
    },
    async (request) => readClient(db, actorOf(request), request.params.clientId, request.ip),
  );

  r.put(
    '/api/clients/:clientId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a client; send the version you read (409 if someone saved since)',
        params: ClientIdParams,
        body: UpdateClientBody,
        response: { 200: Client },
      },
    },
    async (request) => updateClient(db, actorOf(request), request.params.clientId, request.body, request.ip),
  );

  r.post(
    '/api/clients/:clientId/consents',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a consent the client gave',
        params: ClientIdParams,
        body: ConsentInput,
        response: { 201: Consent },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordConsent(db, actorOf(request), request.params.clientId, request.body, request.ip)),
  );

  r.post(
    '/api/clients/:clientId/consents/:consentId/withdraw',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record that the client withdrew a consent',
        params: ConsentParams,
        response: { 200: Consent },
      },
    },
    async (request) =>
      withdrawClientConsent(
        db,
        actorOf(request),
        request.params.clientId,
        request.params.consentId,
        request.ip,
      ),
  );

  r.post(
    '/api/clients/:clientId/merge',
    {
      config: { permission: 'clients.merge' },
      schema: {
        tags,
        summary:
          'Merge a duplicate record into this one; its history moves here and the merge stays traceable',
        params: ClientIdParams,
        body: MergeClientBody,
        response: { 200: Client },
      },
    },
    async (request) =>
      mergeClients(db, keys, actorOf(request), request.params.clientId, request.body, request.ip),
  );
}
