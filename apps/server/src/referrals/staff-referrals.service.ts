import type { Referral, ReferralTransitionBody } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { presentReferral, presentReferralSummary } from './referrals.presenter.js';
import {
  findStaffReferral,
  listReferralEvents,
  listStaffReferrals,
  type StaffReferralFilters,
} from './referrals.repo.js';
import { applyTransition } from './referrals.service.js';

// Centre staff reach the referrals of the clients they reach.

export async function listReferrals(db: Kysely<DB>, actor: Actor, filters: StaffReferralFilters) {
  const { items, total } = await listStaffReferrals(db, scopeFor(actor, 'referrals.read'), filters);
  return { items: items.map(presentReferralSummary), total };
}

export async function getReferral(db: Kysely<DB>, actor: Actor, referralId: string): Promise<Referral> {
  const row = await findStaffReferral(db, scopeFor(actor, 'referrals.read'), referralId);
  if (!row) throw notFound('referral');
  return presentReferral(row, await listReferralEvents(db, row.country_code, row.id));
}

export async function transitionAsStaff(
  db: Kysely<DB>,
  actor: Actor,
  referralId: string,
  body: ReferralTransitionBody,
  ip: string,
): Promise<Referral> {
  const row = await findStaffReferral(db, scopeFor(actor, 'referrals.write'), referralId);
  if (!row) throw notFound('referral');
  await applyTransition(db, actor, 'centre', row, body, ip);
  return getReferral(db, actor, referralId);
}
