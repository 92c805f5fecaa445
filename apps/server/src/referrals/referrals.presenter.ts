import {
  type LocalisedText,
  type OfferCategory,
  type PartnerReferral,
  type Referral,
  type ReferralOutcome,
  type ReferralStatus,
  type ShareableField,
  SharedClientData,
} from '@pathways/contracts';
import { allowedReferralTransitions, type ReferralSide } from '@pathways/domain';
import type { ReferralEventRow, ReferralRow } from './referrals.repo.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function presentOffer(row: ReferralRow) {
  if (!row.offer_id || !row.offer_title) return null;
  return {
    id: row.offer_id,
    title: row.offer_title as LocalisedText,
    category: row.offer_category as OfferCategory,
  };
}

const clientDisplayName = (row: ReferralRow) =>
  [row.client_given_name ?? row.client_given_name_original, row.client_family_name]
    .filter(Boolean)
    .join(' ') || row.case_code;

/** The centre's view: the referral, the client it concerns, and its history. */
export function presentReferral(row: ReferralRow, events: ReferralEventRow[]): Referral {
  const status = row.status as ReferralStatus;
  return {
    id: row.id,
    clientId: row.client_id,
    caseCode: row.case_code,
    clientDisplayName: clientDisplayName(row),
    centreId: row.centre_id,
    partnerOrganisationId: row.partner_organisation_id,
    partnerName: row.partner_name,
    offer: presentOffer(row),
    reason: row.reason,
    sharedFields: row.shared_fields as ShareableField[],
    consentId: row.consent_id,
    status,
    declineReason: row.decline_reason,
    outcome: row.outcome as ReferralOutcome | null,
    feedback: row.feedback,
    createdAt: row.created_at.toISOString(),
    sentAt: iso(row.sent_at),
    answeredAt: iso(row.answered_at),
    updatedAt: row.updated_at.toISOString(),
    overdue: row.overdue,
    allowedTransitions: allowedReferralTransitions(status, 'centre'),
    version: row.version,
    events: events.map((e) => ({
      from: e.from_status as ReferralStatus | null,
      to: e.to_status as ReferralStatus,
      at: e.at.toISOString(),
      actorName: e.actor_name,
      actorSide: e.actor_side,
      reason: e.reason,
    })),
  };
}

export const presentReferralSummary = (row: ReferralRow): Omit<Referral, 'events'> => {
  const { events: _events, ...summary } = presentReferral(row, []);
  return summary;
};

/**
 * The partner's view. Only this function decides what leaves towards a partner: the case code,
 * status and dates, the offer, the answers — and the snapshot of the fields the counsellor chose
 * to share, re-parsed so that nothing outside the shareable set can slip through.
 */
export function presentPartnerReferral(row: ReferralRow, side: ReferralSide = 'partner'): PartnerReferral {
  const status = row.status as ReferralStatus;
  return {
    id: row.id,
    caseCode: row.case_code,
    status,
    offer: presentOffer(row),
    shared: row.shared_snapshot ? SharedClientData.parse(row.shared_snapshot) : null,
    declineReason: row.decline_reason,
    outcome: row.outcome as ReferralOutcome | null,
    feedback: row.feedback,
    sentAt: iso(row.sent_at),
    answeredAt: iso(row.answered_at),
    updatedAt: row.updated_at.toISOString(),
    allowedTransitions: allowedReferralTransitions(status, side),
    version: row.version,
  };
}
