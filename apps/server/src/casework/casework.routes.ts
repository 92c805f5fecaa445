import {
  AssignableStaff,
  Caseload,
  CaseloadQuery,
  Client,
  ClientIdParams,
  CloseClientBody,
  CounsellingSession,
  CreateSessionBody,
  CreateTaskBody,
  ReopenClientBody,
  SensitiveNotes,
  SessionList,
  SessionParams,
  Task,
  TaskList,
  TaskParams,
  Timeline,
  TransferClientBody,
  UpdateTaskBody,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { KeyProvider } from '../crypto/key-ring.js';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import { buildCaseload } from './caseload.service.js';
import { closeClient, reopenClient, transferClient } from './client-status.service.js';
import { listSessions, readSensitiveNotes, recordSession } from './sessions.service.js';
import { createTask, listAssignableStaff, listTasks, updateTaskStatus } from './tasks.service.js';
import { buildTimeline } from './timeline.service.js';

export function registerCaseworkRoutes(app: FastifyInstance, db: Kysely<DB>, keys: KeyProvider) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['casework'];
  const read = { permission: 'clients.read' as const };
  const write = { permission: 'clients.write' as const };

  r.get(
    '/api/clients/:clientId/sessions',
    {
      config: read,
      schema: {
        tags,
        summary: "A client's counselling sessions, newest first",
        params: ClientIdParams,
        response: { 200: SessionList },
      },
    },
    async (request) => listSessions(db, actorOf(request), request.params.clientId),
  );
  r.post(
    '/api/clients/:clientId/sessions',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a counselling session',
        params: ClientIdParams,
        body: CreateSessionBody,
        response: { 201: CounsellingSession },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordSession(db, keys, actorOf(request), request.params.clientId, request.body, request.ip),
        ),
  );
  r.get(
    '/api/clients/:clientId/sessions/:sessionId/sensitive-notes',
    {
      config: { permission: 'clients.sensitive.read' },
      schema: {
        tags,
        summary: "A session's sensitive notes (each reading is audited)",
        params: SessionParams,
        response: { 200: SensitiveNotes },
      },
    },
    async (request) =>
      readSensitiveNotes(
        db,
        keys,
        actorOf(request),
        request.params.clientId,
        request.params.sessionId,
        request.ip,
      ),
  );

  r.get(
    '/api/clients/:clientId/tasks',
    {
      config: read,
      schema: {
        tags,
        summary: "A client's case plan: goals and tasks",
        params: ClientIdParams,
        response: { 200: TaskList },
      },
    },
    async (request) => listTasks(db, actorOf(request), request.params.clientId),
  );
  r.get(
    '/api/clients/:clientId/assignable-staff',
    {
      config: write,
      schema: {
        tags,
        summary: "Colleagues who may be assigned the client's tasks",
        params: ClientIdParams,
        response: { 200: AssignableStaff },
      },
    },
    async (request) => listAssignableStaff(db, actorOf(request), request.params.clientId),
  );
  r.post(
    '/api/clients/:clientId/tasks',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a task to the case plan',
        params: ClientIdParams,
        body: CreateTaskBody,
        response: { 201: Task },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createTask(db, actorOf(request), request.params.clientId, request.body, request.ip)),
  );
  r.patch(
    '/api/clients/:clientId/tasks/:taskId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Mark a task done, cancelled or open again',
        params: TaskParams,
        body: UpdateTaskBody,
        response: { 200: Task },
      },
    },
    async (request) =>
      updateTaskStatus(
        db,
        actorOf(request),
        request.params.clientId,
        request.params.taskId,
        request.body,
        request.ip,
      ),
  );

  r.get(
    '/api/clients/:clientId/timeline',
    {
      config: read,
      schema: {
        tags,
        summary: 'Everything that happened to the client, newest first',
        params: ClientIdParams,
        response: { 200: Timeline },
      },
    },
    async (request) => buildTimeline(db, actorOf(request), request.params.clientId),
  );

  r.post(
    '/api/clients/:clientId/close',
    {
      config: write,
      schema: {
        tags,
        summary: 'Close the case with a reason',
        params: ClientIdParams,
        body: CloseClientBody,
        response: { 200: Client },
      },
    },
    async (request) =>
      closeClient(
        db,
        actorOf(request),
        request.params.clientId,
        request.body.reason,
        request.body.version,
        request.ip,
      ),
  );
  r.post(
    '/api/clients/:clientId/reopen',
    {
      config: write,
      schema: {
        tags,
        summary: 'Reopen a closed case',
        params: ClientIdParams,
        body: ReopenClientBody,
        response: { 200: Client },
      },
    },
    async (request) =>
      reopenClient(db, actorOf(request), request.params.clientId, request.body.version, request.ip),
  );
  r.post(
    '/api/clients/:clientId/transfer',
    {
      config: write,
      schema: {
        tags,
        summary: 'Move the case to another centre of the country; null when it leaves your reach',
        params: ClientIdParams,
        body: TransferClientBody,
        response: { 200: Client.nullable() },
      },
    },
    async (request) =>
      transferClient(
        db,
        actorOf(request),
        request.params.clientId,
        request.body.centreId,
        request.body.version,
        request.ip,
      ),
  );

  r.get(
    '/api/caseload',
    {
      config: read,
      schema: {
        tags,
        summary: 'My clients, tasks due and overdue, clients without recent contact',
        querystring: CaseloadQuery,
        response: { 200: Caseload },
      },
    },
    async (request) => buildCaseload(db, actorOf(request), request.query.noContactDays),
  );
}
