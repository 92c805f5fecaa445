import {
  CreateEventBody,
  DeleteEventQuery,
  EventIdParams,
  EventListQuery,
  GroupEvent,
  GroupEventList,
  UpdateEventBody,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { createEvent, deleteEvent, findEvents, getEvent, updateEvent } from './events.service.js';

export function registerEventRoutes(app: FastifyInstance, db: Kysely<DB>) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['events'];
  const read = { permission: 'events.read' as const };
  const write = { permission: 'events.write' as const };

  r.get(
    '/api/events',
    {
      config: read,
      schema: {
        tags,
        summary: 'Group events and outreach in your scope, newest first',
        querystring: EventListQuery,
        response: { 200: GroupEventList },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return findEvents(db, actorOf(request), filter, limit, offset);
    },
  );
  r.post(
    '/api/events',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a group event with its participant counts',
        body: CreateEventBody,
        response: { 201: GroupEvent },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createEvent(db, actorOf(request), request.body, request.ip)),
  );
  r.get(
    '/api/events/:eventId',
    {
      config: read,
      schema: {
        tags,
        summary: 'One event with its attendees',
        params: EventIdParams,
        response: { 200: GroupEvent },
      },
    },
    async (request) => getEvent(db, actorOf(request), request.params.eventId),
  );
  r.put(
    '/api/events/:eventId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Replace an event’s details at the version read',
        params: EventIdParams,
        body: UpdateEventBody,
        response: { 200: GroupEvent },
      },
    },
    async (request) => updateEvent(db, actorOf(request), request.params.eventId, request.body, request.ip),
  );
  r.delete(
    '/api/events/:eventId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete an event at the version read',
        params: EventIdParams,
        querystring: DeleteEventQuery,
      },
    },
    async (request, reply) => {
      await deleteEvent(db, actorOf(request), request.params.eventId, request.query.version, request.ip);
      return reply.code(204).send();
    },
  );
}
