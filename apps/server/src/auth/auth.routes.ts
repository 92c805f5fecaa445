import {
  LoginBody,
  Me,
  PasswordChangeBody,
  SecondFactorBody,
  SecondFactorChallenge,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, SESSION_COOKIE } from '../http/authenticate.js';
import {
  type AuthDeps,
  changePassword,
  completeSecondFactor,
  describeUser,
  logIn,
  logOut,
  logOutEverywhere,
  PENDING_LOGIN_SECONDS,
} from './auth.service.js';
import { registerMfaRoutes } from './mfa.routes.js';
import { setSessionCookie } from './session-cookie.js';

/** Holds a sign-in that passed the password and waits for its code; sent only to the code step. */
const PENDING_LOGIN_COOKIE = 'pathways_mfa_pending';
const PENDING_LOGIN_PATH = '/api/auth/login';

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/api/auth/login',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary:
          'Sign in with email and password; sets the session cookie, or answers 202 when a code is needed',
        body: LoginBody,
        response: { 200: Me, 202: SecondFactorChallenge },
      },
    },
    async (request, reply) => {
      const outcome = await logIn(deps, request.body, request.ip);
      if (outcome.kind === 'second_factor') {
        reply.setCookie(PENDING_LOGIN_COOKIE, outcome.pendingToken, {
          path: PENDING_LOGIN_PATH,
          httpOnly: true,
          sameSite: 'strict',
          secure: request.protocol === 'https',
          maxAge: PENDING_LOGIN_SECONDS,
        });
        return reply
          .code(202)
          .send({ secondFactor: 'totp' as const, expiresInSeconds: PENDING_LOGIN_SECONDS });
      }
      setSessionCookie(request, reply, outcome.token, deps.config.session.maxHours);
      return outcome.me;
    },
  );

  r.post(
    '/api/auth/login/second-factor',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Second sign-in step: a code from the authenticator app or a recovery code',
        body: SecondFactorBody,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const { token, me } = await completeSecondFactor(
        deps,
        request.cookies[PENDING_LOGIN_COOKIE],
        request.body,
        request.ip,
      );
      reply.clearCookie(PENDING_LOGIN_COOKIE, { path: PENDING_LOGIN_PATH });
      setSessionCookie(request, reply, token, deps.config.session.maxHours);
      return me;
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { permission: 'authenticated', allowsMfaEnrolmentOnly: true },
      schema: { tags, summary: 'End the current session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await logOut(deps.db, actorOf(request), request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/auth/logout-everywhere',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'End every session of the signed-in user, on every device',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await logOutEverywhere(deps.db, actorOf(request), request.ip);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/auth/password',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: "Change the signed-in user's password; ends their other sessions",
        body: PasswordChangeBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changePassword(deps, actorOf(request), request.body, request.ip);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    {
      config: { permission: 'authenticated', allowsMfaEnrolmentOnly: true },
      schema: {
        tags,
        summary: 'The signed-in user, their memberships, permissions and CSRF token',
        response: { 200: Me },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return describeUser(deps, actor.userId, actor.csrfToken, actor.isMfaEnrolmentOnly ?? false);
    },
  );

  registerMfaRoutes(app, deps);
}
