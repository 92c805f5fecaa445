import type {
  CreateReferralBody,
  ReferralStatus,
  ReferralTransitionBody,
  ShareableField,
} from '@pathways/contracts';
import { allowedReferralTransitions, isPartnerAnswer, type ReferralSide } from '@pathways/domain';
import type { Kysely, Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent, auditActor } from '../audit/audit.repo.js';
import type { ClientRow } from '../clients/clients.presenter.js';
import { findClient } from '../clients/clients.repo.js';
import type { DB } from '../db/schema.js';
import { conflict, notFound } from '../http/errors.js';
import { hasValidReferralAgreement } from '../partners/partners.service.js';
import { snapshotSharedFields } from './referral-snapshot.js';
import {
  findOfferForReferral,
  findPartnerForReferral,
  findSharingConsent,
  insertReferral,
  insertReferralEvent,
  type ReferralRow,
  takeSeat,
  updateReferralAtVersion,
} from './referrals.repo.js';

type Target = { partnerId: string; offerId: string | null };

/** The partner a referral goes to: the offer's provider, or the partner named directly. */
async function resolveTarget(db: Kysely<DB>, client: ClientRow, body: CreateReferralBody): Promise<Target> {
  if (body.offerId) {
    const offer = await findOfferForReferral(db, client.country_code, body.offerId);
    if (!offer) throw notFound('offer');
    return { partnerId: offer.partner_organisation_id, offerId: offer.id };
  }
  const partner = await findPartnerForReferral(db, client.country_code, body.partnerOrganisationId as string);
  if (!partner) throw notFound('partner organisation');
  return { partnerId: partner.id, offerId: null };
}

/** What must hold when a referral leaves the centre: consent, agreement, an open offer. */
async function assertSendable(
  db: Kysely<DB> | Transaction<DB>,
  client: ClientRow,
  target: Target,
  consentId: string,
) {
  if (client.status !== 'active')
    throw conflict('client_not_active', 'Reopen the case before referring the client.');
  const consent = await findSharingConsent(db, client, consentId, target.partnerId);
  if (!consent)
    throw conflict(
      'sharing_consent_missing',
      'The client has not consented (or has withdrawn consent) to share data with this partner organisation.',
      'consentId',
    );
  if (!(await hasValidReferralAgreement(db, client.country_code, target.partnerId)))
    throw conflict(
      'no_data_sharing_agreement',
      'This partner organisation has no valid data-sharing agreement covering referrals.',
    );
  if (target.offerId) {
    const offer = await findOfferForReferral(db, client.country_code, target.offerId);
    if (offer?.status !== 'active')
      throw conflict('offer_inactive', 'This offer is not active: refer to an active offer.', 'offerId');
    if (offer.seats_left === 0) throw conflict('offer_full', 'This offer has no seats left.', 'offerId');
  }
}

export async function createReferral(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  body: CreateReferralBody,
  ip: string,
): Promise<string> {
  const client = await findClient(db, scopeFor(actor, 'referrals.write'), clientId);
  if (!client) throw notFound('client');
  const target = await resolveTarget(db, client, body);
  const id = uuidv7();
  await db.transaction().execute(async (trx) => {
    if (body.send) await assertSendable(trx, client, target, body.consentId);
    // A draft still needs the consent to exist for that partner: it is the referral's basis.
    else if (!(await findSharingConsent(trx, client, body.consentId, target.partnerId)))
      throw conflict(
        'sharing_consent_missing',
        'The client has not consented (or has withdrawn consent) to share data with this partner organisation.',
        'consentId',
      );
    const now = new Date();
    const fields = [...new Set(body.sharedFields)] as ShareableField[];
    await insertReferral(trx, {
      country_code: client.country_code,
      id,
      client_id: client.id,
      centre_id: client.centre_id,
      partner_organisation_id: target.partnerId,
      offer_id: target.offerId,
      consent_id: body.consentId,
      reason: body.reason,
      shared_fields: fields,
      shared_snapshot: body.send ? JSON.stringify(snapshotSharedFields(client, fields, body.reason)) : null,
      status: body.send ? 'sent' : 'draft',
      created_by: actor.userId,
      created_at: now,
      sent_at: body.send ? now : null,
      updated_at: now,
    });
    await insertReferralEvent(trx, {
      country_code: client.country_code,
      id: uuidv7(),
      referral_id: id,
      from_status: null,
      to_status: body.send ? 'sent' : 'draft',
      actor_id: actor.userId,
      actor_side: 'centre',
      at: now,
    });
    await auditReferral(
      trx,
      actor,
      body.send ? 'referral.send' : 'referral.draft',
      client.country_code,
      id,
      ip,
    );
  });
  return id;
}

/**
 * Moves a referral along its life cycle for `side`, enforcing the legal moves (409 naming the
 * allowed ones), optimistic versions, consent and agreement on sending, and seats on enrolment.
 */
export async function applyTransition(
  db: Kysely<DB>,
  actor: Actor,
  side: ReferralSide,
  row: ReferralRow,
  body: ReferralTransitionBody,
  ip: string,
) {
  const from = row.status as ReferralStatus;
  const allowed = allowedReferralTransitions(from, side);
  if (!allowed.includes(body.to)) {
    const allowedText = allowed.length ? allowed.join(', ') : 'none (this referral is closed)';
    throw conflict(
      'illegal_transition',
      `A ${from} referral cannot become ${body.to}. Allowed: ${allowedText}.`,
      'to',
    );
  }
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    const set: Parameters<typeof updateReferralAtVersion>[3] = { status: body.to };
    if (body.to === 'sent') {
      const client = await findClient(trx, { ...scopeFor(actor, 'referrals.write') }, row.client_id);
      if (!client) throw notFound('client');
      await assertSendable(
        trx,
        client,
        { partnerId: row.partner_organisation_id, offerId: row.offer_id },
        row.consent_id,
      );
      set.sent_at = now;
      set.shared_snapshot = JSON.stringify(
        snapshotSharedFields(client, row.shared_fields as ShareableField[], row.reason),
      );
    }
    if (isPartnerAnswer(from, body.to)) set.answered_at = now;
    if (body.to === 'declined') set.decline_reason = body.reason ?? null;
    if (body.to === 'completed') set.outcome = body.outcome ?? null;
    if (body.feedback) set.feedback = body.feedback;

    const isWritten = await updateReferralAtVersion(trx, row, body.version, set);
    if (!isWritten)
      throw conflict(
        'version_conflict',
        'Someone changed this referral after you opened it; reload and try again.',
        'version',
      );
    if (body.to === 'enrolled' && row.offer_id && !(await takeSeat(trx, row.country_code, row.offer_id)))
      throw conflict('offer_full', 'This offer has no seats left: the client cannot be enrolled.');
    await insertReferralEvent(trx, {
      country_code: row.country_code,
      id: uuidv7(),
      referral_id: row.id,
      from_status: from,
      to_status: body.to,
      actor_id: actor.userId,
      actor_side: side,
      reason: body.reason ?? null,
      at: now,
    });
    await auditReferral(trx, actor, `referral.${body.to}`, row.country_code, row.id, ip);
  });
}

function auditReferral(
  trx: Transaction<DB>,
  actor: Actor,
  action: string,
  countryCode: string,
  referralId: string,
  ip: string,
) {
  return appendAuditEvent(trx, {
    ...auditActor(actor),
    action,
    entityType: 'referral',
    entityId: referralId,
    countryCode,
    ip,
  });
}
