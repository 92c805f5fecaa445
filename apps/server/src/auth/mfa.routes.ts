import {
  MfaActivated,
  MfaCodeBody,
  MfaEnrolment,
  MfaStatus,
  RecoveryCodes,
  SecondFactorBody,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.js';
import { type AuthDeps, describeUser } from './auth.service.js';
import {
  confirmEnrolment,
  describeMfa,
  disableMfa,
  renewRecoveryCodes,
  startEnrolment,
} from './mfa.service.js';
import { setSessionCookie } from './session-cookie.js';

export function registerMfaRoutes(app: FastifyInstance, deps: AuthDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  // The routes a session limited to enrolment may reach (with /me and logout).
  const enrolment = { permission: 'authenticated', allowsMfaEnrolmentOnly: true } as const;

  r.get(
    '/api/auth/mfa',
    {
      config: enrolment,
      schema: { tags, summary: "The signed-in user's second factor", response: { 200: MfaStatus } },
    },
    async (request) => describeMfa(deps, actorOf(request)),
  );

  r.post(
    '/api/auth/mfa/enrolment',
    {
      config: enrolment,
      schema: {
        tags,
        summary: 'Start setting up an authenticator app: a new secret, its otpauth URI and QR code',
        response: { 201: MfaEnrolment },
      },
    },
    async (request, reply) => reply.code(201).send(await startEnrolment(deps, actorOf(request))),
  );

  r.post(
    '/api/auth/mfa/enrolment/confirm',
    {
      config: enrolment,
      schema: {
        tags,
        summary: 'Confirm the set-up with a first code; returns recovery codes once and a new session',
        body: MfaCodeBody,
        response: { 200: MfaActivated },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { recoveryCodes, session } = await confirmEnrolment(deps, actor, request.body.code, request.ip);
      setSessionCookie(request, reply, session.token, deps.config.session.maxHours);
      return { recoveryCodes, me: await describeUser(deps, actor.userId, session.csrfToken) };
    },
  );

  r.post(
    '/api/auth/mfa/disable',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Switch the second factor off (with a code); ends the other sessions',
        body: SecondFactorBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await disableMfa(deps, actorOf(request), request.body, request.ip);
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/auth/mfa/recovery-codes',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Replace the recovery codes (with a code); the new ones are shown once',
        body: MfaCodeBody,
        response: { 200: RecoveryCodes },
      },
    },
    async (request) => ({
      recoveryCodes: await renewRecoveryCodes(deps, actorOf(request), request.body.code, request.ip),
    }),
  );
}
