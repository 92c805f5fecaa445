import type { ReferralStatus } from '@pathways/contracts';

/** Who moves a referral: the referring centre, or the partner organisation that receives it. */
export type ReferralSide = 'centre' | 'partner';

type Move = { to: ReferralStatus; by: ReferralSide };

/**
 * The referral life cycle. The centre sends and may cancel until the measure begins; the partner
 * answers, enrols and reports the end. Centre staff may also record a partner's answer on its
 * behalf (many partners answer by phone), so partner moves are open to both sides.
 */
const moves: Record<ReferralStatus, readonly Move[]> = {
  draft: [
    { to: 'sent', by: 'centre' },
    { to: 'cancelled', by: 'centre' },
  ],
  sent: [
    { to: 'accepted', by: 'partner' },
    { to: 'declined', by: 'partner' },
    { to: 'cancelled', by: 'centre' },
  ],
  accepted: [
    { to: 'enrolled', by: 'partner' },
    { to: 'no_show', by: 'partner' },
    { to: 'cancelled', by: 'centre' },
  ],
  enrolled: [
    { to: 'completed', by: 'partner' },
    { to: 'dropped_out', by: 'partner' },
  ],
  declined: [],
  completed: [],
  dropped_out: [],
  no_show: [],
  cancelled: [],
};

/** The statuses `side` may move a referral in `from` to. Partners never make centre moves. */
export function allowedReferralTransitions(from: ReferralStatus, side: ReferralSide): ReferralStatus[] {
  return moves[from].filter((m) => side === 'centre' || m.by === 'partner').map((m) => m.to);
}

/** The partner's answer: the first move out of `sent`, which stops the overdue clock. */
export const isPartnerAnswer = (from: ReferralStatus, to: ReferralStatus): boolean =>
  from === 'sent' && (to === 'accepted' || to === 'declined');

export const isFinalReferralStatus = (status: ReferralStatus): boolean => moves[status].length === 0;
