import {
  ClientIdParams,
  CreateReferralBody,
  PartnerReferral,
  PartnerReferralList,
  PartnerReferralListQuery,
  Referral,
  ReferralIdParams,
  ReferralList,
  ReferralListQuery,
  ReferralSettings,
  ReferralSettingsParams,
  ReferralTransitionBody,
  UpdateReferralSettingsBody,
} from '@pathways/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { actorOf } from '../http/authenticate.js';
import {
  getReferralForPartner,
  listReferralsForPartner,
  transitionAsPartner,
} from './partner-referrals.service.js';
import { getReferralSettings, updateReferralSettings } from './referral-settings.service.js';
import { createReferral } from './referrals.service.js';
import { getReferral, listReferrals, transitionAsStaff } from './staff-referrals.service.js';

export function registerReferralRoutes(app: FastifyInstance, db: Kysely<DB>) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referrals'];

  r.post(
    '/api/clients/:clientId/referrals',
    {
      config: { permission: 'referrals.write' },
      schema: {
        tags,
        summary: 'Refer a client to an offer or a partner organisation (sent at once unless `send` is false)',
        params: ClientIdParams,
        body: CreateReferralBody,
        response: { 201: Referral },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = await createReferral(db, actor, request.params.clientId, request.body, request.ip);
      return reply.code(201).send(await getReferral(db, actor, id));
    },
  );
  r.get(
    '/api/referrals',
    {
      config: { permission: 'referrals.read' },
      schema: {
        tags,
        summary: "Referrals of the clients within the caller's scope",
        querystring: ReferralListQuery,
        response: { 200: ReferralList },
      },
    },
    async (request) => {
      const { overdue, ...filters } = request.query;
      return listReferrals(db, actorOf(request), {
        ...filters,
        overdue: overdue === undefined ? undefined : overdue === 'true',
      });
    },
  );
  r.get(
    '/api/referrals/:referralId',
    {
      config: { permission: 'referrals.read' },
      schema: {
        tags,
        summary: 'A referral with its history',
        params: ReferralIdParams,
        response: { 200: Referral },
      },
    },
    async (request) => getReferral(db, actorOf(request), request.params.referralId),
  );
  r.post(
    '/api/referrals/:referralId/transitions',
    {
      config: { permission: 'referrals.write' },
      schema: {
        tags,
        summary: "Send, cancel, or record the partner's answer on its behalf",
        params: ReferralIdParams,
        body: ReferralTransitionBody,
        response: { 200: Referral },
      },
    },
    async (request) =>
      transitionAsStaff(db, actorOf(request), request.params.referralId, request.body, request.ip),
  );

  // The partner portal: only referrals sent to the caller's organisation, only the shared fields.
  r.get(
    '/api/partner/referrals',
    {
      config: { permission: 'referrals.respond' },
      schema: {
        tags,
        summary: "Referrals sent to the caller's partner organisation",
        querystring: PartnerReferralListQuery,
        response: { 200: PartnerReferralList },
      },
    },
    async (request) => listReferralsForPartner(db, actorOf(request), request.query),
  );
  r.get(
    '/api/partner/referrals/:referralId',
    {
      config: { permission: 'referrals.respond' },
      schema: {
        tags,
        summary: 'A referral as the partner sees it',
        params: ReferralIdParams,
        response: { 200: PartnerReferral },
      },
    },
    async (request) => getReferralForPartner(db, actorOf(request), request.params.referralId),
  );
  r.post(
    '/api/partner/referrals/:referralId/transitions',
    {
      config: { permission: 'referrals.respond' },
      schema: {
        tags,
        summary: 'Accept, decline, enrol, complete (with outcome), dropped out, no-show',
        params: ReferralIdParams,
        body: ReferralTransitionBody,
        response: { 200: PartnerReferral },
      },
    },
    async (request) =>
      transitionAsPartner(db, actorOf(request), request.params.referralId, request.body, request.ip),
  );

  r.get(
    '/api/countries/:countryCode/referral-settings',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: "A country's referral settings",
        params: ReferralSettingsParams,
        response: { 200: ReferralSettings },
      },
    },
    async (request) => getReferralSettings(db, actorOf(request), request.params.countryCode),
  );
  r.put(
    '/api/countries/:countryCode/referral-settings',
    {
      config: { permission: 'partners.manage' },
      schema: {
        tags,
        summary: 'Set after how many days an unanswered referral is overdue',
        params: ReferralSettingsParams,
        body: UpdateReferralSettingsBody,
        response: { 200: ReferralSettings },
      },
    },
    async (request) =>
      updateReferralSettings(
        db,
        actorOf(request),
        request.params.countryCode,
        request.body.overdueAfterDays,
        request.ip,
      ),
  );
}
