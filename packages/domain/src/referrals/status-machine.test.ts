import { referralStatuses } from '@pathways/contracts';
import { describe, expect, it } from 'vitest';
import { allowedReferralTransitions, isFinalReferralStatus, isPartnerAnswer } from './status-machine.js';

describe('referral status machine', () => {
  it('lets the centre send or cancel a draft, and the partner nothing', () => {
    expect(allowedReferralTransitions('draft', 'centre')).toEqual(['sent', 'cancelled']);
    expect(allowedReferralTransitions('draft', 'partner')).toEqual([]);
  });

  it('lets the partner accept or decline a sent referral; only the centre cancels', () => {
    expect(allowedReferralTransitions('sent', 'partner')).toEqual(['accepted', 'declined']);
    expect(allowedReferralTransitions('sent', 'centre')).toEqual(['accepted', 'declined', 'cancelled']);
  });

  it('goes accepted → enrolled | no_show, enrolled → completed | dropped_out', () => {
    expect(allowedReferralTransitions('accepted', 'partner')).toEqual(['enrolled', 'no_show']);
    expect(allowedReferralTransitions('enrolled', 'partner')).toEqual(['completed', 'dropped_out']);
    // Once the measure began, the centre can no longer cancel it.
    expect(allowedReferralTransitions('enrolled', 'centre')).not.toContain('cancelled');
  });

  it('ends in declined, completed, dropped_out, no_show and cancelled', () => {
    const finals = referralStatuses.filter(isFinalReferralStatus);
    expect(finals).toEqual(['declined', 'completed', 'dropped_out', 'no_show', 'cancelled']);
    for (const status of finals) expect(allowedReferralTransitions(status, 'centre')).toEqual([]);
  });

  it('never skips a step: no status reaches enrolled or completed straight from sent', () => {
    expect(allowedReferralTransitions('sent', 'centre')).not.toContain('enrolled');
    expect(allowedReferralTransitions('sent', 'centre')).not.toContain('completed');
    expect(allowedReferralTransitions('draft', 'centre')).not.toContain('accepted');
  });

  it('counts only accepting or declining a sent referral as the partner answer', () => {
    expect(isPartnerAnswer('sent', 'accepted')).toBe(true);
    expect(isPartnerAnswer('sent', 'declined')).toBe(true);
    expect(isPartnerAnswer('sent', 'cancelled')).toBe(false);
    expect(isPartnerAnswer('accepted', 'enrolled')).toBe(false);
  });
});
