import {
  CreateUserBody,
  MembershipInput,
  MembershipParams,
  User,
  UserIdParams,
  UserList,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.js';
import {
  addMembership,
  changeUserStatus,
  createUser,
  endUserSessions,
  listVisibleUsers,
  removeMembership,
  resetUserMfa,
  type UsersDeps,
} from './users.service.js';

export function registerUserRoutes(app: FastifyInstance, deps: UsersDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get(
    '/api/users',
    {
      config: { permission: 'users.read' },
      schema: { tags, summary: 'Users with their memberships', response: { 200: UserList } },
    },
    async (request) => ({ items: await listVisibleUsers(deps.db, actorOf(request)) }),
  );

  r.post(
    '/api/users',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: 'Create a user with one or more memberships',
        body: CreateUserBody,
        response: { 201: User },
      },
    },
    async (request, reply) => {
      const user = await createUser(deps, actorOf(request), request.body, request.ip);
      return reply.code(201).send(user);
    },
  );

  for (const [action, status] of [
    ['deactivate', 'deactivated'],
    ['reactivate', 'active'],
  ] as const) {
    r.post(
      `/api/users/:userId/${action}`,
      {
        config: { permission: 'users.manage' },
        schema: {
          tags,
          summary: action === 'deactivate' ? 'Deactivate a user and end their sessions' : 'Reactivate a user',
          params: UserIdParams,
          response: { 200: User },
        },
      },
      async (request) =>
        changeUserStatus(deps.db, actorOf(request), request.params.userId, status, request.ip),
    );
  }

  r.post(
    '/api/users/:userId/end-sessions',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: "End all of a user's sessions on every device",
        params: UserIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await endUserSessions(deps.db, actorOf(request), request.params.userId, request.ip);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/users/:userId/mfa/reset',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: "Remove a user's second factor (lost device and codes) and end their sessions",
        params: UserIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await resetUserMfa(deps.db, actorOf(request), request.params.userId, request.ip);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/users/:userId/memberships',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: 'Give a user another role within a scope',
        params: UserIdParams,
        body: MembershipInput,
        response: { 201: User },
      },
    },
    async (request, reply) => {
      const user = await addMembership(
        deps.db,
        actorOf(request),
        request.params.userId,
        request.body,
        request.ip,
      );
      return reply.code(201).send(user);
    },
  );

  r.delete(
    '/api/users/:userId/memberships/:membershipId',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags,
        summary: 'Take a role away from a user',
        params: MembershipParams,
        response: { 200: User },
      },
    },
    async (request) =>
      removeMembership(
        deps.db,
        actorOf(request),
        request.params.userId,
        request.params.membershipId,
        request.ip,
      ),
  );
}
