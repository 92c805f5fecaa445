import type { PartnerReferral, ReferralTransitionBody } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { presentPartnerReferral } from './referrals.presenter.js';
import { findPartnerReferral, listPartnerReferrals } from './referrals.repo.js';
import { applyTransition } from './referrals.service.js';

// Partner staff reach only the referrals sent to their own organisations; another
// organisation's referral is 404, as if it did not exist.

const partnerIdsOf = (actor: Actor) => scopeFor(actor, 'referrals.respond').partnerOrganisationIds;

export async function listReferralsForPartner(
  db: Kysely<DB>,
  actor: Actor,
  filters: { status?: string; limit: number; offset: number },
) {
  const { items, total } = await listPartnerReferrals(db, partnerIdsOf(actor), filters);
  return { items: items.map((row) => presentPartnerReferral(row)), total };
}

export async function getReferralForPartner(
  db: Kysely<DB>,
  actor: Actor,
  referralId: string,
): Promise<PartnerReferral> {
  const row = await findPartnerReferral(db, partnerIdsOf(actor), referralId);
  if (!row) throw notFound('referral');
  return presentPartnerReferral(row);
}

export async function transitionAsPartner(
  db: Kysely<DB>,
  actor: Actor,
  referralId: string,
  body: ReferralTransitionBody,
  ip: string,
): Promise<PartnerReferral> {
  const row = await findPartnerReferral(db, partnerIdsOf(actor), referralId);
  if (!row) throw notFound('referral');
  await applyTransition(db, actor, 'partner', row, body, ip);
  return getReferralForPartner(db, actor, referralId);
}
