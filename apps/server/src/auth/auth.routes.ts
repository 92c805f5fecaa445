import { LoginBody, Me } from '@pathways/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, SESSION_COOKIE } from '../http/authenticate.js';
import { type AuthDeps, describeUser, logIn, logOut } from './auth.service.js';

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, maxHours: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the browser reached us over HTTPS (directly or through a trusted proxy).
    secure: request.protocol === 'https',
    maxAge: maxHours * 3600,
  });
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/api/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Sign in with email and password; sets the session cookie',
        body: LoginBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const { token, me } = await logIn(deps, request.body, request.ip);
      setSessionCookie(request, reply, token, deps.config.session.maxHours);
      return me;
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logOut(deps.db, actorOf(request), request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'The signed-in user, their memberships, permissions and CSRF token',
        response: { 200: Me },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return describeUser(deps.db, actor.userId, actor.csrfToken);
    },
  );
}
